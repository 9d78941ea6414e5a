#include "domain/network/warm_introduction.h"

#include <algorithm>
#include <utility>

#include "base/check.h"
#include "domain/frontdoor/text_field.h"

namespace lw {
namespace {

template <typename E>
struct Name {
  E value;
  std::string_view key;
  std::string_view display;
};

// One row per value, in enum order: the one place each key is written.
constexpr std::array<Name<WarmState>, 5> kStates = {{
    {WarmState::kMade, "made", "Waiting for the service"},
    {WarmState::kInTouch, "in-touch", "In touch"},
    {WarmState::kMet, "met", "Met: connected"},
    {WarmState::kDidNotWorkOut, "did-not-work-out", "Didn't work out"},
    {WarmState::kWithdrawn, "withdrawn", "Withdrawn"},
}};

struct PartName {
  SharedPart value;
  std::string_view key;
  std::string_view display;
  std::string_view hint;
};
constexpr std::array<PartName, 7> kParts = {{
    {SharedPart::kContactDetails, "contact-details", "How to contact them",
     "Phone, email, whether a message may be left, safe times and safe-contact notes"},
    {SharedPart::kAddress, "address", "Their address", "Their home address and postcode"},
    {SharedPart::kDateOfBirth, "date-of-birth", "Their date of birth",
     "For services with an age limit"},
    {SharedPart::kPronounsLanguages, "pronouns-languages", "Pronouns, languages and communication",
     "Pronouns, the languages they speak, whether they need an interpreter, communication needs"},
    {SharedPart::kMyStory, "my-story", "My story so far", "From their plan, in their own words"},
    {SharedPart::kWhatMatters, "what-matters", "What matters to me",
     "From their plan, in their own words"},
    {SharedPart::kGoals, "goals", "My goals", "From their plan, in their own words"},
}};

constexpr std::array<Name<ConsentGiven>, 4> kConsent = {{
    {ConsentGiven::kInPerson, "in-person", "In person"},
    {ConsentGiven::kByPhone, "by-phone", "On the phone"},
    {ConsentGiven::kByVideo, "by-video", "On a video call"},
    {ConsentGiven::kInWriting, "in-writing", "In writing"},
}};

constexpr std::array<Name<WarmWay>, 4> kWays = {{
    {WarmWay::kServiceGetsInTouch, "service-gets-in-touch", "The service gets in touch with them"},
    {WarmWay::kPersonGetsInTouch, "person-gets-in-touch",
     "They get in touch with the service, who expects them"},
    {WarmWay::kJointCall, "joint-call", "A call together"},
    {WarmWay::kJointVisit, "joint-visit", "A visit together"},
}};

constexpr std::array<Name<NotLandedReason>, 6> kReasons = {{
    {NotLandedReason::kCouldNotReach, "could-not-reach", "Could not reach them"},
    {NotLandedReason::kPersonDeclined, "person-declined", "They decided not to go ahead"},
    {NotLandedReason::kNotEligible, "not-eligible", "The service is not right for them"},
    {NotLandedReason::kNoCapacity, "no-capacity", "The service is full or closed"},
    {NotLandedReason::kDidNotAttend, "did-not-attend",
     "A meeting was arranged and they did not come"},
    {NotLandedReason::kOther, "other", "Something else"},
}};

constexpr std::array<Name<PersonFeeling>, 4> kFeelings = {{
    {PersonFeeling::kWentWell, "went-well", "It went well"},
    {PersonFeeling::kMixed, "mixed", "Some good, some not"},
    {PersonFeeling::kNotWell, "not-well", "It did not go well"},
    {PersonFeeling::kRatherNotSay, "rather-not-say", "They would rather not say"},
}};

constexpr std::array<Name<WarmSide>, 2> kSides = {{
    {WarmSide::kTeam, "team", "The team"},
    {WarmSide::kService, "service", "The service"},
}};

template <typename E, std::size_t N>
const auto& Row(const std::array<E, N>& rows, auto value) {
  const auto& row = rows[static_cast<std::size_t>(value)];
  LW_CHECK(row.value == value);
  return row;
}

template <typename E, std::size_t N>
auto Parse(const std::array<E, N>& rows, std::string_view key)
    -> std::optional<decltype(rows[0].value)> {
  for (const auto& row : rows) {
    if (row.key == key) return row.value;
  }
  return std::nullopt;
}

Timestamp LastChange(const WarmIntroduction& w) {
  Timestamp t = w.made_at;
  if (!w.steps.empty()) t = std::max(t, w.steps.back().at);
  if (w.person_view) t = std::max(t, w.person_view->recorded_at);
  return t;
}

}  // namespace

std::string_view WarmStateKey(WarmState s) { return Row(kStates, s).key; }
std::string_view WarmStateDisplayName(WarmState s) { return Row(kStates, s).display; }
std::optional<WarmState> ParseWarmState(std::string_view key) { return Parse(kStates, key); }

std::string_view SharedPartKey(SharedPart p) { return Row(kParts, p).key; }
std::string_view SharedPartDisplayName(SharedPart p) { return Row(kParts, p).display; }
std::string_view SharedPartHint(SharedPart p) { return Row(kParts, p).hint; }
std::optional<SharedPart> ParseSharedPart(std::string_view key) { return Parse(kParts, key); }

std::string_view ConsentGivenKey(ConsentGiven c) { return Row(kConsent, c).key; }
std::string_view ConsentGivenDisplayName(ConsentGiven c) { return Row(kConsent, c).display; }
std::optional<ConsentGiven> ParseConsentGiven(std::string_view key) { return Parse(kConsent, key); }

std::string_view WarmWayKey(WarmWay w) { return Row(kWays, w).key; }
std::string_view WarmWayDisplayName(WarmWay w) { return Row(kWays, w).display; }
std::optional<WarmWay> ParseWarmWay(std::string_view key) { return Parse(kWays, key); }
bool IsJoint(WarmWay w) { return w == WarmWay::kJointCall || w == WarmWay::kJointVisit; }

std::string_view NotLandedReasonKey(NotLandedReason r) { return Row(kReasons, r).key; }
std::string_view NotLandedReasonDisplayName(NotLandedReason r) { return Row(kReasons, r).display; }
std::optional<NotLandedReason> ParseNotLandedReason(std::string_view key) {
  return Parse(kReasons, key);
}

std::string_view PersonFeelingKey(PersonFeeling f) { return Row(kFeelings, f).key; }
std::string_view PersonFeelingDisplayName(PersonFeeling f) { return Row(kFeelings, f).display; }
std::optional<PersonFeeling> ParsePersonFeeling(std::string_view key) {
  return Parse(kFeelings, key);
}

std::string_view WarmSideKey(WarmSide s) { return Row(kSides, s).key; }
std::optional<WarmSide> ParseWarmSide(std::string_view key) { return Parse(kSides, key); }

bool SharingConsent::Shares(SharedPart p) const {
  return std::find(parts.begin(), parts.end(), p) != parts.end();
}

Status ValidateWarmIntroductionRules(const WarmIntroductionRules& rules) {
  if (rules.land_within_days < 1 || rules.land_within_days > 365) {
    return Fail(ErrorCode::kInvalidArgument, "land_within_days must be from 1 to 365");
  }
  if (rules.remind_every_days < 1 || rules.remind_every_days > 365) {
    return Fail(ErrorCode::kInvalidArgument, "remind_every_days must be from 1 to 365");
  }
  return {};
}

void CheckWarmIntroductionInvariants(const WarmIntroduction& w) {
  LW_CHECK(w.version >= 1);
  LW_CHECK(!w.team_id.empty() && !w.person_id.empty() && !w.service_id.empty());
  LW_CHECK(!w.made_by_user_id.empty() && !w.note.empty());
  LW_CHECK(!w.consent.recorded_by_user_id.empty());
  LW_CHECK(std::is_sorted(w.consent.parts.begin(), w.consent.parts.end()));
  LW_CHECK(std::adjacent_find(w.consent.parts.begin(), w.consent.parts.end()) ==
           w.consent.parts.end());
  LW_CHECK(IsJoint(w.way) == w.joint_on.has_value());
  LW_CHECK(w.reminders_sent >= 0);
  LW_CHECK((w.reminders_sent > 0) == w.last_reminded_at.has_value());
  // The steps tell the state: the last step's, or made.
  LW_CHECK(w.state == (w.steps.empty() ? WarmState::kMade : w.steps.back().to));
  Timestamp at = w.made_at;
  for (const WarmStep& s : w.steps) {
    LW_CHECK(s.at >= at);
    at = s.at;
    LW_CHECK(s.to != WarmState::kMade);
    LW_CHECK((s.to == WarmState::kDidNotWorkOut) == s.reason.has_value());
    LW_CHECK(!s.by_user_id.empty());
  }
  if (w.person_view) LW_CHECK(w.state != WarmState::kMade && w.state != WarmState::kWithdrawn);
}

Result<WarmIntroduction> MakeWarmIntroduction(WarmIntroductionDraft d) {
  std::vector<FieldError> errors;
  CheckText(d.team_id, {"team_id", "Team", kMaxShortText, true, "Choose the team"}, errors);
  CheckText(d.person_id, {"person_id", "Person", kMaxShortText, true, "Choose the person"}, errors);
  CheckText(d.episode_id,
            {"episode_id", "Episode", kMaxShortText, true,
             "Introductions are made from an open episode of support"},
            errors);
  CheckText(d.service_id, {"service_id", "Service", kMaxShortText, true, "Choose a service"},
            errors);
  CheckText(d.made_by_user_id,
            {"made_by_user_id", "Made by", kMaxShortText, true, "Say who made it"}, errors);
  CheckText(d.note,
            {"note", "Your note for the service", kMaxWarmNote, true,
             "Write a note for the service: why you are introducing them and what would help"},
            errors);
  CheckText(d.consent.words, {"consent_words", "In their words", kMaxWarmNote, false}, errors);
  CheckText(d.consent.recorded_by_user_id,
            {"consent_recorded_by", "Consent recorded by", kMaxShortText, true,
             "Say who recorded the consent"},
            errors);
  if (IsJoint(d.way)) {
    if (!d.joint_on) {
      errors.push_back({"joint_on", "Enter the date of the call or visit together"});
    } else if (*d.joint_on < Date::InLondon(d.made_at)) {
      errors.push_back({"joint_on", "The call or visit together must be today or later"});
    }
  } else if (d.joint_on) {
    errors.push_back({"joint_on", "A date is only for a call or visit together"});
  }
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  std::sort(d.consent.parts.begin(), d.consent.parts.end());
  d.consent.parts.erase(std::unique(d.consent.parts.begin(), d.consent.parts.end()),
                        d.consent.parts.end());
  WarmIntroduction w;
  w.version = 1;
  w.team_id = std::move(d.team_id);
  w.person_id = std::move(d.person_id);
  w.episode_id = std::move(d.episode_id);
  w.service_id = std::move(d.service_id);
  w.service_name = std::move(d.service_name);
  w.directory_organisation_id = std::move(d.directory_organisation_id);
  w.partner_organisation_id = std::move(d.partner_organisation_id);
  w.made_by_user_id = std::move(d.made_by_user_id);
  w.made_at = d.made_at;
  w.way = d.way;
  w.joint_on = d.joint_on;
  w.note = std::move(d.note);
  w.consent = std::move(d.consent);
  CheckWarmIntroductionInvariants(w);
  return w;
}

Result<WarmIntroduction> RecordWarmStep(const WarmIntroduction& w, WarmStep step) {
  const bool allowed =
      w.IsOpen() && (step.to == WarmState::kMet || step.to == WarmState::kDidNotWorkOut ||
                     (step.to == WarmState::kWithdrawn && step.side == WarmSide::kTeam) ||
                     (step.to == WarmState::kInTouch && w.state == WarmState::kMade));
  if (!allowed) {
    std::string why = "This introduction is " + std::string(WarmStateDisplayName(w.state)) +
                      " and cannot be marked " + std::string(WarmStateDisplayName(step.to));
    if (step.to == WarmState::kWithdrawn && step.side == WarmSide::kService) {
      why = "Only the team can withdraw an introduction; mark it didn't work out instead";
    }
    return Fail(ErrorCode::kFailedPrecondition, why);
  }
  std::vector<FieldError> errors;
  CheckText(step.by_user_id, {"by_user_id", "Recorded by", kMaxShortText, true, "Say who"}, errors);
  const bool needs_note = step.to == WarmState::kDidNotWorkOut || step.to == WarmState::kWithdrawn;
  CheckText(step.note,
            {"note", "Note", kMaxWarmNote, needs_note,
             step.to == WarmState::kWithdrawn ? "Say why it is withdrawn" : "Say what happened"},
            errors);
  if (step.to == WarmState::kDidNotWorkOut && !step.reason) {
    errors.push_back({"reason", "Choose why it didn't work out"});
  }
  if (step.to != WarmState::kDidNotWorkOut && step.reason) {
    errors.push_back({"reason", "A reason is only for an introduction that didn't work out"});
  }
  if (step.at < LastChange(w)) {
    errors.push_back({"at", "A step cannot be before the introduction's last change"});
  }
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  WarmIntroduction next = w;
  ++next.version;
  next.state = step.to;
  next.steps.push_back(std::move(step));
  CheckWarmIntroductionInvariants(next);
  return next;
}

Result<WarmIntroduction> RecordPersonView(const WarmIntroduction& w, PersonView view) {
  if (w.state == WarmState::kMade || w.state == WarmState::kWithdrawn) {
    return Fail(ErrorCode::kFailedPrecondition,
                w.state == WarmState::kMade
                    ? "Record how it went once the service is in touch with them"
                    : "This introduction was withdrawn");
  }
  std::vector<FieldError> errors;
  CheckText(view.words, {"words", "In their words", kMaxWarmNote, false}, errors);
  CheckText(view.recorded_by_user_id,
            {"recorded_by_user_id", "Recorded by", kMaxShortText, true, "Say who"}, errors);
  if (view.recorded_at < w.made_at) {
    errors.push_back({"at", "Their view cannot be before the introduction was made"});
  }
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  WarmIntroduction next = w;
  ++next.version;
  next.person_view = std::move(view);
  CheckWarmIntroductionInvariants(next);
  return next;
}

int DaysSinceMade(const WarmIntroduction& w, Date today) {
  return std::max(0, Date::DaysBetween(w.MadeOn(), today));
}

bool NotLandedInTime(const WarmIntroduction& w, Date today, const WarmIntroductionRules& rules) {
  return w.IsOpen() && DaysSinceMade(w, today) > rules.land_within_days;
}

bool ReminderDue(const WarmIntroduction& w, Date today, const WarmIntroductionRules& rules) {
  if (!NotLandedInTime(w, today, rules)) return false;
  if (!w.last_reminded_at) return true;
  return Date::DaysBetween(Date::InLondon(*w.last_reminded_at), today) >= rules.remind_every_days;
}

WarmIntroduction RecordReminder(const WarmIntroduction& w, Timestamp at) {
  WarmIntroduction next = w;
  ++next.version;
  ++next.reminders_sent;
  next.last_reminded_at = at;
  CheckWarmIntroductionInvariants(next);
  return next;
}

SharedRecord ShareWithService(const WarmIntroduction& w, const Person& person,
                              const PersonDetails* details, const MyPlan* plan) {
  SharedRecord out;
  if (w.state == WarmState::kWithdrawn) {
    out.withdrawn = true;
    return out;
  }
  out.name = person.CallName() + " " + person.family_name;
  const SharingConsent& c = w.consent;
  if (c.Shares(SharedPart::kDateOfBirth)) out.date_of_birth = person.date_of_birth;
  // Consented but not recorded reads as empty ("Not given"), never as
  // missing: the service can tell what was shared.
  static const PersonDetails kNothingRecorded;
  const PersonDetails& d = details != nullptr ? *details : kNothingRecorded;
  if (c.Shares(SharedPart::kContactDetails)) {
    out.contact = d.contact;
    out.safe_contact_notes = d.safe_contact_notes;
  }
  if (c.Shares(SharedPart::kAddress)) {
    out.address = d.address;
    if (out.address->postcode.empty()) out.address->postcode = person.postcode;
  }
  if (c.Shares(SharedPart::kPronounsLanguages)) {
    out.pronouns = d.pronouns;
    out.languages = d.languages;
    out.interpreter_needed = d.interpreter_needed;
    out.communication_needs = d.communication_needs;
  }
  static const MyPlan kNoPlan;
  const MyPlan& p = plan != nullptr ? *plan : kNoPlan;
  if (c.Shares(SharedPart::kMyStory)) out.my_story = p.my_story;
  if (c.Shares(SharedPart::kWhatMatters)) out.what_matters = p.what_matters;
  if (c.Shares(SharedPart::kGoals)) out.goals = p.my_goals;
  return out;
}

}  // namespace lw

// A warm introduction: a practitioner introduces a person, from their
// episode of support, to a service of the Living Well Network or the
// community (domain/directory), with the person's consent to share chosen
// parts of their record, and the introduction is followed until it lands
// (GM Guide feature 6: "introductions and warm handovers replace referrals
// and signposting"; nobody is passed on without anyone seeing whether they
// arrived).
//
// Lifecycle (anything else is refused with kFailedPrecondition):
//
//   made --in touch--> in touch --met--> met (landed)
//   made ------------------------met---> met
//   made | in touch --didn't work out (why)--> did not work out
//   made | in touch --withdrawn (why)--------> withdrawn
//
// Either side may record a step: the service (a network partner) or the
// team (a practitioner who was at the joint visit). Each step is kept in
// `steps` with who, when, which side and a note. The person's own view of
// how it went may be recorded once it is in touch or ended (not withdrawn),
// and replaced later; every version is kept by the store.
//
// Consent: the person chooses which parts of their record the service may
// see (`SharedPart`); their name, the practitioner's note and how the
// introduction is made are always shared, and the consent page says so.
// `ShareWithService` is the one place that decides what a service sees: a
// part not consented to is never filled, and a withdrawn introduction
// shares nothing about the person at all.
//
// Time: an introduction that is still open (made or in touch) more than
// `land_within_days` London calendar days after it was made has not landed
// in time: it returns to the team's huddle board, and a reminder is due to
// the service and the practitioner, then again every `remind_every_days`
// while it stays open (`ReminderDue`; `RecordReminder` counts them).
//
// `WarmIntroduction` is a plain value, never overwritten: each change
// returns the next version (version + 1). `CheckWarmIntroductionInvariants`
// aborts (LW_CHECK) on an impossible value; it runs after every change.
// Failure contract: kInvalidArgument with one FieldError per bad field
// (named as form fields) for bad data; kFailedPrecondition for a step the
// state does not allow. On failure the input is untouched. Text is trimmed
// and otherwise kept as written (escaping is the page's job).
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"
#include "base/error.h"
#include "domain/frontdoor/introduction.h"
#include "domain/people/person.h"
#include "domain/people/person_details.h"
#include "domain/plans/my_plan.h"

namespace lw {

inline constexpr std::size_t kMaxWarmNote = 2000;

enum class WarmState : std::uint8_t { kMade, kInTouch, kMet, kDidNotWorkOut, kWithdrawn };
inline constexpr std::array<WarmState, 5> kAllWarmStates = {
    WarmState::kMade, WarmState::kInTouch, WarmState::kMet, WarmState::kDidNotWorkOut,
    WarmState::kWithdrawn};
std::string_view WarmStateKey(WarmState s);          // "in-touch"
std::string_view WarmStateDisplayName(WarmState s);  // "In touch"
std::optional<WarmState> ParseWarmState(std::string_view key);

// The parts of a person's record they may choose to share with a service.
enum class SharedPart : std::uint8_t {
  kContactDetails,     // phone, email, how and when it is safe to contact them
  kAddress,            // their address
  kDateOfBirth,        // their date of birth
  kPronounsLanguages,  // pronouns, languages, interpreter, communication needs
  kMyStory,            // "My story so far" from their plan, in their words
  kWhatMatters,        // "What matters to me" from their plan
  kGoals,              // "My goals" from their plan
};
inline constexpr std::array<SharedPart, 7> kAllSharedParts = {
    SharedPart::kContactDetails, SharedPart::kAddress,
    SharedPart::kDateOfBirth,    SharedPart::kPronounsLanguages,
    SharedPart::kMyStory,        SharedPart::kWhatMatters,
    SharedPart::kGoals};
std::string_view SharedPartKey(SharedPart p);          // "contact-details"
std::string_view SharedPartDisplayName(SharedPart p);  // "How to contact them"
std::string_view SharedPartHint(SharedPart p);         // what it holds, in plain words
std::optional<SharedPart> ParseSharedPart(std::string_view key);

// How the person gave their consent to share.
enum class ConsentGiven : std::uint8_t { kInPerson, kByPhone, kByVideo, kInWriting };
inline constexpr std::array<ConsentGiven, 4> kAllConsentGiven = {
    ConsentGiven::kInPerson, ConsentGiven::kByPhone, ConsentGiven::kByVideo,
    ConsentGiven::kInWriting};
std::string_view ConsentGivenKey(ConsentGiven c);          // "in-person"
std::string_view ConsentGivenDisplayName(ConsentGiven c);  // "In person"
std::optional<ConsentGiven> ParseConsentGiven(std::string_view key);

// How the introduction is made.
enum class WarmWay : std::uint8_t {
  kServiceGetsInTouch,  // the service contacts the person
  kPersonGetsInTouch,   // the person contacts the service, who expects them
  kJointCall,           // the practitioner and the person call the service together
  kJointVisit,          // the practitioner goes with the person
};
inline constexpr std::array<WarmWay, 4> kAllWarmWays = {WarmWay::kServiceGetsInTouch,
                                                        WarmWay::kPersonGetsInTouch,
                                                        WarmWay::kJointCall, WarmWay::kJointVisit};
std::string_view WarmWayKey(WarmWay w);          // "joint-visit"
std::string_view WarmWayDisplayName(WarmWay w);  // "A visit together"
std::optional<WarmWay> ParseWarmWay(std::string_view key);
bool IsJoint(WarmWay w);

// Why an introduction did not work out.
enum class NotLandedReason : std::uint8_t {
  kCouldNotReach,   // the service could not reach the person
  kPersonDeclined,  // the person decided not to go ahead
  kNotEligible,     // the service is not right for them
  kNoCapacity,      // the service is full or closed
  kDidNotAttend,    // a meeting was arranged and they did not come
  kOther,
};
inline constexpr std::array<NotLandedReason, 6> kAllNotLandedReasons = {
    NotLandedReason::kCouldNotReach, NotLandedReason::kPersonDeclined,
    NotLandedReason::kNotEligible,   NotLandedReason::kNoCapacity,
    NotLandedReason::kDidNotAttend,  NotLandedReason::kOther};
std::string_view NotLandedReasonKey(NotLandedReason r);          // "could-not-reach"
std::string_view NotLandedReasonDisplayName(NotLandedReason r);  // "Could not reach them"
std::optional<NotLandedReason> ParseNotLandedReason(std::string_view key);

// The person's own feeling about how it went.
enum class PersonFeeling : std::uint8_t { kWentWell, kMixed, kNotWell, kRatherNotSay };
inline constexpr std::array<PersonFeeling, 4> kAllPersonFeelings = {
    PersonFeeling::kWentWell, PersonFeeling::kMixed, PersonFeeling::kNotWell,
    PersonFeeling::kRatherNotSay};
std::string_view PersonFeelingKey(PersonFeeling f);          // "went-well"
std::string_view PersonFeelingDisplayName(PersonFeeling f);  // "It went well"
std::optional<PersonFeeling> ParsePersonFeeling(std::string_view key);

enum class WarmSide : std::uint8_t { kTeam, kService };
std::string_view WarmSideKey(WarmSide s);  // "team", "service"
std::optional<WarmSide> ParseWarmSide(std::string_view key);

struct SharingConsent {
  std::vector<SharedPart> parts;  // in kAllSharedParts order, no repeats; may be empty
  ConsentGiven given = ConsentGiven::kInPerson;
  Timestamp recorded_at;
  std::string recorded_by_user_id;
  std::string words;  // optional: the person's own words about sharing

  bool Shares(SharedPart p) const;
  bool operator==(const SharingConsent&) const = default;
};

// One step after the introduction was made.
struct WarmStep {
  WarmState to = WarmState::kInTouch;
  Timestamp at;
  std::string by_user_id;
  WarmSide side = WarmSide::kService;
  std::optional<NotLandedReason> reason;  // set exactly when to == kDidNotWorkOut
  std::string note;                       // required for didn't work out and withdrawn
  bool operator==(const WarmStep&) const = default;
};

struct PersonView {
  PersonFeeling feeling = PersonFeeling::kWentWell;
  std::string words;  // in their words; may be empty when they would rather not say
  Timestamp recorded_at;
  std::string recorded_by_user_id;
  bool operator==(const PersonView&) const = default;
};

struct WarmIntroductionDraft {
  std::string team_id;
  std::string person_id;
  std::string episode_id;  // the episode it is made from
  std::string service_id;  // a directory service
  std::string service_name;
  std::string directory_organisation_id;
  std::string partner_organisation_id;  // the livingwell organisation that answers; "" none
  std::string made_by_user_id;
  Timestamp made_at;
  WarmWay way = WarmWay::kServiceGetsInTouch;
  std::optional<Date> joint_on;  // required for a joint call or visit: when
  std::string note;              // for the service: why, and what would help
  SharingConsent consent;
};

struct WarmIntroduction {
  std::string id;  // assigned by the caller after MakeWarmIntroduction
  long long version = 0;
  std::string team_id;
  std::string person_id;
  std::string episode_id;
  std::string service_id;
  std::string service_name;
  std::string directory_organisation_id;
  std::string partner_organisation_id;
  std::string made_by_user_id;
  Timestamp made_at;
  WarmWay way = WarmWay::kServiceGetsInTouch;
  std::optional<Date> joint_on;
  std::string note;
  SharingConsent consent;
  WarmState state = WarmState::kMade;
  std::vector<WarmStep> steps;  // oldest first
  std::optional<PersonView> person_view;
  int reminders_sent = 0;
  std::optional<Timestamp> last_reminded_at;

  bool IsOpen() const { return state == WarmState::kMade || state == WarmState::kInTouch; }
  bool Landed() const { return state == WarmState::kMet; }
  Date MadeOn() const { return Date::InLondon(made_at); }
  bool operator==(const WarmIntroduction&) const = default;
};

// From the locality's configuration ([network] in the locality file).
struct WarmIntroductionRules {
  int land_within_days = 10;
  int remind_every_days = 7;
};
// Each in 1..365; kInvalidArgument naming the field otherwise.
Status ValidateWarmIntroductionRules(const WarmIntroductionRules& rules);

void CheckWarmIntroductionInvariants(const WarmIntroduction& w);

// A new introduction at version 1, state made (id empty: the caller assigns
// it). Needs the team, person, episode, service, who made it, a note (at
// most kMaxWarmNote characters), who recorded the consent and, for a joint
// call or visit, its date (not before the day it is made).
Result<WarmIntroduction> MakeWarmIntroduction(WarmIntroductionDraft draft);

// A step: to in touch, met, didn't work out (with a reason and a note) or
// withdrawn (with a note; the team side only). `step.at` must not be
// before the last change.
Result<WarmIntroduction> RecordWarmStep(const WarmIntroduction& w, WarmStep step);

// The person's own view, once in touch, met or didn't work out.
Result<WarmIntroduction> RecordPersonView(const WarmIntroduction& w, PersonView view);

// Whether it is still open more than land_within_days after it was made.
bool NotLandedInTime(const WarmIntroduction& w, Date today, const WarmIntroductionRules& rules);
// Days since it was made (London calendar days, 0 on the day).
int DaysSinceMade(const WarmIntroduction& w, Date today);
// Whether a reminder should go now: not landed in time, and no reminder
// yet or the last one remind_every_days or more before today.
bool ReminderDue(const WarmIntroduction& w, Date today, const WarmIntroductionRules& rules);
// The next version, counting a reminder sent at `at`.
WarmIntroduction RecordReminder(const WarmIntroduction& w, Timestamp at);

// What the service sees of the person: their name always; each other part
// only when consented; nothing about the person once withdrawn.
struct SharedRecord {
  bool withdrawn = false;  // true: everything below is empty
  std::string name;        // "Dan Hughes" (preferred or given name, and family name)
  std::optional<ContactPreferences> contact;
  std::string safe_contact_notes;  // with contact only
  std::optional<Address> address;
  std::optional<Date> date_of_birth;
  std::optional<std::string> pronouns;
  std::vector<Language> languages;         // with pronouns-languages only
  std::optional<bool> interpreter_needed;  // with pronouns-languages only
  std::string communication_needs;         // with pronouns-languages only
  std::optional<std::string> my_story;
  std::optional<std::string> what_matters;
  std::optional<std::string> goals;
};
// `details` and `plan` may be null when none is recorded.
SharedRecord ShareWithService(const WarmIntroduction& w, const Person& person,
                              const PersonDetails* details, const MyPlan* plan);

}  // namespace lw

#include "domain/team/team_decision.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "base/check.h"
#include "domain/frontdoor/introduction.h"
#include "domain/frontdoor/text_field.h"

namespace lw {
namespace {

using Errors = std::vector<FieldError>;
using K = DecisionSubjectKind;

struct SubjectName {
  K value;
  std::string_view key;
  std::string_view display;
};

// One row per value, in enum order: the one place a key is written.
constexpr std::array<SubjectName, 5> kSubjectNames = {{
    {K::kPerson, "person", "Person"},
    {K::kIntroduction, "introduction", "Introduction"},
    {K::kConcern, "concern", "Concern"},
    {K::kEpisode, "episode", "Episode of support"},
    {K::kWarmIntroduction, "warm-introduction", "Warm introduction"},
}};

const SubjectName& Row(K kind) { return kSubjectNames[static_cast<std::size_t>(kind)]; }

std::unexpected<Error> RefuseDone(const TeamDecision& d) {
  return Fail(ErrorCode::kFailedPrecondition,
              "This decision was marked done on " + d.done->on.ToDisplay() +
                  ". If more is needed, record a new decision at the huddle");
}

// Trims, drops blanks and repeats (keeping the first), and checks each id.
void CheckPresent(std::vector<std::string>& present, Errors& errors) {
  std::vector<std::string> kept;
  bool bad = false;
  for (auto& user : present) {
    Errors one;
    CheckText(user, {"present", "Who was present", kMaxShortText}, one);
    if (!one.empty()) bad = true;
    if (user.empty() || std::find(kept.begin(), kept.end(), user) != kept.end()) continue;
    kept.push_back(std::move(user));
  }
  present = std::move(kept);
  if (bad) {
    errors.push_back({"present", "Choose who was present from the team"});
  } else if (present.size() < 2) {
    errors.push_back(
        {"present", "A team decision needs the team: choose at least two people who were there"});
  }
}

void CheckWhat(std::string& what, Errors& errors) {
  CheckText(what, {"what", "What was decided", kMaxNoteText, true, "Say what was decided"}, errors);
}

void CheckUser(std::string& user, const char* field, const char* label, const char* if_missing,
               Errors& errors) {
  CheckText(user, {field, label, kMaxShortText, true, if_missing}, errors);
}

}  // namespace

std::string_view DecisionSubjectKindKey(DecisionSubjectKind kind) { return Row(kind).key; }
std::string_view DecisionSubjectKindDisplayName(DecisionSubjectKind kind) {
  return Row(kind).display;
}

std::optional<DecisionSubjectKind> ParseDecisionSubjectKind(std::string_view key) {
  for (const auto& row : kSubjectNames) {
    if (row.key == key) return row.value;
  }
  return std::nullopt;
}

void CheckTeamDecisionInvariants(const TeamDecision& d) {
  LW_CHECK(d.version >= 1);
  LW_CHECK(!d.what.empty());
  LW_CHECK(!d.who_does_it.empty());
  LW_CHECK(!d.about.id.empty());
  LW_CHECK(d.present.size() >= 2);
  for (std::size_t i = 0; i < d.present.size(); ++i) {
    LW_CHECK(!d.present[i].empty());
    for (std::size_t j = i + 1; j < d.present.size(); ++j) LW_CHECK(d.present[i] != d.present[j]);
  }
  LW_CHECK(d.huddle_on <= d.by_when);
  LW_CHECK(Date::InLondon(d.recorded_at) >= d.huddle_on);
  if (d.about.kind == DecisionSubjectKind::kPerson) LW_CHECK(d.person_id == d.about.id);
  if (!d.by_when_history.empty()) {
    LW_CHECK(d.by_when_history.front().from >= d.huddle_on);
    LW_CHECK(d.by_when_history.back().to == d.by_when);
    for (std::size_t i = 0; i < d.by_when_history.size(); ++i) {
      LW_CHECK(d.by_when_history[i].from != d.by_when_history[i].to);
      if (i > 0) LW_CHECK(d.by_when_history[i].from == d.by_when_history[i - 1].to);
    }
  }
  if (d.done) LW_CHECK(d.done->on >= d.huddle_on);
}

Result<TeamDecision> RecordTeamDecision(TeamDecisionDraft draft) {
  Errors errors;
  CheckText(draft.team_id, {"team_id", "Team", kMaxShortText, true, "Choose the team"}, errors);
  CheckText(draft.about.id,
            {"about", "What it is about", kMaxShortText, true, "Say what the decision is about"},
            errors);
  CheckText(draft.person_id, {"person_id", "Person", kMaxShortText}, errors);
  if (draft.about.kind == DecisionSubjectKind::kPerson && !draft.about.id.empty()) {
    if (draft.person_id.empty()) draft.person_id = draft.about.id;
    if (draft.person_id != draft.about.id) {
      errors.push_back({"person_id", "The decision is about a different person"});
    }
  }
  CheckWhat(draft.what, errors);
  CheckUser(draft.who_does_it, "who_does_it", "Who does it", "Choose who will do it", errors);
  if (draft.by_when < draft.huddle_on) {
    errors.push_back(
        {"by_when", "By when cannot be before the huddle (" + draft.huddle_on.ToDisplay() + ")"});
  }
  CheckPresent(draft.present, errors);
  CheckUser(draft.recorded_by, "recorded_by", "Recorded by", "Say who recorded it", errors);
  if (Date::InLondon(draft.recorded_at) < draft.huddle_on) {
    errors.push_back({"huddle_on", "A decision cannot be recorded before its huddle"});
  }
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  TeamDecision d{.id = "",
                 .version = 1,
                 .team_id = std::move(draft.team_id),
                 .huddle_on = draft.huddle_on,
                 .about = std::move(draft.about),
                 .person_id = std::move(draft.person_id),
                 .what = std::move(draft.what),
                 .who_does_it = std::move(draft.who_does_it),
                 .by_when = draft.by_when,
                 .present = std::move(draft.present),
                 .recorded_by = std::move(draft.recorded_by),
                 .recorded_at = draft.recorded_at,
                 .by_when_history = {},
                 .done = std::nullopt};
  CheckTeamDecisionInvariants(d);
  return d;
}

Result<TeamDecision> MarkDone(const TeamDecision& decision, DecisionDone done) {
  if (decision.IsDone()) return RefuseDone(decision);
  Errors errors;
  if (done.on < decision.huddle_on) {
    errors.push_back({"done_on", "It cannot be done before the huddle that decided it (" +
                                     decision.huddle_on.ToDisplay() + ")"});
  }
  CheckUser(done.by_user_id, "done_by", "Done by", "Say who did it", errors);
  CheckText(done.outcome,
            {"outcome", "What happened", kMaxNoteText, true, "Say what happened, for the team"},
            errors);
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  TeamDecision next = decision;
  ++next.version;
  next.done = std::move(done);
  CheckTeamDecisionInvariants(next);
  return next;
}

Result<TeamDecision> Reschedule(const TeamDecision& decision, Date new_by_when, std::string reason,
                                std::string by_user_id, Timestamp at) {
  if (decision.IsDone()) return RefuseDone(decision);
  Errors errors;
  if (new_by_when == decision.by_when) {
    errors.push_back(
        {"by_when", "Choose a different date: it is already due " + decision.by_when.ToDisplay()});
  } else if (new_by_when < decision.huddle_on || new_by_when < Date::InLondon(at)) {
    errors.push_back({"by_when", "Choose today or a later date"});
  }
  CheckText(reason, {"reason", "Why it moved", kMaxNoteText, true, "Say why the date is moving"},
            errors);
  CheckUser(by_user_id, "by_user_id", "Moved by", "Say who moved it", errors);
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  TeamDecision next = decision;
  ++next.version;
  next.by_when_history.push_back({.from = decision.by_when,
                                  .to = new_by_when,
                                  .reason = std::move(reason),
                                  .by_user_id = std::move(by_user_id),
                                  .at = at});
  next.by_when = new_by_when;
  CheckTeamDecisionInvariants(next);
  return next;
}

bool Overdue(const TeamDecision& decision, Date today) {
  return !decision.IsDone() && decision.by_when < today;
}

bool WasPresent(const TeamDecision& decision, std::string_view user_id) {
  return std::find(decision.present.begin(), decision.present.end(), user_id) !=
         decision.present.end();
}

std::vector<TeamDecision> CarriedOver(std::span<const TeamDecision> decisions, Date today) {
  std::vector<TeamDecision> out;
  for (const auto& d : decisions) {
    if (!d.IsDone() && d.huddle_on < today) out.push_back(d);
  }
  std::sort(out.begin(), out.end(), [](const TeamDecision& a, const TeamDecision& b) {
    return std::tie(a.by_when, a.huddle_on, a.recorded_at, a.id) <
           std::tie(b.by_when, b.huddle_on, b.recorded_at, b.id);
  });
  return out;
}

}  // namespace lw

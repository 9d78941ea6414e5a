#include "domain/network/unmet_need.h"

#include <set>
#include <utility>

#include "domain/frontdoor/text_field.h"
#include "domain/vocabulary_table.h"

namespace lw {
namespace {

using vocabulary::Names;
using vocabulary::Parse;
using vocabulary::Row;

// One row per value, in enum order: the one place each key is written.
constexpr std::array<Names<GapReason>, 5> kReasons = {{
    {GapReason::kNoService, "no-service", "No service for this need"},
    {GapReason::kLongWait, "long-wait", "Only services with long waits"},
    {GapReason::kNotEligible, "not-eligible", "No service they could use (eligibility)"},
    {GapReason::kTooFar, "too-far", "No service near enough"},
    {GapReason::kFull, "full", "Services full or not taking people"},
}};

constexpr std::array<Names<NeedNotedIn>, 4> kNotedIn = {{
    {NeedNotedIn::kInitialConversation, "initial-conversation", "Their initial conversation"},
    {NeedNotedIn::kPlan, "plan", "Their plan"},
    {NeedNotedIn::kReview, "review", "A review"},
    {NeedNotedIn::kOther, "other", "Somewhere else"},
}};

}  // namespace

std::string_view GapReasonKey(GapReason r) { return Row(kReasons, r).key; }
std::string_view GapReasonDisplayName(GapReason r) { return Row(kReasons, r).display; }
std::optional<GapReason> ParseGapReason(std::string_view key) { return Parse(kReasons, key); }

std::string_view NeedNotedInKey(NeedNotedIn n) { return Row(kNotedIn, n).key; }
std::string_view NeedNotedInDisplayName(NeedNotedIn n) { return Row(kNotedIn, n).display; }
std::optional<NeedNotedIn> ParseNeedNotedIn(std::string_view key) { return Parse(kNotedIn, key); }

Result<UnmetNeed> MakeUnmetNeed(UnmetNeedDraft draft) {
  std::vector<FieldError> errors;
  CheckText(draft.words, {"words", "What they needed", kMaxUnmetNeedWords}, errors);
  if (draft.offered_wait_days) {
    if (draft.reason != GapReason::kLongWait) {
      errors.push_back({"offered_wait_days", "Only give a wait when the reason is a long wait"});
    } else if (*draft.offered_wait_days < 0 || *draft.offered_wait_days > kMaxOfferedWaitDays) {
      errors.push_back({"offered_wait_days", "The wait must be between 0 and " +
                                                 std::to_string(kMaxOfferedWaitDays) + " days"});
    }
  }
  if (draft.noted_on > Date::InLondon(draft.recorded_at)) {
    errors.push_back({"noted_on", "The date it was noted must be today or in the past"});
  }
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  UnmetNeed n{
      .version = 1,
      .person_id = std::move(draft.person_id),
      .team_id = std::move(draft.team_id),
      .neighbourhood_id = std::move(draft.neighbourhood_id),
      .need = draft.need,
      .reason = draft.reason,
      .noted_in = draft.noted_in,
      .words = std::move(draft.words),
      .offered_wait_days = draft.offered_wait_days,
      .noted_on = draft.noted_on,
      .noted_by_user_id = std::move(draft.noted_by_user_id),
      .recorded_at = draft.recorded_at,
  };
  return n;
}

Result<UnmetNeed> MarkUnmetNeedInError(const UnmetNeed& n, std::string note, std::string by_user_id,
                                       Timestamp at) {
  if (n.in_error) {
    return Fail(ErrorCode::kFailedPrecondition, "It is already recorded as made in error");
  }
  std::vector<FieldError> errors;
  CheckText(note,
            {"note", "Why it was recorded in error", kMaxUnmetNeedWords, true,
             "Say why it was recorded in error"},
            errors);
  if (auto s = FieldErrors(std::move(errors)); !s) return Fail(s.error());
  UnmetNeed next = n;
  next.version = n.version + 1;
  next.in_error = true;
  next.in_error_note = std::move(note);
  next.in_error_by_user_id = std::move(by_user_id);
  next.in_error_at = at;
  return next;
}

GapTable CountGaps(std::span<const UnmetNeed> needs, Date from, Date to) {
  // Distinct people: per (neighbourhood, need), per need, per reason
  // within each, and overall.
  std::map<std::pair<std::string, directory::Need>, std::set<std::string>> cell_people;
  std::map<std::pair<std::string, directory::Need>,
           std::array<std::set<std::string>, kAllGapReasons.size()>>
      cell_reasons;
  std::map<directory::Need, std::set<std::string>> need_people;
  std::map<directory::Need, std::array<std::set<std::string>, kAllGapReasons.size()>> need_reasons;
  std::set<std::string> everyone;
  for (const UnmetNeed& n : needs) {
    if (n.in_error || n.noted_on < from || !(n.noted_on < to)) continue;
    const auto key = std::make_pair(n.neighbourhood_id, n.need);
    const auto reason = static_cast<std::size_t>(n.reason);
    cell_people[key].insert(n.person_id);
    cell_reasons[key][reason].insert(n.person_id);
    need_people[n.need].insert(n.person_id);
    need_reasons[n.need][reason].insert(n.person_id);
    everyone.insert(n.person_id);
  }
  auto counts = [](const std::set<std::string>& people,
                   const std::array<std::set<std::string>, kAllGapReasons.size()>& reasons) {
    GapCounts c{.people = static_cast<std::int64_t>(people.size())};
    for (std::size_t i = 0; i < reasons.size(); ++i) {
      c.by_reason[i] = static_cast<std::int64_t>(reasons[i].size());
    }
    return c;
  };
  GapTable table;
  for (const auto& [key, people] : cell_people) {
    table.cells[key.first][key.second] = counts(people, cell_reasons[key]);
  }
  for (const auto& [need, people] : need_people) {
    table.by_need[need] = counts(people, need_reasons[need]);
  }
  table.people = static_cast<std::int64_t>(everyone.size());
  return table;
}

}  // namespace lw

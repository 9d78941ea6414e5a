#include "domain/outcomes/goal.h"

#include <utility>

#include "base/check.h"
#include "domain/frontdoor/text_field.h"
#include "domain/vocabulary_table.h"

namespace lw {
namespace {

constexpr std::array<vocabulary::Names<GoalStatus>, 4> kStatusNames = {{
    {GoalStatus::kActive, "active", "Active"},
    {GoalStatus::kAchieved, "achieved", "Achieved"},
    {GoalStatus::kSetAside, "set-aside", "Set aside"},
    {GoalStatus::kCarriedForward, "carried-forward", "Carried forward"},
}};

void CheckRating(int rating, std::vector<FieldError>& errors) {
  if (rating < kLowestGoalRating || rating > kHighestGoalRating) {
    errors.push_back({"rating", "Choose a rating from 0 to 10"});
  }
}

}  // namespace

std::string_view GoalStatusKey(GoalStatus s) { return vocabulary::Row(kStatusNames, s).key; }
std::string_view GoalStatusDisplayName(GoalStatus s) {
  return vocabulary::Row(kStatusNames, s).display;
}
std::optional<GoalStatus> ParseGoalStatus(std::string_view key) {
  return vocabulary::Parse(kStatusNames, key);
}

void CheckGoalInvariants(const Goal& g) {
  LW_CHECK(g.version >= 1);
  LW_CHECK(!g.person_id.empty());
  LW_CHECK(!g.text.empty());
  LW_CHECK(!g.life_area.empty());
  for (const GoalRating& r : g.ratings) {
    LW_CHECK(r.rating >= kLowestGoalRating && r.rating <= kHighestGoalRating);
    LW_CHECK(r.on >= g.set_on);
  }
}

Result<Goal> SetGoal(GoalDraft d, std::span<const LifeArea> areas, Date today) {
  std::vector<FieldError> errors;
  CheckText(d.text, {"text", "Goal", kMaxGoalText, true, "Write the goal in the person's words"},
            errors);
  if (FindLifeArea(areas, d.life_area) == nullptr) {
    errors.push_back({"life_area", "Choose the life area the goal is about"});
  }
  if (d.set_on > today)
    errors.push_back({"set_on", "The date it was set must be today or earlier"});
  if (d.first_rating) CheckRating(*d.first_rating, errors);
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
  Goal g{.id = std::move(d.id),
         .version = 1,
         .person_id = std::move(d.person_id),
         .team_id = std::move(d.team_id),
         .text = std::move(d.text),
         .life_area = std::move(d.life_area),
         .set_on = d.set_on,
         .status = GoalStatus::kActive};
  if (d.first_rating) {
    g.ratings.push_back({.on = d.set_on, .rating = *d.first_rating, .entered_by = d.entered_by});
  }
  CheckGoalInvariants(g);
  return g;
}

Result<Goal> RateGoal(const Goal& goal, GoalRating rating, Date today) {
  if (!goal.IsOpen()) {
    return Fail(
        ErrorCode::kFailedPrecondition,
        "This goal is " + std::string(GoalStatusKey(goal.status)) + ": it takes no more ratings");
  }
  std::vector<FieldError> errors;
  CheckRating(rating.rating, errors);
  if (rating.on > today) {
    errors.push_back({"on", "The date of the rating must be today or earlier"});
  } else if (rating.on < goal.set_on) {
    errors.push_back(
        {"on", "The date of the rating must be on or after the day the goal was set (" +
                   goal.set_on.ToIso() + ")"});
  }
  if (rating.note) {
    CheckText(*rating.note, {"note", "Note", kMaxGoalNote, false}, errors);
    if (rating.note->empty()) rating.note.reset();
  }
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
  Goal next = goal;
  next.version = goal.version + 1;
  next.ratings.push_back(std::move(rating));
  CheckGoalInvariants(next);
  return next;
}

Result<Goal> ChangeGoalStatus(const Goal& goal, GoalStatus to, std::string note) {
  std::vector<FieldError> errors;
  CheckText(note, {"status_note", "Note", kMaxGoalNote, false}, errors);
  if (to == GoalStatus::kActive) {
    errors.push_back({"status", "Choose achieved, set aside or carried forward"});
  }
  if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
  const bool allowed = goal.status == GoalStatus::kActive ||
                       (goal.status == GoalStatus::kCarriedForward && to != goal.status);
  if (!allowed) {
    return Fail(ErrorCode::kFailedPrecondition,
                "This goal is already " + std::string(GoalStatusKey(goal.status)) +
                    " and cannot become " + std::string(GoalStatusKey(to)));
  }
  Goal next = goal;
  next.version = goal.version + 1;
  next.status = to;
  next.status_note = std::move(note);
  CheckGoalInvariants(next);
  return next;
}

}  // namespace lw

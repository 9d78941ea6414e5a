// Goal: something the person wants to get to, in their own words, linked
// to a Wheel of Life area and rated 0 to 10 over time with the Goal Based
// Outcomes scale (issue 6, point 2; measures.md section 5).
//
// Lifecycle (anything else is refused with kFailedPrecondition):
//
//   active --achieved--------> achieved          (final)
//   active --set aside-------> set-aside         (final)
//   active --carried forward-> carried-forward --achieved / set aside--> ...
//
// CHOICE: "carried forward" means the goal continues into the person's
// next episode or plan, so a carried-forward goal stays open and can still
// be rated (its ratings keep one line over time); it can later be achieved
// or set aside. Achieved and set-aside goals keep their ratings and take
// no more.
//
// Ratings: whole numbers 0..10 (GBO), dated, not before the goal was set
// and not in the future; whose answer it is (`EnteredBy`). Progress is the
// GBO rule (change.h) over the first and latest ratings (progress.h).
//
// `Goal` is a plain value, never overwritten: each change returns the next
// version and the store keeps them all. `CheckGoalInvariants` aborts
// (LW_CHECK) on an impossible value and runs after every change.
//
// Failure contract: kInvalidArgument with one FieldError per bad field,
// named as the form's: "text", "life_area", "set_on", "rating", "on",
// "note", "status", "status_note". On failure nothing changes.
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/dates.h"
#include "base/error.h"
#include "domain/outcomes/entered_by.h"
#include "domain/outcomes/wheel.h"

namespace lw {

inline constexpr std::size_t kMaxGoalText = 500;
inline constexpr std::size_t kMaxGoalNote = 2000;
inline constexpr int kLowestGoalRating = 0;
inline constexpr int kHighestGoalRating = 10;

enum class GoalStatus : std::uint8_t { kActive, kAchieved, kSetAside, kCarriedForward };
inline constexpr std::array<GoalStatus, 4> kAllGoalStatuses = {
    GoalStatus::kActive, GoalStatus::kAchieved, GoalStatus::kSetAside, GoalStatus::kCarriedForward};
// "active", "achieved", "set-aside", "carried-forward"
std::string_view GoalStatusKey(GoalStatus status);
// "Active", "Achieved", "Set aside", "Carried forward"
std::string_view GoalStatusDisplayName(GoalStatus status);
std::optional<GoalStatus> ParseGoalStatus(std::string_view key);

struct GoalRating {
  Date on;
  int rating = 0;  // 0..10
  EnteredBy entered_by = EnteredBy::kTogether;
  std::optional<std::string> note;
  bool operator==(const GoalRating&) const = default;
};

struct Goal {
  std::string id;
  long long version = 1;
  std::string person_id;
  std::string team_id;
  std::string text;       // the person's words
  std::string life_area;  // a LifeArea key
  Date set_on;
  GoalStatus status = GoalStatus::kActive;
  std::vector<GoalRating> ratings;  // in the order given; dated
  std::string status_note;          // why it was achieved / set aside / carried forward

  // Active or carried forward: still worked on, and rateable.
  bool IsOpen() const {
    return status == GoalStatus::kActive || status == GoalStatus::kCarriedForward;
  }
  bool operator==(const Goal&) const = default;
};

struct GoalDraft {
  std::string id;
  std::string person_id;
  std::string team_id;
  std::string text;
  std::string life_area;
  Date set_on;
  std::optional<int> first_rating;  // rated on set_on when given
  EnteredBy entered_by = EnteredBy::kTogether;
};

// A new goal (version 1, active). `areas` are the life areas in force.
Result<Goal> SetGoal(GoalDraft draft, std::span<const LifeArea> areas, Date today);

// `goal` with `rating` added (version + 1). kFailedPrecondition when the
// goal is achieved or set aside.
Result<Goal> RateGoal(const Goal& goal, GoalRating rating, Date today);

// `goal` moved to `to` (version + 1); see the lifecycle.
Result<Goal> ChangeGoalStatus(const Goal& goal, GoalStatus to, std::string note);

void CheckGoalInvariants(const Goal& goal);

}  // namespace lw

// Wheel of Life (issue 6, point 3; seeds/002): the life areas a locality
// uses, and a check-in rating each area 1 to 10.
//
// Life areas are configuration: `DefaultLifeAreas()` is the set the issue
// names; a locality replaces it (app wiring passes them in). A key is
// stored with every check-in and goal, so it is never renamed.
//
// A check-in may skip an area (the person did not want to rate it): only
// the areas rated are stored, and at least one must be. Every rating names
// an area in force and is a whole number from 1 to 10.
//
// Failure contract: `ValidateLifeAreas` and `ValidateCheckIn` return
// kInvalidArgument with one FieldError per problem. Check-in fields are
// named as the form's: "on", "area_<key>" (an unknown area's own key),
// "ratings" (none rated), "note".
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"
#include "base/error.h"
#include "domain/outcomes/entered_by.h"

namespace lw {

inline constexpr int kLowestWheelRating = 1;
inline constexpr int kHighestWheelRating = 10;
inline constexpr std::size_t kMaxWheelNote = 2000;
inline constexpr std::size_t kMaxLifeAreas = 20;

struct LifeArea {
  std::string key;   // stable: "home", "work-and-learning"
  std::string name;  // shown: "Work and learning"
  bool operator==(const LifeArea&) const = default;
};

// home, money, work and learning, health, relationships, community and
// leisure, mental wellbeing, personal growth.
std::vector<LifeArea> DefaultLifeAreas();

// At least one area, at most kMaxLifeAreas; keys lower-case letters,
// digits and hyphens, unique; names not empty. Fields "life_areas[i].key".
Status ValidateLifeAreas(std::span<const LifeArea> areas);

// The area with `key`, or null.
const LifeArea* FindLifeArea(std::span<const LifeArea> areas, std::string_view key);

struct AreaRating {
  std::string area;  // a LifeArea key
  int rating = 0;    // 1..10
  bool operator==(const AreaRating&) const = default;
};

struct WheelCheckIn {
  std::string id;
  long long version = 1;
  std::string person_id;
  std::string team_id;
  Date on;
  EnteredBy entered_by = EnteredBy::kTogether;
  std::vector<AreaRating> ratings;  // the areas rated, in the areas' order
  std::string note;                 // "" none
  bool operator==(const WheelCheckIn&) const = default;
};

// Checks `check_in` against the areas in force and `today` (`on` not
// after it); trims the note and puts the ratings in the areas' order.
Result<WheelCheckIn> ValidateCheckIn(WheelCheckIn check_in, std::span<const LifeArea> areas,
                                     Date today);

// The rating of `area` in `check_in`, or nullopt when it was skipped.
std::optional<int> RatingFor(const WheelCheckIn& check_in, std::string_view area);

}  // namespace lw

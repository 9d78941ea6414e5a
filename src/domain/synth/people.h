// Synthetic people (issue 8, point 3): plausible, fictional, and the same
// for the same seed on every machine.
//
// Person number `index` of locality `locality` depends only on (seed,
// locality, index): its own stream is keyed "locality/<L>/person/<I>", so
// people can be generated in any order, or a few at a time, and match.
//
// NHS numbers come from the 999 test range, never issued to anyone: each
// locality has its own block of kNhsBodiesPerLocality bodies (so at most
// 40 localities), person i of it body i of the block. A body with no
// number (one in eleven: check digit 10) leaves that person without one; the
// chance of recording one is raised to make up for it, so the share
// recorded still comes out at `nhs_number_share` (capped at 10 in 11).
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>

#include "base/dates.h"
#include "base/error.h"
#include "domain/people/person.h"
#include "domain/synth/quantile_table.h"

namespace lw::synth {

inline constexpr std::uint32_t kNhsBodiesPerLocality = 25'000;
inline constexpr int kMaxLocalities = 40;

struct PeopleSettings {
  // Age in years when first introduced: adults of working age mostly,
  // some older, few over 75 (community mental health support is for 18+).
  QuantileTable age_years =
      *QuantileTable::Make({{0, 18}, {0.2, 24}, {0.5, 37}, {0.8, 54}, {0.95, 70}, {1, 90}});
  // Share of people whose NHS number is on the record.
  double nhs_number_share = 0.85;
};

// kInvalidArgument for an nhs_number_share outside [0, 1], or an age table
// reaching below 16 or above 110.
Status ValidatePeopleSettings(const PeopleSettings& settings);

// The person numbered `index` (0 .. kNhsBodiesPerLocality - 1) in locality
// `locality` (0 .. kMaxLocalities - 1), aged by the table on `on`. The id,
// version, team, preferred name and postcode are left for the caller. LW_CHECKs the ranges.
Person GeneratePerson(std::uint64_t seed, int locality, std::uint32_t index, Date on,
                      const PeopleSettings& settings);

}  // namespace lw::synth

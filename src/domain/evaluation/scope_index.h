// The scope of a measure (measures.h's Scope), made ready for one pass over
// the facts: day numbers, each day's month, and which teams count. Shared
// by measures.cc and outcome_measures.cc; not for callers outside this
// folder.
//
// Thread-safety: plain values.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "base/dates.h"
#include "base/error.h"
#include "domain/evaluation/facts.h"
#include "domain/evaluation/measures.h"

namespace lw::evaluation::internal {

struct ScopeIndex {
  std::int32_t first_day = 0;
  std::int32_t last_day = 0;
  std::int32_t months = 0;
  int first_month_key = 0;                 // MonthKey of the first day
  std::vector<std::int32_t> month_of_day;  // by day - first_day
  std::vector<std::uint8_t> team_counted;  // by team index

  bool Within(std::int32_t day) const {
    return day != kNoDay && day >= first_day && day <= last_day;
  }
  std::int32_t MonthOf(std::int32_t day) const {
    return month_of_day[static_cast<std::size_t>(day - first_day)];
  }
  bool Counted(std::int32_t team) const {
    return team_counted[static_cast<std::size_t>(team)] != 0;
  }
};

// Months since year 0: year * 12 + month - 1.
inline int MonthKey(Date d) { return d.year() * 12 + d.month() - 1; }

// ValidateScope's errors.
Result<ScopeIndex> Index(const Scope& scope, const Places& places);

template <typename Cell>
Grid<Cell> GridFor(const Facts& facts, const ScopeIndex& index) {
  return Grid<Cell>(static_cast<std::int32_t>(facts.places.locality_ids.size()), index.months);
}

}  // namespace lw::evaluation::internal

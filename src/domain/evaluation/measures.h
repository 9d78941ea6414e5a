// The GM standard set of measures (issue 9, point 2) as definitions and as
// pure functions over the facts (facts.h, ADR 0019).
//
// Each measure has a definition (`MeasureDefinition`), shown beside every
// figure: what it counts, its numerator and denominator or statistic, the
// records it reads, its period rule, the breakdowns it allows, and its
// source. Each function takes the facts and a `Scope` and gives figures by
// locality and month of the scope, in one pass over the facts; totals are
// the cells merged. Figures are exact: disclosure control is the
// publisher's step (domain/measures/disclosure.h), never the measure's.
//
// Built so far: introductions by source, days to the initial conversation,
// people waiting at the end of the period, people with two or more
// contacts (MHS108), planned exits, and warm introductions landed here; the
// outcome measures (ReQoL-10 change, progress towards goals, felt listened
// to) in outcome_measures.h. The rest of the standard set follows the same
// shape.
//
// Thread-safety: pure functions over constant facts.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "base/dates.h"
#include "base/error.h"
#include "domain/evaluation/facts.h"
#include "domain/evaluation/statistics.h"
#include "domain/frontdoor/vocabulary.h"

namespace lw::evaluation {

struct MeasureDefinition {
  std::string_view key;          // "days-to-conversation"
  std::string_view name;         // as headings show it
  std::string_view definition;   // plain English, shown beside the figure
  std::string_view statistic;    // "count", "share", "median and 90th percentile"
  std::string_view numerator;    // or what is counted
  std::string_view denominator;  // "" for counts and distributions
  std::string_view records;      // the records it reads
  std::string_view period;       // which records fall in a period
  std::string_view breakdowns;   // what it may be broken down by
  std::string_view source;       // where the definition comes from
};

// The standard measures built so far, in the order reports show them.
std::span<const MeasureDefinition> StandardMeasures();
// nullptr for an unknown key.
const MeasureDefinition* FindMeasure(std::string_view key);

// What to count: whole calendar months from the month of `first_day` to
// the month of `last_day`, both included, in the localities and teams named
// (by index; empty: all).
struct Scope {
  Date first_day = Date::FromDayNumber(0);  // the first day of a month
  Date last_day = Date::FromDayNumber(0);   // the last day of a month
  std::vector<std::int32_t> localities;
  std::vector<std::int32_t> teams;
};

// kInvalidArgument, naming the field, when the months are not whole or run
// backwards, or when a locality or team index is not in `places`.
Status ValidateScope(const Scope& scope, const Places& places);

// Figures by locality (every locality of the facts, in index order) and
// month of the scope (0: the first).
template <typename Cell>
struct Grid {
  std::int32_t localities = 0;
  std::int32_t months = 0;
  std::vector<Cell> cells;  // locality-major

  Grid(std::int32_t l, std::int32_t m)
      : localities(l),
        months(m),
        cells(static_cast<std::size_t>(l) * static_cast<std::size_t>(m)) {}
  Cell& At(std::int32_t locality, std::int32_t month) {
    return cells[static_cast<std::size_t>(locality) * static_cast<std::size_t>(months) +
                 static_cast<std::size_t>(month)];
  }
  const Cell& At(std::int32_t locality, std::int32_t month) const {
    return cells[static_cast<std::size_t>(locality) * static_cast<std::size_t>(months) +
                 static_cast<std::size_t>(month)];
  }
};

using SourceCounts = std::array<std::int64_t, kAllIntroductionSources.size()>;

// "introductions-by-source": introductions received, by source, in the
// month received.
Result<Grid<SourceCounts>> IntroductionsBySource(const Facts& facts, const Scope& scope);

// "days-to-conversation": whole days from an introduction received to its
// initial conversation held, for conversations held by the scope's last
// day, in the month the introduction was received.
Result<Grid<DayHistogram>> DaysToConversation(const Facts& facts, const Scope& scope);

// "waiting-now": introductions received by the scope's last day and, at the
// end of that day, neither closed nor had their conversation; each counted
// with the whole days it had waited by then. By locality (one month: the
// last).
Result<std::vector<DayHistogram>> WaitingAtEnd(const Facts& facts, const Scope& scope);

// "two-contacts" (MHS108): for each month of the scope as a period end,
// the people with two or more qualifying contacts in one episode that
// counts (Mhs108Episode) within the 12 calendar months ending with it, by
// the locality of that episode's team, counted once per locality. Episodes
// of teams outside the scope do not count. One pass over the contacts
// (each episode's qualifying days sorted, each consecutive pair counting
// for the period ends from the later one's month to eleven months after
// the earlier one's), then one over the episodes that have two.
Result<Grid<std::int64_t>> TwoContacts(const Facts& facts, const Scope& scope);

// "planned-exits": episodes ended as a planned transition, of episodes
// ended, in the month they ended.
Result<Grid<Share>> PlannedExits(const Facts& facts, const Scope& scope);

// "warm-introductions": warm introductions made, in the month made; of
// those, how many landed (the person and the service met) by the scope's
// last day, and the whole days from made to landed.
struct WarmLanding {
  Share landed;  // landed of made
  DayHistogram days_to_land;
};
Result<Grid<WarmLanding>> WarmIntroductionsLanded(const Facts& facts, const Scope& scope);

}  // namespace lw::evaluation

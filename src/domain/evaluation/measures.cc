#include "domain/evaluation/measures.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <utility>

namespace lw::evaluation {
namespace {

constexpr std::array<MeasureDefinition, 5> kStandard = {{
    {.key = "introductions-by-source",
     .name = "Introductions by source",
     .definition = "How many introductions Living Well received, by who made them (the person, "
                   "someone close, a GP, another service ...), in the month they were received. "
                   "Someone introduced twice counts twice.",
     .statistic = "count",
     .numerator = "introductions received in the month",
     .denominator = "",
     .records = "introductions",
     .period = "the day the introduction was received",
     .breakdowns = "locality, team, month, source",
     .source = "GM Living Well evaluation framework; docs/measures.md section 7 (1,830 "
               "introductions)"},
    {.key = "days-to-conversation",
     .name = "Days from introduction to initial conversation",
     .definition = "Whole days from the day an introduction was received to the day its initial "
                   "conversation was held (the same day is 0), for conversations held by the end "
                   "of the period; the median and the 90th percentile, interpolated between the "
                   "nearest values. Introductions closed without a conversation are not counted.",
     .statistic = "median and 90th percentile",
     .numerator = "days to the initial conversation",
     .denominator = "",
     .records = "introductions",
     .period = "the month the introduction was received",
     .breakdowns = "locality, team, month",
     .source = "docs/measures.md section 7 (median 14 days); NHS Digital MHS125 method for "
               "medians"},
    {.key = "waiting-now",
     .name = "People waiting now",
     .definition = "Introductions received by the end of the period that, at the end of its last "
                   "day, were neither closed nor had had their initial conversation, with how "
                   "long each had waited by then in whole days.",
     .statistic = "count, median and 90th percentile",
     .numerator = "introductions still waiting",
     .denominator = "",
     .records = "introductions",
     .period = "the last day of the period",
     .breakdowns = "locality, team",
     .source = "GM Living Well evaluation framework (waiting times)"},
    {.key = "planned-exits",
     .name = "Planned exits",
     .definition = "Episodes of support that ended as a planned transition (goals met, moving on "
                   "to other support, or agreed support complete), as a share of all episodes "
                   "that ended, in the month they ended.",
     .statistic = "share",
     .numerator = "episodes ended as a planned transition",
     .denominator = "episodes ended",
     .records = "episodes",
     .period = "the day the episode ended",
     .breakdowns = "locality, team, month",
     .source = "docs/measures.md section 7 (60% of 318)"},
    {.key = "warm-introductions",
     .name = "Warm introductions landed",
     .definition = "Warm introductions made to services in the Living Well network, in the "
                   "month they were made: the share that landed (the person and the service "
                   "met) by the end of the period, and the whole days from made to landed "
                   "(median and 90th percentile). One still under way counts as not landed.",
     .statistic = "share, median and 90th percentile",
     .numerator = "warm introductions that landed",
     .denominator = "warm introductions made",
     .records = "warm introductions",
     .period = "the day the warm introduction was made",
     .breakdowns = "locality, team, month",
     .source = "GM Living Well evaluation framework (network: warm introductions that land)"},
}};

// The scope, ready for one pass: day numbers, each day's month, and which
// teams count.
struct ScopeIndex {
  std::int32_t first_day = 0;
  std::int32_t last_day = 0;
  std::int32_t months = 0;
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

int MonthKey(Date d) { return d.year() * 12 + d.month() - 1; }

Result<ScopeIndex> Index(const Scope& scope, const Places& places) {
  if (auto ok = ValidateScope(scope, places); !ok) return Fail(std::move(ok.error()));
  ScopeIndex index;
  index.first_day = static_cast<std::int32_t>(scope.first_day.DayNumber());
  index.last_day = static_cast<std::int32_t>(scope.last_day.DayNumber());
  index.months = MonthKey(scope.last_day) - MonthKey(scope.first_day) + 1;
  index.month_of_day.reserve(static_cast<std::size_t>(index.last_day) -
                             static_cast<std::size_t>(index.first_day) + 1);
  const int first_key = MonthKey(scope.first_day);
  for (Date d = scope.first_day; d <= scope.last_day; d = d.PlusDays(1)) {
    index.month_of_day.push_back(MonthKey(d) - first_key);
  }
  index.team_counted.assign(places.team_ids.size(), 0);
  for (std::size_t t = 0; t < places.team_ids.size(); ++t) {
    const bool team =
        scope.teams.empty() ||
        std::ranges::find(scope.teams, static_cast<std::int32_t>(t)) != scope.teams.end();
    const bool locality =
        scope.localities.empty() ||
        std::ranges::find(scope.localities, places.team_locality[t]) != scope.localities.end();
    index.team_counted[t] = team && locality ? 1 : 0;
  }
  return index;
}

template <typename Cell>
Grid<Cell> GridFor(const Facts& facts, const ScopeIndex& index) {
  return Grid<Cell>(static_cast<std::int32_t>(facts.places.locality_ids.size()), index.months);
}

}  // namespace

std::span<const MeasureDefinition> StandardMeasures() { return kStandard; }

const MeasureDefinition* FindMeasure(std::string_view key) {
  for (const MeasureDefinition& m : kStandard) {
    if (m.key == key) return &m;
  }
  return nullptr;
}

Status ValidateScope(const Scope& scope, const Places& places) {
  if (scope.first_day.day() != 1) {
    return Fail(ErrorCode::kInvalidArgument, "first_day: must be the first day of a month");
  }
  if (scope.last_day.PlusDays(1).day() != 1) {
    return Fail(ErrorCode::kInvalidArgument, "last_day: must be the last day of a month");
  }
  if (scope.last_day < scope.first_day) {
    return Fail(ErrorCode::kInvalidArgument, "last_day: must not be before first_day");
  }
  for (std::int32_t l : scope.localities) {
    if (l < 0 || static_cast<std::size_t>(l) >= places.locality_ids.size()) {
      return Fail(ErrorCode::kInvalidArgument, "localities: no locality " + std::to_string(l));
    }
  }
  for (std::int32_t t : scope.teams) {
    if (t < 0 || static_cast<std::size_t>(t) >= places.team_ids.size()) {
      return Fail(ErrorCode::kInvalidArgument, "teams: no team " + std::to_string(t));
    }
  }
  return Ok();
}

Result<Grid<SourceCounts>> IntroductionsBySource(const Facts& facts, const Scope& scope) {
  auto index = Index(scope, facts.places);
  if (!index) return Fail(std::move(index.error()));
  Grid<SourceCounts> out = GridFor<SourceCounts>(facts, *index);
  const IntroductionFacts& f = facts.introductions;
  for (std::size_t i = 0; i < f.size(); ++i) {
    if (!index->Counted(f.team[i]) || !index->Within(f.received[i])) continue;
    const std::int32_t locality = facts.places.team_locality[static_cast<std::size_t>(f.team[i])];
    ++out.At(locality, index->MonthOf(f.received[i]))[f.source[i]];
  }
  return out;
}

Result<Grid<DayHistogram>> DaysToConversation(const Facts& facts, const Scope& scope) {
  auto index = Index(scope, facts.places);
  if (!index) return Fail(std::move(index.error()));
  Grid<DayHistogram> out = GridFor<DayHistogram>(facts, *index);
  const IntroductionFacts& f = facts.introductions;
  for (std::size_t i = 0; i < f.size(); ++i) {
    if (!index->Counted(f.team[i]) || !index->Within(f.received[i])) continue;
    const std::int32_t held = f.conversation[i];
    // Before receipt cannot happen (CheckIntroductionInvariants); not counted.
    if (held == kNoDay || held > index->last_day || held < f.received[i]) continue;
    const std::int32_t locality = facts.places.team_locality[static_cast<std::size_t>(f.team[i])];
    out.At(locality, index->MonthOf(f.received[i])).Add(held - f.received[i]);
  }
  return out;
}

Result<std::vector<DayHistogram>> WaitingAtEnd(const Facts& facts, const Scope& scope) {
  auto index = Index(scope, facts.places);
  if (!index) return Fail(std::move(index.error()));
  std::vector<DayHistogram> out(facts.places.locality_ids.size());
  const IntroductionFacts& f = facts.introductions;
  const std::int32_t end = index->last_day;
  for (std::size_t i = 0; i < f.size(); ++i) {
    if (!index->Counted(f.team[i]) || f.received[i] > end) continue;
    const bool held = f.conversation[i] != kNoDay && f.conversation[i] <= end;
    const bool closed = f.closed[i] != kNoDay && f.closed[i] <= end;
    if (held || closed) continue;
    const std::int32_t locality = facts.places.team_locality[static_cast<std::size_t>(f.team[i])];
    out[static_cast<std::size_t>(locality)].Add(end - f.received[i]);
  }
  return out;
}

Result<Grid<Share>> PlannedExits(const Facts& facts, const Scope& scope) {
  auto index = Index(scope, facts.places);
  if (!index) return Fail(std::move(index.error()));
  Grid<Share> out = GridFor<Share>(facts, *index);
  const EpisodeFacts& f = facts.episodes;
  for (std::size_t i = 0; i < f.size(); ++i) {
    if (!index->Counted(f.team[i]) || !index->Within(f.ended[i])) continue;
    const std::int32_t locality = facts.places.team_locality[static_cast<std::size_t>(f.team[i])];
    Share& cell = out.At(locality, index->MonthOf(f.ended[i]));
    ++cell.denominator;
    cell.numerator += f.planned[i];
  }
  return out;
}

Result<Grid<WarmLanding>> WarmIntroductionsLanded(const Facts& facts, const Scope& scope) {
  auto index = Index(scope, facts.places);
  if (!index) return Fail(std::move(index.error()));
  Grid<WarmLanding> out = GridFor<WarmLanding>(facts, *index);
  const WarmFacts& f = facts.warm;
  for (std::size_t i = 0; i < f.size(); ++i) {
    if (!index->Counted(f.team[i]) || !index->Within(f.made[i])) continue;
    const std::int32_t locality = facts.places.team_locality[static_cast<std::size_t>(f.team[i])];
    WarmLanding& cell = out.At(locality, index->MonthOf(f.made[i]));
    ++cell.landed.denominator;
    const std::int32_t landed = f.landed[i];
    if (landed == kNoDay || landed > index->last_day || landed < f.made[i]) continue;
    ++cell.landed.numerator;
    cell.days_to_land.Add(landed - f.made[i]);
  }
  return out;
}

}  // namespace lw::evaluation

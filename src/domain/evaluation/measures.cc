#include "domain/evaluation/measures.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <utility>

#include "domain/evaluation/scope_index.h"

namespace lw::evaluation {
namespace {

using internal::GridFor;
using internal::Index;
using internal::MonthKey;
using internal::ScopeIndex;

constexpr std::array<MeasureDefinition, 9> kStandard = {{
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
    {.key = "two-contacts",
     .name = "People with two or more contacts (MHS108)",
     .definition =
         "People aged 18 or over when introduced who had two or more qualifying contacts in one "
         "episode of support within the 12 calendar months ending with the month: attended, and "
         "face to face, by phone or by video (not did-not-attend, cancelled, text, email or "
         "letter). Each month of the period is the end of its own 12 months. A person counts "
         "once in a locality however many episodes qualify; contacts before the 12 months are "
         "not counted, so a first contact before them and a second inside is one contact.",
     .statistic = "count",
     .numerator = "people with two or more qualifying contacts in the 12 months",
     .denominator = "",
     .records = "episodes, contacts, introductions (age when introduced)",
     .period = "the 12 calendar months ending with the month (rolling)",
     .breakdowns = "locality, team, month",
     .source = "NHS England CMH access measure MHS108 (NHS Digital measure_metadata.py, "
               "cmh_prep.py); docs/measures.md section 8.1; domain/measures/two_contacts.h"},
    {.key = "reqol-change",
     .name = "ReQoL-10: reliable improvement, deterioration and recovery",
     .definition =
         "Episodes of support with a ReQoL-10 score at the start and a later one: the first "
         "valid score against the latest valid score on a later day, up to the end of the "
         "period. Reliable improvement is a rise of at least the reliable change (5 points); "
         "reliable deterioration a fall of at least as much. Reliable recovery counts, of those "
         "whose first score was in the clinical range (below 25), those whose latest score was "
         "25 or more with a reliable improvement. Each episode counts once, in the month of its "
         "latest score. Thresholds are the ReQoL-10 definition's, with the locality's overrides.",
     .statistic = "share",
     .numerator = "episodes with reliable improvement / deterioration / recovery",
     .denominator = "episodes with paired scores (recovery: those with a clinical first score)",
     .records = "ReQoL-10 responses, episodes",
     .period = "the month of the latest score of the pair",
     .breakdowns = "locality, team, month",
     .source = "NHS England CMH PROMs dashboard (RCI 5, cut-off 25); docs/measures.md sections "
               "1.2, 1.3, 2.2 and 7 (58% of 385)"},
    {.key = "goal-progress",
     .name = "Progress towards goals",
     .definition =
         "Episodes of support with at least one goal rated twice (on two different days): the "
         "share making progress on at least one goal, and on at least two, comparing each "
         "goal's first rating with its latest up to the end of the period. Two rules are shown: "
         "any improvement (the latest rating higher) and reliable improvement (at least 3 "
         "points higher). Both shares are of every episode with a goal rated twice. Each episode "
         "counts once, in the month of its latest rating.",
     .statistic = "share",
     .numerator = "episodes progressing on at least one / at least two goals",
     .denominator = "episodes with at least one goal rated twice",
     .records = "goals, episodes",
     .period = "the month of the latest rating of the episode's goals",
     .breakdowns = "locality, team, month, progress rule",
     .source = "Goal Based Outcomes (GBO, reliable change 3); docs/measures.md sections 5 and 7 "
               "(Salford 83% and 74%: which rule is UNCONFIRMED, so both are shown)"},
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
    {.key = "felt-listened-to",
     .name = "Felt listened to",
     .definition = "People answering the end-of-support questions: the share who agreed or "
                   "strongly agreed that they felt listened to, of everyone who answered that "
                   "question, in the month they answered.",
     .statistic = "share",
     .numerator = "answers agreeing or strongly agreeing",
     .denominator = "answers to \"I felt listened to\"",
     .records = "experience responses",
     .period = "the day the question was answered",
     .breakdowns = "locality, team, month",
     .source = "GM Living Well evaluation framework (experience); config/instruments/"
               "experience.toml (local questions, 1 strongly disagree to 5 strongly agree)"},
}};

}  // namespace

std::span<const MeasureDefinition> StandardMeasures() { return kStandard; }

const MeasureDefinition* FindMeasure(std::string_view key) {
  for (const MeasureDefinition& m : kStandard) {
    if (m.key == key) return &m;
  }
  return nullptr;
}

namespace internal {

Result<ScopeIndex> Index(const Scope& scope, const Places& places) {
  if (auto ok = ValidateScope(scope, places); !ok) return Fail(std::move(ok.error()));
  ScopeIndex index;
  index.first_month_key = MonthKey(scope.first_day);
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

}  // namespace internal

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

Result<Grid<std::int64_t>> TwoContacts(const Facts& facts, const Scope& scope) {
  auto index = Index(scope, facts.places);
  if (!index) return Fail(std::move(index.error()));
  Grid<std::int64_t> out = GridFor<std::int64_t>(facts, *index);
  const EpisodeFacts& e = facts.episodes;
  const ContactFacts& c = facts.contacts;
  const std::int32_t months = index->months;

  // Contacts from the first day of the 12 months ending with the first
  // month can count; each day's month, counted from the scope's first.
  const int lo_key = index->first_month_key - 11;
  const Date lo_date = *Date::FromYmd(lo_key / 12, lo_key % 12 + 1, 1);
  const auto lo = static_cast<std::int32_t>(lo_date.DayNumber());
  std::vector<std::int32_t> month_of;
  month_of.reserve(static_cast<std::size_t>(index->last_day) - static_cast<std::size_t>(lo) + 1);
  for (Date d = lo_date; d.DayNumber() <= index->last_day; d = d.PlusDays(1)) {
    month_of.push_back(MonthKey(d) - index->first_month_key);
  }
  const auto month = [&](std::int32_t day) { return month_of[static_cast<std::size_t>(day - lo)]; };
  // The first period end an A14 or D05 episode counts for: April 2023.
  const std::int32_t from_april_2023 = (2023 * 12 + 3) - index->first_month_key;

  std::vector<std::uint8_t> counted(e.size(), 0);
  for (std::size_t i = 0; i < e.size(); ++i) {
    counted[i] = index->Counted(e.team[i]) &&
                 e.mhs108[i] != static_cast<std::uint8_t>(Mhs108Episode::kNever);
  }
  const auto qualifies = [&](std::size_t i) {
    return c.qualifying[i] != 0 && c.day[i] >= lo && c.day[i] <= index->last_day &&
           counted[static_cast<std::size_t>(c.episode[i])] != 0;
  };
  // Each episode's qualifying days, together (counting sort by episode).
  std::vector<std::int32_t> begin(e.size() + 1, 0);
  for (std::size_t i = 0; i < c.size(); ++i) {
    if (qualifies(i)) ++begin[static_cast<std::size_t>(c.episode[i]) + 1];
  }
  for (std::size_t i = 0; i < e.size(); ++i) begin[i + 1] += begin[i];
  std::vector<std::int32_t> days(static_cast<std::size_t>(begin.back()));
  std::vector<std::int32_t> next(begin.begin(), begin.end() - 1);
  for (std::size_t i = 0; i < c.size(); ++i) {
    if (qualifies(i))
      days[static_cast<std::size_t>(next[static_cast<std::size_t>(c.episode[i])]++)] = c.day[i];
  }

  // Each episode's period ends (months of the scope) as merged ranges.
  struct Span {
    std::int32_t person;
    std::int32_t locality;
    std::int32_t from;  // month index, included
    std::int32_t to;    // month index, included
  };
  std::vector<Span> spans;
  for (std::size_t ep = 0; ep < e.size(); ++ep) {
    const auto first = days.begin() + begin[ep];
    const auto last = days.begin() + begin[ep + 1];
    if (last - first < 2) continue;
    std::sort(first, last);
    const std::int32_t locality = facts.places.team_locality[static_cast<std::size_t>(e.team[ep])];
    const std::int32_t earliest =
        e.mhs108[ep] == static_cast<std::uint8_t>(Mhs108Episode::kFromApril2023)
            ? std::max(0, from_april_2023)
            : 0;
    const std::size_t before = spans.size();
    for (auto d = first; d + 1 != last; ++d) {
      // Both in the 12 months ending with period end m exactly when
      // month(later) <= m <= month(earlier) + 11.
      const std::int32_t from = std::max(month(*(d + 1)), earliest);
      const std::int32_t to = std::min(month(*d) + 11, months - 1);
      if (from > to) continue;
      if (spans.size() > before && from <= spans.back().to + 1) {
        spans.back().to = std::max(spans.back().to, to);
      } else {
        spans.push_back(Span{e.person[ep], locality, from, to});
      }
    }
  }

  // A person once per locality and month: their episodes' ranges merged.
  std::ranges::sort(spans, [](const Span& a, const Span& b) {
    if (a.person != b.person) return a.person < b.person;
    if (a.locality != b.locality) return a.locality < b.locality;
    return a.from < b.from;
  });
  const auto localities = static_cast<std::size_t>(out.localities);
  std::vector<std::int64_t> change(localities * (static_cast<std::size_t>(months) + 1), 0);
  const auto add = [&](const Span& s) {
    const std::size_t row =
        static_cast<std::size_t>(s.locality) * (static_cast<std::size_t>(months) + 1);
    ++change[row + static_cast<std::size_t>(s.from)];
    --change[row + static_cast<std::size_t>(s.to) + 1];
  };
  for (std::size_t i = 0; i < spans.size();) {
    Span merged = spans[i];
    for (++i; i < spans.size() && spans[i].person == merged.person &&
              spans[i].locality == merged.locality && spans[i].from <= merged.to + 1;
         ++i) {
      merged.to = std::max(merged.to, spans[i].to);
    }
    add(merged);
  }
  for (std::int32_t l = 0; l < out.localities; ++l) {
    std::int64_t running = 0;
    for (std::int32_t m = 0; m < months; ++m) {
      running += change[static_cast<std::size_t>(l) * (static_cast<std::size_t>(months) + 1) +
                        static_cast<std::size_t>(m)];
      out.At(l, m) = running;
    }
  }
  return out;
}

}  // namespace lw::evaluation

#include "domain/evaluation/outcome_measures.h"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

#include "domain/evaluation/scope_index.h"
#include "domain/outcomes/change.h"
#include "domain/outcomes/goal.h"

namespace lw::evaluation {
namespace {

using internal::GridFor;
using internal::Index;
using internal::ScopeIndex;

// Rows grouped by a key in 0..keys-1 (a counting sort that keeps each
// group's rows in their order): group k is order[begin[k] .. begin[k+1]).
struct Groups {
  std::vector<std::int32_t> begin;
  std::vector<std::int32_t> order;
};

template <typename KeyOf, typename Kept>
Groups GroupBy(std::size_t rows, std::size_t keys, KeyOf key_of, Kept kept) {
  Groups g;
  g.begin.assign(keys + 1, 0);
  for (std::size_t i = 0; i < rows; ++i) {
    if (kept(i)) ++g.begin[static_cast<std::size_t>(key_of(i)) + 1];
  }
  for (std::size_t k = 0; k < keys; ++k) g.begin[k + 1] += g.begin[k];
  g.order.resize(static_cast<std::size_t>(g.begin.back()));
  std::vector<std::int32_t> next(g.begin.begin(), g.begin.end() - 1);
  for (std::size_t i = 0; i < rows; ++i) {
    if (!kept(i)) continue;
    g.order[static_cast<std::size_t>(next[static_cast<std::size_t>(key_of(i))]++)] =
        static_cast<std::int32_t>(i);
  }
  return g;
}

Date DateOf(std::int32_t day) { return Date::FromDayNumber(day); }
std::int32_t DayOf(Date d) { return static_cast<std::int32_t>(d.DayNumber()); }

}  // namespace

Result<Grid<ReqolChange>> ReqolChanges(const Facts& facts, const Scope& scope) {
  if (!facts.rules.reqol10) {
    return Fail(ErrorCode::kFailedPrecondition,
                "the facts were read without the ReQoL-10 definition, so its change cannot be "
                "classified");
  }
  auto index = Index(scope, facts.places);
  if (!index) return Fail(std::move(index.error()));
  Grid<ReqolChange> out = GridFor<ReqolChange>(facts, *index);
  const ScoreFacts& s = facts.reqol10;
  const EpisodeFacts& e = facts.episodes;
  const Groups by_episode = GroupBy(
      s.size(), e.size(), [&](std::size_t i) { return s.episode[i]; },
      [&](std::size_t i) {
        return s.day[i] <= index->last_day &&
               index->Counted(e.team[static_cast<std::size_t>(s.episode[i])]);
      });
  std::vector<DatedScore> scores;
  for (std::size_t ep = 0; ep < e.size(); ++ep) {
    const std::int32_t from = by_episode.begin[ep];
    const std::int32_t to = by_episode.begin[ep + 1];
    if (to - from < 2) continue;
    scores.clear();
    for (std::int32_t k = from; k < to; ++k) {
      const auto i = static_cast<std::size_t>(by_episode.order[static_cast<std::size_t>(k)]);
      scores.push_back({DateOf(s.day[i]), Points::Hundredths(s.score[i])});
    }
    const std::optional<ScorePair> pair =
        PairScores(scores, facts.rules.reqol10_lowest, facts.rules.reqol10_highest);
    if (!pair) continue;
    const std::int32_t follow_up = DayOf(pair->follow_up.on);
    if (!index->Within(follow_up)) continue;
    const ChangeClassification change =
        ClassifyChange(*facts.rules.reqol10, pair->baseline.score, pair->follow_up.score);
    const std::int32_t locality = facts.places.team_locality[static_cast<std::size_t>(e.team[ep])];
    ReqolChange& cell = out.At(locality, index->MonthOf(follow_up));
    ++cell.improved.denominator;
    ++cell.deteriorated.denominator;
    if (change.reliability == Reliability::kReliableImprovement) ++cell.improved.numerator;
    if (change.reliability == Reliability::kReliableDeterioration) ++cell.deteriorated.numerator;
    if (change.clinical_at_baseline.value_or(false)) {
      ++cell.recovered.denominator;
      if (change.reliable_recovery.value_or(false)) ++cell.recovered.numerator;
    }
  }
  return out;
}

Result<Grid<GoalProgressShares>> ProgressTowardsGoals(const Facts& facts, const Scope& scope) {
  if (!facts.rules.goals || !facts.rules.goals->reliable_change) {
    return Fail(ErrorCode::kFailedPrecondition,
                "the facts were read without the GBO definition, so reliable progress cannot be "
                "told");
  }
  auto index = Index(scope, facts.places);
  if (!index) return Fail(std::move(index.error()));
  Grid<GoalProgressShares> out = GridFor<GoalProgressShares>(facts, *index);
  const GoalFacts& g = facts.goals;
  const GoalRatingFacts& r = facts.goal_ratings;
  const EpisodeFacts& e = facts.episodes;
  const auto counted_goal = [&](std::size_t goal) {
    return index->Counted(e.team[static_cast<std::size_t>(g.episode[goal])]);
  };
  const Groups by_goal = GroupBy(
      r.size(), g.size(), [&](std::size_t i) { return r.goal[i]; },
      [&](std::size_t i) {
        return r.day[i] <= index->last_day && counted_goal(static_cast<std::size_t>(r.goal[i]));
      });

  // Each goal paired and classified as the person's progress page does
  // (GoalProgressFor): ratings in date order, on one day as given.
  std::vector<std::optional<ChangeClassification>> change(g.size());
  std::vector<std::int32_t> follow_up(g.size(), kNoDay);
  std::vector<DatedScore> scores;
  for (std::size_t goal = 0; goal < g.size(); ++goal) {
    const std::int32_t from = by_goal.begin[goal];
    const std::int32_t to = by_goal.begin[goal + 1];
    if (to - from < 2) continue;
    scores.clear();
    for (std::int32_t k = from; k < to; ++k) {
      const auto i = static_cast<std::size_t>(by_goal.order[static_cast<std::size_t>(k)]);
      scores.push_back({DateOf(r.day[i]), Points::Whole(r.rating[i])});
    }
    std::ranges::stable_sort(scores, {}, &DatedScore::on);
    const std::optional<ScorePair> pair =
        PairScores(scores, Points::Whole(kLowestGoalRating), Points::Whole(kHighestGoalRating));
    if (!pair) continue;
    change[goal] = ClassifyChange(*facts.rules.goals, pair->baseline.score, pair->follow_up.score);
    follow_up[goal] = DayOf(pair->follow_up.on);
  }

  // Each episode's paired goals, summed up (SummariseProgress).
  const Groups by_episode = GroupBy(
      g.size(), e.size(), [&](std::size_t goal) { return g.episode[goal]; },
      [&](std::size_t goal) { return change[goal].has_value(); });
  std::vector<ChangeClassification> changes;
  for (std::size_t ep = 0; ep < e.size(); ++ep) {
    const std::int32_t from = by_episode.begin[ep];
    const std::int32_t to = by_episode.begin[ep + 1];
    if (to == from) continue;
    changes.clear();
    std::int32_t latest = kNoDay;
    for (std::int32_t k = from; k < to; ++k) {
      const auto goal = static_cast<std::size_t>(by_episode.order[static_cast<std::size_t>(k)]);
      changes.push_back(*change[goal]);
      latest = std::max(latest, follow_up[goal]);
    }
    if (!index->Within(latest)) continue;
    const ProgressSummary summary = SummariseProgress(changes);
    const std::int32_t locality = facts.places.team_locality[static_cast<std::size_t>(e.team[ep])];
    GoalProgressShares& cell = out.At(locality, index->MonthOf(latest));
    const auto count = [&](Share& share, int goals, ProgressRule rule) {
      ++share.denominator;
      if (summary.AtLeast(goals, rule).value_or(false)) ++share.numerator;
    };
    count(cell.one_any, 1, ProgressRule::kAnyProgress);
    count(cell.two_any, 2, ProgressRule::kAnyProgress);
    count(cell.one_reliable, 1, ProgressRule::kReliableProgress);
    count(cell.two_reliable, 2, ProgressRule::kReliableProgress);
  }
  return out;
}

Result<Grid<Share>> FeltListenedTo(const Facts& facts, const Scope& scope) {
  auto index = Index(scope, facts.places);
  if (!index) return Fail(std::move(index.error()));
  Grid<Share> out = GridFor<Share>(facts, *index);
  const ExperienceFacts& f = facts.listened;
  for (std::size_t i = 0; i < f.size(); ++i) {
    if (!index->Counted(f.team[i]) || !index->Within(f.day[i])) continue;
    const std::int32_t locality = facts.places.team_locality[static_cast<std::size_t>(f.team[i])];
    Share& cell = out.At(locality, index->MonthOf(f.day[i]));
    ++cell.denominator;
    cell.numerator += f.agreed[i];
  }
  return out;
}

}  // namespace lw::evaluation

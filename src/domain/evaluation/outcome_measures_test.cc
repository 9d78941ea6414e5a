#include "domain/evaluation/outcome_measures.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "base/dates.h"
#include "domain/outcomes/change.h"
#include "domain/outcomes/test_support.h"

namespace lw::evaluation {
namespace outcome_measures_test {
namespace {

using outcomes_test::Gbo;
using outcomes_test::Reqol10;

Date D(int y, int m, int d) { return *Date::FromYmd(y, m, d); }
std::int32_t Day(int y, int m, int d) { return static_cast<std::int32_t>(D(y, m, d).DayNumber()); }

// Two localities: Bury (team 0) and Oldham (team 1), with the shipped
// rules (ReQoL-10: reliable change 5, clinical below 25; GBO: 3).
Facts TwoLocalities() {
  Facts f;
  f.places.locality_ids = {"loc-bury", "loc-oldham"};
  f.places.locality_names = {"Bury", "Oldham"};
  f.places.team_ids = {"team-bury", "team-oldham"};
  f.places.team_locality = {0, 1};
  f.rules.reqol10 = *ChangeRuleFor(Reqol10());
  f.rules.reqol10_lowest = Points::Whole(0);
  f.rules.reqol10_highest = Points::Whole(40);
  f.rules.goals = *ChangeRuleFor(Gbo(), {}, "goal-1");
  return f;
}

std::int32_t Support(Facts& f, std::int32_t team = 0) {
  EpisodeFacts& e = f.episodes;
  e.team.push_back(team);
  e.started.push_back(Day(2025, 1, 6));
  e.ended.push_back(kNoDay);
  e.planned.push_back(0);
  e.person.push_back(f.people++);
  e.mhs108.push_back(static_cast<std::uint8_t>(Mhs108Episode::kAlways));
  return static_cast<std::int32_t>(e.size() - 1);
}

void Score(Facts& f, std::int32_t episode, std::int32_t day, int score) {
  f.reqol10.episode.push_back(episode);
  f.reqol10.day.push_back(day);
  f.reqol10.score.push_back(score * 100);
}

// An episode scored `baseline` on 6 January 2025 and `latest` on `later`.
std::int32_t Paired(Facts& f, int baseline, int latest, std::int32_t later, std::int32_t team = 0) {
  const std::int32_t e = Support(f, team);
  Score(f, e, Day(2025, 1, 6), baseline);
  Score(f, e, later, latest);
  return e;
}

// A goal of `episode` rated `ratings` on the days given.
void Goal(Facts& f, std::int32_t episode,
          const std::vector<std::pair<std::int32_t, int>>& ratings) {
  const auto goal = static_cast<std::int32_t>(f.goals.size());
  f.goals.episode.push_back(episode);
  for (const auto& [day, rating] : ratings) {
    f.goal_ratings.goal.push_back(goal);
    f.goal_ratings.day.push_back(day);
    f.goal_ratings.rating.push_back(static_cast<std::uint8_t>(rating));
  }
}

// An episode with goals rated `first` on 6 January and `latest` on `later`.
std::int32_t Goals(Facts& f, const std::vector<int>& first, const std::vector<int>& latest,
                   std::int32_t later, std::int32_t team = 0) {
  const std::int32_t e = Support(f, team);
  for (std::size_t g = 0; g < first.size(); ++g) {
    Goal(f, e, {{Day(2025, 1, 6), first[g]}, {later, latest[g]}});
  }
  return e;
}

Scope FirstHalf2025() { return Scope{.first_day = D(2025, 1, 1), .last_day = D(2025, 6, 30)}; }

ReqolChange Whole(const Grid<ReqolChange>& g, std::int32_t locality) {
  ReqolChange out;
  for (std::int32_t m = 0; m < g.months; ++m) {
    out.improved.Merge(g.At(locality, m).improved);
    out.deteriorated.Merge(g.At(locality, m).deteriorated);
    out.recovered.Merge(g.At(locality, m).recovered);
  }
  return out;
}

// measures.md 2.3's vectors, one episode each, and the 1.2 boundaries.
TEST(ReqolChangesTest, ClassifiesEachPairAsMeasuresMdSection2Says) {
  Facts f = TwoLocalities();
  const std::int32_t march = Day(2025, 3, 20);
  Paired(f, 14, 25, march);  // RQ1: +11, clinical, recovered
  Paired(f, 20, 24, march);  // RQ2: +4, no reliable change
  Paired(f, 18, 23, march);  // RQ3: +5 (boundary), improved, not recovered (23 < 25)
  Paired(f, 26, 34, march);  // RQ4: improved, not clinical at baseline
  Paired(f, 30, 25, march);  // -5: reliable deterioration (boundary)
  Paired(f, 30, 26, march);  // -4: no reliable change
  auto g = ReqolChanges(f, FirstHalf2025());
  ASSERT_TRUE(g) << g.error().message;
  const ReqolChange& cell = g->At(0, 2);  // March
  EXPECT_EQ(cell.improved.numerator, 3);
  EXPECT_EQ(cell.improved.denominator, 6);
  EXPECT_EQ(cell.deteriorated.numerator, 1);
  EXPECT_EQ(cell.deteriorated.denominator, 6);
  EXPECT_EQ(cell.recovered.numerator, 1);
  EXPECT_EQ(cell.recovered.denominator, 3);
  EXPECT_EQ(Whole(*g, 0).improved.denominator, 6) << "nothing in another month";
  EXPECT_EQ(Whole(*g, 1).improved.denominator, 0);
}

TEST(ReqolChangesTest, OneScoreOrTwoOnTheFirstDayIsNoPair) {
  Facts f = TwoLocalities();
  Score(f, Support(f), Day(2025, 2, 3), 14);
  const std::int32_t same_day = Support(f);
  Score(f, same_day, Day(2025, 2, 3), 14);
  Score(f, same_day, Day(2025, 2, 3), 30);
  Support(f);  // no scores at all
  auto g = ReqolChanges(f, FirstHalf2025());
  ASSERT_TRUE(g);
  const ReqolChange whole = Whole(*g, 0);
  EXPECT_EQ(whole.improved.denominator, 0);
  EXPECT_FALSE(whole.improved.RoundedPercent().has_value()) << "nobody in the denominator";
}

TEST(ReqolChangesTest, TheFollowUpIsTheLatestByThePeriodsEndAndCountsInItsMonth) {
  Facts f = TwoLocalities();
  const std::int32_t e = Support(f);
  Score(f, e, Day(2025, 1, 6), 14);
  Score(f, e, Day(2025, 3, 3), 16);   // +2 by March
  Score(f, e, Day(2025, 5, 26), 27);  // +13 by May: recovered
  Score(f, e, Day(2025, 8, 4), 10);   // after June: not yet
  Score(f, e, Day(2025, 4, 1), 99);   // out of range (0..40): never valid
  auto g = ReqolChanges(f, FirstHalf2025());
  ASSERT_TRUE(g);
  EXPECT_EQ(g->At(0, 4).recovered.numerator, 1);  // May
  EXPECT_EQ(Whole(*g, 0).improved.denominator, 1) << "once, in May";
  // To March only: the pair is January against March.
  auto to_march = ReqolChanges(f, Scope{.first_day = D(2025, 1, 1), .last_day = D(2025, 3, 31)});
  ASSERT_TRUE(to_march);
  EXPECT_EQ(to_march->At(0, 2).improved.denominator, 1);
  EXPECT_EQ(to_march->At(0, 2).improved.numerator, 0);
  // From July: the follow-up falls in August, against the January baseline.
  auto later = ReqolChanges(f, Scope{.first_day = D(2025, 7, 1), .last_day = D(2025, 8, 31)});
  ASSERT_TRUE(later);
  EXPECT_EQ(later->At(0, 1).improved.denominator, 1);
  EXPECT_EQ(later->At(0, 1).deteriorated.numerator, 0) << "10 - 14 is -4";
  EXPECT_EQ(later->At(0, 0).improved.denominator, 0);
}

TEST(ReqolChangesTest, CountsByTheEpisodesTeamAndOnlyTeamsAsked) {
  Facts f = TwoLocalities();
  Paired(f, 14, 30, Day(2025, 2, 10), 0);
  Paired(f, 14, 30, Day(2025, 2, 10), 1);
  Scope oldham = FirstHalf2025();
  oldham.localities = {1};
  auto g = ReqolChanges(f, oldham);
  ASSERT_TRUE(g);
  EXPECT_EQ(Whole(*g, 0).improved.denominator, 0);
  EXPECT_EQ(Whole(*g, 1).improved.numerator, 1);
}

TEST(ReqolChangesTest, WithoutTheDefinitionItIsRefused) {
  Facts f = TwoLocalities();
  f.rules.reqol10.reset();
  auto g = ReqolChanges(f, FirstHalf2025());
  ASSERT_FALSE(g);
  EXPECT_EQ(g.error().code, ErrorCode::kFailedPrecondition);
}

GoalProgressShares Whole(const Grid<GoalProgressShares>& g, std::int32_t locality) {
  GoalProgressShares out;
  for (std::int32_t m = 0; m < g.months; ++m) {
    const GoalProgressShares& c = g.At(locality, m);
    out.one_any.Merge(c.one_any);
    out.two_any.Merge(c.two_any);
    out.one_reliable.Merge(c.one_reliable);
    out.two_reliable.Merge(c.two_reliable);
  }
  return out;
}

struct Expected {
  int one_any, two_any, one_reliable, two_reliable;
};

// measures.md 5.2's vectors, one episode each.
TEST(ProgressTowardsGoalsTest, CountsTheSection5VectorsUnderBothRules) {
  const std::int32_t april = Day(2025, 4, 14);
  const struct {
    std::vector<int> first, latest;
    Expected expected;
  } vectors[] = {
      {{2, 3, 1}, {6, 4, 1}, {1, 1, 1, 0}},  // G1
      {{5, 5, 5}, {7, 7, 7}, {1, 1, 0, 0}},  // G2
      {{0, 2, 4}, {3, 5, 7}, {1, 1, 1, 1}},  // G3
      {{6}, {5}, {0, 0, 0, 0}},              // G4: one goal, so never two
      {{3, 4}, {8, 1}, {1, 0, 1, 0}},        // G5
  };
  Facts all = TwoLocalities();
  for (const auto& v : vectors) {
    Facts f = TwoLocalities();
    Goals(f, v.first, v.latest, april);
    Goals(all, v.first, v.latest, april);
    auto g = ProgressTowardsGoals(f, FirstHalf2025());
    ASSERT_TRUE(g) << g.error().message;
    const GoalProgressShares& c = g->At(0, 3);  // April
    EXPECT_EQ(c.one_any.denominator, 1);
    EXPECT_EQ(c.two_reliable.denominator, 1);
    EXPECT_EQ(c.one_any.numerator, v.expected.one_any);
    EXPECT_EQ(c.two_any.numerator, v.expected.two_any);
    EXPECT_EQ(c.one_reliable.numerator, v.expected.one_reliable);
    EXPECT_EQ(c.two_reliable.numerator, v.expected.two_reliable);
  }
  auto g = ProgressTowardsGoals(all, FirstHalf2025());
  ASSERT_TRUE(g);
  const GoalProgressShares whole = Whole(*g, 0);
  EXPECT_EQ(whole.one_any.numerator, 4);
  EXPECT_EQ(whole.one_any.denominator, 5);
  EXPECT_EQ(whole.two_any.numerator, 3);
  EXPECT_EQ(whole.one_reliable.numerator, 3);
  EXPECT_EQ(whole.two_reliable.numerator, 1);
}

TEST(ProgressTowardsGoalsTest, AnEpisodeNeedsAGoalRatedOnTwoDaysAndCountsInItsLatestMonth) {
  Facts f = TwoLocalities();
  // Goals rated once only, or twice on one day: not in the denominator.
  const std::int32_t once = Support(f);
  Goal(f, once, {{Day(2025, 1, 6), 2}});
  Goal(f, once, {{Day(2025, 2, 6), 2}, {Day(2025, 2, 6), 9}});
  // One goal paired by March, another by May (and a rating after June).
  const std::int32_t two = Support(f);
  Goal(f, two, {{Day(2025, 1, 6), 2}, {Day(2025, 3, 10), 6}});
  Goal(f, two, {{Day(2025, 5, 12), 8}, {Day(2025, 1, 6), 1}, {Day(2025, 7, 7), 0}});
  auto g = ProgressTowardsGoals(f, FirstHalf2025());
  ASSERT_TRUE(g);
  const GoalProgressShares whole = Whole(*g, 0);
  EXPECT_EQ(whole.one_any.denominator, 1);
  EXPECT_EQ(g->At(0, 4).two_reliable.numerator, 1) << "May: +4 and +7, rated out of order";
  // To April: only the first goal is paired, so not two goals.
  auto april =
      ProgressTowardsGoals(f, Scope{.first_day = D(2025, 1, 1), .last_day = D(2025, 4, 30)});
  ASSERT_TRUE(april);
  EXPECT_EQ(april->At(0, 2).one_reliable.numerator, 1);
  EXPECT_EQ(april->At(0, 2).two_any.numerator, 0);
  EXPECT_EQ(april->At(0, 2).two_any.denominator, 1);
  // To August: the second goal's latest is July, 1 -> 0, so one goal.
  auto august =
      ProgressTowardsGoals(f, Scope{.first_day = D(2025, 1, 1), .last_day = D(2025, 8, 31)});
  ASSERT_TRUE(august);
  EXPECT_EQ(august->At(0, 6).one_any.numerator, 1);
  EXPECT_EQ(august->At(0, 6).two_any.numerator, 0);
}

TEST(ProgressTowardsGoalsTest, WithoutAReliableChangeItIsRefused) {
  Facts f = TwoLocalities();
  f.rules.goals = ChangeRule{};  // direction only
  auto g = ProgressTowardsGoals(f, FirstHalf2025());
  ASSERT_FALSE(g);
  EXPECT_EQ(g.error().code, ErrorCode::kFailedPrecondition);
  f.rules.goals.reset();
  EXPECT_FALSE(ProgressTowardsGoals(f, FirstHalf2025()));
}

void Answered(Facts& f, std::int32_t team, std::int32_t day, bool agreed) {
  f.listened.team.push_back(team);
  f.listened.day.push_back(day);
  f.listened.agreed.push_back(agreed ? 1 : 0);
}

TEST(FeltListenedToTest, AgreedOfAnsweredInTheMonthAnsweredByTheResponsesTeam) {
  Facts f = TwoLocalities();
  Answered(f, 0, Day(2025, 2, 3), true);
  Answered(f, 0, Day(2025, 2, 28), false);
  Answered(f, 0, Day(2025, 3, 1), true);
  Answered(f, 1, Day(2025, 3, 1), true);
  Answered(f, 0, Day(2025, 7, 1), true);  // after the period
  auto g = FeltListenedTo(f, FirstHalf2025());
  ASSERT_TRUE(g) << g.error().message;
  EXPECT_EQ(g->At(0, 1).numerator, 1);
  EXPECT_EQ(g->At(0, 1).denominator, 2);
  EXPECT_EQ(g->At(0, 2).denominator, 1);
  EXPECT_EQ(g->At(1, 2).numerator, 1);
  EXPECT_FALSE(g->At(0, 0).RoundedPercent().has_value()) << "nobody answered in January";
  Scope bury = FirstHalf2025();
  bury.teams = {0};
  g = FeltListenedTo(f, bury);
  ASSERT_TRUE(g);
  EXPECT_EQ(g->At(1, 2).denominator, 0);
}

}  // namespace
}  // namespace outcome_measures_test
}  // namespace lw::evaluation

#include "domain/outcomes/progress.h"

#include <gtest/gtest.h>

#include "domain/outcomes/test_support.h"

namespace lw {
namespace progress_test {
namespace {

using outcomes_test::Gbo;
using outcomes_test::P;
using outcomes_test::Reqol10;

Date D(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

QuestionnaireResponse Scored(std::string id, Date on, std::optional<int> score,
                             Occasion occasion = Occasion::kReview, int recorded = 0) {
  QuestionnaireResponse r{.id = std::move(id),
                          .instrument_id = "reqol-10",
                          .occasion = occasion,
                          .on = on,
                          .recorded_at = FromUnixMicros(recorded)};
  if (score) {
    r.status = ScoreStatus::kComplete;
    r.score = P(*score);
  }
  return r;
}

// measures.md 2.3, RQ7: 20 -> 25 is a reliable improvement out of the
// clinical range (below 25): reliable recovery; under Franklin's 24
// cut-off, RQ6 (24 -> 29) is not in recovery's denominator.
TEST(ProgressTest, FirstAndLatestScoreClassified) {
  std::vector<QuestionnaireResponse> rs = {
      Scored("r3", D(2026, 6, 1), 25), Scored("r1", D(2026, 3, 1), 20, Occasion::kBaseline),
      Scored("r2", D(2026, 4, 1), std::nullopt), Scored("r0", D(2026, 4, 2), 22)};
  auto p = MeasureProgressFor(Reqol10(), {}, rs);
  ASSERT_TRUE(p) << p.error().message;
  ASSERT_EQ(p->size(), 1U);
  const MeasureProgress& m = (*p)[0];
  EXPECT_EQ(m.item_id, "");
  EXPECT_EQ(m.lowest, P(0));
  EXPECT_EQ(m.highest, P(40));
  ASSERT_EQ(m.series.size(), 3U);
  EXPECT_EQ(m.series[0].response_id, "r1");
  EXPECT_EQ(m.series[2].response_id, "r3");
  EXPECT_EQ(m.not_scored, 1);
  ASSERT_TRUE(m.change);
  EXPECT_EQ(m.change->change, P(5));
  EXPECT_EQ(m.change->outcome(), ChangeOutcome::kReliableRecovery);
  EXPECT_EQ(ChangeInWords(*m.change), "Reliable recovery (clinically significant improvement)");
  EXPECT_EQ(m.rule.reliable_change, P(5));
}

TEST(ProgressTest, ThresholdOverridesAreUsed) {
  std::vector<QuestionnaireResponse> rs = {Scored("a", D(2026, 3, 1), 24),
                                           Scored("b", D(2026, 5, 1), 29)};
  auto nhse = MeasureProgressFor(Reqol10(), {}, rs);
  EXPECT_EQ((*nhse)[0].change->outcome(), ChangeOutcome::kReliableRecovery);
  auto franklin = MeasureProgressFor(Reqol10(), {.cut_off = P(24)}, rs);
  EXPECT_EQ((*franklin)[0].change->outcome(), ChangeOutcome::kReliableImprovement);
  EXPECT_EQ(ChangeInWords(*(*franklin)[0].change), "Reliable improvement");
  auto bad = MeasureProgressFor(Reqol10(), {.reliable_change = P(0)}, rs);
  EXPECT_FALSE(bad);
}

TEST(ProgressTest, OneScoreOrOneDayHasNoChange) {
  std::vector<QuestionnaireResponse> rs = {Scored("a", D(2026, 3, 1), 24),
                                           Scored("b", D(2026, 3, 1), 30, Occasion::kReview, 5)};
  auto p = MeasureProgressFor(Reqol10(), {}, rs);
  EXPECT_EQ((*p)[0].series.size(), 2U);
  EXPECT_FALSE((*p)[0].pair);
  EXPECT_FALSE((*p)[0].change);
}

TEST(ProgressTest, EachItemInstrumentsHaveOneMeasurePerItem) {
  auto answer = [](std::string id, Date on, int goal1) {
    QuestionnaireResponse r{.id = std::move(id), .instrument_id = "gbo", .on = on};
    r.answers = {{"goal-1", goal1}, {"goal-2", std::nullopt}, {"goal-3", std::nullopt}};
    return r;
  };
  std::vector<QuestionnaireResponse> rs = {answer("a", D(2026, 3, 1), 2),
                                           answer("b", D(2026, 5, 1), 6)};
  auto p = MeasureProgressFor(Gbo(), {}, rs);
  ASSERT_TRUE(p);
  ASSERT_EQ(p->size(), 3U);
  EXPECT_EQ((*p)[0].item_id, "goal-1");
  EXPECT_EQ((*p)[0].change->outcome(), ChangeOutcome::kReliableImprovement);
  EXPECT_EQ((*p)[1].not_scored, 2);
  EXPECT_FALSE((*p)[1].change);
}

Goal WithRatings(std::string id, const std::vector<std::pair<Date, int>>& ratings) {
  Goal g{.id = std::move(id),
         .person_id = "p",
         .text = "t",
         .life_area = "home",
         .set_on = D(2026, 1, 1)};
  for (auto [on, r] : ratings) g.ratings.push_back({.on = on, .rating = r});
  return g;
}

// measures.md 5.2, G1: goals 2,3,1 -> 6,4,1.
TEST(ProgressTest, GoalsAreClassifiedOneByOneUnderTheGboRule) {
  auto rule = ChangeRuleFor(Gbo(), {}, "goal-1");
  ASSERT_TRUE(rule);
  std::vector<Goal> goals = {
      WithRatings("g1", {{D(2026, 5, 1), 6}, {D(2026, 2, 1), 2}}),
      WithRatings("g2", {{D(2026, 2, 1), 3}, {D(2026, 5, 1), 4}}),
      WithRatings("g3", {{D(2026, 2, 1), 1}, {D(2026, 5, 1), 1}}),
      WithRatings("g4", {{D(2026, 2, 1), 5}}),
      WithRatings("g5", {}),
  };
  GoalsProgress p = GoalProgressFor(*rule, goals);
  ASSERT_EQ(p.goals.size(), 5U);
  EXPECT_EQ(p.goals[0].first->rating, 2);
  EXPECT_EQ(p.goals[0].latest->rating, 6);
  EXPECT_EQ(p.goals[0].change->outcome(), ChangeOutcome::kReliableImprovement);
  EXPECT_EQ(p.goals[1].change->outcome(), ChangeOutcome::kNoReliableChange);
  EXPECT_EQ(p.goals[1].change->direction, Direction::kBetter);
  EXPECT_EQ(p.goals[3].first->rating, 5);
  EXPECT_FALSE(p.goals[3].change);
  EXPECT_FALSE(p.goals[4].first);
  EXPECT_EQ(p.summary.paired, 3);
  EXPECT_EQ(p.summary.AtLeast(2, ProgressRule::kAnyProgress), true);
  EXPECT_EQ(p.summary.AtLeast(2, ProgressRule::kReliableProgress), false);
}

TEST(ProgressTest, DirectionOnlyWithoutAThreshold) {
  std::vector<Goal> goals = {WithRatings("g", {{D(2026, 2, 1), 5}, {D(2026, 3, 1), 4}})};
  GoalsProgress p = GoalProgressFor(ChangeRule{}, goals);
  EXPECT_EQ(p.goals[0].change->outcome(), ChangeOutcome::kNotAssessed);
  EXPECT_EQ(ChangeInWords(*p.goals[0].change), "Worse");
}

}  // namespace
}  // namespace progress_test
}  // namespace lw

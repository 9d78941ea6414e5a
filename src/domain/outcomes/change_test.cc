#include "domain/outcomes/change.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <vector>

#include "domain/outcomes/test_support.h"

namespace lw {
namespace change_test {
namespace {

using namespace ::lw::outcomes_test;  // NOLINT(google-build-using-namespace)
using ::testing::ElementsAre;

Date Day(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

TEST(ChangeTest, TheDefinitionsThresholdsByDefault) {
  auto rule = ChangeRuleFor(Reqol10());
  ASSERT_TRUE(rule.has_value());
  EXPECT_EQ(*rule, (ChangeRule{.polarity = Polarity::kHigherIsBetter,
                               .reliable_change = P(5),
                               .cut_off = ClinicalCutOff{P(25), ClinicalSide::kBelow}}));
}

TEST(ChangeTest, ALocalityOverridesThresholds) {
  auto rule = ChangeRuleFor(Reqol10(), {.reliable_change = P(6), .cut_off = P(24)});
  ASSERT_TRUE(rule.has_value());
  EXPECT_EQ(rule->reliable_change, P(6));
  EXPECT_EQ(rule->cut_off, (ClinicalCutOff{P(24), ClinicalSide::kBelow}));  // side kept
  rule = ChangeRuleFor(Reqol10(), {.clinical_side = ClinicalSide::kAtOrBelow});
  EXPECT_EQ(rule->cut_off, (ClinicalCutOff{P(25), ClinicalSide::kAtOrBelow}));
  // A cut-off for an instrument without one needs its side.
  rule = ChangeRuleFor(Wemwbs(), {.cut_off = P(40), .clinical_side = ClinicalSide::kBelow});
  EXPECT_EQ(rule->cut_off, (ClinicalCutOff{P(40), ClinicalSide::kBelow}));
}

TEST(ChangeTest, BadOverridesAreRefused) {
  auto rule = ChangeRuleFor(Reqol10(), {.reliable_change = P(0), .cut_off = P(41)});
  ASSERT_FALSE(rule.has_value());
  EXPECT_THAT(Fields(rule), ElementsAre("reliable_change", "cut_off"));
  EXPECT_EQ(MessageFor(rule, "cut_off"), "The cut-off must be within 0 to 40");
  EXPECT_THAT(Fields(ChangeRuleFor(Wemwbs(), {.clinical_side = ClinicalSide::kBelow})),
              ElementsAre("clinical_side"));
  EXPECT_THAT(Fields(ChangeRuleFor(Wemwbs(), {.cut_off = P(40)})), ElementsAre("clinical_side"));
}

TEST(ChangeTest, EachItemInstrumentsNeedTheItem) {
  EXPECT_EQ(MessageFor(ChangeRuleFor(Gbo()), "item"), "GBO is scored item by item: say which item");
  EXPECT_EQ(MessageFor(ChangeRuleFor(Gbo(), {}, "goal-4"), "item"),
            "There is no item goal-4 in GBO");
  EXPECT_EQ(MessageFor(ChangeRuleFor(Reqol10(), {}, "q1"), "item"),
            "ReQoL-10 has one score, not one per item");
  EXPECT_EQ(ChangeRuleFor(Ons4(), {}, "anxiety")->polarity, Polarity::kHigherIsWorse);
}

TEST(ChangeTest, TheThresholdItselfIsReliable) {
  const ChangeRule rule{.reliable_change = P(5)};
  EXPECT_EQ(ClassifyChange(rule, P(10), P(15)).reliability, Reliability::kReliableImprovement);
  EXPECT_EQ(ClassifyChange(rule, P(10), Cents(1499)).reliability, Reliability::kNoReliableChange);
  EXPECT_EQ(ClassifyChange(rule, P(10), P(5)).reliability, Reliability::kReliableDeterioration);
  EXPECT_EQ(ClassifyChange(rule, P(10), P(10)).reliability, Reliability::kNoReliableChange);
  EXPECT_EQ(ClassifyChange(rule, P(10), P(10)).direction, Direction::kSame);
}

TEST(ChangeTest, HigherIsWorseTurnsTheDirection) {
  const ChangeRule rule{.polarity = Polarity::kHigherIsWorse, .reliable_change = P(6)};
  const ChangeClassification c = ClassifyChange(rule, P(18), P(10));
  EXPECT_EQ(c.change, P(-8));
  EXPECT_EQ(c.direction, Direction::kBetter);
  EXPECT_EQ(c.reliability, Reliability::kReliableImprovement);
  EXPECT_EQ(c.clinical_at_baseline, std::nullopt);  // no cut-off
  EXPECT_EQ(c.reliable_recovery, std::nullopt);
}

TEST(ChangeTest, RecoveryNeedsAThreshold) {
  const ChangeRule rule{.cut_off = ClinicalCutOff{P(6), ClinicalSide::kAtOrAbove}};
  const ChangeClassification c = ClassifyChange(rule, P(7), P(3));
  EXPECT_EQ(c.clinical_at_baseline, true);
  EXPECT_EQ(c.clinical_at_latest, false);
  EXPECT_EQ(c.reliable_recovery, std::nullopt);
}

TEST(ChangeTest, Keys) {
  EXPECT_EQ(DirectionKey(Direction::kBetter), "better");
  EXPECT_EQ(ReliabilityKey(Reliability::kReliableDeterioration), "reliable-deterioration");
  EXPECT_EQ(ChangeOutcomeKey(ChangeOutcome::kReliableRecovery), "reliable-recovery");
  EXPECT_EQ(ChangeOutcomeKey(ChangeOutcome::kNoReliableChange), "no-reliable-change");
}

// --- Section 1.3: pairing ------------------------------------------------------

TEST(PairScoresTest, Section1_3_FirstValidAndLatestLaterValid) {
  const std::vector<DatedScore> scores = {{Day(2024, 3, 1), P(20)},
                                          {Day(2024, 1, 10), P(14)},
                                          {Day(2024, 2, 1), P(41)},  // invalid: out of range
                                          {Day(2024, 5, 1), P(-1)},  // invalid
                                          {Day(2024, 4, 1), P(25)}};
  auto pair = PairScores(scores, P(0), P(40));
  ASSERT_TRUE(pair.has_value());
  EXPECT_EQ(pair->baseline, (DatedScore{Day(2024, 1, 10), P(14)}));
  EXPECT_EQ(pair->follow_up, (DatedScore{Day(2024, 4, 1), P(25)}));
}

TEST(PairScoresTest, Section1_3_OneScoreOrOneDayIsNoPair) {
  EXPECT_EQ(PairScores(std::vector<DatedScore>{}, P(0), P(40)), std::nullopt);
  EXPECT_EQ(PairScores(std::vector<DatedScore>{{Day(2024, 1, 10), P(14)}}, P(0), P(40)),
            std::nullopt);
  // Two on the same day: the follow-up must be dated after the baseline.
  EXPECT_EQ(
      PairScores(std::vector<DatedScore>{{Day(2024, 1, 10), P(14)}, {Day(2024, 1, 10), P(20)}},
                 P(0), P(40)),
      std::nullopt);
  // A later score that is not valid does not make a pair.
  EXPECT_EQ(
      PairScores(std::vector<DatedScore>{{Day(2024, 1, 10), P(14)}, {Day(2024, 6, 10), P(50)}},
                 P(0), P(40)),
      std::nullopt);
}

TEST(PairScoresTest, Section1_3_TiesAndDuplicates) {
  const std::vector<DatedScore> scores = {{Day(2024, 1, 10), P(14)},
                                          {Day(2024, 1, 10), P(16)},
                                          {Day(2024, 6, 1), P(22)},
                                          {Day(2024, 6, 1), P(24)},
                                          {Day(2024, 6, 1), P(24)}};
  auto pair = PairScores(scores, P(0), P(40));
  ASSERT_TRUE(pair.has_value());
  EXPECT_EQ(pair->baseline.score, P(14));   // first given on the first day
  EXPECT_EQ(pair->follow_up.score, P(24));  // last given on the last day
}

}  // namespace
}  // namespace change_test
}  // namespace lw

// Every worked example and test vector of measures.md sections 1 to 6, one
// test each, named after its section and the vector's own name.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <vector>

#include "domain/outcomes/change.h"
#include "domain/outcomes/jacobson_truax.h"
#include "domain/outcomes/score.h"
#include "domain/outcomes/test_support.h"

namespace lw {
namespace measures_examples_test {
namespace {

using namespace ::lw::outcomes_test;  // NOLINT(google-build-using-namespace)

std::vector<std::int16_t> Answers(const std::vector<int>& values) {
  std::vector<std::int16_t> out;
  out.reserve(values.size());
  for (int v : values) out.push_back(v < 0 ? kNoAnswer : static_cast<std::int16_t>(v));
  return out;
}

TotalScore Score(const Instrument& instrument, const std::vector<std::int16_t>& answers) {
  auto t = ScoreAnswers(instrument, answers);
  EXPECT_TRUE(t.has_value()) << t.error().message;
  return t.value_or(TotalScore{});
}

ChangeClassification Classify(const Instrument& instrument, Points baseline, Points latest,
                              const ChangeThresholds& overrides = {}) {
  auto rule = ChangeRuleFor(instrument, overrides);
  EXPECT_TRUE(rule.has_value());
  return ClassifyChange(*rule, baseline, latest);
}

// --- 1.4 Jacobson & Truax ------------------------------------------------------

TEST(JacobsonTruaxTest, Section1_4_JT1) {
  const double sem = StandardErrorOfMeasurement(6.396073, 0.931);
  EXPECT_NEAR(sem, 1.680111, 5e-7);
  EXPECT_NEAR(StandardErrorOfDifference(sem), 2.376036, 5e-7);
  EXPECT_NEAR(ReliableChangeThreshold(sem), 4.657030, 5e-6);
}

TEST(JacobsonTruaxTest, Section1_4_JT2) {
  const double sem = StandardErrorOfMeasurement(10.5, 0.961);
  EXPECT_NEAR(sem, 2.073584, 5e-7);
  EXPECT_NEAR(StandardErrorOfDifference(sem), 2.932490, 5e-7);
  EXPECT_NEAR(ReliableChangeThreshold(sem), 5.747681, 5e-6);
}

TEST(JacobsonTruaxTest, Section1_4_JT3) {
  const double sem = StandardErrorOfMeasurement(7.7, 0.90);
  EXPECT_NEAR(StandardErrorOfDifference(sem), 3.443545, 5e-7);
  EXPECT_NEAR(ReliableChangeThreshold(sem, kZ95), 6.749, 5e-4);
  EXPECT_NEAR(ReliableChangeThreshold(sem, kZ90), 5.665, 5e-4);
  // "~ 6": the published CORE-10 RCI, which Core10() uses.
  EXPECT_EQ(std::round(ReliableChangeThreshold(sem, kZ90)), 6.0);
  EXPECT_EQ(Core10().definition().reliable_change, P(6));
}

TEST(JacobsonTruaxTest, Section1_4_JT4) {
  EXPECT_NEAR(ReliabilityFromSem(3.921, 1.03), 0.931, 5e-4);
  EXPECT_NEAR(ReliableChangeThreshold(1.03), 2.855, 5e-4);
  // 2.87 as quoted by Shah 2018 is the SWEMWBS definition's threshold.
  EXPECT_EQ(Swemwbs().definition().reliable_change, Cents(287));
}

TEST(JacobsonTruaxTest, Section1_4_JT5) {
  EXPECT_DOUBLE_EQ(ClinicalCutOffC(40, 7.5, 60, 7.5), 50.0);
}

TEST(JacobsonTruaxTest, Section1_4_JT6) {
  EXPECT_NEAR(ClinicalCutOffC(19.7, 7.7, 4.7, 4.8), 10.46, 5e-9);
  // The cut-off used in practice is 11.0.
  EXPECT_EQ(Core10().definition().cut_off->value, P(11));
}

TEST(JacobsonTruaxTest, Section1_4_ReliableChangeIndexAt196IsTheThreshold) {
  const double sem = StandardErrorOfMeasurement(6.396073, 0.931);
  EXPECT_NEAR(ReliableChangeIndex(10, 10 + ReliableChangeThreshold(sem), sem), 1.96, 1e-12);
}

// --- 2.3 ReQoL-10 ------------------------------------------------------------

// The headline at cut-off 25 (NHS England) and 24 (Franklin 2021's reading).
ChangeClassification Reqol(int baseline, int latest, int cut = 25) {
  return Classify(Reqol10(), P(baseline), P(latest), {.cut_off = P(cut)});
}

TEST(ReqolTest, Section2_3_RQ1) {
  const Instrument reqol = Reqol10();
  const TotalScore baseline = Score(reqol, Reqol10Answers({1, 2, 1, 2, 1, 1, 2, 1, 2, 1}));
  const TotalScore latest = Score(reqol, Reqol10Answers({3, 3, 2, 3, 2, 3, 2, 2, 3, 2}));
  EXPECT_EQ(baseline.status, ScoreStatus::kComplete);
  EXPECT_EQ(baseline.score, P(14));
  EXPECT_EQ(latest.score, P(25));
  const ChangeClassification c = Reqol(14, 25);
  EXPECT_EQ(c.change, P(11));
  EXPECT_EQ(c.reliability, Reliability::kReliableImprovement);
  EXPECT_EQ(c.clinical_at_baseline, true);
  EXPECT_EQ(c.reliable_recovery, true);
  EXPECT_EQ(c.outcome(), ChangeOutcome::kReliableRecovery);
  EXPECT_EQ(Reqol(14, 25, 24).reliable_recovery, true);
}

TEST(ReqolTest, Section2_3_RQ2) {
  const ChangeClassification c = Reqol(20, 24);
  EXPECT_EQ(c.change, P(4));
  EXPECT_EQ(c.reliability, Reliability::kNoReliableChange);
  EXPECT_EQ(c.clinical_at_baseline, true);
  EXPECT_EQ(c.reliable_recovery, false);
  EXPECT_EQ(Reqol(20, 24, 24).reliable_recovery, false);
}

TEST(ReqolTest, Section2_3_RQ3) {
  const ChangeClassification c = Reqol(18, 23);
  EXPECT_EQ(c.change, P(5));
  EXPECT_EQ(c.reliability, Reliability::kReliableImprovement);  // the boundary: >=
  EXPECT_EQ(c.clinical_at_baseline, true);
  EXPECT_EQ(c.reliable_recovery, false);  // 23 < 25
  EXPECT_EQ(c.outcome(), ChangeOutcome::kReliableImprovement);
  EXPECT_EQ(Reqol(18, 23, 24).reliable_recovery, false);
}

TEST(ReqolTest, Section2_3_RQ4) {
  const ChangeClassification c = Reqol(26, 34);
  EXPECT_EQ(c.change, P(8));
  EXPECT_EQ(c.reliability, Reliability::kReliableImprovement);
  EXPECT_EQ(c.clinical_at_baseline, false);
  EXPECT_EQ(c.reliable_recovery, std::nullopt);  // not in the denominator
  EXPECT_EQ(Reqol(26, 34, 24).reliable_recovery, std::nullopt);
}

TEST(ReqolTest, Section2_3_RQ5) {
  const ChangeClassification c = Reqol(30, 24);
  EXPECT_EQ(c.change, P(-6));
  EXPECT_EQ(c.reliability, Reliability::kReliableDeterioration);
  EXPECT_EQ(c.direction, Direction::kWorse);
  EXPECT_EQ(c.clinical_at_baseline, false);
  EXPECT_EQ(c.reliable_recovery, std::nullopt);
  EXPECT_EQ(c.outcome(), ChangeOutcome::kReliableDeterioration);
}

TEST(ReqolTest, Section2_3_RQ6) {
  const ChangeClassification c = Reqol(24, 29);
  EXPECT_EQ(c.reliability, Reliability::kReliableImprovement);
  EXPECT_EQ(c.clinical_at_baseline, true);
  EXPECT_EQ(c.reliable_recovery, true);
  // Under "< 24 clinical", 24 is not clinical: not in the denominator.
  const ChangeClassification franklin = Reqol(24, 29, 24);
  EXPECT_EQ(franklin.clinical_at_baseline, false);
  EXPECT_EQ(franklin.reliable_recovery, std::nullopt);
}

TEST(ReqolTest, Section2_3_RQ7) {
  const ChangeClassification c = Reqol(20, 25);
  EXPECT_EQ(c.reliability, Reliability::kReliableImprovement);
  EXPECT_EQ(c.clinical_at_baseline, true);
  EXPECT_EQ(c.reliable_recovery, true);
  EXPECT_EQ(Reqol(20, 25, 24).reliable_recovery, true);
}

TEST(ReqolTest, Section2_3_RQ8) {
  std::vector<std::int16_t> answers = Reqol10Answers({3, 3, 2, 3, 2, 3, 2, 2, 3, 2});
  answers[4] = kNoAnswer;
  const TotalScore t = Score(Reqol10(), answers);
  EXPECT_EQ(t.status, ScoreStatus::kPartialNotScorable);
  EXPECT_EQ(t.basis, ScoreBasis::kNoMissingAllowed);
  EXPECT_EQ(t.score, std::nullopt);
  EXPECT_EQ(t.answered, 9);
  EXPECT_EQ(t.missing, 1);
}

TEST(ReqolTest, Section2_3_PopulationCheck) {
  EXPECT_EQ(WholePercent(222, 385), 58);
  EXPECT_EQ(WholePercent(223, 385), 58);
  EXPECT_EQ(WholePercent(225, 385), 58);
  EXPECT_EQ(WholePercent(221, 385), 57);
  EXPECT_EQ(WholePercent(226, 385), 59);
}

// --- 3.2 SWEMWBS and WEMWBS ---------------------------------------------------

void ExpectSwemwbs(const std::vector<int>& items, int raw, std::int32_t metric_hundredths) {
  const TotalScore t = Score(Swemwbs(), Answers(items));
  EXPECT_EQ(t.status, ScoreStatus::kComplete);
  EXPECT_EQ(t.raw, P(raw));
  EXPECT_EQ(t.score, Cents(metric_hundredths));
}

TEST(SwemwbsTest, Section3_2_SW1) { ExpectSwemwbs({1, 1, 1, 1, 1, 1, 1}, 7, 700); }
TEST(SwemwbsTest, Section3_2_SW2) { ExpectSwemwbs({3, 3, 3, 3, 3, 3, 3}, 21, 1925); }
TEST(SwemwbsTest, Section3_2_SW3) { ExpectSwemwbs({3, 4, 3, 4, 3, 4, 3}, 24, 2154); }
TEST(SwemwbsTest, Section3_2_SW4) { ExpectSwemwbs({5, 5, 5, 5, 5, 5, 5}, 35, 3500); }
TEST(SwemwbsTest, Section3_2_SW5) { ExpectSwemwbs({5, 4, 4, 4, 4, 4, 4}, 29, 2602); }
TEST(SwemwbsTest, Section3_2_SW6) { ExpectSwemwbs({2, 3, 2, 3, 2, 3, 2}, 17, 1688); }

TEST(SwemwbsTest, Section3_1_TheWholeConversionTable) {
  const Instrument swemwbs = Swemwbs();
  for (int raw = 7; raw <= 35; ++raw) {
    EXPECT_EQ(swemwbs.Metric(raw),
              Cents(SwemwbsMetricHundredths()[static_cast<std::size_t>(raw - 7)]))
        << raw;
  }
  EXPECT_EQ(swemwbs.Metric(29)->ToString(2), "26.02");  // not 25.99
}

TEST(SwemwbsTest, Section3_1_APartialResponseHasNoMetric) {
  const TotalScore t = Score(Swemwbs(), Answers({5, 4, 4, 4, 4, 4, -1}));
  EXPECT_EQ(t.status, ScoreStatus::kPartialNotScorable);
  EXPECT_EQ(t.score, std::nullopt);
}

// Δ metric, and whether it reaches 1 SEM (1.03) and the J&T 95% threshold
// (2.87, the definition's).
void ExpectSwemwbsChange(int raw_baseline, int raw_latest, std::int32_t change_hundredths,
                         bool one_sem, bool jt95) {
  const Instrument swemwbs = Swemwbs();
  const Points baseline = *swemwbs.Metric(raw_baseline);
  const Points latest = *swemwbs.Metric(raw_latest);
  const ChangeClassification at_jt = Classify(swemwbs, baseline, latest);
  const ChangeClassification at_sem =
      Classify(swemwbs, baseline, latest, {.reliable_change = Cents(103)});
  EXPECT_EQ(at_jt.change, Cents(change_hundredths));
  EXPECT_EQ(at_sem.reliability == Reliability::kReliableImprovement, one_sem);
  EXPECT_EQ(at_jt.reliability == Reliability::kReliableImprovement, jt95);
  if (!one_sem) {
    EXPECT_EQ(at_sem.reliability, Reliability::kNoReliableChange);
  }
}

TEST(SwemwbsTest, Section3_2_SWC1) {
  ExpectSwemwbsChange(17, 21, 237, true, false);
  // On raw scores the change would be +4: change is on the metric.
  EXPECT_EQ(Score(Swemwbs(), Answers({3, 3, 3, 3, 3, 3, 3})).raw.value() -
                Score(Swemwbs(), Answers({2, 3, 2, 3, 2, 3, 2})).raw.value(),
            P(4));
}
TEST(SwemwbsTest, Section3_2_SWC2) { ExpectSwemwbsChange(15, 20, 275, true, false); }
TEST(SwemwbsTest, Section3_2_SWC3) { ExpectSwemwbsChange(14, 20, 327, true, true); }
TEST(SwemwbsTest, Section3_2_SWC4) { ExpectSwemwbsChange(24, 23, -81, false, false); }
TEST(SwemwbsTest, Section3_2_SWC5) { ExpectSwemwbsChange(21, 26, 396, true, true); }

std::vector<int> Alternating(int a, int b, int n) {
  std::vector<int> out;
  out.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) out.push_back(i % 2 == 0 ? a : b);
  return out;
}

TEST(WemwbsTest, Section3_2_AllThrees) {
  EXPECT_EQ(Score(Wemwbs(), Answers(std::vector<int>(14, 3))).score, P(42));
}
TEST(WemwbsTest, Section3_2_AllOnes) {
  EXPECT_EQ(Score(Wemwbs(), Answers(std::vector<int>(14, 1))).score, P(14));
}
TEST(WemwbsTest, Section3_2_AllFives) {
  EXPECT_EQ(Score(Wemwbs(), Answers(std::vector<int>(14, 5))).score, P(70));
}
TEST(WemwbsTest, Section3_2_AlternatingTwoThree) {
  EXPECT_EQ(Score(Wemwbs(), Answers(Alternating(2, 3, 14))).score, P(35));
}
TEST(WemwbsTest, Section3_2_AlternatingFourThree) {
  EXPECT_EQ(Score(Wemwbs(), Answers(Alternating(4, 3, 14))).score, P(49));
}

// --- 4.3 CORE-10 ------------------------------------------------------------

TEST(Core10Test, Section4_3_C1) {
  auto q = ScoreQuestionnaire(Core10(), {{"q1", 2},
                                         {"q2", 1},
                                         {"q3", 1},
                                         {"q4", 2},
                                         {"q5", 1},
                                         {"q6", 0},
                                         {"q7", 2},
                                         {"q8", 2},
                                         {"q9", 2},
                                         {"q10", 1}});
  ASSERT_TRUE(q.has_value());
  EXPECT_EQ(q->total.score, P(18));
  EXPECT_EQ(q->items[1].score, P(3));  // q2 and q3 reversed: 4 - 1
  EXPECT_EQ(q->items[2].score, P(3));
}
TEST(Core10Test, Section4_3_C2) {
  EXPECT_EQ(Score(Core10(), Answers({0, 4, 4, 0, 0, 0, 0, 0, 0, 0})).score, P(0));
}
TEST(Core10Test, Section4_3_C3) {
  EXPECT_EQ(Score(Core10(), Answers({4, 0, 0, 4, 4, 4, 4, 4, 4, 4})).score, P(40));
}
TEST(Core10Test, Section4_3_C4) {
  const TotalScore t = Score(Core10(), Answers({2, 1, 1, 2, 1, 0, 2, 2, -1, 1}));
  EXPECT_EQ(t.status, ScoreStatus::kPartialScored);
  EXPECT_EQ(t.basis, ScoreBasis::kProratedSum);
  EXPECT_EQ(t.raw, P(16));
  EXPECT_EQ(t.score, Cents(1778));  // 10 x 16 / 9 = 17.777...
  EXPECT_EQ(t.score->ToString(), "17.78");
}
TEST(Core10Test, Section4_3_C4TwoMissingIsNotScored) {
  const TotalScore t = Score(Core10(), Answers({2, 1, 1, 2, 1, -1, 2, 2, -1, 1}));
  EXPECT_EQ(t.status, ScoreStatus::kPartialNotScorable);
  EXPECT_EQ(t.basis, ScoreBasis::kTooManyMissing);
}
TEST(Core10Test, Section4_3_C5) {
  EXPECT_EQ(Score(Core10(), Answers({1, 3, 3, 1, 0, 0, 1, 1, 1, 0})).score, P(7));
}

// Reliable improvement (6), deterioration, clinically significant, and
// reliable improvement with NHS Digital CYP's threshold 5.
void ExpectCore10Change(int baseline, int latest, bool improvement, bool deterioration,
                        bool significant, bool improvement_at_5) {
  const ChangeClassification c = Classify(Core10(), P(baseline), P(latest));
  EXPECT_EQ(c.change, P(latest - baseline));
  EXPECT_EQ(c.reliability == Reliability::kReliableImprovement, improvement);
  EXPECT_EQ(c.reliability == Reliability::kReliableDeterioration, deterioration);
  EXPECT_EQ(c.reliable_recovery.value_or(false), significant);
  const ChangeClassification at5 =
      Classify(Core10(), P(baseline), P(latest), {.reliable_change = P(5)});
  EXPECT_EQ(at5.reliability == Reliability::kReliableImprovement, improvement_at_5);
}

TEST(Core10Test, Section4_3_CC1) { ExpectCore10Change(18, 10, true, false, true, true); }
TEST(Core10Test, Section4_3_CC2) { ExpectCore10Change(18, 13, false, false, false, true); }
TEST(Core10Test, Section4_3_CC3) {
  ExpectCore10Change(9, 16, false, true, false, false);
  EXPECT_EQ(Classify(Core10(), P(9), P(16)).reliable_recovery, std::nullopt);  // 9 not clinical
}
TEST(Core10Test, Section4_3_CC4) {
  ExpectCore10Change(25, 12, true, false, false, true);  // 12 >= 11: still clinical
}
TEST(Core10Test, Section4_3_CC5) { ExpectCore10Change(14, 8, true, false, true, true); }

// --- 5.2 GBO ---------------------------------------------------------------

ProgressSummary Goals(const std::vector<int>& baseline, const std::vector<int>& latest) {
  const Instrument gbo = Gbo();
  std::vector<ChangeClassification> changes;
  for (std::size_t i = 0; i < baseline.size(); ++i) {
    auto rule = ChangeRuleFor(gbo, {}, gbo.definition().items[i].id);
    EXPECT_TRUE(rule.has_value());
    changes.push_back(ClassifyChange(*rule, P(baseline[i]), P(latest[i])));
  }
  return SummariseProgress(changes);
}

TEST(GboTest, Section5_2_G1) {
  const ProgressSummary s = Goals({2, 3, 1}, {6, 4, 1});
  EXPECT_EQ(s.better, 2);
  EXPECT_EQ(s.reliably_better, 1);
  EXPECT_EQ(s.reliably_worse, 0);
  EXPECT_EQ(s.AtLeast(1, ProgressRule::kAnyProgress), true);
  EXPECT_EQ(s.AtLeast(1, ProgressRule::kReliableProgress), true);
  EXPECT_EQ(s.AtLeast(2, ProgressRule::kAnyProgress), true);
  EXPECT_EQ(s.AtLeast(2, ProgressRule::kReliableProgress), false);
}

TEST(GboTest, Section5_2_G2) {
  const ProgressSummary s = Goals({5, 5, 5}, {7, 7, 7});
  EXPECT_EQ(s.better, 3);
  EXPECT_EQ(s.reliably_better, 0);
  EXPECT_EQ(s.reliably_worse, 0);
  EXPECT_EQ(s.AtLeast(1, ProgressRule::kAnyProgress), true);
  EXPECT_EQ(s.AtLeast(1, ProgressRule::kReliableProgress), false);
  EXPECT_EQ(s.AtLeast(2, ProgressRule::kAnyProgress), true);
  EXPECT_EQ(s.AtLeast(2, ProgressRule::kReliableProgress), false);
}

TEST(GboTest, Section5_2_G3) {
  const ProgressSummary s = Goals({0, 2, 4}, {3, 5, 7});
  EXPECT_EQ(s.better, 3);
  EXPECT_EQ(s.reliably_better, 3);  // +3 is reliable: >= 3
  EXPECT_EQ(s.reliably_worse, 0);
  EXPECT_EQ(s.AtLeast(1, ProgressRule::kReliableProgress), true);
  EXPECT_EQ(s.AtLeast(2, ProgressRule::kAnyProgress), true);
  EXPECT_EQ(s.AtLeast(2, ProgressRule::kReliableProgress), true);
}

TEST(GboTest, Section5_2_G4) {
  const ProgressSummary s = Goals({6}, {5});
  EXPECT_EQ(s.better, 0);
  EXPECT_EQ(s.reliably_better, 0);
  EXPECT_EQ(s.reliably_worse, 0);
  EXPECT_EQ(s.AtLeast(1, ProgressRule::kAnyProgress), false);
  EXPECT_EQ(s.AtLeast(1, ProgressRule::kReliableProgress), false);
  EXPECT_EQ(s.AtLeast(2, ProgressRule::kAnyProgress), std::nullopt);  // one goal
}

TEST(GboTest, Section5_2_G5) {
  const ProgressSummary s = Goals({3, 4}, {8, 1});
  EXPECT_EQ(s.better, 1);
  EXPECT_EQ(s.reliably_better, 1);
  EXPECT_EQ(s.reliably_worse, 1);  // -3 reaches the threshold
  EXPECT_EQ(s.AtLeast(1, ProgressRule::kAnyProgress), true);
  EXPECT_EQ(s.AtLeast(1, ProgressRule::kReliableProgress), true);
  EXPECT_FALSE(s.meaningful_improvement());  // a reliable deterioration exists
  EXPECT_EQ(s.AtLeast(2, ProgressRule::kAnyProgress), false);
  EXPECT_EQ(s.AtLeast(2, ProgressRule::kReliableProgress), false);
}

TEST(GboTest, Section5_1_TwoPointFourFiveAndThreeAgreeOnWholeRatings) {
  const Instrument gbo = Gbo();
  auto at3 = ChangeRuleFor(gbo, {}, "goal-1");
  auto at245 = ChangeRuleFor(gbo, {.reliable_change = Cents(245)}, "goal-1");
  for (int baseline = 0; baseline <= 10; ++baseline) {
    for (int latest = 0; latest <= 10; ++latest) {
      EXPECT_EQ(ClassifyChange(*at3, P(baseline), P(latest)),
                ClassifyChange(*at245, P(baseline), P(latest)));
    }
  }
  // They differ only on half points.
  EXPECT_NE(ClassifyChange(*at3, P(2), Cents(450)).reliability,
            ClassifyChange(*at245, P(2), Cents(450)).reliability);
}

// --- 6.1 UCLA 3-item ----------------------------------------------------------

void ExpectUcla(const std::vector<int>& items, int total, bool lonely) {
  const Instrument ucla = Ucla3();
  const TotalScore t = Score(ucla, Answers(items));
  EXPECT_EQ(t.score, P(total));
  EXPECT_EQ(IsClinical(*ucla.definition().cut_off, *t.score), lonely);
  EXPECT_EQ(ucla.BandFor(*t.score), lonely ? "lonely" : "not lonely");
}

TEST(UclaTest, Section6_1_OneOneOne) { ExpectUcla({1, 1, 1}, 3, false); }
TEST(UclaTest, Section6_1_TwoTwoTwo) { ExpectUcla({2, 2, 2}, 6, true); }
TEST(UclaTest, Section6_1_ThreeThreeThree) { ExpectUcla({3, 3, 3}, 9, true); }
TEST(UclaTest, Section6_1_TwoTwoOne) { ExpectUcla({2, 2, 1}, 5, false); }
TEST(UclaTest, Section6_1_ThreeTwoTwo) { ExpectUcla({3, 2, 2}, 7, true); }

TEST(UclaTest, Section6_1_SevenToFiveIsLessLonely) {
  const ChangeClassification c = Classify(Ucla3(), P(7), P(5));
  EXPECT_EQ(c.change, P(-2));
  EXPECT_EQ(c.direction, Direction::kBetter);
  EXPECT_EQ(c.reliability, Reliability::kNotAssessed);  // no published threshold
  EXPECT_EQ(c.outcome(), ChangeOutcome::kNotAssessed);
}

TEST(UclaTest, Section6_1_SixToSixIsNoChange) {
  const ChangeClassification c = Classify(Ucla3(), P(6), P(6));
  EXPECT_EQ(c.change, P(0));
  EXPECT_EQ(c.direction, Direction::kSame);
}

// --- 6.2 ONS4 ---------------------------------------------------------------

std::string_view Ons4Band(std::string_view item, int score) {
  static const Instrument ons4 = Ons4();
  return ons4.BandFor(P(score), ons4.ItemIndex(item));
}

TEST(Ons4Test, Section6_2_Satisfaction4IsLow) { EXPECT_EQ(Ons4Band("satisfaction", 4), "low"); }
TEST(Ons4Test, Section6_2_Satisfaction5IsMedium) {
  EXPECT_EQ(Ons4Band("satisfaction", 5), "medium");
}
TEST(Ons4Test, Section6_2_Worthwhile6IsMedium) { EXPECT_EQ(Ons4Band("worthwhile", 6), "medium"); }
TEST(Ons4Test, Section6_2_Happy7IsHigh) { EXPECT_EQ(Ons4Band("happy", 7), "high"); }
TEST(Ons4Test, Section6_2_Happy8IsHigh) { EXPECT_EQ(Ons4Band("happy", 8), "high"); }
TEST(Ons4Test, Section6_2_Happy9IsVeryHigh) { EXPECT_EQ(Ons4Band("happy", 9), "very high"); }
TEST(Ons4Test, Section6_2_Anxiety1IsVeryLow) { EXPECT_EQ(Ons4Band("anxiety", 1), "very low"); }
TEST(Ons4Test, Section6_2_Anxiety2IsLow) { EXPECT_EQ(Ons4Band("anxiety", 2), "low"); }
TEST(Ons4Test, Section6_2_Anxiety5IsMedium) { EXPECT_EQ(Ons4Band("anxiety", 5), "medium"); }
TEST(Ons4Test, Section6_2_Anxiety6IsHigh) { EXPECT_EQ(Ons4Band("anxiety", 6), "high"); }

TEST(Ons4Test, Section6_2_NoCompositeAndAnxietyRunsTheOtherWay) {
  const Instrument ons4 = Ons4();
  const TotalScore t = Score(ons4, Answers({7, 8, 6, 3}));
  EXPECT_EQ(t.status, ScoreStatus::kComplete);
  EXPECT_EQ(t.score, std::nullopt);  // ONS reports the four separately
  auto anxiety = ChangeRuleFor(ons4, {}, "anxiety");
  auto happy = ChangeRuleFor(ons4, {}, "happy");
  EXPECT_EQ(ClassifyChange(*anxiety, P(6), P(3)).direction, Direction::kBetter);
  EXPECT_EQ(ClassifyChange(*happy, P(6), P(3)).direction, Direction::kWorse);
}

}  // namespace
}  // namespace measures_examples_test
}  // namespace lw

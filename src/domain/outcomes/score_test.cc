#include "domain/outcomes/score.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "domain/outcomes/test_support.h"

namespace lw {
namespace score_test {
namespace {

using namespace ::lw::outcomes_test;  // NOLINT(google-build-using-namespace)
using ::testing::ElementsAre;

QuestionnaireAnswers Core10Answers() {
  return {{"q1", 2}, {"q2", 1}, {"q3", 1}, {"q4", 2}, {"q5", 1},
          {"q6", 0}, {"q7", 2}, {"q8", 2}, {"q9", 2}, {"q10", 1}};
}

TEST(ScoreTest, EveryItemIsKeptWithItsAnswerAndScore) {
  auto q = ScoreQuestionnaire(Core10(), Core10Answers());
  ASSERT_TRUE(q.has_value());
  EXPECT_EQ(q->instrument_id, "core-10");
  ASSERT_EQ(q->items.size(), 10u);
  EXPECT_EQ(q->items[0], (ItemResult{"q1", 2, P(2), true}));
  EXPECT_EQ(q->items[1], (ItemResult{"q2", 1, P(3), true}));  // reversed
  EXPECT_EQ(q->total.status, ScoreStatus::kComplete);
  EXPECT_EQ(q->total.raw, P(18));
  EXPECT_EQ(q->why, "Complete: the total of 10 items is 18.");
}

TEST(ScoreTest, AnUnansweredItemIsKeptAsUnanswered) {
  QuestionnaireAnswers answers = Core10Answers();
  answers["q9"] = std::nullopt;
  auto q = ScoreQuestionnaire(Core10(), answers);
  ASSERT_TRUE(q.has_value());
  EXPECT_EQ(q->items[8], (ItemResult{"q9", std::nullopt, std::nullopt, true}));
  EXPECT_EQ(q->total.status, ScoreStatus::kPartialScored);
  EXPECT_EQ(q->why,
            "Partial, scored 17.78: 9 of 10 items answered, total 16 scaled to 10 items (up to 1 "
            "may be unanswered).");
  answers.erase("q8");  // left out of the map: unanswered too
  q = ScoreQuestionnaire(Core10(), answers);
  ASSERT_TRUE(q.has_value());
  EXPECT_EQ(q->total.status, ScoreStatus::kPartialNotScorable);
  EXPECT_EQ(q->total.score, std::nullopt);
  EXPECT_EQ(q->total.raw, std::nullopt);
  EXPECT_EQ(q->why, "Partial, not scored: 8 of 10 items answered, and up to 1 may be unanswered.");
  EXPECT_EQ(q->items[0].answer, 2);  // the answers given are still there
}

TEST(ScoreTest, OutOfRangeAnswersAndUnknownItemsAreRefusedByName) {
  QuestionnaireAnswers answers = Core10Answers();
  answers["q3"] = 5;
  answers["q7"] = -1;
  answers["q11"] = 2;
  answers["q4"] = 70000;
  auto q = ScoreQuestionnaire(Core10(), answers);
  ASSERT_FALSE(q.has_value());
  EXPECT_EQ(q.error().code, ErrorCode::kInvalidArgument);
  EXPECT_THAT(Fields(q), ElementsAre("q11", "q3", "q4", "q7"));
  EXPECT_EQ(MessageFor(q, "q3"), "The answer to q3 must be 0, 1, 2, 3 or 4, not 5");
  EXPECT_EQ(MessageFor(q, "q11"), "There is no question q11 in CORE-10");
}

TEST(ScoreTest, TheHotPathRefusesTheSameAnswers) {
  std::vector<std::int16_t> answers = {2, 1, 1, 2, 1, 0, 2, 2, 9, 1};
  auto t = ScoreAnswers(Core10(), answers);
  ASSERT_FALSE(t.has_value());
  EXPECT_THAT(Fields(t), ElementsAre("q9"));
  answers.pop_back();
  t = ScoreAnswers(Core10(), answers);
  ASSERT_FALSE(t.has_value());
  EXPECT_EQ(MessageFor(t, "answers"), "There are 9 answers for the 10 items of core-10");
}

TEST(ScoreTest, AnItemNotScoredIsKeptButNeverCounted) {
  const Instrument reqol = Reqol10();
  std::vector<std::int16_t> answers = Reqol10Answers({4, 4, 4, 4, 4, 4, 4, 4, 4, 4});
  answers[10] = 0;
  EXPECT_EQ(ScoreAnswers(reqol, answers)->score, P(40));
  answers[10] = kNoAnswer;  // unanswered: still complete
  EXPECT_EQ(ScoreAnswers(reqol, answers)->status, ScoreStatus::kComplete);
  answers[10] = 7;  // but still checked
  EXPECT_FALSE(ScoreAnswers(reqol, answers).has_value());
}

TEST(ScoreTest, ReverseScoringUsesTheItemsOwnRange) {
  const Instrument reqol = Reqol10();
  EXPECT_EQ(reqol.ItemScore(0, 0), P(4));  // q1 reversed
  EXPECT_EQ(reqol.ItemScore(1, 0), P(0));
  const Instrument swemwbs = Swemwbs();
  EXPECT_EQ(swemwbs.ItemScore(0, 1), P(1));
  InstrumentDefinition d = SwemwbsDefinition();
  d.reverse_items = {"q1"};
  EXPECT_EQ(Valid(d).ItemScore(0, 1), P(5));  // 1 + 5 - 1
}

TEST(ScoreTest, MeanOfTheAnsweredItems) {
  InstrumentDefinition d = Core10Definition();
  d.rule = ScoringRule::kMean;
  d.max_score = P(4);
  d.reliable_change = P(1);
  d.cut_off.reset();
  const Instrument mean = Valid(d);
  auto q = ScoreQuestionnaire(mean, Core10Answers());
  EXPECT_EQ(q->total.score, Cents(180));
  EXPECT_EQ(q->why, "Complete: the mean of 10 items is 1.8.");
  QuestionnaireAnswers answers = Core10Answers();
  answers["q6"] = std::nullopt;  // 18 / 9 = 2
  q = ScoreQuestionnaire(mean, answers);
  EXPECT_EQ(q->total.basis, ScoreBasis::kMeanOfAnswered);
  EXPECT_EQ(q->total.score, P(2));
  answers["q6"] = 4;
  answers["q1"] = std::nullopt;  // 20 / 9 = 2.222...
  EXPECT_EQ(ScoreQuestionnaire(mean, answers)->total.score, Cents(222));
}

TEST(ScoreTest, EachItemInstrumentsScoreTheAnsweredItems) {
  const Instrument gbo = Gbo();
  auto q = ScoreQuestionnaire(gbo, {{"goal-1", 4}});
  ASSERT_TRUE(q.has_value());
  EXPECT_EQ(q->total.status, ScoreStatus::kPartialScored);
  EXPECT_EQ(q->total.basis, ScoreBasis::kEachAnsweredItem);
  EXPECT_EQ(q->total.score, std::nullopt);
  EXPECT_EQ(q->items[0].score, P(4));
  EXPECT_EQ(q->why,
            "Partial: 1 of 3 items answered; each answered item is its own score (up to 2 may be "
            "unanswered).");
  q = ScoreQuestionnaire(gbo, {});
  EXPECT_EQ(q->total.status, ScoreStatus::kPartialNotScorable);
  EXPECT_EQ(q->total.basis, ScoreBasis::kTooManyMissing);
  q = ScoreQuestionnaire(gbo, {{"goal-1", 4}, {"goal-2", 0}, {"goal-3", 10}});
  EXPECT_EQ(q->total.status, ScoreStatus::kComplete);
  EXPECT_EQ(q->why, "Complete: each item is its own score.");
}

TEST(ScoreTest, TheTableSaysRawAndMetric) {
  auto q = ScoreQuestionnaire(
      Swemwbs(), {{"q1", 1}, {"q2", 1}, {"q3", 1}, {"q4", 1}, {"q5", 1}, {"q6", 1}, {"q7", 1}});
  EXPECT_EQ(q->why, "Complete: raw total 7, 7.00 on the metric scale.");
  q = ScoreQuestionnaire(Swemwbs(), {{"q1", 1}});
  EXPECT_EQ(q->why,
            "Partial, not scored: 1 of 7 items answered, and SWEMWBS is scored only when every "
            "item is answered.");
}

TEST(ScoreTest, StatusKeys) {
  EXPECT_EQ(ScoreStatusKey(ScoreStatus::kComplete), "complete");
  EXPECT_EQ(ScoreStatusKey(ScoreStatus::kPartialScored), "partial-scored");
  EXPECT_EQ(ScoreStatusKey(ScoreStatus::kPartialNotScorable), "partial-not-scorable");
}

}  // namespace
}  // namespace score_test
}  // namespace lw

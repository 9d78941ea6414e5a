#include "domain/outcomes/questionnaire_response.h"

#include <gtest/gtest.h>

#include "domain/outcomes/test_support.h"

namespace lw {
namespace questionnaire_response_test {
namespace {

using outcomes_test::Core10;
using outcomes_test::Fields;
using outcomes_test::P;
using outcomes_test::Reqol10;

Date D(int y, int m, int d) { return *Date::FromYmd(y, m, d); }
Date Today() { return D(2026, 5, 20); }

ResponseMeta Meta() {
  return ResponseMeta{.id = "r-1",
                      .person_id = "p-1",
                      .team_id = "t-1",
                      .occasion = Occasion::kBaseline,
                      .entered_by = EnteredBy::kPerson,
                      .on = Today(),
                      .recorded_at = FromUnixMicros(1'779'000'000'000'000)};
}

QuestionnaireAnswers All(int value, int items) {
  QuestionnaireAnswers a;
  for (int i = 1; i <= items; ++i) a["q" + std::to_string(i)] = value;
  return a;
}

TEST(QuestionnaireResponseTest, OccasionAndStatusKeysRoundTrip) {
  for (Occasion o : kAllOccasions) EXPECT_EQ(ParseOccasion(OccasionKey(o)), o);
  EXPECT_EQ(OccasionKey(Occasion::kAdHoc), "ad-hoc");
  EXPECT_FALSE(ParseOccasion("adhoc"));
  for (ScoreStatus s :
       {ScoreStatus::kComplete, ScoreStatus::kPartialScored, ScoreStatus::kPartialNotScorable}) {
    EXPECT_EQ(ParseScoreStatus(ScoreStatusKey(s)), s);
  }
  EXPECT_EQ(ScoreStatusDisplayName(ScoreStatus::kPartialNotScorable), "Partial, not scored");
}

TEST(QuestionnaireResponseTest, KeepsEveryItemAndTheScoreScoreQuestionnaireGives) {
  const Instrument reqol = Reqol10();
  QuestionnaireAnswers answers = All(2, 10);
  auto r = MakeResponse(reqol, answers, Meta(), Today());
  ASSERT_TRUE(r) << r.error().message;
  auto expected = ScoreQuestionnaire(reqol, answers);
  EXPECT_EQ(r->score, expected->total.score);
  EXPECT_EQ(r->score, P(20));
  EXPECT_EQ(r->status, ScoreStatus::kComplete);
  EXPECT_EQ(r->instrument_id, "reqol-10");
  EXPECT_EQ(r->instrument_version, "1");
  EXPECT_EQ(r->why, expected->why);
  ASSERT_EQ(r->answers.size(), 11U);  // the physical-health item too, unanswered
  EXPECT_EQ(r->answers[0], (ResponseAnswer{"q1", 2}));
  EXPECT_EQ(r->answers[10], (ResponseAnswer{"physical", std::nullopt}));
  EXPECT_EQ(AnswersOf(*r).at("q3"), 2);
}

TEST(QuestionnaireResponseTest, PartialIsKeptAsPartial) {
  QuestionnaireAnswers answers = All(2, 10);
  answers["q9"] = std::nullopt;
  auto reqol = MakeResponse(Reqol10(), answers, Meta(), Today());
  ASSERT_TRUE(reqol);
  EXPECT_EQ(reqol->status, ScoreStatus::kPartialNotScorable);
  EXPECT_FALSE(reqol->score);
  EXPECT_EQ(reqol->answers[8], (ResponseAnswer{"q9", std::nullopt}));
  // CORE-10 C4 (measures.md 4.3): one missing, prorated to 17.78.
  QuestionnaireAnswers c4 = {{"q1", 2}, {"q2", 1}, {"q3", 1}, {"q4", 2}, {"q5", 1},
                             {"q6", 0}, {"q7", 2}, {"q8", 2}, {"q10", 1}};
  auto core = MakeResponse(Core10(), c4, Meta(), Today());
  ASSERT_TRUE(core);
  EXPECT_EQ(core->status, ScoreStatus::kPartialScored);
  EXPECT_EQ(core->score, Points::Hundredths(1778));
}

TEST(QuestionnaireResponseTest, UnknownItemsOutOfRangeAndFutureDatesAreRefused) {
  QuestionnaireAnswers answers = All(2, 10);
  answers["q3"] = 5;
  answers["q99"] = 1;
  ResponseMeta later = Meta();
  later.on = D(2026, 5, 21);
  auto r = MakeResponse(Reqol10(), answers, later, Today());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(Fields(r), (std::vector<std::string>{"q99", "q3", "on"}));
}

}  // namespace
}  // namespace questionnaire_response_test
}  // namespace lw

#include "domain/frontdoor/equality.h"

#include <gtest/gtest.h>

#include <set>

namespace lw {
namespace equality_test {
namespace {

TEST(EqualityQuestionsTest, EachQuestionSaysWhyAndHasOptions) {
  std::set<std::string_view> keys;
  for (const auto& q : EqualityQuestions()) {
    EXPECT_FALSE(q.question.empty()) << q.key;
    EXPECT_FALSE(q.why_we_ask.empty()) << q.key;
    EXPECT_GE(q.options.size(), 2u) << q.key;
    for (const auto& o : q.options) EXPECT_NE(o.key, kPreferNotToSay) << q.key;
    EXPECT_EQ(FindEqualityQuestion(q.key), &q);
    keys.insert(q.key);
  }
  for (auto key : {"ethnicity", "gender", "sexual_orientation", "disability", "religion"}) {
    EXPECT_TRUE(keys.contains(key)) << key;
  }
  EXPECT_EQ(FindEqualityQuestion("shoe_size"), nullptr);
}

TEST(EqualityAnswersTest, AnswersPreferNotToSayAndUnansweredAreAccepted) {
  EqualityAnswers a;
  a.answers = {{"ethnicity", "mixed"}, {"religion", "prefer-not-to-say"}, {"gender", "  "}};
  ASSERT_TRUE(ValidateEqualityAnswers(a).has_value());
  EXPECT_EQ(a.AnswerTo("ethnicity"), "mixed");
  EXPECT_EQ(a.AnswerTo("religion"), kPreferNotToSay);
  EXPECT_EQ(a.AnswerTo("gender"), std::nullopt);  // blank is unanswered, not stored
  EXPECT_EQ(a.AnswerTo("disability"), std::nullopt);
}

TEST(EqualityAnswersTest, UnknownOptionIsRefusedOnItsField) {
  EqualityAnswers a;
  a.answers = {{"gender", "banana"}, {"ethnicity", "white"}};
  auto s = ValidateEqualityAnswers(a);
  ASSERT_FALSE(s.has_value());
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
  ASSERT_EQ(s.error().field_errors.size(), 1u);
  EXPECT_EQ(s.error().field_errors[0].field, "equality_gender");
  EXPECT_EQ(s.error().field_errors[0].message,
            "Select an answer from the list, or prefer not to say");
}

TEST(EqualityAnswersTest, AnOptionOfAnotherQuestionIsRefused) {
  EqualityAnswers a;
  a.answers = {{"disability", "muslim"}};
  EXPECT_FALSE(ValidateEqualityAnswers(a).has_value());
}

TEST(EqualityAnswersTest, UnknownQuestionIsRefused) {
  EqualityAnswers a;
  a.answers = {{"income", "high"}};
  auto s = ValidateEqualityAnswers(a);
  ASSERT_FALSE(s.has_value());
  EXPECT_EQ(s.error().field_errors.at(0).field, "equality");
}

}  // namespace
}  // namespace equality_test
}  // namespace lw

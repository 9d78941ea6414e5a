#include "domain/people/equality_record.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>
#include "testing/field_errors.h"

namespace lw {
namespace equality_record_test {
namespace {

using ::lw::testing::Fields;
using ::lw::testing::MessageFor;

using Answer = EqualityRecordAnswer;

EqualityRecord With(std::string question, Answer answer) {
  EqualityRecord r;
  r.answers.emplace(std::move(question), std::move(answer));
  return r;
}

std::vector<std::string> Keys(std::span<const EqualityOption> options) {
  std::vector<std::string> out;
  for (const auto& o : options) out.emplace_back(o.key);
  return out;
}

TEST(EqualityRecordQuestionsTest, TheQuestionsInOrder) {
  std::vector<std::string_view> keys;
  for (const auto& q : EqualityQuestionsForRecord()) keys.push_back(q.key);
  EXPECT_EQ(keys, (std::vector<std::string_view>{"ethnicity", "sex", "gender", "gender_identity",
                                                 "sexual_orientation", "disability", "religion",
                                                 "caring", "armed_forces"}));
}

TEST(EqualityRecordQuestionsTest, EachQuestionSaysWhyAndItsFollowUpsAreItsOwnOptions) {
  for (const auto& q : EqualityQuestionsForRecord()) {
    SCOPED_TRACE(q.key);
    EXPECT_FALSE(q.question.empty());
    EXPECT_FALSE(q.why_we_ask.empty());
    EXPECT_GE(q.options.size(), 2u);
    EXPECT_EQ(FindEqualityRecordQuestion(q.key), &q);
    std::set<std::string_view> seen;
    for (const auto& o : q.options) {
      EXPECT_NE(o.key, kPreferNotToSay);
      EXPECT_FALSE(o.label.empty());
      EXPECT_TRUE(seen.insert(o.key).second) << o.key;
    }
    for (auto opens : q.described_for) EXPECT_TRUE(seen.contains(opens)) << opens;
    EXPECT_EQ(q.described_for.empty(), q.described_label.empty());
    if (!q.kinds_for.empty()) {
      EXPECT_TRUE(seen.contains(q.kinds_for));
    }
    EXPECT_EQ(q.kinds_for.empty(), q.kinds.empty());
  }
  EXPECT_EQ(FindEqualityRecordQuestion("shoe_size"), nullptr);
}

TEST(EqualityRecordQuestionsTest, FrontDoorQuestionsKeepTheirKeysAndOptions) {
  for (const auto& fd : EqualityQuestions()) {
    SCOPED_TRACE(fd.key);
    const EqualityRecordQuestion* q = FindEqualityRecordQuestion(fd.key);
    ASSERT_NE(q, nullptr);
    if (fd.key == "ethnicity") {
      EXPECT_EQ(Keys(q->carried_options), Keys(fd.options));
    } else {
      EXPECT_EQ(Keys(q->options), Keys(fd.options));
      EXPECT_TRUE(q->carried_options.empty());
    }
  }
}

TEST(EqualityRecordQuestionsTest, EthnicityOffersTheNineteenCategoriesAndAcceptsGroups) {
  const EqualityRecordQuestion* q = FindEqualityRecordQuestion("ethnicity");
  ASSERT_NE(q, nullptr);
  ASSERT_EQ(q->options.size(), kAllEthnicCategories.size());
  for (std::size_t i = 0; i < kAllEthnicCategories.size(); ++i) {
    EXPECT_EQ(q->options[i].key, EthnicCategoryKey(kAllEthnicCategories[i]));
    EXPECT_EQ(q->options[i].label, EthnicCategoryLabel(kAllEthnicCategories[i]));
  }
  ASSERT_EQ(q->carried_options.size(), kAllEthnicGroups.size());
  EXPECT_EQ(q->described_for.size(), 5u);  // each group's "any other"
}

TEST(EqualityRecordTest, AnswersAndPreferNotToSayAreKeptTrimmed) {
  EqualityRecord r;
  r.answers["sex"] = {.option = " female "};
  r.answers["religion"] = {.option = std::string(kPreferNotToSay)};
  r.answers["ethnicity"] = {.option = "asian-indian"};
  r.answers["armed_forces"] = {.option = "veteran"};
  ASSERT_TRUE(ValidateEqualityRecord(r).has_value());
  EXPECT_EQ(r.AnswerTo("sex")->option, "female");
  EXPECT_EQ(r.AnswerTo("religion")->option, kPreferNotToSay);
  EXPECT_EQ(r.AnswerTo("ethnicity")->option, "asian-indian");
  EXPECT_EQ(r.AnswerTo("armed_forces")->option, "veteran");
  EXPECT_EQ(r.AnswerTo("caring"), nullptr);
}

TEST(EqualityRecordTest, AnEthnicGroupAloneIsAccepted) {
  EqualityRecord r = With("ethnicity", {.option = "black"});
  EXPECT_TRUE(ValidateEqualityRecord(r).has_value());
}

TEST(EqualityRecordTest, ABlankAnswerIsNotAsked) {
  EqualityRecord r;
  r.answers["sex"] = {.option = "  "};
  r.answers["disability"] = {.option = "", .described = " ", .kinds = {"", " "}};
  ASSERT_TRUE(ValidateEqualityRecord(r).has_value());
  EXPECT_TRUE(r.answers.empty());
}

TEST(EqualityRecordTest, AnOptionNotInTheTableIsRefusedOnItsField) {
  EqualityRecord r;
  r.answers["sex"] = {.option = "yes"};            // another question's option
  r.answers["armed_forces"] = {.option = "navy"};  // nobody's
  r.answers["ethnicity"] = {.option = "Asian"};    // keys are exact
  Status s = ValidateEqualityRecord(r);
  ASSERT_FALSE(s.has_value());
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(s.error().message, "There is a problem");
  EXPECT_EQ(Fields(s), (std::vector<std::string>{"equality_ethnicity", "equality_sex",
                                                 "equality_armed_forces"}));  // form order
  EXPECT_EQ(MessageFor(s, "equality_sex"), "Select an answer from the list, or prefer not to say");
}

TEST(EqualityRecordTest, AFollowUpWithoutAnOptionIsRefused) {
  EqualityRecord r;
  r.answers["gender_identity"] = {.option = "", .described = "Trans man"};
  r.answers["disability"] = {.option = " ", .kinds = {"vision"}};
  Status s = ValidateEqualityRecord(r);
  EXPECT_EQ(Fields(s),
            (std::vector<std::string>{"equality_gender_identity", "equality_disability"}));
  EXPECT_EQ(MessageFor(s, "equality_disability"),
            "Select an answer from the list, or prefer not to say");
}

TEST(EqualityRecordTest, AnUnknownQuestionIsRefusedOnce) {
  EqualityRecord r = With("income", {.option = "high"});
  r.answers["shoe_size"] = {.option = "9"};
  r.answers["sex"] = {.option = "other"};
  Status s = ValidateEqualityRecord(r);
  EXPECT_EQ(Fields(s), (std::vector<std::string>{"equality_sex", "equality"}));
  EXPECT_EQ(MessageFor(s, "equality"), "Answer only the questions on the form");
}

TEST(EqualityRecordTest, AWriteInIsKeptTrimmedForTheOptionThatOpensIt) {
  EqualityRecord r;
  r.answers["gender_identity"] = {.option = "no", .described = "  Trans woman "};
  r.answers["religion"] = {.option = "another", .described = "Pagan"};
  r.answers["ethnicity"] = {.option = "white-other", .described = "Polish"};
  r.answers["sexual_orientation"] = {.option = "another", .described = "Asexual"};
  r.answers["gender"] = {.option = "another", .described = "Genderfluid"};
  ASSERT_TRUE(ValidateEqualityRecord(r).has_value());
  EXPECT_EQ(r.AnswerTo("gender_identity")->described, "Trans woman");
  EXPECT_EQ(r.AnswerTo("religion")->described, "Pagan");
  EXPECT_EQ(r.AnswerTo("ethnicity")->described, "Polish");
  EXPECT_EQ(r.AnswerTo("sexual_orientation")->described, "Asexual");
  EXPECT_EQ(r.AnswerTo("gender")->described, "Genderfluid");
}

TEST(EqualityRecordTest, AWriteInTheOptionDoesNotOpenIsCleared) {
  EqualityRecord r;
  r.answers["gender_identity"] = {.option = "yes", .described = "left from before"};
  r.answers["religion"] = {.option = std::string(kPreferNotToSay), .described = "Pagan"};
  r.answers["ethnicity"] = {.option = "white-irish", .described = "Irish"};
  r.answers["sex"] = {.option = "male", .described = "x"};
  EqualityRecord group_only = With("ethnicity", {.option = "white", .described = "Polish"});
  ASSERT_TRUE(ValidateEqualityRecord(r).has_value());
  ASSERT_TRUE(ValidateEqualityRecord(group_only).has_value());
  for (const auto& [key, answer] : r.answers) EXPECT_EQ(answer.described, "") << key;
  EXPECT_EQ(group_only.AnswerTo("ethnicity")->described, "");
}

TEST(EqualityRecordTest, AWriteInHasALengthLimit) {
  EqualityRecord ok = With("gender_identity", {.option = "no", .described = std::string(100, 'a')});
  EXPECT_TRUE(ValidateEqualityRecord(ok).has_value());

  EqualityRecord r = With("gender_identity", {.option = "no", .described = std::string(101, 'a')});
  Status s = ValidateEqualityRecord(r);
  EXPECT_EQ(Fields(s), std::vector<std::string>{"equality_gender_identity_described"});
  EXPECT_EQ(MessageFor(s, "equality_gender_identity_described"),
            "Your gender identity must be 100 characters or fewer");
}

TEST(EqualityRecordTest, AWriteInWithControlCharactersIsRefused) {
  EqualityRecord r = With("religion", {.option = "another", .described = "Pa\x01gan"});
  Status s = ValidateEqualityRecord(r);
  EXPECT_EQ(MessageFor(s, "equality_religion_described"),
            "Your religion or belief, in your words contains characters we cannot save");
}

TEST(EqualityRecordTest, KindsAreTrimmedDeduplicatedAndInTableOrder) {
  EqualityRecord r = With(
      "disability",
      {.option = "yes", .kinds = {" mental-health", "vision", "", "mental-health ", "hearing"}});
  ASSERT_TRUE(ValidateEqualityRecord(r).has_value());
  EXPECT_EQ(r.AnswerTo("disability")->kinds,
            (std::vector<std::string>{"vision", "hearing", "mental-health"}));
}

TEST(EqualityRecordTest, YesToDisabilityWithoutKindsIsAnAnswer) {
  EqualityRecord r = With("disability", {.option = "yes"});
  ASSERT_TRUE(ValidateEqualityRecord(r).has_value());
  EXPECT_TRUE(r.AnswerTo("disability")->kinds.empty());
  EXPECT_EQ(StateOf(r, "disability"), AnswerState::kAnswered);
}

TEST(EqualityRecordTest, AnUnknownKindIsRefused) {
  EqualityRecord r = With("disability", {.option = "yes", .kinds = {"vision", "wooden-leg"}});
  Status s = ValidateEqualityRecord(r);
  EXPECT_EQ(Fields(s), std::vector<std::string>{"equality_disability_kinds"});
  EXPECT_EQ(MessageFor(s, "equality_disability_kinds"), "Select from the list");
}

TEST(EqualityRecordTest, KindsTheOptionDoesNotOpenAreCleared) {
  EqualityRecord no = With("disability", {.option = "no", .kinds = {"vision"}});
  EqualityRecord pnts =
      With("disability", {.option = std::string(kPreferNotToSay), .kinds = {"vision"}});
  EqualityRecord other = With("religion", {.option = "none", .kinds = {"vision"}});
  ASSERT_TRUE(ValidateEqualityRecord(no).has_value());
  ASSERT_TRUE(ValidateEqualityRecord(pnts).has_value());
  ASSERT_TRUE(ValidateEqualityRecord(other).has_value());
  EXPECT_TRUE(no.AnswerTo("disability")->kinds.empty());
  EXPECT_TRUE(pnts.AnswerTo("disability")->kinds.empty());
  EXPECT_TRUE(other.AnswerTo("religion")->kinds.empty());
}

TEST(EqualityRecordTest, ValidatingTwiceChangesNothing) {
  EqualityRecord r;
  r.answers["disability"] = {.option = " yes", .kinds = {"memory", "vision"}};
  r.answers["gender_identity"] = {.option = "no ", .described = " Non-binary "};
  ASSERT_TRUE(ValidateEqualityRecord(r).has_value());
  EqualityRecord again = r;
  ASSERT_TRUE(ValidateEqualityRecord(again).has_value());
  EXPECT_EQ(again, r);
}

TEST(EqualityRecordFromFrontDoorTest, EveryFrontDoorAnswerCarriesOver) {
  for (const auto& fd : EqualityQuestions()) {
    for (const auto& option : fd.options) {
      EqualityAnswers answers;
      answers.answers.emplace(std::string(fd.key), std::string(option.key));
      EqualityRecord r = EqualityRecordFromFrontDoor(answers);
      ASSERT_NE(r.AnswerTo(fd.key), nullptr) << fd.key << " " << option.key;
      EXPECT_EQ(r.AnswerTo(fd.key)->option, option.key);
      EXPECT_EQ(StateOf(r, fd.key), AnswerState::kAnswered);
      EXPECT_TRUE(ValidateEqualityRecord(r).has_value()) << fd.key << " " << option.key;
    }
  }
}

TEST(EqualityRecordFromFrontDoorTest, GroupLevelEthnicityStaysAGroup) {
  EqualityAnswers answers;
  answers.answers = {{"ethnicity", "mixed"}};
  EqualityRecord r = EqualityRecordFromFrontDoor(answers);
  EXPECT_EQ(RecordedEthnicCategory(r), std::nullopt);
  EXPECT_EQ(RecordedEthnicGroup(r), EthnicGroup::kMixed);
  EXPECT_EQ(StateOf(r, "ethnicity"), AnswerState::kAnswered);
}

TEST(EqualityRecordFromFrontDoorTest, PreferNotToSayStaysAndUnansweredIsNotAsked) {
  EqualityAnswers answers;
  answers.answers = {{"religion", std::string(kPreferNotToSay)}, {"caring", "yes"}};
  EqualityRecord r = EqualityRecordFromFrontDoor(answers);
  EXPECT_EQ(StateOf(r, "religion"), AnswerState::kPreferNotToSay);
  EXPECT_EQ(StateOf(r, "caring"), AnswerState::kAnswered);
  for (auto key : {"ethnicity", "sex", "gender", "gender_identity", "sexual_orientation",
                   "disability", "armed_forces"}) {
    EXPECT_EQ(StateOf(r, key), AnswerState::kNotAsked) << key;
  }
  EXPECT_EQ(r.answers.size(), 2u);
}

TEST(EqualityRecordFromFrontDoorTest, AnswersTheRecordCannotHoldAreLeftOut) {
  EqualityAnswers answers;
  answers.answers = {{"income", "high"}, {"gender", "banana"}, {"disability", "  "}};
  EXPECT_TRUE(EqualityRecordFromFrontDoor(answers).answers.empty());
}

TEST(EqualityRecordTest, RecordedEthnicityForEveryCategory) {
  for (auto c : kAllEthnicCategories) {
    EqualityRecord r = With("ethnicity", {.option = std::string(EthnicCategoryKey(c))});
    EXPECT_EQ(RecordedEthnicCategory(r), c);
    EXPECT_EQ(RecordedEthnicGroup(r), GroupOf(c));
  }
  EqualityRecord pnts = With("ethnicity", {.option = std::string(kPreferNotToSay)});
  EXPECT_EQ(RecordedEthnicCategory(pnts), std::nullopt);
  EXPECT_EQ(RecordedEthnicGroup(pnts), std::nullopt);
  EXPECT_EQ(RecordedEthnicGroup(EqualityRecord{}), std::nullopt);
  EXPECT_EQ(RecordedEthnicCategory(EqualityRecord{}), std::nullopt);
}

TEST(EqualityRecordCompletenessTest, EachQuestionIsNotAskedDeclinedOrAnswered) {
  EqualityRecord r;
  r.answers["ethnicity"] = {.option = "white"};
  r.answers["sex"] = {.option = std::string(kPreferNotToSay)};
  r.answers["disability"] = {.option = "no"};
  r.answers["income"] = {.option = "high"};  // not a question: ignored
  using S = AnswerState;
  EXPECT_EQ(EqualityCompleteness(r), (std::vector<QuestionState>{
                                         {"ethnicity", S::kAnswered},
                                         {"sex", S::kPreferNotToSay},
                                         {"gender", S::kNotAsked},
                                         {"gender_identity", S::kNotAsked},
                                         {"sexual_orientation", S::kNotAsked},
                                         {"disability", S::kAnswered},
                                         {"religion", S::kNotAsked},
                                         {"caring", S::kNotAsked},
                                         {"armed_forces", S::kNotAsked},
                                     }));
}

TEST(EqualityRecordCompletenessTest, StateKeysAndLabels) {
  EXPECT_EQ(AnswerStateKey(AnswerState::kNotAsked), "not-asked");
  EXPECT_EQ(AnswerStateKey(AnswerState::kPreferNotToSay), "prefer-not-to-say");
  EXPECT_EQ(AnswerStateKey(AnswerState::kAnswered), "answered");
  EXPECT_EQ(AnswerStateLabel(AnswerState::kNotAsked), "Not asked");
  EXPECT_EQ(AnswerStateLabel(AnswerState::kPreferNotToSay), "Prefer not to say");
  EXPECT_EQ(AnswerStateLabel(AnswerState::kAnswered), "Answered");
  EXPECT_EQ(AnswerStateKey(AnswerState::kPreferNotToSay), kPreferNotToSay);
}

Date Day(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

TEST(EqualityRecordAgeBandTest, BandsFromTheDateOfBirth) {
  Date on = Day(2026, 3, 9);
  EXPECT_EQ(AgeBandOn(std::nullopt, on), "");
  EXPECT_EQ(AgeBandOn(Day(2010, 3, 10), on), "under-16");  // 15, sixteen tomorrow
  EXPECT_EQ(AgeBandOn(Day(2010, 3, 9), on), "16-17");
  EXPECT_EQ(AgeBandOn(Day(2008, 3, 10), on), "16-17");
  EXPECT_EQ(AgeBandOn(Day(2008, 3, 9), on), "18-24");
  EXPECT_EQ(AgeBandOn(Day(2001, 3, 10), on), "18-24");
  EXPECT_EQ(AgeBandOn(Day(2001, 3, 9), on), "25-34");
  EXPECT_EQ(AgeBandOn(Day(1991, 3, 9), on), "35-44");
  EXPECT_EQ(AgeBandOn(Day(1981, 3, 9), on), "45-54");
  EXPECT_EQ(AgeBandOn(Day(1971, 3, 9), on), "55-64");
  EXPECT_EQ(AgeBandOn(Day(1961, 3, 9), on), "65-74");
  EXPECT_EQ(AgeBandOn(Day(1951, 3, 9), on), "75-84");
  EXPECT_EQ(AgeBandOn(Day(1941, 3, 10), on), "75-84");
  EXPECT_EQ(AgeBandOn(Day(1941, 3, 9), on), "85-plus");
  EXPECT_EQ(AgeBandOn(Day(1920, 1, 1), on), "85-plus");
}

}  // namespace
}  // namespace equality_record_test
}  // namespace lw

#include "web/introduce_answers.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <string>
#include <vector>

namespace lw::web {
namespace introduce_answers_test {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

const Timestamp kNow = FromUnixMicros(1'780'000'000'000'000);  // 28 May 2026
const std::vector<Neighbourhood> kHoods = {{"n1", "l1", "North"}, {"n2", "l1", "South"}};

http::Form FullForm() {
  http::Form f;
  f.Add("source", "self");
  f.Add("given_name", "Sam");
  f.Add("family_name", "Jones");
  f.Add("date_of_birth_day", "27");
  f.Add("date_of_birth_month", "3");
  f.Add("date_of_birth_year", "1990");
  f.Add("postcode", "sk14 1aa");
  f.Add("neighbourhood", "n1");
  f.Add("in_their_words", "Things are hard");
  f.Add("contact_methods", "phone");
  f.Add("contact_methods", "text");
  f.Add("phone", "07700 900982");
  f.Add("may_leave_message", "no");
  f.Add("equality_gender", "woman");
  f.Add("privacy_agreed", "yes");
  return f;
}

// The hidden fields in `html`, as a form.
http::Form HiddenFields(const std::string& html) {
  static const std::regex kHidden(R"re(<input type="hidden" name="([^"]+)" value="([^"]*)">)re");
  http::Form f;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), kHidden);
       it != std::sregex_iterator(); ++it) {
    f.Add((*it)[1], (*it)[2]);
  }
  return f;
}

std::vector<std::string> Fields(std::span<const FieldError> errors) {
  std::vector<std::string> out;
  for (const FieldError& e : errors) out.push_back(e.field);
  return out;
}

TEST(IntroduceStepsTest, SlugsRoundTrip) {
  for (IntroduceStep s : kIntroduceSteps) EXPECT_EQ(ParseStep(StepSlug(s)), s);
  EXPECT_EQ(ParseStep("nope"), std::nullopt);
  EXPECT_EQ(PreviousStep(IntroduceStep::kStart), IntroduceStep::kStart);
  EXPECT_EQ(PreviousStep(IntroduceStep::kCheck), IntroduceStep::kEquality);
  EXPECT_EQ(NextStep(IntroduceStep::kCheck), IntroduceStep::kSend);
  EXPECT_EQ(NextStep(IntroduceStep::kSend), IntroduceStep::kSend);
}

TEST(IntroduceAnswersTest, HiddenFieldsCarryEveryAnswerAcrossSteps) {
  IntroduceAnswers a = ParseAnswers(FullForm());
  Html h;
  WriteHiddenAnswers(h, a, IntroduceStep::kSend);
  IntroduceAnswers back = ParseAnswers(HiddenFields(h.str()));
  EXPECT_EQ(back.given_name, "Sam");
  EXPECT_EQ(back.postcode, "sk14 1aa");
  EXPECT_EQ(back.contact_methods, (std::vector<std::string>{"phone", "text"}));
  EXPECT_EQ(back.equality.at("gender"), "woman");
  EXPECT_EQ(back.privacy_agreed, "yes");
  EXPECT_EQ(back.may_leave_message, "no");
}

TEST(IntroduceAnswersTest, TheShownStepsFieldsAreNotHidden) {
  IntroduceAnswers a = ParseAnswers(FullForm());
  Html contact;
  WriteHiddenAnswers(contact, a, IntroduceStep::kContact);
  EXPECT_THAT(contact.str(), Not(HasSubstr("name=\"phone\"")));
  EXPECT_THAT(contact.str(), Not(HasSubstr("name=\"contact_methods\"")));
  EXPECT_THAT(contact.str(), HasSubstr("name=\"given_name\""));
  Html equality;
  WriteHiddenAnswers(equality, a, IntroduceStep::kEquality);
  EXPECT_THAT(equality.str(), Not(HasSubstr("equality_")));
}

TEST(IntroduceAnswersTest, IntroducerDetailsOnlyTravelForSomeoneElse) {
  http::Form f = FullForm();
  f.Add("introducer_name", "Pat");
  f.Add("person_knows", "yes");
  IntroduceAnswers a = ParseAnswers(f);
  Html self;
  WriteHiddenAnswers(self, a, IntroduceStep::kSend);
  EXPECT_THAT(self.str(), Not(HasSubstr("introducer_name")));
  a.source = "carer-or-family";
  Html other;
  WriteHiddenAnswers(other, a, IntroduceStep::kSend);
  EXPECT_THAT(other.str(), HasSubstr("name=\"introducer_name\" value=\"Pat\""));
  EXPECT_THAT(other.str(), HasSubstr("name=\"person_knows\" value=\"yes\""));
}

TEST(IntroduceAnswersTest, JourneyFieldsAreReadButNeverCarried) {
  http::Form f = FullForm();
  f.Add("website", "http://spam.example");
  f.Add("submission_key", "k1");
  f.Add("changing", "yes");
  f.Add("step", "contact");
  IntroduceAnswers a = ParseAnswers(f);
  EXPECT_EQ(a.honeypot, "http://spam.example");
  EXPECT_EQ(a.submission_key, "k1");
  EXPECT_TRUE(a.changing);
  EXPECT_EQ(a.from, IntroduceStep::kContact);
  Html h;
  WriteHiddenAnswers(h, a, IntroduceStep::kSend);
  EXPECT_THAT(h.str(), Not(HasSubstr("website")));
  EXPECT_THAT(h.str(), Not(HasSubstr("submission_key")));
  EXPECT_THAT(h.str(), Not(HasSubstr("changing")));
}

TEST(IntroduceAnswersTest, DraftForTheService) {
  IntroductionDraft d = ToDraft(ParseAnswers(FullForm()), kNow);
  EXPECT_EQ(d.source, "self");
  EXPECT_TRUE(d.made_by_user_id.empty());
  EXPECT_EQ(d.received_at, kNow);
  EXPECT_TRUE(d.privacy_agreed);
  EXPECT_FALSE(d.may_leave_message);
  EXPECT_EQ(d.equality.at("gender"), "woman");
}

TEST(IntroduceAnswersTest, FieldsBelongToTheirSteps) {
  EXPECT_EQ(StepOfField("source"), IntroduceStep::kStart);
  EXPECT_EQ(StepOfField("date_of_birth"), IntroduceStep::kAbout);
  EXPECT_EQ(StepOfField("person_knows"), IntroduceStep::kAbout);
  EXPECT_EQ(StepOfField("neighbourhood"), IntroduceStep::kAbout);
  EXPECT_EQ(StepOfField("help_wanted"), IntroduceStep::kStory);
  EXPECT_EQ(StepOfField("contact_methods"), IntroduceStep::kContact);
  EXPECT_EQ(StepOfField("equality_gender"), IntroduceStep::kEquality);
  EXPECT_EQ(StepOfField("equality"), IntroduceStep::kEquality);
  EXPECT_EQ(StepOfField("privacy_agreed"), IntroduceStep::kCheck);
  EXPECT_EQ(StepOfField("submission_key"), IntroduceStep::kCheck);
  EXPECT_EQ(StepOfField("anything-else"), IntroduceStep::kCheck);
}

TEST(CheckAnswersTest, CompleteAnswersHaveNoProblems) {
  EXPECT_THAT(CheckAnswers(ParseAnswers(FullForm()), kHoods, {}, kNow), IsEmpty());
}

TEST(CheckAnswersTest, OnlyTheOfferedSourcesInThePublicsWords) {
  IntroduceAnswers a = ParseAnswers(FullForm());
  for (std::string source : {"", "gp", "rejected"}) {
    a.source = source;
    auto errors = CheckAnswers(a, kHoods, {}, kNow);
    ASSERT_FALSE(errors.empty()) << source;
    EXPECT_EQ(errors[0].field, "source");
    EXPECT_EQ(errors[0].message, "Select who this introduction is for");
    std::vector<std::string> fields = Fields(errors);
    EXPECT_EQ(std::count(fields.begin(), fields.end(), "source"), 1) << source;
  }
}

TEST(CheckAnswersTest, NeighbourhoodFromTheListOrNotSure) {
  IntroduceAnswers a = ParseAnswers(FullForm());
  a.neighbourhood = "not-sure";
  EXPECT_THAT(CheckAnswers(a, kHoods, {}, kNow), IsEmpty());
  a.neighbourhood = "";
  auto missing = CheckAnswers(a, kHoods, {}, kNow);
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(missing[0].message, "Select the area where you live, or I\u2019m not sure");
  a.neighbourhood = "elsewhere";
  auto unknown = CheckAnswers(a, kHoods, {}, kNow);
  ASSERT_EQ(unknown.size(), 1u);
  EXPECT_EQ(unknown[0].message, "Select an area from the list, or I\u2019m not sure");
  // A locality without neighbourhoods does not ask.
  EXPECT_THAT(CheckAnswers(a, {}, {}, kNow), IsEmpty());
}

TEST(CheckAnswersTest, YesOrNoOnly) {
  IntroduceAnswers a = ParseAnswers(FullForm());
  a.may_leave_message = "perhaps";
  auto errors = CheckAnswers(a, kHoods, {}, kNow);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "may_leave_message");
  EXPECT_EQ(errors[0].message, "Select yes or no");
}

TEST(CheckAnswersTest, TheDomainsMessagesUnderTheFormsFieldNames) {
  IntroduceAnswers a = ParseAnswers(FullForm());
  a.date_of_birth_day = "31";
  a.date_of_birth_month = "2";
  a.postcode = "NOT A POSTCODE";
  a.in_their_words = std::string(5001, 'x');
  a.given_name = "  ";
  a.equality["gender"] = "unknown";
  a.equality["shoe_size"] = "9";
  a.equality["hair"] = "red";
  auto errors = CheckAnswers(a, kHoods, {}, kNow);
  EXPECT_THAT(Fields(errors),
              ::testing::UnorderedElementsAre("given_name", "date_of_birth", "postcode",
                                              "in_their_words", "equality_gender", "equality"))
      << "two unknown questions are one problem";
}

TEST(StepForTest, TheFirstStepBeforeTheTargetWithAProblem) {
  IntroduceAnswers a = ParseAnswers(FullForm());
  a.given_name = "";
  a.in_their_words = "";
  auto problems = CheckAnswers(a, kHoods, {}, kNow);
  StepToShow to_story = StepFor(IntroduceStep::kStory, a, problems);
  EXPECT_EQ(to_story.step, IntroduceStep::kAbout);
  EXPECT_THAT(Fields(to_story.errors), ::testing::ElementsAre("given_name"));
  // Going to about checks only start: the page shows without errors.
  StepToShow to_about = StepFor(IntroduceStep::kAbout, a, problems);
  EXPECT_EQ(to_about.step, IntroduceStep::kAbout);
  EXPECT_THAT(to_about.errors, IsEmpty());
  // The privacy notice is only asked about when sending.
  a = ParseAnswers(FullForm());
  a.privacy_agreed = "";
  problems = CheckAnswers(a, kHoods, {}, kNow);
  EXPECT_EQ(StepFor(IntroduceStep::kCheck, a, problems).step, IntroduceStep::kCheck);
  EXPECT_THAT(StepFor(IntroduceStep::kCheck, a, problems).errors, IsEmpty());
  StepToShow send = StepFor(IntroduceStep::kSend, a, problems);
  EXPECT_EQ(send.step, IntroduceStep::kCheck);
  EXPECT_THAT(Fields(send.errors), ::testing::ElementsAre("privacy_agreed"));
  a.privacy_agreed = "yes";
  EXPECT_EQ(StepFor(IntroduceStep::kSend, a, CheckAnswers(a, kHoods, {}, kNow)).step,
            IntroduceStep::kSend);
}

TEST(StepForTest, AFilledHoneypotStopsOnTheStepItCameFrom) {
  IntroduceAnswers a = ParseAnswers(FullForm());
  a.honeypot = "x";
  a.from = IntroduceStep::kContact;
  StepToShow show = StepFor(IntroduceStep::kEquality, a, {});
  EXPECT_EQ(show.step, IntroduceStep::kContact);
  ASSERT_EQ(show.errors.size(), 1u);
  EXPECT_EQ(show.errors[0].field, "website");
  EXPECT_EQ(show.errors[0].message, kHoneypotMessage);
  a.from = IntroduceStep::kCheck;
  EXPECT_EQ(StepFor(IntroduceStep::kSend, a, {}).step, IntroduceStep::kCheck);
  a.from.reset();
  EXPECT_EQ(StepFor(IntroduceStep::kSend, a, {}).step, IntroduceStep::kCheck);
}

}  // namespace
}  // namespace introduce_answers_test
}  // namespace lw::web

// The public journey's pages as rendered: every step, with and without
// errors, escaping, the crisis text, the honeypot. No store: the pages are
// built from values (the routes are tested over HTTP in
// tests/integration/introduce_pages_test.cc).
#include "web/introduce_pages.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "web/test_support.h"

namespace lw::web {
namespace introduce_pages_test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::vector<Neighbourhood> kHoods = {{"n1", "l1", "Millbrook North"},
                                           {"n2", "l1", "Millbrook <South>"}};

class IntroducePagesTest : public ::testing::Test {
 protected:
  IntroducePagesTest() {
    site_.crisis_text = "Crisis? Call 999 or Samaritans on 116 123 <any time>";
    site_.locality_name = "Testshire";
    answers_.source = "self";
    answers_.given_name = "Sam";
    answers_.family_name = "Jones";
    answers_.date_of_birth_day = "27";
    answers_.date_of_birth_month = "3";
    answers_.date_of_birth_year = "1990";
    answers_.postcode = "sk14 1aa";
    answers_.neighbourhood = "n2";
    answers_.in_their_words = "<script>alert('hi')</script>\nsecond line";
    answers_.contact_methods = {"phone"};
    answers_.phone = "07700 900982";
    answers_.equality = {{"gender", "woman"}};
  }

  Page Step(IntroduceStep step, std::span<const FieldError> errors = {},
            const Introduction* normalised = nullptr) {
    return IntroduceStepPage(IntroduceView{.step = step,
                                           .answers = answers_,
                                           .errors = errors,
                                           .neighbourhoods = kHoods,
                                           .csrf_token = "csrf-1",
                                           .site = site_,
                                           .target_days = 10,
                                           .normalised = normalised,
                                           .submission_key = "key-1"});
  }

  std::string Whole(const Page& page) {
    return RenderLayout(Shell{site_, fake_.assets()}, Viewer{}, page);
  }

  // The crisis text is near the top: before any form.
  void ExpectCrisisNearTheTop(const std::string& html) {
    std::size_t crisis = html.find("Crisis? Call 999 or Samaritans on 116 123 &lt;any time&gt;");
    ASSERT_NE(crisis, std::string::npos);
    std::size_t main = html.find("<main");
    EXPECT_GT(crisis, main);
    std::size_t form = html.find("<form", main);
    if (form != std::string::npos) {
      EXPECT_LT(crisis, form);
    }
  }

  SiteOptions site_;
  IntroduceAnswers answers_;
  testing::FakeAssets fake_;
};

TEST_F(IntroducePagesTest, EveryStepRendersWithCrisisTextAndOneHeading) {
  for (IntroduceStep step :
       {IntroduceStep::kStart, IntroduceStep::kAbout, IntroduceStep::kStory,
        IntroduceStep::kContact, IntroduceStep::kEquality, IntroduceStep::kCheck}) {
    SCOPED_TRACE(std::string(StepSlug(step)));
    Page page = Step(step);
    EXPECT_EQ(page.status, 200);
    EXPECT_FALSE(page.has_errors);
    std::string html = Whole(page);
    testing::ExpectPageRules(html);
    ExpectCrisisNearTheTop(html);
    EXPECT_THAT(html, HasSubstr("name=\"csrf_token\" value=\"csrf-1\""));
    EXPECT_THAT(html, HasSubstr("<input class=\"nhsuk-input\" id=\"website\" name=\"website\" "
                                "type=\"text\" tabindex=\"-1\" autocomplete=\"off\">"));
    EXPECT_THAT(html, HasSubstr("<div class=\"nhsuk-u-visually-hidden\">\n<div "
                                "class=\"nhsuk-form-group\">\n<label class=\"nhsuk-label\" "
                                "for=\"website\">Leave this box empty</label>"));
  }
}

TEST_F(IntroducePagesTest, StartSaysWhatHappensNextAndAsksWhoFor) {
  answers_ = {};
  std::string html = Step(IntroduceStep::kStart).content.str();
  EXPECT_THAT(html, HasSubstr("<h1 class=\"nhsuk-heading-l\">Introduce yourself to Living "
                              "Well</h1>"));
  EXPECT_THAT(html, HasSubstr("within 10 days"));
  EXPECT_THAT(html, HasSubstr("action=\"/introduce/about\" method=\"post\""));
  EXPECT_THAT(html, HasSubstr("value=\"self\">"));
  EXPECT_THAT(html, HasSubstr("value=\"carer-or-family\" aria-describedby"));
  EXPECT_THAT(html, HasSubstr("href=\"/privacy\""));
  EXPECT_THAT(html, Not(HasSubstr("nhsuk-back-link"))) << "nothing to go back to";
}

TEST_F(IntroducePagesTest, AboutForYourselfUsesAutocomplete) {
  std::string html = Step(IntroduceStep::kAbout).content.str();
  EXPECT_THAT(html,
              HasSubstr("<span class=\"nhsuk-caption-l\">Step 1 of 5</span>\nAbout you</h1>"));
  EXPECT_THAT(html, HasSubstr("id=\"given_name\" name=\"given_name\" type=\"text\" "
                              "spellcheck=\"false\" value=\"Sam\" autocomplete=\"given-name\">"));
  EXPECT_THAT(html, HasSubstr("autocomplete=\"family-name\""));
  EXPECT_THAT(html, HasSubstr("autocomplete=\"bday-day\""));
  EXPECT_THAT(html, HasSubstr("autocomplete=\"postal-code\""));
  EXPECT_THAT(html, HasSubstr("value=\"n2\" checked>"));
  EXPECT_THAT(html, HasSubstr("Millbrook &lt;South&gt;"));
  EXPECT_THAT(html, HasSubstr("value=\"not-sure\">"));
  EXPECT_THAT(html, Not(HasSubstr("introducer_name")));
  EXPECT_THAT(html, HasSubstr("<form id=\"introduce\" action=\"/introduce/story\""));
  EXPECT_THAT(html, HasSubstr("<button class=\"nhsuk-back-link\" type=\"submit\" "
                              "form=\"journey\" formaction=\"/introduce/start\">Back</button>"));
  // The answers of the other steps travel as hidden fields in the step form,
  // and every answer in the journey form.
  EXPECT_THAT(html, HasSubstr("<input type=\"hidden\" name=\"phone\" value=\"07700 900982\">"));
  EXPECT_THAT(html, HasSubstr("<input type=\"hidden\" name=\"step\" value=\"about\">"));
  std::size_t journey = html.find("<form id=\"journey\"");
  ASSERT_NE(journey, std::string::npos);
  EXPECT_THAT(html.substr(journey), HasSubstr("name=\"given_name\" value=\"Sam\""));
}

TEST_F(IntroducePagesTest, AboutForSomeoneElseAsksTheIntroducerToo) {
  answers_.source = "carer-or-family";
  std::string html = Step(IntroduceStep::kAbout).content.str();
  EXPECT_THAT(html, HasSubstr("Who you are introducing</h1>"));
  EXPECT_THAT(html, HasSubstr("id=\"introducer_name\""));
  EXPECT_THAT(html, HasSubstr("autocomplete=\"name\""));
  EXPECT_THAT(html, HasSubstr("id=\"introducer_relationship\""));
  EXPECT_THAT(html, HasSubstr("id=\"person_knows\" name=\"person_knows\" type=\"checkbox\" "
                              "value=\"yes\">"));
  EXPECT_THAT(html, HasSubstr("Which area do they live in?"));
  // Their details are not the introducer's own: no autofill.
  EXPECT_THAT(html, HasSubstr("value=\"Sam\" autocomplete=\"off\""));
  EXPECT_THAT(html, Not(HasSubstr("bday")));
}

TEST_F(IntroducePagesTest, ErrorsAreSummarisedAndShownBesideTheirFields) {
  const FieldError errors[] = {
      {"given_name", "Enter your first name"},
      {"date_of_birth", "Enter a real date of birth"},
      {"neighbourhood", "Select an area from the list, or I\u2019m not sure"}};
  Page page = Step(IntroduceStep::kAbout, errors);
  EXPECT_EQ(page.status, 422);
  EXPECT_TRUE(page.has_errors);
  std::string html = Whole(page);
  testing::ExpectPageRules(html);
  EXPECT_THAT(html, HasSubstr("<title>Error: About you – Living Well</title>"));
  EXPECT_THAT(html, HasSubstr("<a href=\"#given_name\">Enter your first name</a>"));
  EXPECT_THAT(html, HasSubstr("<a href=\"#date_of_birth_day\">Enter a real date of birth</a>"));
  EXPECT_THAT(html, HasSubstr("<a href=\"#neighbourhood\">"));
  EXPECT_THAT(html, HasSubstr("id=\"given_name-error\""));
  EXPECT_THAT(html, HasSubstr("id=\"date_of_birth-error\""));
  EXPECT_THAT(html, HasSubstr("id=\"neighbourhood-error\""));
  // The summary comes before the heading.
  EXPECT_LT(html.find("nhsuk-error-summary"), html.find("<h1"));
}

TEST_F(IntroducePagesTest, StoryAndContactQuestions) {
  std::string story = Step(IntroduceStep::kStory).content.str();
  EXPECT_THAT(story, HasSubstr("data-maxlength=\"5000\""));
  EXPECT_THAT(story, HasSubstr("&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt;\nsecond "
                               "line</textarea>"));
  EXPECT_THAT(story, Not(HasSubstr("<script>alert")));
  std::string contact = Step(IntroduceStep::kContact).content.str();
  EXPECT_THAT(contact, HasSubstr("id=\"contact_methods\" name=\"contact_methods\" "
                                 "type=\"checkbox\" value=\"phone\" checked>"));
  EXPECT_THAT(contact, HasSubstr("type=\"tel\""));
  EXPECT_THAT(contact, HasSubstr("autocomplete=\"tel\""));
  EXPECT_THAT(contact, HasSubstr("autocomplete=\"email\""));
  EXPECT_THAT(contact, HasSubstr("name=\"may_leave_message\" type=\"radio\" value=\"yes\""));
  EXPECT_THAT(contact, HasSubstr("id=\"safe_times\""));
}

TEST_F(IntroducePagesTest, EqualityQuestionsAreSkippableAndSayWhy) {
  std::string html = Step(IntroduceStep::kEquality).content.str();
  EXPECT_THAT(html, HasSubstr("These questions are optional"));
  EXPECT_THAT(html, HasSubstr("name=\"equality_gender\" type=\"radio\" value=\"woman\" checked>"));
  EXPECT_THAT(html, HasSubstr("So we can check that people of every gender get the same welcome."));
  EXPECT_THAT(html, HasSubstr("name=\"equality_ethnicity\" type=\"radio\" "
                              "value=\"prefer-not-to-say\">"));
  EXPECT_THAT(html, HasSubstr("<div class=\"nhsuk-radios__divider\">or</div>"));
}

TEST_F(IntroducePagesTest, CheckPageShowsAnswersAsTextWithChangeButtons) {
  Introduction normalised;
  normalised.given_name = "Sam";
  normalised.family_name = "Jones";
  normalised.postcode = "SK14 1AA";
  normalised.date_of_birth = *Date::FromYmd(1990, 3, 27);
  normalised.in_their_words = answers_.in_their_words;
  normalised.contact.phone = "07700 900982";
  std::string html = Whole(Step(IntroduceStep::kCheck, {}, &normalised));
  testing::ExpectPageRules(html);
  EXPECT_THAT(html, HasSubstr("Check your answers</h1>"));
  EXPECT_THAT(html, HasSubstr("&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt;<br>second line"));
  EXPECT_THAT(html, Not(HasSubstr("<script>alert")));
  EXPECT_THAT(html, HasSubstr("SK14 1AA"));
  EXPECT_THAT(html, HasSubstr("27 March 1990"));
  EXPECT_THAT(html, HasSubstr("Millbrook &lt;South&gt;"));
  EXPECT_THAT(html, HasSubstr("<dd class=\"nhsuk-summary-list__value\">Woman</dd>"));
  EXPECT_THAT(html, HasSubstr("<button class=\"nhsuk-link\" type=\"submit\" form=\"journey\" "
                              "formaction=\"/introduce/about\" name=\"changing\" value=\"yes\">"
                              "Change<span class=\"nhsuk-u-visually-hidden\"> date of "
                              "birth</span></button>"));
  EXPECT_THAT(html, HasSubstr("<form id=\"introduce\" action=\"/introduce/send\""));
  EXPECT_THAT(html, HasSubstr("name=\"submission_key\" value=\"key-1\""));
  EXPECT_THAT(html, HasSubstr("id=\"privacy_agreed\" name=\"privacy_agreed\" type=\"checkbox\""));
  EXPECT_THAT(html, HasSubstr("href=\"/privacy\" target=\"_blank\""));
  EXPECT_THAT(html, HasSubstr(">Send introduction</button>"));
  EXPECT_THAT(html, HasSubstr("formaction=\"/introduce/equality\">Back</button>"));
}

TEST_F(IntroducePagesTest, AChangeGoesBackToCheck) {
  answers_.changing = true;
  std::string html = Step(IntroduceStep::kContact).content.str();
  EXPECT_THAT(html, HasSubstr("<form id=\"introduce\" action=\"/introduce/check\""));
  EXPECT_THAT(html, HasSubstr("<input type=\"hidden\" name=\"changing\" value=\"yes\">"));
  EXPECT_THAT(html, HasSubstr("formaction=\"/introduce/check\">Back</button>"));
  // Changing who it is for goes through about, which may have new questions.
  std::string start = Step(IntroduceStep::kStart).content.str();
  EXPECT_THAT(start, HasSubstr("action=\"/introduce/about\""));
  EXPECT_THAT(start, HasSubstr("name=\"changing\" value=\"yes\""));
}

TEST_F(IntroducePagesTest, AFilledHoneypotIsShownSoItCanBeEmptied) {
  answers_.honeypot = "http://example.com/<x>";
  const FieldError errors[] = {{"website", std::string(kHoneypotMessage)}};
  Page page = Step(IntroduceStep::kStory, errors);
  EXPECT_EQ(page.status, 422);
  std::string html = page.content.str();
  EXPECT_THAT(html, HasSubstr("<a href=\"#website\">Delete what is in the box"));
  EXPECT_THAT(html, HasSubstr("value=\"http://example.com/&lt;x&gt;\""));
  EXPECT_THAT(html, Not(HasSubstr("tabindex=\"-1\"")));
  EXPECT_THAT(html, Not(HasSubstr("<div class=\"nhsuk-u-visually-hidden\">")));
}

TEST_F(IntroducePagesTest, ErrorsWithoutAnInputAreListedWithoutALink) {
  const FieldError errors[] = {{"equality", "Answer only the questions on the form"}};
  std::string html = Step(IntroduceStep::kEquality, errors).content.str();
  EXPECT_THAT(html, HasSubstr("<li>Answer only the questions on the form</li>"));
}

TEST_F(IntroducePagesTest, SentPageGivesTheReference) {
  Page page = IntroductionSentPage("LW-7K3M-Q9TP", false, site_, 10);
  EXPECT_EQ(page.status, 200);
  std::string html = Whole(page);
  testing::ExpectPageRules(html);
  ExpectCrisisNearTheTop(html);
  EXPECT_THAT(html, HasSubstr("<h1 class=\"nhsuk-panel__heading\">Introduction sent</h1>"));
  EXPECT_THAT(html, HasSubstr("<strong>LW-7K3M-Q9TP</strong>"));
  EXPECT_THAT(html, HasSubstr("will contact you within 10 days"));
  EXPECT_THAT(IntroductionSentPage("LW-1", true, site_, 14).content.str(),
              HasSubstr("will contact the person you introduced within 14 days"));
}

TEST_F(IntroducePagesTest, TooOftenPageKeepsTheAnswersAndTheCrisisText) {
  Page page = IntroduceTooOftenPage(answers_, "csrf-1", site_);
  EXPECT_EQ(page.status, 429);
  std::string html = Whole(page);
  testing::ExpectPageRules(html);
  EXPECT_THAT(html, HasSubstr("Crisis? Call 999"));
  EXPECT_THAT(html, HasSubstr("ask your GP"));
  EXPECT_THAT(html, HasSubstr("action=\"/introduce/check\""));
  EXPECT_THAT(html, HasSubstr("name=\"given_name\" value=\"Sam\""));
}

TEST_F(IntroducePagesTest, PrivacyPage) {
  std::string html = Whole(PrivacyPage(site_));
  testing::ExpectPageRules(html);
  EXPECT_THAT(html, HasSubstr("<title>Privacy notice – Living Well</title>"));
  EXPECT_THAT(html, HasSubstr("Living Well in Testshire"));
  EXPECT_THAT(html, HasSubstr("Crisis? Call 999"));
}

}  // namespace
}  // namespace introduce_pages_test
}  // namespace lw::web

#include "web/form_components.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lw::web {
namespace form_components_test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(RadiosTest, FollowTheFrontendsMarkup) {
  const Choice choices[] = {{.value = "email", .label = "Email"},
                            {.value = "phone", .label = "Phone", .hint = "Weekdays only"},
                            {.value = "unsure", .label = "I'm not sure", .divider_before = true}};
  Html h;
  Radios(h,
         ChoiceGroup{.name = "contact",
                     .legend = "How?",
                     .legend_style = LegendStyle::kMedium,
                     .hint = "Select one",
                     .choices = choices},
         "phone");
  EXPECT_EQ(h.str(),
            "<div class=\"nhsuk-form-group\">\n"
            "<fieldset class=\"nhsuk-fieldset\" aria-describedby=\"contact-hint\">\n"
            "<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--m\">How?</legend>\n"
            "<div class=\"nhsuk-hint\" id=\"contact-hint\">Select one</div>\n"
            "<div class=\"nhsuk-radios\" data-module=\"nhsuk-radios\">\n"
            "<div class=\"nhsuk-radios__item\">\n"
            "<input class=\"nhsuk-radios__input\" id=\"contact\" name=\"contact\" type=\"radio\" "
            "value=\"email\">\n"
            "<label class=\"nhsuk-label nhsuk-radios__label\" for=\"contact\">Email</label>\n"
            "</div>\n"
            "<div class=\"nhsuk-radios__item\">\n"
            "<input class=\"nhsuk-radios__input\" id=\"contact-2\" name=\"contact\" type=\"radio\" "
            "value=\"phone\" checked aria-describedby=\"contact-2-item-hint\">\n"
            "<label class=\"nhsuk-label nhsuk-radios__label\" for=\"contact-2\">Phone</label>\n"
            "<div class=\"nhsuk-hint nhsuk-radios__hint\" id=\"contact-2-item-hint\">Weekdays "
            "only</div>\n"
            "</div>\n"
            "<div class=\"nhsuk-radios__divider\">or</div>\n"
            "<div class=\"nhsuk-radios__item\">\n"
            "<input class=\"nhsuk-radios__input\" id=\"contact-4\" name=\"contact\" type=\"radio\" "
            "value=\"unsure\">\n"
            "<label class=\"nhsuk-label nhsuk-radios__label\" for=\"contact-4\">I&#39;m not "
            "sure</label>\n"
            "</div>\n"
            "</div>\n"
            "</fieldset>\n"
            "</div>\n");
}

TEST(RadiosTest, ErrorMarksTheGroupAndDescribesTheFieldset) {
  const Choice choices[] = {{.value = "a", .label = "A"}};
  Html h;
  Radios(
      h,
      ChoiceGroup{
          .name = "x", .legend = "Pick", .hint = "One", .error = "Select one", .choices = choices},
      "");
  EXPECT_THAT(h.str(), HasSubstr("<div class=\"nhsuk-form-group nhsuk-form-group--error\">"));
  EXPECT_THAT(h.str(), HasSubstr("aria-describedby=\"x-hint x-error\""));
  EXPECT_THAT(h.str(), HasSubstr("<span class=\"nhsuk-error-message\" id=\"x-error\">"));
  EXPECT_THAT(h.str(), Not(HasSubstr("checked")));
}

TEST(RadiosTest, PageHeadingLegendIsTheH1) {
  const Choice choices[] = {{.value = "a", .label = "A"}};
  Html h;
  Radios(h,
         ChoiceGroup{.name = "x",
                     .legend = "Who?",
                     .legend_style = LegendStyle::kPageHeading,
                     .choices = choices},
         "");
  EXPECT_THAT(h.str(), HasSubstr("<legend class=\"nhsuk-fieldset__legend "
                                 "nhsuk-fieldset__legend--l\">\n<h1 "
                                 "class=\"nhsuk-fieldset__heading\">Who?</h1>\n</legend>"));
}

TEST(CheckboxesTest, ChecksEveryChosenValueAndEscapes) {
  const Choice choices[] = {{.value = "phone", .label = "Phone"},
                            {.value = "text", .label = "<b>Text</b>"},
                            {.value = "email", .label = "Email"}};
  const std::vector<std::string> chosen = {"phone", "email", "\"><script>"};
  Html h;
  Checkboxes(h, ChoiceGroup{.name = "methods", .legend = "Ways", .choices = choices}, chosen);
  const std::string& html = h.str();
  EXPECT_THAT(html, HasSubstr("<div class=\"nhsuk-checkboxes\" data-module=\"nhsuk-checkboxes\">"));
  EXPECT_THAT(html, HasSubstr("id=\"methods\" name=\"methods\" type=\"checkbox\" value=\"phone\" "
                              "checked>"));
  EXPECT_THAT(html, HasSubstr("id=\"methods-2\" name=\"methods\" type=\"checkbox\" "
                              "value=\"text\">"));
  EXPECT_THAT(html, HasSubstr("value=\"email\" checked>"));
  EXPECT_THAT(html, HasSubstr("&lt;b&gt;Text&lt;/b&gt;"));
  EXPECT_THAT(html, Not(HasSubstr("<script>")));
}

TEST(CheckboxesTest, WithoutLegendTheInputIsDescribedByTheGroupsError) {
  const Choice choices[] = {{.value = "yes", .label = "I agree"}};
  Html h;
  Checkboxes(h, ChoiceGroup{.name = "agree", .error = "Confirm", .choices = choices}, {});
  EXPECT_THAT(h.str(), Not(HasSubstr("<fieldset")));
  EXPECT_THAT(h.str(), HasSubstr("value=\"yes\" aria-describedby=\"agree-error\">"));
}

TEST(DateInputTest, ThreeNumericBoxesWithAutocomplete) {
  Html h;
  DateInput(h, DateField{.id = "dob",
                         .legend = "Date of birth",
                         .hint = "For example, 27 3 1990",
                         .day_name = "dob_day",
                         .month_name = "dob_month",
                         .year_name = "dob_year",
                         .day = "31",
                         .month = "2",
                         .year = "<2000>",
                         .autocomplete_prefix = "bday"});
  const std::string& html = h.str();
  EXPECT_THAT(html, HasSubstr("<fieldset class=\"nhsuk-fieldset\" role=\"group\" "
                              "aria-describedby=\"dob-hint\">"));
  EXPECT_THAT(html, HasSubstr("<div class=\"nhsuk-date-input\" id=\"dob\">"));
  EXPECT_THAT(html, HasSubstr("<label class=\"nhsuk-label nhsuk-date-input__label\" "
                              "for=\"dob_day\">Day</label>"));
  EXPECT_THAT(html, HasSubstr("<input class=\"nhsuk-input nhsuk-input--width-2 "
                              "nhsuk-date-input__input\" id=\"dob_day\" name=\"dob_day\" "
                              "type=\"text\" value=\"31\" autocomplete=\"bday-day\" "
                              "inputmode=\"numeric\">"));
  EXPECT_THAT(html, HasSubstr("nhsuk-input--width-4 nhsuk-date-input__input\" id=\"dob_year\" "
                              "name=\"dob_year\" type=\"text\" value=\"&lt;2000&gt;\" "
                              "autocomplete=\"bday-year\""));
  EXPECT_THAT(html, Not(HasSubstr("--error")));
}

TEST(DateInputTest, ErrorMarksEveryPart) {
  Html h;
  DateInput(h, DateField{.id = "dob",
                         .legend = "Date of birth",
                         .error = "Enter a real date of birth",
                         .day_name = "d",
                         .month_name = "m",
                         .year_name = "y"});
  const std::string& html = h.str();
  EXPECT_THAT(html, HasSubstr("aria-describedby=\"dob-error\""));
  EXPECT_THAT(html, HasSubstr("Enter a real date of birth"));
  EXPECT_THAT(html, HasSubstr("class=\"nhsuk-input nhsuk-input--error nhsuk-input--width-2"));
  EXPECT_THAT(html, Not(HasSubstr("autocomplete")));
}

TEST(TextareaTest, CharacterCountAndEscapedValue) {
  Html h;
  Textarea(h, TextareaField{.id = "story",
                            .label = "What is going on?",
                            .hint = "In your own words",
                            .value = "</textarea><script>alert(1)</script>",
                            .error = "Too long",
                            .max_chars = 5000});
  const std::string& html = h.str();
  EXPECT_THAT(html, HasSubstr("<div class=\"nhsuk-form-group nhsuk-form-group--error "
                              "nhsuk-character-count\" data-module=\"nhsuk-character-count\" "
                              "data-maxlength=\"5000\">"));
  EXPECT_THAT(html, HasSubstr("<textarea class=\"nhsuk-textarea nhsuk-textarea--error "
                              "nhsuk-js-character-count\" id=\"story\" name=\"story\" rows=\"5\" "
                              "aria-describedby=\"story-info story-hint story-error\">"));
  EXPECT_THAT(html, HasSubstr("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;</textarea>"));
  EXPECT_THAT(html, HasSubstr("<div class=\"nhsuk-hint nhsuk-character-count__message\" "
                              "id=\"story-info\">You can enter up to 5000 characters</div>"));
}

TEST(TextareaTest, PlainWithoutCount) {
  Html h;
  Textarea(h, TextareaField{.id = "t", .label = "Notes", .rows = 3});
  EXPECT_EQ(h.str(),
            "<div class=\"nhsuk-form-group\">\n"
            "<label class=\"nhsuk-label\" for=\"t\">Notes</label>\n"
            "<textarea class=\"nhsuk-textarea\" id=\"t\" name=\"t\" rows=\"3\"></textarea>\n"
            "</div>\n");
}

TEST(SummaryListTest, ChangeButtonsAndLinksAndRowsWithoutActions) {
  const SummaryItem items[] = {
      {.key = "Name",
       .value = "Sam <Smith>",
       .change = {.form_id = "journey",
                  .formaction = "/introduce/about",
                  .name = "changing",
                  .value = "yes",
                  .hidden_text = "name"}},
      {.key = "Story", .value = "line one\nline two"},
      {.key = "Email", .value = "a@b.example", .change = {.href = "/edit", .hidden_text = "email"}},
  };
  Html h;
  SummaryList(h, items);
  const std::string& html = h.str();
  EXPECT_THAT(html, HasSubstr("<dd class=\"nhsuk-summary-list__value\">Sam &lt;Smith&gt;</dd>"));
  EXPECT_THAT(html, HasSubstr("<button class=\"nhsuk-link\" type=\"submit\" form=\"journey\" "
                              "formaction=\"/introduce/about\" name=\"changing\" value=\"yes\">"
                              "Change<span class=\"nhsuk-u-visually-hidden\"> name</span>"
                              "</button>"));
  EXPECT_THAT(html, HasSubstr("<div class=\"nhsuk-summary-list__row "
                              "nhsuk-summary-list__row--no-actions\">\n<dt "
                              "class=\"nhsuk-summary-list__key\">Story</dt>"));
  EXPECT_THAT(html, HasSubstr("line one<br>line two"));
  EXPECT_THAT(html, HasSubstr("<a class=\"nhsuk-link\" href=\"/edit\">Change<span "
                              "class=\"nhsuk-u-visually-hidden\"> email</span></a>"));
}

TEST(PanelTest, HeadingIsTheH1) {
  Html body;
  body << "Your reference<br><strong>" << Text("LW-<1>") << "</strong>";
  Html h;
  Panel(h, "Sent", body);
  EXPECT_EQ(h.str(),
            "<div class=\"nhsuk-panel\">\n<h1 class=\"nhsuk-panel__heading\">Sent</h1>\n"
            "<div class=\"nhsuk-panel__body\">\nYour reference<br><strong>LW-&lt;1&gt;</strong>"
            "</div>\n</div>\n");
}

TEST(WarningCalloutTest, ReadsAsImportant) {
  Html body;
  body << "<p>" << Text("Call 999 & <ask>") << "</p>\n";
  Html h;
  WarningCallout(h, "If you need help now", body);
  EXPECT_THAT(h.str(), HasSubstr("<div class=\"nhsuk-card nhsuk-card--warning\">"));
  EXPECT_THAT(h.str(), HasSubstr("<h2 class=\"nhsuk-card__heading\"><span role=\"text\"><span "
                                 "class=\"nhsuk-u-visually-hidden\">Important: </span>If you need "
                                 "help now</span></h2>"));
  EXPECT_THAT(h.str(), HasSubstr("<p>Call 999 &amp; &lt;ask&gt;</p>"));
  Html important;
  WarningCallout(important, "Important", body, 3);
  EXPECT_THAT(important.str(), HasSubstr("<h3 class=\"nhsuk-card__heading\">Important</h3>"));
}

TEST(InsetTextTest, SaysInformation) {
  Html body;
  body << "<p>Hello</p>\n";
  Html h;
  InsetText(h, body);
  EXPECT_THAT(h.str(), HasSubstr("<span class=\"nhsuk-u-visually-hidden\">Information: </span>"));
}

TEST(BackTest, LinkAndButton) {
  Html link;
  BackLink(link, "/people");
  EXPECT_EQ(link.str(), "<a class=\"nhsuk-back-link\" href=\"/people\">Back</a>\n");
  Html button;
  BackButton(button, "journey", "/introduce/about");
  EXPECT_EQ(button.str(),
            "<button class=\"nhsuk-back-link\" type=\"submit\" form=\"journey\" "
            "formaction=\"/introduce/about\">Back</button>\n");
}

TEST(HiddenFieldTest, Escapes) {
  Html h;
  HiddenField(h, "given_name", "\"><script>");
  EXPECT_EQ(h.str(),
            "<input type=\"hidden\" name=\"given_name\" value=\"&quot;&gt;&lt;script&gt;\">\n");
}

TEST(MultilineTextTest, KeepsLineBreaks) {
  Html h;
  MultilineText(h, "a\r\n<b>\n\nc");
  EXPECT_EQ(h.str(), "a<br>&lt;b&gt;<br><br>c");
}

}  // namespace
}  // namespace form_components_test
}  // namespace lw::web

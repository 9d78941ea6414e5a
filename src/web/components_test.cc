#include "web/components.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lw::web {
namespace components_test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(ErrorSummaryTest, LinksEachErrorToItsField) {
  std::vector<FieldError> errors = {{"username", "Enter your username"},
                                    {"password", "Enter your password"}};
  Html h;
  ErrorSummary(h, errors);
  const std::string& html = h.str();
  EXPECT_THAT(html, HasSubstr("class=\"nhsuk-error-summary\" data-module=\"nhsuk-error-summary\""));
  EXPECT_THAT(html, HasSubstr("<div role=\"alert\">"));
  EXPECT_THAT(html,
              HasSubstr("<h2 class=\"nhsuk-error-summary__heading\">There is a problem</h2>"));
  EXPECT_THAT(html, HasSubstr("<li><a href=\"#username\">Enter your username</a></li>"));
  EXPECT_THAT(html, HasSubstr("<li><a href=\"#password\">Enter your password</a></li>"));
}

TEST(ErrorSummaryTest, ErrorWithoutFieldHasNoLink) {
  std::vector<FieldError> errors = {{"", "Too many attempts <wait>"}};
  Html h;
  ErrorSummary(h, errors);
  EXPECT_THAT(h.str(), HasSubstr("<li>Too many attempts &lt;wait&gt;</li>"));
  EXPECT_THAT(h.str(), Not(HasSubstr("href")));
}

TEST(ErrorSummaryTest, NothingForNoErrors) {
  Html h;
  ErrorSummary(h, {});
  EXPECT_TRUE(h.empty());
}

TEST(ErrorSummaryTest, HostileFieldAndMessageAreEscaped) {
  std::vector<FieldError> errors = {{"x\"><script>", "<img src=x onerror=alert(1)>"}};
  Html h;
  ErrorSummary(h, errors);
  EXPECT_THAT(h.str(), HasSubstr("<a href=\"#x&quot;&gt;&lt;script&gt;\">"
                                 "&lt;img src=x onerror=alert(1)&gt;</a>"));
}

TEST(DefaultSubmitButtonTest, IsAHiddenSubmitButtonOutOfTheTabOrder) {
  Html h;
  DefaultSubmitButton(h, "Save <details>");
  EXPECT_EQ(h.str(),
            "<button type=\"submit\" hidden tabindex=\"-1\">Save &lt;details&gt;</button>\n");
}

TEST(ErrorForTest, FindsTheFieldsMessage) {
  std::vector<FieldError> errors = {{"a", "first"}, {"b", "second"}};
  EXPECT_EQ(ErrorFor(errors, "b"), "second");
  EXPECT_EQ(ErrorFor(errors, "c"), "");
}

TEST(TextInputTest, PlainInput) {
  Html h;
  TextInput(h, InputField{.id = "postcode", .label = "Postcode", .value = "M1 1AA"});
  EXPECT_EQ(h.str(),
            "<div class=\"nhsuk-form-group\">\n"
            "<label class=\"nhsuk-label\" for=\"postcode\">Postcode</label>\n"
            "<input class=\"nhsuk-input\" id=\"postcode\" name=\"postcode\" type=\"text\" "
            "value=\"M1 1AA\">\n"
            "</div>\n");
}

TEST(TextInputTest, ErrorMarksTheGroupAndDescribesTheInput) {
  Html h;
  TextInput(h, InputField{.id = "username",
                          .label = "Username",
                          .value = "\" autofocus onfocus=\"alert(1)",
                          .autocomplete = "username",
                          .hint = "The name you sign in with",
                          .error = "Enter your username",
                          .width = 20,
                          .spellcheck = false,
                          .autocapitalize = false});
  EXPECT_EQ(h.str(),
            "<div class=\"nhsuk-form-group nhsuk-form-group--error\">\n"
            "<label class=\"nhsuk-label\" for=\"username\">Username</label>\n"
            "<div class=\"nhsuk-hint\" id=\"username-hint\">The name you sign in with</div>\n"
            "<span class=\"nhsuk-error-message\" id=\"username-error\">"
            "<span class=\"nhsuk-u-visually-hidden\">Error: </span>Enter your username</span>\n"
            "<input class=\"nhsuk-input nhsuk-input--width-20 nhsuk-input--error\" id=\"username\" "
            "name=\"username\" type=\"text\" spellcheck=\"false\" autocapitalize=\"none\" "
            "value=\"&quot; autofocus onfocus=&quot;alert(1)\" "
            "aria-describedby=\"username-hint username-error\" autocomplete=\"username\">\n"
            "</div>\n");
}

TEST(PasswordInputTest, NeverSendsThePasswordBack) {
  Html h;
  PasswordInput(h, InputField{.id = "password",
                              .label = "Password",
                              .value = "secret-value",
                              .autocomplete = "current-password"});
  const std::string& html = h.str();
  EXPECT_THAT(html, Not(HasSubstr("secret-value")));
  EXPECT_THAT(html, HasSubstr("type=\"password\""));
  EXPECT_THAT(html, HasSubstr("autocomplete=\"current-password\""));
  EXPECT_THAT(html, HasSubstr("data-module=\"nhsuk-password-input\""));
  // The Show button only appears when the frontend's script runs.
  EXPECT_THAT(html, HasSubstr("aria-controls=\"password\" hidden>Show</button>"));
}

TEST(CsrfFieldTest, HiddenAndEscaped) {
  Html h;
  CsrfField(h, "ab\"cd");
  EXPECT_EQ(h.str(), "<input type=\"hidden\" name=\"csrf_token\" value=\"ab&quot;cd\">\n");
}

TEST(SummaryRowTest, KeyAndValueEscaped) {
  Html h;
  SummaryRow(h, "Name", "<b>Bo</b>");
  EXPECT_THAT(h.str(),
              HasSubstr("<dd class=\"nhsuk-summary-list__value\">&lt;b&gt;Bo&lt;/b&gt;</dd>"));
}

TEST(SuccessBannerTest, IsAnAlertWithItsTitle) {
  Html h;
  SuccessBanner(h, "You have signed out");
  EXPECT_THAT(h.str(), HasSubstr("nhsuk-notification-banner--success"));
  EXPECT_THAT(h.str(), HasSubstr("aria-labelledby=\"nhsuk-notification-banner-title\""));
  EXPECT_THAT(h.str(), HasSubstr(">You have signed out</p>"));
}

}  // namespace
}  // namespace components_test
}  // namespace lw::web

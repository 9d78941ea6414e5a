// Golden tests: whole pages rendered with fixed inputs and compared byte
// for byte with src/web/testdata/*.html. The inputs include hostile text,
// so the golden files also pin down its escaping.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"
#include "web/error_page.h"
#include "web/people_pages.h"
#include "web/sign_in_page.h"
#include "web/test_support.h"

namespace lw::web {
namespace pages_golden_test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr std::string_view kHostile = "<script>alert(1)</script>\"'&";

class PagesGoldenTest : public ::testing::Test {
 protected:
  std::string Render(const Page& page, const Actor* actor = nullptr) {
    return RenderLayout(Shell{site_, fake_.assets()}, Viewer{actor, "csrf-token-0123"}, page);
  }

  testing::FakeAssets fake_;
  SiteOptions site_{.service_name = "Living Well", .locality_name = "Testshire"};
};

TEST_F(PagesGoldenTest, SignInWithErrors) {
  SignInView view;
  view.username = kHostile;
  view.next = "/people?x=\"><script>";
  view.csrf_token = "csrf-token-0123";
  view.field_errors = {{"username", "Enter your username"}, {"password", "Enter your password"}};
  view.summary = view.field_errors;
  view.status = 422;
  Page page = SignInPage(view);
  EXPECT_EQ(page.status, 422);
  std::string html = Render(page);
  testing::ExpectPageRules(html);
  EXPECT_THAT(html, Not(HasSubstr("<script>alert")));
  EXPECT_THAT(html, HasSubstr("value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;\""));
  EXPECT_THAT(html, HasSubstr("<a href=\"#username\">Enter your username</a>"));
  EXPECT_THAT(html, HasSubstr("<a href=\"#password\">Enter your password</a>"));
  EXPECT_THAT(html, HasSubstr("<title>Error: Sign in – Living Well</title>"));
  testing::ExpectGolden("sign_in_errors.html", html);
}

TEST_F(PagesGoldenTest, SignInFresh) {
  SignInView view;
  view.csrf_token = "csrf-token-0123";
  view.signed_out = true;
  std::string html = Render(SignInPage(view));
  testing::ExpectPageRules(html);
  EXPECT_THAT(html, HasSubstr("You have signed out"));
  EXPECT_THAT(html, HasSubstr("autocomplete=\"username\""));
  EXPECT_THAT(html, HasSubstr("autocomplete=\"current-password\""));
  EXPECT_THAT(html,
              HasSubstr("<input type=\"hidden\" name=\"csrf_token\" value=\"csrf-token-0123\">"));
  EXPECT_THAT(html, Not(HasSubstr("name=\"next\"")));
  testing::ExpectGolden("sign_in.html", html);
}

TEST_F(PagesGoldenTest, NotFoundPage) {
  Actor actor{.user_id = "u1",
              .username = "partner",
              .display_name = "Pat Partner",
              .role = Role::kNetworkPartner};
  Page page = ErrorPage(404);
  EXPECT_EQ(page.status, 404);
  std::string html = Render(page, &actor);
  testing::ExpectPageRules(html);
  EXPECT_THAT(html, HasSubstr("<h1 class=\"nhsuk-heading-l\">Page not found</h1>"));
  testing::ExpectGolden("not_found.html", html);
}

TEST_F(PagesGoldenTest, PeopleTable) {
  Actor actor{.user_id = "u2",
              .username = "practitioner",
              .display_name = "Asha Patel",
              .role = Role::kPractitioner};
  std::vector<Person> people(2);
  people[0].id = "p1a2b3c4";
  people[0].given_name = "Ruth";
  people[0].family_name = "O'Neill";
  people[0].preferred_name = "Ruthie";
  people[0].date_of_birth = *Date::FromYmd(1984, 3, 15);
  people[0].postcode = "M1 1AA";
  people[1].id = "\"><script>x</script>";
  people[1].given_name = std::string(kHostile);
  people[1].family_name = "<b>Bold</b>";
  std::string html = Render(PeopleListPage(people), &actor);
  testing::ExpectPageRules(html);
  EXPECT_THAT(html, HasSubstr("<a href=\"/people/p1a2b3c4\">Ruth O&#39;Neill</a>"));
  EXPECT_THAT(html, HasSubstr("15 March 1984"));
  EXPECT_THAT(html, HasSubstr("<a href=\"/people/&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">"));
  EXPECT_THAT(html, Not(HasSubstr("<b>Bold</b>")));
  testing::ExpectGolden("people.html", html);
}

}  // namespace
}  // namespace pages_golden_test
}  // namespace lw::web

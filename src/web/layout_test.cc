#include "web/layout.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "web/test_support.h"

namespace lw::web {
namespace layout_test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class LayoutTest : public ::testing::Test {
 protected:
  std::string Render(const Actor* actor, NavSection section = NavSection::kNone) {
    Page page;
    page.title = "People";
    page.section = section;
    page.content << "<h1 class=\"nhsuk-heading-l\">People</h1>\n";
    return RenderLayout(Shell{site_, fake_.assets()}, Viewer{actor, "csrf-123"}, page);
  }
  static Actor ActorWithRole(Role role) {
    return Actor{.user_id = "u1", .username = "sam", .display_name = "Sam <Admin>", .role = role};
  }

  testing::FakeAssets fake_;
  SiteOptions site_{.service_name = "Living Life Well",
                    .locality_name = "Tameside & Glossop",
                    .crisis_text = "Crisis? Call 999 or the <Tameside> line on 0161 000 0000"};
};

TEST_F(LayoutTest, DocumentShell) {
  std::string html = Render(nullptr);
  EXPECT_TRUE(html.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\">\n"));
  EXPECT_THAT(html, HasSubstr("<title>People – Living Life Well</title>"));
  EXPECT_THAT(html, HasSubstr("<a class=\"nhsuk-skip-link\" data-module=\"nhsuk-skip-link\" "
                              "href=\"#maincontent\">Skip to main content</a>"));
  EXPECT_THAT(html, HasSubstr("<main class=\"nhsuk-main-wrapper\" id=\"maincontent\">"));
  // The locality's own crisis wording, escaped.
  EXPECT_THAT(html, HasSubstr("Crisis? Call 999 or the &lt;Tameside&gt; line on 0161 000 0000"));
  EXPECT_THAT(html, HasSubstr("Living Life Well, Tameside &amp; Glossop</p>"));
  testing::ExpectPageRules(html);
}

TEST_F(LayoutTest, AssetsByHashedUrl) {
  std::string html = Render(nullptr);
  const http::StaticAssets& assets = fake_.assets();
  EXPECT_THAT(html, HasSubstr("<link rel=\"stylesheet\" href=\"" +
                              assets.Url("nhsuk/nhsuk-frontend.min.css") + "\">"));
  EXPECT_THAT(html,
              HasSubstr("<link rel=\"stylesheet\" href=\"" + assets.Url("css/app.css") + "\">"));
  EXPECT_THAT(
      html, HasSubstr("<script type=\"module\" src=\"" + assets.Url("nhsuk/nhsuk-frontend.min.js") +
                      "\" data-lw-nhsuk-frontend></script>"));
  EXPECT_THAT(html, HasSubstr("<script type=\"module\" src=\"" + assets.Url("js/app.js") + "\">"));
  EXPECT_THAT(assets.Url("css/app.css"),
              ::testing::MatchesRegex("/assets/css/app\\.[0-9a-f]{8}\\.css"));
}

TEST_F(LayoutTest, ServiceNameLinksHomeAndIsEscaped) {
  site_.service_name = "<Thrive> \"Edinburgh\"";
  std::string html = Render(nullptr);
  EXPECT_THAT(html, HasSubstr("<a class=\"nhsuk-header__service-logo\" href=\"/\" "
                              "aria-label=\"NHS &lt;Thrive&gt; &quot;Edinburgh&quot; homepage\">"));
  EXPECT_THAT(html, HasSubstr("<span class=\"nhsuk-header__service-name\">&lt;Thrive&gt; "
                              "&quot;Edinburgh&quot;</span>"));
  EXPECT_THAT(html, Not(HasSubstr("<Thrive>")));
}

TEST_F(LayoutTest, SignedOutHasNoNavigationOrSignOut) {
  std::string html = Render(nullptr);
  EXPECT_THAT(html, Not(HasSubstr("nhsuk-header__navigation")));
  EXPECT_THAT(html, Not(HasSubstr("/sign-out")));
}

TEST_F(LayoutTest, SignOutIsAPostFormWithTheCsrfToken) {
  Actor actor = ActorWithRole(Role::kPractitioner);
  std::string html = Render(&actor);
  EXPECT_THAT(html, HasSubstr("<form class=\"nhsuk-header__account-form\" action=\"/sign-out\" "
                              "method=\"post\" novalidate>\n"
                              "<input type=\"hidden\" name=\"csrf_token\" value=\"csrf-123\">\n"
                              "<button class=\"nhsuk-header__account-button\" type=\"submit\">"
                              "Sign out</button>"));
  EXPECT_THAT(html, HasSubstr("Sam &lt;Admin&gt;</li>"));
}

TEST_F(LayoutTest, NavigationByRole) {
  Actor practitioner = ActorWithRole(Role::kPractitioner);
  std::string html = Render(&practitioner, NavSection::kPeople);
  EXPECT_THAT(html, HasSubstr("href=\"/home\">Home</a>"));
  EXPECT_THAT(html, HasSubstr("href=\"/people\" aria-current=\"page\"><strong "
                              "class=\"nhsuk-header__navigation-item-current-fallback\">People"));
  EXPECT_THAT(html, Not(HasSubstr("/accounts")));

  Actor admin = ActorWithRole(Role::kAdministrator);
  html = Render(&admin);
  EXPECT_THAT(html, HasSubstr("href=\"/accounts\">Accounts</a>"));
  EXPECT_THAT(html, HasSubstr("href=\"/outbox\">Outbox</a>"));
  EXPECT_THAT(html, Not(HasSubstr("href=\"/people\"")));

  for (Role role : {Role::kNetworkPartner, Role::kCommissioner}) {
    Actor actor = ActorWithRole(role);
    html = Render(&actor);
    EXPECT_THAT(html, HasSubstr("href=\"/home\">Home</a>"));
    EXPECT_THAT(html, Not(HasSubstr("href=\"/people\"")));
    EXPECT_THAT(html, Not(HasSubstr("href=\"/accounts\"")));
    EXPECT_THAT(html, Not(HasSubstr("href=\"/outbox\"")));
  }
  for (Role role : {Role::kFrontDoor, Role::kPeerWorker, Role::kTeamLead}) {
    Actor actor = ActorWithRole(role);
    EXPECT_THAT(Render(&actor), HasSubstr("href=\"/people\">People</a>"));
    EXPECT_THAT(Render(&actor), HasSubstr("href=\"/front-door\">Front door</a>"));
  }
  // Partners see the introductions they made; commissioners and
  // administrators have no front door.
  Actor partner = ActorWithRole(Role::kNetworkPartner);
  EXPECT_THAT(Render(&partner, NavSection::kFrontDoor),
              HasSubstr("href=\"/front-door\" aria-current=\"page\"><strong "
                        "class=\"nhsuk-header__navigation-item-current-fallback\">Introductions"));
  for (Role role : {Role::kCommissioner, Role::kAdministrator}) {
    Actor actor = ActorWithRole(role);
    EXPECT_THAT(Render(&actor), Not(HasSubstr("/front-door")));
  }
}

TEST_F(LayoutTest, HuddleAndCaseloadForCareRolesInATeam) {
  for (Role role : {Role::kFrontDoor, Role::kPractitioner, Role::kPeerWorker, Role::kTeamLead}) {
    Actor actor = ActorWithRole(role);
    actor.team_id = "t1";
    std::string html = Render(&actor);
    EXPECT_THAT(html, HasSubstr("href=\"/huddle\">Huddle</a>")) << RoleKey(role);
    EXPECT_THAT(html, HasSubstr("href=\"/caseload\">My caseload</a>")) << RoleKey(role);
    actor.team_id.clear();
    html = Render(&actor);
    EXPECT_THAT(html, Not(HasSubstr("href=\"/huddle\""))) << "no team: " << RoleKey(role);
    EXPECT_THAT(html, Not(HasSubstr("href=\"/caseload\""))) << "no team: " << RoleKey(role);
  }
  for (Role role : {Role::kAdministrator, Role::kNetworkPartner, Role::kCommissioner}) {
    Actor actor = ActorWithRole(role);
    actor.team_id = "t1";
    std::string html = Render(&actor);
    EXPECT_THAT(html, Not(HasSubstr("/huddle"))) << RoleKey(role);
    EXPECT_THAT(html, Not(HasSubstr("/caseload"))) << RoleKey(role);
  }
  Actor lead = ActorWithRole(Role::kTeamLead);
  lead.team_id = "t1";
  EXPECT_THAT(Render(&lead, NavSection::kHuddle),
              HasSubstr("href=\"/huddle\" aria-current=\"page\"><strong "
                        "class=\"nhsuk-header__navigation-item-current-fallback\">Huddle"));
  EXPECT_THAT(Render(&lead, NavSection::kCaseload),
              HasSubstr("href=\"/caseload\" aria-current=\"page\"><strong "
                        "class=\"nhsuk-header__navigation-item-current-fallback\">My caseload"));
}

TEST_F(LayoutTest, StaffingForTeamLeadsAdministratorsAndCommissioners) {
  for (Role role : {Role::kTeamLead, Role::kAdministrator, Role::kCommissioner}) {
    Actor actor = ActorWithRole(role);
    EXPECT_THAT(Render(&actor), HasSubstr("href=\"/staffing\">Staffing</a>")) << RoleKey(role);
    EXPECT_THAT(Render(&actor, NavSection::kStaffing),
                HasSubstr("href=\"/staffing\" aria-current=\"page\"><strong "
                          "class=\"nhsuk-header__navigation-item-current-fallback\">Staffing"))
        << RoleKey(role);
  }
  for (Role role :
       {Role::kFrontDoor, Role::kPractitioner, Role::kPeerWorker, Role::kNetworkPartner}) {
    Actor actor = ActorWithRole(role);
    actor.team_id = "t1";
    EXPECT_THAT(Render(&actor), Not(HasSubstr("/staffing"))) << RoleKey(role);
  }
  // Before Accounts, for an administrator.
  Actor admin = ActorWithRole(Role::kAdministrator);
  const std::string html = Render(&admin);
  EXPECT_LT(html.find("href=\"/staffing\""), html.find("href=\"/accounts\""));
}

TEST_F(LayoutTest, ErrorTitlePrefix) {
  Page page;
  page.title = "Sign in";
  page.has_errors = true;
  page.content << "<h1>Sign in</h1>";
  std::string html = RenderLayout(Shell{site_, fake_.assets()}, Viewer{}, page);
  EXPECT_THAT(html, HasSubstr("<title>Error: Sign in – Living Life Well</title>"));
}

TEST_F(LayoutTest, ResponseCarriesThePageStatus) {
  Page page;
  page.title = "Page not found";
  page.status = 404;
  http::Response response = PageResponse(Shell{site_, fake_.assets()}, Viewer{}, page);
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(response.content_type, "text/html; charset=utf-8");
}

}  // namespace
}  // namespace layout_test
}  // namespace lw::web

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/dates.h"
#include "web/accounts_page.h"
#include "web/error_page.h"
#include "web/home_page.h"
#include "web/people_pages.h"
#include "web/test_support.h"

namespace lw::web {
namespace pages_test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class PagesTest : public ::testing::Test {
 protected:
  std::string Render(const Page& page, const Actor* actor) {
    std::string html = RenderLayout(Shell{site_, fake_.assets()}, Viewer{actor, "t"}, page);
    testing::ExpectPageRules(html);
    return html;
  }
  static Actor As(Role role) {
    return Actor{.user_id = "u1", .username = "u", .display_name = "Alex Example", .role = role};
  }

  testing::FakeAssets fake_;
  SiteOptions site_{.service_name = "Living Well"};
};

TEST_F(PagesTest, CareRoleHomeShowsTeamAndTheWayToItsPeople) {
  HomeSummary summary{.team_name = "Ashton <Neighbourhood> Team",
                      .organisation_name = "Pennine Care"};
  Actor actor = As(Role::kPractitioner);
  std::string html = Render(HomePage(actor, summary), &actor);
  EXPECT_THAT(html,
              HasSubstr("The records Ashton &lt;Neighbourhood&gt; Team holds are on one list."));
  EXPECT_THAT(html, HasSubstr("<a href=\"/people\">See the people your team holds</a>"));
  EXPECT_THAT(html, HasSubstr("Pennine Care"));
  EXPECT_THAT(html, HasSubstr(">Practitioner</dd>"));
  EXPECT_THAT(html, Not(HasSubstr("/accounts")));
}

TEST_F(PagesTest, CareRoleHomeInATeamLeadsToTheHuddleAndCaseloads) {
  Actor actor = As(Role::kTeamLead);
  actor.team_id = "t1";
  std::string html = Render(HomePage(actor, HomeSummary{.team_name = "Hyde Team"}), &actor);
  EXPECT_THAT(html, HasSubstr("<p><a href=\"/huddle\">Today's huddle</a></p>"));
  EXPECT_THAT(html, HasSubstr("<p><a href=\"/caseload\">My caseload</a></p>"));
  EXPECT_THAT(html, HasSubstr("<a href=\"/team/caseload\">"));
  actor.team_id.clear();
  html = Render(HomePage(actor, HomeSummary{}), &actor);
  EXPECT_THAT(html, Not(HasSubstr("/huddle")));
  EXPECT_THAT(html, Not(HasSubstr("/caseload")));
}

TEST_F(PagesTest, CareRoleHomeWithoutATeamNameStillLeadsToPeople) {
  HomeSummary summary{};
  Actor actor = As(Role::kPeerWorker);
  std::string html = Render(HomePage(actor, summary), &actor);
  EXPECT_THAT(html, HasSubstr("The records your team holds are on one list."));
  EXPECT_THAT(html, HasSubstr("<a href=\"/people\">See the people your team holds</a>"));
}

TEST_F(PagesTest, AdministratorHomeShowsCounts) {
  HomeSummary summary{.organisation_name = "Council", .accounts = 7, .teams = 1};
  Actor actor = As(Role::kAdministrator);
  std::string html = Render(HomePage(actor, summary), &actor);
  EXPECT_THAT(html, HasSubstr("There are 7 staff accounts and 1 team."));
  EXPECT_THAT(html, HasSubstr("<a href=\"/accounts\">See staff accounts</a>"));
}

TEST_F(PagesTest, PartnerHomeLeadsToWarmIntroductionsAndCommissionersToTheEvaluation) {
  Actor partner = As(Role::kNetworkPartner);
  EXPECT_THAT(Render(HomePage(partner, {}), &partner),
              HasSubstr("<a href=\"/warm-introductions\">Warm introductions to your services</a>"));
  Actor commissioner = As(Role::kCommissioner);
  std::string html = Render(HomePage(commissioner, {}), &commissioner);
  EXPECT_THAT(html, HasSubstr("<a href=\"/evaluation\">Evaluation dashboards</a>"));
  EXPECT_THAT(html, HasSubstr("<a href=\"/open-data\">Living Well in figures</a>"));
  EXPECT_THAT(html, Not(HasSubstr("/people")));
}

TEST_F(PagesTest, PersonPageShowsRecordAndHistoryNewestFirst) {
  Person person;
  person.id = "abc";
  person.version = 2;
  person.given_name = "Ruth";
  person.family_name = "O'Neill";
  person.date_of_birth = *Date::FromYmd(1984, 3, 15);
  person.nhs_number = "9434765919";
  std::vector<PersonVersion> history(2);
  history[0].person = person;
  history[0].person.version = 1;
  history[0].change = {.changed_by = "user-1",
                       .changed_at = FromUnixMicros(1'741'528'800'000'000),  // 2025-03-09 14:00 UTC
                       .reason = "Created at the front door"};
  history[1].person = person;
  history[1].change = {.changed_by = "user-2",
                       .changed_at = FromUnixMicros(1'751'374'800'000'000),  // 2025-07-01 13:00 UTC
                       .reason = "Corrected <date> of birth"};
  Actor actor = As(Role::kTeamLead);
  std::string html = Render(PersonPage(person, history), &actor);
  EXPECT_THAT(html, HasSubstr("<h1 class=\"nhsuk-heading-l\">Ruth O&#39;Neill</h1>"));
  EXPECT_THAT(html,
              HasSubstr(">Record version</dt>\n<dd class=\"nhsuk-summary-list__value\">2</dd>"));
  EXPECT_THAT(html, HasSubstr("943 476 5919"));
  EXPECT_THAT(
      html,
      HasSubstr(">Preferred name</dt>\n<dd class=\"nhsuk-summary-list__value\">Not recorded"));
  EXPECT_THAT(html, HasSubstr("<h2 class=\"nhsuk-heading-m\">History</h2>"));
  EXPECT_THAT(html, HasSubstr("Corrected &lt;date&gt; of birth"));
  EXPECT_THAT(html, HasSubstr("1 July 2025, 2:00pm"));   // BST
  EXPECT_THAT(html, HasSubstr("9 March 2025, 2:00pm"));  // GMT
  EXPECT_LT(html.find("user-2"), html.find("user-1"));
}

TEST_F(PagesTest, EmptyPeopleList) {
  Actor actor = As(Role::kFrontDoor);
  std::string html = Render(PeopleListPage({}), &actor);
  EXPECT_THAT(html, HasSubstr("Your team does not hold anyone's record yet."));
  EXPECT_THAT(html, Not(HasSubstr("<table")));
}

TEST_F(PagesTest, AccountsTable) {
  std::vector<User> users(2);
  users[0] = User{
      .id = "1", .username = "admin", .display_name = "Ada <Admin>", .role = Role::kAdministrator};
  users[1] = User{.id = "2",
                  .username = "partner",
                  .display_name = "Pat",
                  .email = "pat@millbrook.example",
                  .role = Role::kNetworkPartner,
                  .active = false};
  Actor actor = As(Role::kAdministrator);
  std::string html = Render(AccountsPage(users), &actor);
  EXPECT_THAT(html, HasSubstr("<td class=\"nhsuk-table__cell\">Ada &lt;Admin&gt;</td>"));
  EXPECT_THAT(html, HasSubstr("<td class=\"nhsuk-table__cell\">Network partner</td>"));
  EXPECT_THAT(html, HasSubstr("<td class=\"nhsuk-table__cell\">pat@millbrook.example</td>"));
  EXPECT_THAT(html,
              HasSubstr("partner <strong class=\"nhsuk-tag nhsuk-tag--grey\">Disabled</strong>"));
  EXPECT_THAT(html, HasSubstr("aria-current=\"page\"><strong class=\"nhsuk-header__navigation-item-"
                              "current-fallback\">Accounts"));
}

TEST_F(PagesTest, EveryErrorStatusHasAPage) {
  struct Case {
    int status;
    const char* heading;
  };
  for (Case c :
       {Case{400, "Sorry, there is a problem with your request"}, Case{401, "You need to sign in"},
        Case{403, "This form has expired or could not be checked"}, Case{404, "Page not found"},
        Case{405, "Sorry, that cannot be done on this page"},
        Case{408, "Sorry, that took too long"}, Case{413, "Sorry, that was too much to send"},
        Case{429, "Sorry, there have been too many attempts"},
        Case{500, "Sorry, there is a problem with the service"},
        Case{503, "Sorry, the service is unavailable"}, Case{418, "Sorry, that could not be done"},
        Case{502, "Sorry, there is a problem with the service"}}) {
    Page page = ErrorPage(c.status);
    EXPECT_EQ(page.status, c.status);
    std::string html = Render(page, nullptr);
    EXPECT_THAT(html,
                HasSubstr(std::string("<h1 class=\"nhsuk-heading-l\">") + c.heading + "</h1>"))
        << c.status;
    EXPECT_THAT(html, HasSubstr(std::string("<title>") + c.heading + " – Living Well</title>"));
  }
  EXPECT_THAT(ErrorPage(403).content.str(), HasSubstr("Go back, reload the page and try again."));
}

}  // namespace
}  // namespace pages_test
}  // namespace lw::web

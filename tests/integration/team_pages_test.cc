// The huddle over real HTTP with the demo data: a practitioner opens
// today's huddle, follows an item's link to its page, records a team
// decision there with the page's CSRF token, and sees it on the board.
#include <gtest/gtest.h>

#include "base/dates.h"
#include "frontdoor_pages_fixture.h"

namespace lw::testing {
namespace team_pages_test {
namespace {

using TeamPagesTest = FrontDoorPagesTest;

TEST_F(TeamPagesTest, APractitionerRecordsADecisionAtTheHuddle) {
  // A new introduction at the front door comes to the team's huddle.
  Browser fd = As("frontdoor");
  const std::string intro = Record(fd, GpIntroduction("Hana", "Board"));
  ASSERT_FALSE(intro.empty());

  Browser priya = As("practitioner");
  HttpResponse board = priya.Get("/huddle");
  ASSERT_EQ(board.status, 200);
  EXPECT_TRUE(Has(board.body, "Today&#39;s huddle"));
  EXPECT_TRUE(Has(board.body, "href=\"/huddle\" aria-current=\"page\""));
  const std::string item = "new-introduction-" + intro;
  ASSERT_TRUE(Has(board.body, "id=\"" + item + "\""));
  EXPECT_TRUE(Has(board.body, "href=\"/front-door/" + intro + "\">Hana Board</a>"));

  // The item's page, linked from the board, with its decision form.
  const std::string path = "/huddle/items/new-introduction/" + intro;
  ASSERT_TRUE(Has(board.body, "href=\"" + path + "\">Record a team decision"));
  HttpResponse page = priya.Get(path);
  ASSERT_EQ(page.status, 200);
  ASSERT_TRUE(Has(page.body, "<form action=\"" + path + "\" method=\"post\""));
  const std::string& form = page.body;
  const std::string kind = Find(form, R"re(name="about_kind" value="([^"]+)")re");
  const std::string about = Find(form, R"re(name="about_id" value="([^"]+)")re");
  const std::string person = Find(form, R"re(name="person_id" value="([^"]*)")re");
  const std::string first = Find(
      form, "id=\"" + item + R"re(-present" name="present" type="checkbox" value="([^"]+)")re");
  const std::string second = Find(
      form, "id=\"" + item + R"re(-present-2" name="present" type="checkbox" value="([^"]+)")re");
  ASSERT_FALSE(first.empty());
  ASSERT_FALSE(second.empty());
  const Date by = Date::InLondon(clock_.Now()).PlusDays(2);

  HttpResponse recorded = priya.Post(path, {{"about_kind", kind},
                                            {"about_id", about},
                                            {"person_id", person},
                                            {"what", "Ring them this afternoon and offer a visit"},
                                            {"who_does_it", first},
                                            {"by_when_day", std::to_string(by.day())},
                                            {"by_when_month", std::to_string(by.month())},
                                            {"by_when_year", std::to_string(by.year())},
                                            {"present", first},
                                            {"present", second}});
  ASSERT_EQ(recorded.status, 303) << recorded.body;
  EXPECT_EQ(recorded.Header("location"), "/huddle?done=decision#" + item);

  HttpResponse after = priya.Get("/huddle?done=decision");
  ASSERT_EQ(after.status, 200);
  EXPECT_TRUE(Has(after.body, "Team decision recorded"));
  EXPECT_TRUE(Has(after.body, "Ring them this afternoon and offer a visit"));
  EXPECT_TRUE(Has(after.body, ">" + by.ToDisplay() + "</td>"));

  // Without the CSRF token the pipeline refuses it.
  HttpResponse forged = priya.client->Post(path, Body({{"about_kind", kind}}));
  EXPECT_EQ(forged.status, 403);
}

TEST_F(TeamPagesTest, CaseloadsAreForTheTeam) {
  Browser lead = As("teamlead");
  HttpResponse balance = lead.Get("/team/caseload");
  ASSERT_EQ(balance.status, 200);
  EXPECT_TRUE(Has(balance.body, "How the team&#39;s work is shared"));
  EXPECT_EQ(lead.Get("/caseload").status, 200);

  Browser partner = As("partner");
  EXPECT_EQ(partner.Get("/huddle").status, 404);
  EXPECT_EQ(partner.Get("/caseload").status, 404);
}

}  // namespace
}  // namespace team_pages_test
}  // namespace lw::testing

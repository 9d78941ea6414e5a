// Gaps in provision over real HTTP with the demo data (web/gaps_pages.cc;
// issue 7 point 7). The demo's North team noted debt advice with long waits
// for five people, housing with no service for two and a walking group too
// far for Daniel. A practitioner notes another for Daniel, and one bad
// form is refused with the NHS error summary; a team lead sees exact
// counts, a commissioner the same counts under the disclosure rule (under
// 5 is *, others to the nearest 5); a partner and a practitioner get 404
// for the report, and a partner or a commissioner 404 for Daniel's needs.
#include <gtest/gtest.h>

#include "frontdoor_pages_fixture.h"

namespace lw::testing {
namespace gaps_pages_test {
namespace {

class GapsPagesTest : public FrontDoorPagesTest {
 protected:
  std::string DanielId(Browser& b) {
    HttpResponse people = b.Get("/people");
    EXPECT_EQ(people.status, 200);
    return Find(people.body, R"re(href="/people/([^"]+)">Daniel Hughes)re");
  }

  // The number in the report's first table for `need` in the column
  // `column` (0: the first neighbourhood, Millbrook Central).
  static std::string Cell(const std::string& html, const std::string& need, int column) {
    const std::size_t row = html.find("scope=\"row\">" + need + "</th>");
    if (row == std::string::npos) return "no row";
    std::size_t at = row;
    std::string value;
    for (int i = 0; i <= column; ++i) {
      at = html.find("nhsuk-table__cell--numeric\">", at);
      if (at == std::string::npos) return "no cell";
      at += std::string_view("nhsuk-table__cell--numeric\">").size();
    }
    return html.substr(at, html.find('<', at) - at);
  }
};

TEST_F(GapsPagesTest, APractitionerNotesAnUnmetNeedAndABadFormIsRefused) {
  Browser priya = As("practitioner");
  const std::string dan = DanielId(priya);
  ASSERT_FALSE(dan.empty());
  HttpResponse record = priya.Get("/people/" + dan + "/record");
  ASSERT_EQ(record.status, 200);
  EXPECT_TRUE(Has(record.body, "href=\"/people/" + dan + "/unmet-needs\""));

  const std::string path = "/people/" + dan + "/unmet-needs";
  HttpResponse page = priya.Get(path + "?need=housing");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(Has(page.body, "Unmet needs: Daniel Hughes (Dan)"));
  EXPECT_TRUE(Has(page.body, "A walking group I can get to without a car"));  // the demo's
  EXPECT_TRUE(Has(page.body, "No service near enough"));
  EXPECT_TRUE(Has(page.body, "<option value=\"housing\" selected>"));

  HttpResponse refused = priya.Post(path, {{"need", ""},
                                           {"reason", "long-wait"},
                                           {"offered_wait_days", "soon"},
                                           {"noted_in", "plan"},
                                           {"noted_on_day", "31"},
                                           {"noted_on_month", "2"},
                                           {"noted_on_year", "2026"},
                                           {"words", "Someone to help with <b>rent</b>"}});
  ASSERT_EQ(refused.status, 422);
  EXPECT_TRUE(Has(refused.body, "<title>Error: "));
  EXPECT_TRUE(Has(refused.body, "There is a problem"));
  EXPECT_TRUE(Has(refused.body, "href=\"#need\""));
  EXPECT_TRUE(Has(refused.body, "href=\"#offered_wait_days\""));
  EXPECT_TRUE(Has(refused.body, "href=\"#noted_on\""));
  EXPECT_TRUE(Has(refused.body, "Someone to help with &lt;b&gt;rent&lt;/b&gt;"));  // kept, escaped
  EXPECT_FALSE(Has(refused.body, "<b>rent</b>"));

  HttpResponse noted = priya.Post(path, {{"need", "housing"},
                                         {"reason", "long-wait"},
                                         {"offered_wait_days", "90"},
                                         {"noted_in", "plan"},
                                         {"words", "Someone to help with the rent"}});
  ASSERT_EQ(noted.status, 303) << noted.body;
  EXPECT_EQ(noted.Header("location"), path + "?done=noted");
  HttpResponse after = priya.Get(path + "?done=noted");
  EXPECT_TRUE(Has(after.body, "The unmet need is noted"));
  EXPECT_TRUE(Has(after.body, "Only services with long waits: the shortest wait was 90 days"));
  EXPECT_TRUE(Has(after.body, "Someone to help with the rent"));

  // Recorded in error: a stale version is refused, then it is marked.
  const std::string need_id =
      Find(after.body, R"re(action="/people/[^/]+/unmet-needs/([^/"]+)/in-error")re");
  ASSERT_FALSE(need_id.empty());
  HttpResponse stale =
      priya.Post(path + "/" + need_id + "/in-error", {{"version", "7"}, {"note", "Wrong"}});
  EXPECT_EQ(stale.status, 409);
  HttpResponse no_note =
      priya.Post(path + "/" + need_id + "/in-error", {{"version", "1"}, {"note", " "}});
  EXPECT_EQ(no_note.status, 422);
  EXPECT_TRUE(Has(no_note.body, "Say why it was recorded in error"));
  HttpResponse marked =
      priya.Post(path + "/" + need_id + "/in-error", {{"version", "1"}, {"note", "Wrong person"}});
  ASSERT_EQ(marked.status, 303);
  HttpResponse now = priya.Get(path);
  EXPECT_TRUE(Has(now.body, "Recorded in error</strong>"));
  EXPECT_TRUE(Has(now.body, "Wrong person"));
}

TEST_F(GapsPagesTest, TheDirectorySearchForAPersonOffersToNoteAnUnmetNeed) {
  Browser priya = As("practitioner");
  const std::string dan = DanielId(priya);
  HttpResponse search = priya.Get("/directory?q=debt&need=money-and-debt&for=" + dan);
  ASSERT_EQ(search.status, 200);
  EXPECT_TRUE(
      Has(search.body, "href=\"/people/" + dan + "/unmet-needs?need=money-and-debt#note\""));
}

TEST_F(GapsPagesTest, ATeamLeadSeesExactCountsACommissionerSuppressedOnes) {
  Browser lead = As("teamlead");
  HttpResponse exact = lead.Get("/gaps");
  ASSERT_EQ(exact.status, 200);
  EXPECT_TRUE(Has(exact.body, "These are exact counts"));
  EXPECT_TRUE(Has(exact.body, "6 people had a need no service could meet"));
  // Columns: Millbrook Central, Millbrook North, Millbrook South, all.
  EXPECT_EQ(Cell(exact.body, "Money and debt", 1), "5");
  EXPECT_EQ(Cell(exact.body, "Money and debt", 3), "5");
  EXPECT_EQ(Cell(exact.body, "Housing", 1), "2");
  EXPECT_EQ(Cell(exact.body, "Physical activity", 1), "1");
  EXPECT_EQ(Cell(exact.body, "Crisis", 3), "0");

  Browser commissioner = As("commissioner");
  HttpResponse shown = commissioner.Get("/gaps");
  ASSERT_EQ(shown.status, 200);
  EXPECT_TRUE(Has(shown.body, "a count under 5 is shown as *"));
  EXPECT_TRUE(Has(shown.body, "5 people had a need no service could meet"));  // 6 -> 5
  EXPECT_EQ(Cell(shown.body, "Money and debt", 1), "5");
  EXPECT_EQ(Cell(shown.body, "Housing", 1), "*");
  EXPECT_EQ(Cell(shown.body, "Physical activity", 1), "*");
  EXPECT_EQ(Cell(shown.body, "Crisis", 3), "*");  // 0 is suppressed too
  EXPECT_FALSE(Has(shown.body, "Daniel"));
  EXPECT_FALSE(Has(shown.body, "walking group"));

  HttpResponse csv = commissioner.Get("/gaps.csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.Header("content-type"), "text/csv; charset=utf-8");
  EXPECT_TRUE(Has(csv.body, "from,to,disclosure,need,neighbourhood,people\r\n"));
  EXPECT_TRUE(Has(csv.body, ",mhsds,money-and-debt,Millbrook North,5\r\n"));
  EXPECT_TRUE(Has(csv.body, ",mhsds,housing,Millbrook North,*\r\n"));

  // A period with nothing in it, and a date that is not one.
  HttpResponse old = lead.Get(
      "/gaps?from_day=1&from_month=1&from_year=2020&to_day=31&to_month=12"
      "&to_year=2020");
  ASSERT_EQ(old.status, 200);
  EXPECT_TRUE(Has(old.body, "0 people had a need"));
  HttpResponse bad = lead.Get("/gaps?from_day=31&from_month=2&from_year=2026");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(Has(bad.body, "There is a problem"));
  EXPECT_TRUE(Has(bad.body, "href=\"#from\""));
  HttpResponse backwards =
      lead.Get("/gaps?from_day=1&from_month=5&from_year=2026&to_day=1&to_month=4&to_year=2026");
  EXPECT_EQ(backwards.status, 422);
  EXPECT_TRUE(Has(backwards.body, "The end of the period must be after its start"));
}

TEST_F(GapsPagesTest, OnlyCommissionersTeamLeadsAndAdministratorsSeeTheReport) {
  for (const char* who : {"practitioner", "partner", "peer", "frontdoor"}) {
    Browser b = As(who);
    EXPECT_EQ(b.Get("/gaps").status, 404) << who;
    EXPECT_EQ(b.Get("/gaps.csv").status, 404) << who;
  }
  Browser admin = As("admin");
  EXPECT_EQ(admin.Get("/gaps").status, 200);
}

TEST_F(GapsPagesTest, APartnerAndACommissionerSeeNoPersonsNeeds) {
  Browser priya = As("practitioner");
  const std::string dan = DanielId(priya);
  for (const char* who : {"partner", "commissioner"}) {
    Browser b = As(who);
    HttpResponse r = b.Get("/people/" + dan + "/unmet-needs");
    EXPECT_EQ(r.status, 404) << who;
    EXPECT_FALSE(Has(r.body, "Daniel")) << who;
    EXPECT_EQ(b.Post("/people/" + dan + "/unmet-needs",
                     {{"need", "housing"}, {"reason", "full"}, {"noted_in", "plan"}})
                  .status,
              404)
        << who;
  }
}

}  // namespace
}  // namespace gaps_pages_test
}  // namespace lw::testing

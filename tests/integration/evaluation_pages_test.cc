// The evaluation's dashboards and open data over real HTTP with the demo
// data (web/evaluation_pages.h, api/evaluation_api.cc; issue 9 points 3 and
// 4): who may see which figures, the definition beside them, the CSV and
// JSON, disclosure control on everything a commissioner or the public
// sees, the audit of dashboard reads, and bad input refused with the NHS
// error summary or problem+json.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "domain/measures/disclosure.h"
#include "frontdoor_pages_fixture.h"
#include "services/evaluation_service.h"

namespace lw::testing {
namespace evaluation_pages_test {
namespace {

namespace json = boost::json;

// CSV rows (no quoted commas in what these tests read) by "locality,month".
struct CsvTable {
  std::vector<std::string> header;
  std::map<std::string, std::map<std::string, std::string>> rows;  // "measure|locality|month"
};

CsvTable ReadCsv(const std::string& body) {
  CsvTable t;
  std::istringstream in(body);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> cells;
    std::stringstream cs(line);
    std::string cell;
    while (std::getline(cs, cell, ',')) cells.push_back(cell);
    if (line.ends_with(',')) cells.emplace_back();
    if (t.header.empty()) {
      t.header = cells;
      continue;
    }
    std::map<std::string, std::string> row;
    for (std::size_t i = 0; i < cells.size() && i < t.header.size(); ++i) {
      row[t.header[i]] = cells[i];
    }
    t.rows[row["measure"] + "|" + row["locality_id"] + "|" + row["month"]] = row;
  }
  return t;
}

class EvaluationPagesTest : public FrontDoorPagesTest {
 protected:
  // The demo and, beside it, the synthetic demo locality: two localities,
  // two years of records ending last month.
  void Configure(Config& config) override { config.synthetic = "demo"; }

  static constexpr const char* kQuery = "measure=introductions-by-source&from=2025-06&to=2026-05";
};

TEST_F(EvaluationPagesTest, AnyoneCanReadTheOpenDataAndEveryFigureInItIsDisclosed) {
  HttpClient anyone(port());
  HttpResponse page = anyone.Get("/open-data?measure=planned-exits");
  ASSERT_EQ(page.status, 200) << page.body.substr(0, 500);
  EXPECT_TRUE(Has(page.body, "Living Well in figures"));
  EXPECT_TRUE(Has(page.body, "How this measure is defined"));
  EXPECT_TRUE(Has(page.body, "as a share of all episodes"));  // the definition, beside it
  EXPECT_TRUE(Has(page.body, "a count under 5 is shown as *"));
  EXPECT_TRUE(Has(page.body, "<svg class=\"lw-chart\""));
  EXPECT_FALSE(Has(page.body, "Team"));  // by locality, never team
  EXPECT_FALSE(Has(page.body, "These are exact figures"));

  Browser admin = As("admin");
  HttpResponse exact_csv = admin.Get(std::string("/evaluation.csv?") + kQuery);
  ASSERT_EQ(exact_csv.status, 200);
  const CsvTable exact = ReadCsv(exact_csv.body);
  HttpResponse open_csv = anyone.Get("/open-data.csv?from=2025-06&to=2026-05");
  ASSERT_EQ(open_csv.status, 200);
  EXPECT_EQ(open_csv.Header("content-type"), "text/csv; charset=utf-8");
  EXPECT_TRUE(
      Has(open_csv.Header("content-disposition"), "living-well-open-data-2025-06-to-2026-05.csv"));
  const CsvTable open = ReadCsv(open_csv.body);
  ASSERT_FALSE(exact.rows.empty());
  std::size_t shown = 0;
  std::size_t hidden = 0;
  for (const auto& [key, row] : exact.rows) {
    ASSERT_TRUE(open.rows.contains(key)) << key;
    const auto& published = open.rows.at(key);
    EXPECT_EQ(published.at("disclosure"), "mhsds");
    const long long n = std::stoll(row.at("count"));
    if (published.at("count") == "*") {
      ++hidden;
      EXPECT_FALSE(published.at("hidden").empty()) << key;
      continue;
    }
    ++shown;
    EXPECT_EQ(std::stoll(published.at("count")), DiscloseCount(n, DisclosureRule::kMhsds)) << key;
  }
  EXPECT_GT(shown, 0u);
  EXPECT_GT(hidden, 0u);
  // Every published measure is in the CSV.
  std::set<std::string> measures;
  for (const auto& [key, row] : open.rows) measures.insert(row.at("measure"));
  EXPECT_EQ(measures.size(), EvaluationService::PublicMeasures().size());

  HttpResponse feed = anyone.Get("/api/v1/open-data?from=2025-06&to=2026-05");
  ASSERT_EQ(feed.status, 200);
  const json::object body = json::parse(feed.body).as_object();
  EXPECT_EQ(body.at("disclosure").as_string(), "mhsds");
  const json::array& all = body.at("measures").as_array();
  ASSERT_EQ(all.size(), EvaluationService::PublicMeasures().size());
  const json::object& first = all[0].as_object();
  EXPECT_EQ(first.at("measure").as_string(), "introductions-by-source");
  EXPECT_FALSE(first.at("definition").at("definition").as_string().empty());
  for (const json::value& row : first.at("rows").as_array()) {
    const std::string locality =
        row.at("locality_id").is_null() ? "all" : std::string(row.at("locality_id").as_string());
    for (const json::value& cell : row.at("months").as_array()) {
      const std::string key =
          "introductions-by-source|" + locality + "|" + std::string(cell.at("month").as_string());
      const std::string csv = open.rows.at(key).at("count");
      if (cell.at("count").is_null()) {
        EXPECT_EQ(csv, "*") << key;
      } else {
        EXPECT_EQ(std::to_string(cell.at("count").as_int64()), csv) << key;
      }
    }
  }
}

TEST_F(EvaluationPagesTest, ACommissionerComparesLocalitiesUnderDisclosureAndTheReadIsAudited) {
  HttpClient anyone(port());
  HttpResponse signed_out = anyone.Get("/evaluation");
  EXPECT_EQ(signed_out.status, 303);
  EXPECT_TRUE(Has(signed_out.Header("location"), "/sign-in"));

  Browser morgan = As("commissioner");
  HttpResponse home = morgan.Get("/home");
  EXPECT_TRUE(Has(home.body, "href=\"/evaluation\""));
  HttpResponse form = morgan.Get("/evaluation");
  ASSERT_EQ(form.status, 200);
  EXPECT_TRUE(Has(form.body, "<option value=\"planned-exits\""));
  EXPECT_FALSE(Has(form.body, "Localities compared"));  // nothing asked yet
  HttpResponse page = morgan.Get(
      "/evaluation?measure=days-to-conversation&from_month=6&from_year=2025&to_month=5&to_year="
      "2026");
  ASSERT_EQ(page.status, 200) << page.body.substr(page.body.find("<main"), 800);
  EXPECT_TRUE(Has(page.body, "Days from introduction to initial conversation"));
  EXPECT_TRUE(Has(page.body, "Month by month"));
  EXPECT_TRUE(Has(page.body, "Localities compared"));
  EXPECT_TRUE(Has(page.body, "a count under 5 is shown as *"));
  EXPECT_TRUE(Has(page.body,
                  "href=\"/evaluation.csv?measure=days-to-conversation&amp;from="
                  "2025-06&amp;to=2026-05\" download"));
  std::size_t before = Audits("report", "days-to-conversation", "evaluation.read");
  EXPECT_EQ(before, 1u);
  HttpResponse csv =
      morgan.Get("/evaluation.csv?measure=days-to-conversation&from=2025-06&to=2026-05");
  ASSERT_EQ(csv.status, 200);
  EXPECT_TRUE(
      Has(csv.Header("content-disposition"), "days-to-conversation-2025-06-to-2026-05.csv"));
  for (const auto& [key, row] : ReadCsv(csv.body).rows) {
    EXPECT_EQ(row.at("disclosure"), "mhsds");
    if (row.at("count") != "*") {
      EXPECT_EQ(std::stoll(row.at("count")) % 5, 0) << key;
    }
  }
  EXPECT_EQ(Audits("report", "days-to-conversation", "evaluation.read"), 2u);
}

TEST_F(EvaluationPagesTest, ATeamLeadSeesTheirTeamExactlyAndOthersAreRefused) {
  Browser jo = As("teamlead");
  HttpResponse form = jo.Get("/evaluation");
  ASSERT_EQ(form.status, 200);
  const std::string team = Find(form.body, R"re(<option value="([^"]+)">Millbrook North)re");
  ASSERT_FALSE(team.empty());
  HttpResponse own = jo.Get(std::string("/evaluation.csv?") + kQuery + "&team=" + team);
  ASSERT_EQ(own.status, 200);
  EXPECT_TRUE(Has(own.body, ",none,"));
  HttpResponse wider = jo.Get(std::string("/evaluation.csv?") + kQuery);
  EXPECT_TRUE(Has(wider.body, ",mhsds,"));
  EXPECT_FALSE(Has(wider.body, ",none,"));

  for (const char* who : {"practitioner", "partner", "frontdoor"}) {
    Browser b = As(who);
    EXPECT_EQ(b.Get("/evaluation").status, 404) << who;
    EXPECT_EQ(b.Get(std::string("/evaluation.csv?") + kQuery).status, 404) << who;
    EXPECT_FALSE(Has(b.Get("/home").body, "href=\"/evaluation\"")) << who;
  }
}

TEST_F(EvaluationPagesTest, EveryFigureOfTheStandardSetIsShownAndARollingOneIsNotAddedUp) {
  Browser admin = As("admin");
  HttpResponse form = admin.Get("/evaluation");
  ASSERT_EQ(form.status, 200);
  for (const char* view :
       {"introductions-by-source", "days-to-conversation", "waiting-now", "two-contacts",
        "reqol-change:improved", "reqol-change:deteriorated", "reqol-change:recovered",
        "goal-progress:one-any", "goal-progress:two-any", "goal-progress:one-reliable",
        "goal-progress:two-reliable", "planned-exits", "warm-introductions", "felt-listened-to"}) {
    EXPECT_TRUE(Has(form.body, std::string("<option value=\"") + view + "\"")) << view;
    HttpResponse page = admin.Get(std::string("/evaluation?measure=") + view);
    EXPECT_EQ(page.status, 200) << view;
    EXPECT_TRUE(Has(page.body, "How this measure is defined")) << view;
  }
  HttpResponse reqol = admin.Get("/evaluation?measure=reqol-change%3Arecovered");
  EXPECT_TRUE(Has(reqol.body, "<h2 class=\"nhsuk-heading-l\">ReQoL-10: reliable recovery</h2>"));

  // Two or more contacts in the rolling 12 months: each month is the 12
  // months ending with it, so the whole period is the last month.
  HttpResponse csv = admin.Get("/evaluation.csv?measure=two-contacts&from=2025-06&to=2026-05");
  ASSERT_EQ(csv.status, 200);
  const CsvTable t = ReadCsv(csv.body);
  std::size_t localities = 0;
  for (const auto& [key, row] : t.rows) {
    if (row.at("month") != "all") continue;
    ++localities;
    const std::string last = "two-contacts|" + row.at("locality_id") + "|2026-05";
    ASSERT_TRUE(t.rows.contains(last)) << last;
    EXPECT_EQ(row.at("count"), t.rows.at(last).at("count")) << key;
  }
  EXPECT_GE(localities, 2u);  // a locality and all of them
  long long people = 0;
  for (const auto& [key, row] : t.rows) {
    if (row.at("locality_id") == "all" && row.at("month") == "2026-05")
      people = std::stoll(row.at("count"));
  }
  EXPECT_GT(people, 0);
}

TEST_F(EvaluationPagesTest, BadInputIsRefusedWithTheErrorSummaryOrProblemJson) {
  Browser morgan = As("commissioner");
  HttpResponse months = morgan.Get(
      "/evaluation?measure=planned-exits&from_month=13&from_year=2026&to_month=1&to_year=2025");
  ASSERT_EQ(months.status, 422);
  EXPECT_TRUE(Has(months.body, "<title>Error: "));
  EXPECT_TRUE(Has(months.body, "There is a problem"));
  EXPECT_TRUE(Has(months.body, "href=\"#from\""));
  EXPECT_TRUE(Has(months.body, "value=\"13\""));  // what was typed stays
  HttpResponse backwards = morgan.Get(
      "/evaluation?measure=planned-exits&from_month=5&from_year=2026&to_month=1&to_year=2026");
  ASSERT_EQ(backwards.status, 422);
  EXPECT_TRUE(Has(backwards.body, "The first month must be on or before the last month"));
  HttpResponse measure = morgan.Get("/evaluation?measure=%3Cscript%3E");
  ASSERT_EQ(measure.status, 422);
  EXPECT_TRUE(Has(measure.body, "href=\"#measure\""));
  EXPECT_FALSE(Has(measure.body, "<script>"));
  HttpResponse locality = morgan.Get("/evaluation?measure=planned-exits&locality=nowhere");
  ASSERT_EQ(locality.status, 422);
  EXPECT_TRUE(Has(locality.body, "Choose localities from the list"));

  HttpClient anyone(port());
  HttpResponse open = anyone.Get("/open-data?measure=nope");
  ASSERT_EQ(open.status, 422);
  EXPECT_TRUE(Has(open.body, "There is a problem"));
  HttpResponse feed = anyone.Get("/api/v1/open-data?from=June");
  EXPECT_EQ(feed.status, 422);
  EXPECT_EQ(feed.Header("content-type"), "application/problem+json");
  EXPECT_TRUE(Has(feed.body, "\"from\""));
  HttpResponse team = anyone.Get("/api/v1/open-data?team=anything");
  EXPECT_EQ(team.status, 422);
  EXPECT_EQ(anyone.Get("/api/v1/evaluation?measure=planned-exits").status, 401);
}

}  // namespace
}  // namespace evaluation_pages_test
}  // namespace lw::testing

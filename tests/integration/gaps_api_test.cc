// The gaps-in-provision API over real HTTP with API tokens (issue 7 point 7;
// src/api/gaps_api.cc): noting an unmet need (201, ETag) and its
// validation, marking one recorded in error by If-Match (428 without, 412
// when stale), and the report: exact for a team lead, under the disclosure
// rule for a commissioner, 404 for anyone else; a partner gets 404 with
// nothing of the person.
#include <gtest/gtest.h>

#include <algorithm>

#include "team_api_fixture.h"

namespace lw::testing {
namespace gaps_api_test {
namespace {

class GapsApiTest : public TeamApiTest {
 protected:
  std::string Path() const { return "/people/" + person_id_ + "/unmet-needs"; }

  static json::object Good() {
    return {{"need", "money-and-debt"},
            {"reason", "long-wait"},
            {"noted_in", "initial-conversation"},
            {"offered_wait_days", 60},
            {"words", "Help before the bailiffs come"}};
  }

  static const json::object& Need(const json::object& report, std::string_view key) {
    for (const json::value& row : report.at("needs").as_array()) {
      if (row.at("need").as_string() == key) return row.as_object();
    }
    throw std::runtime_error("no need " + std::string(key));
  }
};

TEST_F(GapsApiTest, NotingOneAnswers201AndEachProblemIsNamed) {
  HttpClient client(port());
  auto expect_refused = [&](json::object body, std::vector<std::string> fields,
                            const std::string& what) {
    HttpResponse r = Post(client, Path(), "practitioner", body);
    EXPECT_EQ(r.status, 422) << what << ": " << r.body;
    EXPECT_EQ(r.Header("content-type"), "application/problem+json") << what;
    std::vector<std::string> named = Fields(r);
    std::ranges::sort(named);
    std::ranges::sort(fields);
    EXPECT_EQ(named, fields) << what << ": " << r.body;
  };
  expect_refused(json::object{}, {"need", "reason"}, "nothing");
  json::object unknown = Good();
  unknown["need"] = "unicorns";
  unknown["reason"] = "bored";
  expect_refused(unknown, {"need", "reason"}, "unknown keys");
  json::object wait = Good();
  wait["reason"] = "no-service";
  expect_refused(wait, {"offered_wait_days"}, "a wait for no service");
  json::object future = Good();
  future["noted_on"] = "2026-06-01";
  expect_refused(future, {"noted_on"}, "noted in the future");
  json::object extra = Good();
  extra["colour"] = "blue";
  expect_refused(extra, {"colour"}, "an unknown member");
  HttpResponse none = Get(client, Path(), "practitioner");
  ASSERT_EQ(none.status, 200);
  EXPECT_TRUE(Body(none).at("items").as_array().empty());

  HttpResponse made = Post(client, Path(), "practitioner", Good());
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(made.Header("etag"), "\"1\"");
  json::object n = Body(made);
  EXPECT_EQ(n.at("need").as_string(), "money-and-debt");
  EXPECT_EQ(n.at("reason").as_string(), "long-wait");
  EXPECT_EQ(n.at("offered_wait_days").as_int64(), 60);
  EXPECT_EQ(n.at("noted_on").as_string(), kToday);
  EXPECT_EQ(n.at("person_id").as_string(), person_id_);
  EXPECT_FALSE(n.at("in_error").as_bool());
  HttpResponse listed = Get(client, Path(), "peer");
  ASSERT_EQ(listed.status, 200);
  ASSERT_EQ(Body(listed).at("items").as_array().size(), 1u);

  // Recorded in error: If-Match required and checked.
  const std::string id(n.at("id").as_string());
  const std::string mark = "/unmet-needs/" + id + "/in-error";
  json::object note{{"note", "Wrong person"}};
  EXPECT_EQ(Post(client, mark, "practitioner", note).status, 428);
  EXPECT_EQ(Post(client, mark, "practitioner", note, "\"2\"").status, 412);
  HttpResponse marked = Post(client, mark, "practitioner", note, "\"1\"");
  ASSERT_EQ(marked.status, 200) << marked.body;
  EXPECT_EQ(marked.Header("etag"), "\"2\"");
  EXPECT_TRUE(Body(marked).at("in_error").as_bool());
  EXPECT_EQ(Body(marked).at("in_error_note").as_string(), "Wrong person");
  HttpResponse again = Post(client, mark, "practitioner", note, "\"2\"");
  EXPECT_EQ(again.status, 409) << again.body;
}

TEST_F(GapsApiTest, OtherTeamsAndPartnersGetNothingOfThePerson) {
  HttpClient client(port());
  for (const char* who : {"west", "partner", "commissioner"}) {
    ExpectNothingOfThePerson(Post(client, Path(), who, Good()), who);
  }
  ExpectNothingOfThePerson(Get(client, Path(), "west"), "west reading");
  HttpResponse mine = Get(client, Path(), "practitioner");
  EXPECT_TRUE(Body(mine).at("items").as_array().empty());
}

TEST_F(GapsApiTest, TheReportIsExactForATeamLeadAndDisclosureControlledForACommissioner) {
  HttpClient client(port());
  HttpResponse exact = Get(client, "/gaps", "teamlead");
  ASSERT_EQ(exact.status, 200) << exact.body;
  json::object e = Body(exact);
  EXPECT_EQ(e.at("disclosure").as_string(), "none");
  EXPECT_EQ(e.at("to").as_string(), kToday);
  EXPECT_EQ(e.at("from").as_string(), "2025-05-28");
  EXPECT_EQ(e.at("people").as_int64(), 6);
  EXPECT_EQ(e.at("needs").as_array().size(), 20u);
  EXPECT_EQ(Need(e, "money-and-debt").at("total").as_int64(), 5);
  EXPECT_EQ(Need(e, "money-and-debt").at("by_reason").at("long-wait").as_int64(), 5);
  EXPECT_EQ(Need(e, "housing").at("total").as_int64(), 2);

  HttpResponse shown = Get(client, "/gaps", "commissioner");
  ASSERT_EQ(shown.status, 200) << shown.body;
  json::object c = Body(shown);
  EXPECT_EQ(c.at("disclosure").as_string(), "mhsds");
  EXPECT_EQ(c.at("people").as_int64(), 5);
  EXPECT_EQ(Need(c, "money-and-debt").at("total").as_int64(), 5);
  EXPECT_TRUE(Need(c, "housing").at("total").is_null());
  EXPECT_TRUE(Need(c, "crisis").at("total").is_null());

  HttpResponse old = Get(client, "/gaps?from=2020-01-01&to=2020-12-31", "teamlead");
  ASSERT_EQ(old.status, 200);
  EXPECT_EQ(Body(old).at("people").as_int64(), 0);
  HttpResponse bad = Get(client, "/gaps?from=2026-02-30", "teamlead");
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(Fields(bad), (std::vector<std::string>{"from"}));

  for (const char* who : {"practitioner", "partner", "peer"}) {
    HttpResponse r = Get(client, "/gaps", who);
    EXPECT_EQ(r.status, 404) << who;
    EXPECT_EQ(r.Header("content-type"), "application/problem+json") << who;
  }
}

}  // namespace
}  // namespace gaps_api_test
}  // namespace lw::testing

// My Story / My Plan over real HTTP (issue 6, point 1): versions, a
// concurrent edit, export and import, and who may see it. The JSON API
// here; the pages in plan_pages_test.cc.
#include <gtest/gtest.h>

#include "team_api_fixture.h"

namespace lw::testing {
namespace plan_test {
namespace {

class PlanApiTest : public TeamApiTest {
 protected:
  std::string PlanPath(const std::string& person = "") {
    return "/people/" + (person.empty() ? person_id_ : person) + "/plan";
  }

  static json::object Plan(const std::string& story, const std::string& whose = "together") {
    json::object sections;
    sections["my_story"] = story;
    sections["what_matters"] = "My allotment, and my grandson";
    sections["crisis_contacts"] = "Samaritans 116 123";
    return {{"entered_by", whose},
            {"sections", std::move(sections)},
            {"actions", json::array{json::object{{"who", "Me"},
                                                 {"what", "Go to the Tuesday walk"},
                                                 {"by_when", "2026-06-30"},
                                                 {"done", false}}}}};
  }

  HttpResponse Put(HttpClient& client, const json::object& body, const std::string& if_match,
                   const std::string& who = "practitioner", const std::string& person = "") {
    return Call(client, "PUT", PlanPath(person), who, body, if_match);
  }

  std::size_t PlanAudits(const std::string& action, const std::string& person = "") {
    return Audits(action, "person", person.empty() ? person_id_ : person);
  }
};

TEST_F(PlanApiTest, ThreeEditsAreThreeVersionsEachReadableAndComparable) {
  HttpClient client(port());
  HttpResponse none = Get(client, PlanPath(), "practitioner");
  ASSERT_EQ(none.status, 200) << none.body;
  EXPECT_EQ(Body(none).at("version").as_int64(), 0);
  EXPECT_EQ(none.Header("etag"), "\"0\"");

  HttpResponse v1 = Put(client, Plan("First time we met"), "\"0\"");
  ASSERT_EQ(v1.status, 200) << v1.body;
  EXPECT_EQ(v1.Header("etag"), "\"1\"");
  HttpResponse v2 = Put(client, Plan("Second, in my words", "person"), "\"1\"", "peer");
  ASSERT_EQ(v2.status, 200) << v2.body;
  HttpResponse v3 = Put(client, Plan("Third, at the review", "practitioner"), "\"2\"");
  ASSERT_EQ(v3.status, 200) << v3.body;
  EXPECT_EQ(Body(v3).at("version").as_int64(), 3);

  HttpResponse list = Get(client, PlanPath() + "/versions", "practitioner");
  ASSERT_EQ(list.status, 200) << list.body;
  json::array items = Body(list).at("items").as_array();
  ASSERT_EQ(items.size(), 3U);
  EXPECT_EQ(items[0].at("version").as_int64(), 3);
  EXPECT_EQ(items[1].at("entered_by").as_string(), "person");
  EXPECT_EQ(items[1].at("changed_by").as_string(), user_ids_.at("peer"));
  EXPECT_EQ(items[2].at("entered_by").as_string(), "together");
  EXPECT_EQ(items[0].at("changed").as_array().size(), 1U);  // only the story

  for (int n = 1; n <= 3; ++n) {
    HttpResponse one = Get(client, PlanPath() + "/versions/" + std::to_string(n), "practitioner");
    ASSERT_EQ(one.status, 200) << one.body;
    EXPECT_EQ(Body(one).at("version").as_int64(), n);
  }
  EXPECT_EQ(Body(Get(client, PlanPath() + "/versions/1", "practitioner"))
                .at("sections")
                .at("my_story")
                .as_string(),
            "First time we met");
  EXPECT_EQ(Get(client, PlanPath() + "/versions/4", "practitioner").status, 404);

  // The pages compare them.
  EXPECT_EQ(PlanAudits("plan.update"), 3U);
  EXPECT_EQ(PlanAudits("plan.versions"), 1U);
}

TEST_F(PlanApiTest, TwoEditsBasedOnTheSameVersionTheSecondIsAConflictAndNothingIsLost) {
  HttpClient client(port());
  ASSERT_EQ(Put(client, Plan("v1"), "\"0\"").status, 200);
  HttpResponse mine = Put(client, Plan("Priya's edit"), "\"1\"");
  ASSERT_EQ(mine.status, 200) << mine.body;
  HttpResponse theirs = Put(client, Plan("Peer's edit", "person"), "\"1\"", "peer");
  // A stale If-Match is 412, as for every versioned record (docs/api.md).
  ASSERT_EQ(theirs.status, 412) << theirs.body;
  EXPECT_EQ(theirs.Header("content-type"), "application/problem+json");
  EXPECT_EQ(Body(theirs).at("current_version").as_int64(), 2);
  HttpResponse now = Get(client, PlanPath(), "practitioner");
  EXPECT_EQ(Body(now).at("sections").at("my_story").as_string(), "Priya's edit");
  // A first write when one exists is stale too.
  EXPECT_EQ(Put(client, Plan("again"), "\"0\"", "peer").status, 412);
  EXPECT_EQ(Call(client, "PUT", PlanPath(), "practitioner", Plan("x")).status, 428);
}

TEST_F(PlanApiTest, BadInputIsAProblemWithFieldErrors) {
  HttpClient client(port());
  json::object body = Plan("ok");
  body["sections"].as_object()["what_helps"] = std::string(5001, 'x');
  body["sections"].as_object()["my_pets"] = "Rex";
  HttpResponse r = Put(client, body, "\"0\"");
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(Fields(r), (std::vector<std::string>{"my_pets"}));
  body["sections"].as_object().erase("my_pets");
  r = Put(client, body, "\"0\"");
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(Fields(r), (std::vector<std::string>{"what_helps"}));
  json::object no_whose = Plan("ok");
  no_whose.erase("entered_by");
  EXPECT_EQ(Fields(Put(client, no_whose, "\"0\"")), (std::vector<std::string>{"entered_by"}));
  EXPECT_EQ(Body(Get(client, PlanPath(), "practitioner")).at("version").as_int64(), 0);
}

TEST_F(PlanApiTest, ExportThenImportIntoTheSamePersonElsewhereKeepsEverySection) {
  HttpClient client(port());
  json::object full = Plan("My story so far, all of it");
  json::object& sections = full["sections"].as_object();
  for (const char* key :
       {"strengths", "what_helps", "what_does_not_help", "my_people", "what_i_need", "my_goals",
        "warning_signs", "what_i_can_do", "who_i_can_call"}) {
    sections[key] = std::string("Text for ") + key;
  }
  ASSERT_EQ(Put(client, full, "\"0\"").status, 200);
  HttpResponse exported = Get(client, PlanPath() + "/export", "practitioner");
  ASSERT_EQ(exported.status, 200) << exported.body;
  EXPECT_EQ(exported.Header("content-type"), "application/vnd.livingwell.plan+json");
  EXPECT_NE(exported.Header("content-disposition").find("attachment"), std::string::npos);
  json::object doc = Body(exported);
  EXPECT_EQ(doc.at("format").as_string(), "livingwell-plan");
  EXPECT_EQ(doc.at("formatVersion").as_int64(), 1);
  EXPECT_EQ(doc.at("person").at("name").as_string(), std::string(kGiven) + " " + kFamily);
  EXPECT_EQ(doc.at("history").as_array().size(), 1U);

  // The same person, recorded again by the West team (same name and date
  // of birth), imports the document.
  HttpResponse again =
      client.Post("/api/v1/people",
                  json::serialize(json::object{{"given_name", kGiven},
                                               {"family_name", kFamily},
                                               {"date_of_birth", "1979-10-02"},
                                               {"reason", "Moved to the West team's area"}}),
                  "application/json", As("west"));
  ASSERT_EQ(again.status, 201) << again.body;
  const std::string other = Id(again);
  HttpResponse imported = client.Send(
      "POST", "/api/v1" + PlanPath(other) + "/import", exported.body,
      As("west",
         {{"content-type", "application/vnd.livingwell.plan+json"}, {"if-match", "\"0\""}}));
  ASSERT_EQ(imported.status, 200) << imported.body;
  json::object there = Body(Get(client, PlanPath(other), "west"));
  json::object here = Body(Get(client, PlanPath(), "practitioner"));
  EXPECT_EQ(there.at("sections"), here.at("sections"));
  EXPECT_EQ(there.at("actions"), here.at("actions"));
  EXPECT_EQ(there.at("entered_by"), here.at("entered_by"));
  json::array history =
      Body(Get(client, PlanPath(other) + "/versions", "west")).at("items").as_array();
  ASSERT_EQ(history.size(), 1U);
  EXPECT_NE(std::string(history[0].at("reason").as_string()).find("Imported from Living Well"),
            std::string::npos);
  EXPECT_EQ(PlanAudits("plan.export"), 1U);
  EXPECT_EQ(PlanAudits("plan.import", other), 1U);
}

TEST_F(PlanApiTest, AnImportAboutSomeoneElseIsRefused) {
  HttpClient client(port());
  ASSERT_EQ(Put(client, Plan("Mine"), "\"0\"").status, 200);
  HttpResponse exported = Get(client, PlanPath() + "/export", "practitioner");
  HttpResponse someone = client.Post("/api/v1/people",
                                     json::serialize(json::object{{"given_name", "Tom"},
                                                                  {"family_name", "Else"},
                                                                  {"date_of_birth", "1980-01-01"},
                                                                  {"reason", "Introduced"}}),
                                     "application/json", As("practitioner"));
  ASSERT_EQ(someone.status, 201);
  HttpResponse r = client.Send("POST", "/api/v1" + PlanPath(Id(someone)) + "/import", exported.body,
                               As("practitioner", {{"if-match", "\"0\""}}));
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(Body(r).at("detail").as_string(), "This plan is about someone else");
  EXPECT_EQ(Fields(r), (std::vector<std::string>{"person"}));
  HttpResponse junk =
      client.Send("POST", "/api/v1" + PlanPath(Id(someone)) + "/import", R"({"format":"fhir"})",
                  As("practitioner", {{"if-match", "\"0\""}}));
  ASSERT_EQ(junk.status, 422) << junk.body;
  EXPECT_EQ(Fields(junk), (std::vector<std::string>{"format", "formatVersion"}));
}

TEST_F(PlanApiTest, OnlyThePersonsTeamsSeeItAndEveryReadIsAudited) {
  HttpClient client(port());
  ASSERT_EQ(Put(client, Plan("Private words"), "\"0\"").status, 200);
  for (const char* who : {"south", "west"}) {
    for (const std::string& path : {PlanPath(), PlanPath() + "/versions",
                                    PlanPath() + "/versions/1", PlanPath() + "/export"}) {
      ExpectNothingOfThePerson(Get(client, path, who), std::string(who) + " " + path);
    }
    EXPECT_EQ(Put(client, Plan("x"), "\"1\"", who).status, 404);
  }
  for (const char* who : {"partner", "commissioner", "admin"}) {
    EXPECT_EQ(Get(client, PlanPath(), who).status, 404) << who;
  }
  EXPECT_EQ(PlanAudits("person.access_refused"), 10U);
  const std::size_t before = PlanAudits("plan.read");
  ASSERT_EQ(Get(client, PlanPath(), "peer").status, 200);
  ASSERT_EQ(Get(client, PlanPath(), "teamlead").status, 200);
  EXPECT_EQ(PlanAudits("plan.read"), before + 2);
  EXPECT_EQ(Body(Get(client, PlanPath(), "practitioner")).at("sections").at("my_story"),
            "Private words");
}

}  // namespace
}  // namespace plan_test
}  // namespace lw::testing

// Bad requests to the Living Well team's API, over real HTTP: each problem
// is a problem+json entry naming its field, and nothing is stored.
#include <gtest/gtest.h>

#include "team_api_fixture.h"

namespace lw::testing {
namespace team_api_validation_test {
namespace {

class TeamApiValidationTest : public TeamApiTest {};

struct Case {
  std::string what;
  json::object body;
  std::vector<std::string> fields;
};

TEST_F(TeamApiValidationTest, BadBodiesNameTheirFieldsAndStoreNothing) {
  HttpClient client(port());
  const std::string episode = OpenEpisode(client);
  const std::string contact = RecordContact(client);
  const std::string concern = RaiseConcern(client);
  const json::object before = Record(client);
  const std::string person = "/people/" + person_id_;

  auto expect_422 = [&](const HttpResponse& r, const std::vector<std::string>& fields,
                        const std::string& what) {
    EXPECT_EQ(r.status, 422) << what << ": " << r.body;
    EXPECT_EQ(r.Header("content-type"), "application/problem+json") << what;
    EXPECT_EQ(Fields(r), fields) << what << ": " << r.body;
  };

  json::object contact_body = ContactBody();
  const std::vector<Case> contacts = {
      {"no mode",
       [&] {
         json::object b = contact_body;
         b.erase("mode");
         return b;
       }(),
       {"mode"}},
      {"unknown mode",
       [&] {
         json::object b = contact_body;
         b["mode"] = "carrier-pigeon";
         return b;
       }(),
       {"mode"}},
      {"not an instant",
       [&] {
         json::object b = contact_body;
         b["occurred_at"] = "yesterday afternoon";
         return b;
       }(),
       {"occurred_at"}},
      {"in the future",
       [&] {
         json::object b = contact_body;
         b["occurred_at"] = "2026-06-28T10:00:00Z";
         return b;
       }(),
       {"occurred_at"}},
      {"too long",
       [&] {
         json::object b = contact_body;
         b["duration_minutes"] = 721;
         return b;
       }(),
       {"duration_minutes"}},
      {"phone in a place",
       [&] {
         json::object b = contact_body;
         b["mode"] = "phone";
         return b;
       }(),
       {"place"}},
      {"unknown attendance",
       [&] {
         json::object b = contact_body;
         b["people"] = json::array{json::object{{"person_id", person_id_}, {"attendance", "late"}}};
         return b;
       }(),
       {"people"}},
      {"unknown member",
       [&] {
         json::object b = contact_body;
         b["client_id"] = "x";
         return b;
       }(),
       {"client_id"}},
      {"staff nobody knows",
       [&] {
         json::object b = contact_body;
         b["staff"] = json::array{
             json::object{{"user_id", NewId(random_)}, {"organisation_id", organisation_}}};
         return b;
       }(),
       {"staff"}},
      {"staff for another organisation",
       [&] {
         json::object b = contact_body;
         b["staff"] = json::array{
             json::object{{"user_id", user_ids_["peer"]}, {"organisation_id", organisation_}}};
         return b;
       }(),
       {"staff"}},
  };
  for (const Case& c : contacts) {
    expect_422(Post(client, "/contacts", "practitioner", c.body), c.fields, "contact: " + c.what);
    // A correction is the whole contact, staff included.
    json::object whole = c.body;
    json::array staff{
        json::object{{"user_id", user_ids_["practitioner"]}, {"organisation_id", organisation_}}};
    if (const json::value* named = c.body.if_contains("staff")) {
      for (const json::value& s : named->as_array()) staff.push_back(s);
    }
    whole["staff"] = std::move(staff);
    expect_422(Call(client, "PUT", "/contacts/" + contact, "practitioner", whole, "\"1\""),
               c.fields, "correction: " + c.what);
  }

  const std::vector<std::pair<std::string, Case>> changes = {
      {"/episodes", {"episode without a start", {{"person_id", person_id_}}, {"started_on"}}},
      {"/episodes",
       {"episode starting tomorrow",
        {{"person_id", person_id_},
         {"keyworker_user_id", user_ids_["peer"]},
         {"started_on", "2026-05-29"}},
        {"started_on"}}},
      {"/episodes",
       {"keyworker from another team",
        {{"person_id", person_id_},
         {"keyworker_user_id", user_ids_["south"]},
         {"started_on", kToday}},
        {"keyworker_user_id"}}},
      {"/episodes",
       {"unknown intensity",
        {{"person_id", person_id_},
         {"keyworker_user_id", user_ids_["peer"]},
         {"started_on", kToday},
         {"intensity", "huge"}},
        {"intensity"}}},
      {"/concerns", {"concern without text", {{"person_id", person_id_}}, {"text"}}},
      {person + "/break-glass", {"break-glass without a reason", {}, {"reason"}}},
      {"/decisions",
       {"decision about a ticket",
        {{"about", json::object{{"kind", "ticket"}, {"id", concern}}},
         {"what", "Ring her"},
         {"who_does_it", user_ids_["peer"]},
         {"by_when", kToday},
         {"present", json::array{user_ids_["peer"], user_ids_["teamlead"]}},
         {"huddle_on", kToday}},
        {"about"}}},
      {"/decisions",
       {"decision held alone",
        {{"about", json::object{{"kind", "concern"}, {"id", concern}}},
         {"what", "Ring her"},
         {"who_does_it", user_ids_["peer"]},
         {"by_when", kToday},
         {"present", json::array{user_ids_["peer"]}},
         {"huddle_on", kToday}},
        {"present"}}},
  };
  for (const auto& [path, c] : changes) {
    expect_422(Post(client, path, "practitioner", c.body), c.fields, c.what);
  }

  const std::string e = "/episodes/" + episode;
  const std::vector<std::pair<std::string, Case>> versioned = {
      {e + "/keyworker",
       {"keyworker outside the team",
        {{"user_id", user_ids_["south"]}, {"from", kToday}},
        {"keyworker_user_id"}}},
      {e + "/keyworker", {"keyworker without a date", {{"user_id", user_ids_["peer"]}}, {"from"}}},
      {e + "/reviews", {"review next week", {{"on", "2026-06-04"}}, {"on"}}},
      {e + "/planned-ending", {"no planned end member", {}, {"planned_end_on"}}},
      {e + "/planned-ending",
       {"planned end in the past", {{"planned_end_on", "2026-05-01"}}, {"planned_end_on"}}},
      {e + "/intensity", {"unknown intensity", {{"intensity", "extreme"}}, {"intensity"}}},
      {e + "/ending", {"ending for no reason", {{"ended_on", kToday}}, {"reason"}}},
      {e + "/ending",
       {"moving on to nowhere", {{"reason", "moving-on"}, {"ended_on", kToday}}, {"moving_on_to"}}},
      {"/concerns/" + concern + "/resolution", {"resolved how?", {{"how", ""}}, {"how"}}},
  };
  for (const auto& [path, c] : versioned) {
    expect_422(Post(client, path, "practitioner", c.body, "\"1\""), c.fields, c.what);
  }

  expect_422(Call(client, "PUT", person + "/details", "practitioner",
                  json::object{{"address_postcode", "not a postcode"},
                               {"contact_methods", json::array{"pigeon"}},
                               {"people_in_corner",
                                json::array{json::object{
                                    {"name", ""}, {"relationship", "friend"}, {"phone", "0"}}}},
                               {"equality", json::object{{"religion", "jedi"}}}},
                  "\"0\""),
             {"contact_methods"}, "details the reader refuses");
  expect_422(
      Call(client, "PUT", person + "/details", "practitioner",
           json::object{{"address_postcode", "not a postcode"},
                        {"people_in_corner",
                         json::array{json::object{{"relationship", "other"}, {"name", "Aoife"}}}},
                        {"equality", json::object{{"religion", "jedi"}}}},
           "\"0\""),
      {"address_postcode", "corner_0_relationship_detail", "equality.religion"},
      "details the domain refuses");
  expect_422(Call(client, "PUT", person + "/details", "practitioner",
                  json::object{{"pronouns", "she/her"}}, "\"-1\""),
             {"If-Match"}, "a version below zero");

  // The wrong kind of body.
  HttpResponse text = client.Send("POST", "/api/v1/concerns", "person_id=x",
                                  As("practitioner", {{"content-type", "text/plain"}}));
  EXPECT_EQ(text.status, 415);
  HttpResponse list = client.Send("POST", "/api/v1/concerns", "[1, 2]",
                                  As("practitioner", {{"content-type", "application/json"}}));
  EXPECT_EQ(list.status, 400);
  EXPECT_EQ(list.Header("content-type"), "application/problem+json");

  // Nothing was stored by any of them.
  const json::object after = Record(client);
  for (const char* part : {"details", "episodes", "contacts", "concerns", "decisions"}) {
    EXPECT_EQ(after.at(part), before.at(part)) << part;
  }
  EXPECT_EQ(Audits("person.break_glass"), 0u);
}

}  // namespace
}  // namespace team_api_validation_test
}  // namespace lw::testing

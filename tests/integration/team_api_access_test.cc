// Who may use the Living Well team's API, over real HTTP: another team's
// practitioner finds nothing, a team with an episode may read, break-glass
// reads and their review, and roles outside the team's work.
#include <gtest/gtest.h>

#include <set>

#include "team_api_fixture.h"

namespace lw::testing {
namespace team_api_access_test {
namespace {

class TeamApiAccessTest : public TeamApiTest {};

TEST_F(TeamApiAccessTest, AnotherTeamsPractitionerFindsNothingAndTheRefusalIsAudited) {
  HttpClient client(port());
  const std::string episode = OpenEpisode(client);
  const std::string contact = RecordContact(client);
  const std::string concern = RaiseConcern(client);
  const std::string record = "/people/" + person_id_ + "/record";
  const std::size_t refused_before = Audits("person.access_refused");

  // Each answer is the one for a record that does not exist.
  const std::string nobody = NewId(random_);
  auto as_if_missing = [&](const HttpResponse& r, const HttpResponse& missing,
                           const std::string& what) {
    ExpectNothingOfThePerson(r, what);
    ASSERT_EQ(missing.status, 404) << what;
    json::object seen = Body(r), expected = Body(missing);
    seen.erase("instance");
    expected.erase("instance");
    EXPECT_EQ(json::serialize(seen), json::serialize(expected)) << what;
  };
  as_if_missing(Get(client, record, "south"), Get(client, "/people/" + nobody + "/record", "south"),
                "record");
  as_if_missing(Get(client, "/episodes/" + episode, "south"),
                Get(client, "/episodes/" + nobody, "south"), "episode");
  as_if_missing(
      Post(client, "/episodes/" + episode + "/reviews", "south", {{"on", kToday}}, "\"1\""),
      Post(client, "/episodes/" + nobody + "/reviews", "south", {{"on", kToday}}, "\"1\""),
      "episode review");
  as_if_missing(
      Call(client, "PUT", "/contacts/" + contact, "south", ContactBody("Changed"), "\"1\""),
      Call(client, "PUT", "/contacts/" + nobody, "south", ContactBody("Changed"), "\"1\""),
      "contact correction");
  as_if_missing(Post(client, "/concerns/" + concern + "/resolution", "south",
                     {{"how", "Not mine to resolve"}}, "\"1\""),
                Post(client, "/concerns/" + nobody + "/resolution", "south",
                     {{"how", "Not mine to resolve"}}, "\"1\""),
                "concern resolution");
  ExpectNothingOfThePerson(Call(client, "PUT", "/people/" + person_id_ + "/details", "south",
                                json::object{{"pronouns", "she/her"}}, "\"0\""),
                           "details");
  ExpectNothingOfThePerson(
      Post(client, "/concerns", "south", {{"person_id", person_id_}, {"text", "Worried"}}),
      "concern");
  ExpectNothingOfThePerson(Post(client, "/contacts", "south", ContactBody()), "contact");
  ExpectNothingOfThePerson(Post(client, "/episodes", "south", EpisodeBody("south")), "open");

  // Nothing was changed, and each attempt on the record was audited.
  json::object seen = Record(client);
  EXPECT_EQ(seen.at("details").at("version").as_int64(), 0);
  EXPECT_EQ(seen.at("episodes").as_array().size(), 1u);
  EXPECT_EQ(seen.at("episodes").at(0).at("version").as_int64(), 1);
  EXPECT_EQ(seen.at("contacts").at(0).at("version").as_int64(), 1);
  EXPECT_EQ(seen.at("concerns").as_array().size(), 1u);
  EXPECT_EQ(seen.at("concerns").at(0).at("status").as_string(), "open");
  EXPECT_EQ(Audits("person.access_refused"), refused_before + 9);
}

TEST_F(TeamApiAccessTest, ATeamWithAnEpisodeForThePersonMayReadTheRecord) {
  HttpClient client(port());
  ExpectNothingOfThePerson(Get(client, "/people/" + person_id_ + "/record", "west"), "before");
  // The front door introduces her to the West team, on her record; the
  // West team then supports her too.
  HttpResponse intro = client.Post(
      "/api/v1/introductions",
      json::serialize(json::object{{"source", "walk-in"},
                                   {"given_name", kGiven},
                                   {"family_name", kFamily},
                                   {"contact_methods", json::array{"phone"}},
                                   {"phone", "07700 900123"},
                                   {"in_their_words", "I would like a walking group nearby"},
                                   {"team_id", west_team_}}),
      "application/json", As("frontdoor"));
  ASSERT_EQ(intro.status, 201) << intro.body;
  HttpResponse linked = Post(client, "/introductions/" + Id(intro) + "/person-link", "frontdoor",
                             {{"person_id", person_id_}}, "\"1\"");
  ASSERT_EQ(linked.status, 200) << linked.body;
  const std::string west_episode = OpenEpisode(client, "west");
  ASSERT_FALSE(west_episode.empty());

  json::object record = Record(client, "west");
  EXPECT_EQ(record.at("person").at("team_id").as_string(), north_team_);  // still North's
  EXPECT_TRUE(record.at("break_glass").is_null());
  EXPECT_TRUE(record.at("may_change").as_bool());
  ASSERT_EQ(record.at("episodes").as_array().size(), 1u);
  EXPECT_EQ(record.at("episodes").at(0).at("team_id").as_string(), west_team_);
  EXPECT_EQ(Get(client, "/episodes/" + west_episode, "west").status, 200);
  // The holding team reads the other team's episode, but changes only its own.
  EXPECT_EQ(Get(client, "/episodes/" + west_episode, "practitioner").status, 200);
  EXPECT_EQ(Post(client, "/episodes/" + west_episode + "/intensity", "practitioner",
                 {{"intensity", "light"}}, "\"1\"")
                .status,
            404);
  // South still finds nothing.
  ExpectNothingOfThePerson(Get(client, "/people/" + person_id_ + "/record", "south"), "south");
}

TEST_F(TeamApiAccessTest, BreakGlassOpensTheRecordToReadOnlyAndATeamLeadReviewsIt) {
  HttpClient client(port());
  const std::string record = "/people/" + person_id_ + "/record";
  const std::string glass = "/people/" + person_id_ + "/break-glass";
  ExpectNothingOfThePerson(Get(client, record, "south"), "before");

  HttpResponse short_reason = Post(client, glass, "south", {{"reason", "urgent"}});
  EXPECT_EQ(short_reason.status, 422);
  EXPECT_EQ(Fields(short_reason), std::vector<std::string>{"reason"});
  // Her own team has no need to break the glass.
  EXPECT_EQ(Post(client, glass, "practitioner", {{"reason", "Crisis call out of hours"}}).status,
            409);

  HttpResponse granted = Post(client, glass, "south", {{"reason", "Crisis call out of hours"}});
  ASSERT_EQ(granted.status, 201) << granted.body;
  const std::string grant = Id(granted);
  EXPECT_EQ(granted.Header("location"), "/api/v1" + record);
  EXPECT_EQ(granted.Header("etag"), "\"1\"");
  EXPECT_EQ(Body(granted).at("user_id").as_string(), user_ids_["south"]);
  EXPECT_TRUE(Body(granted).at("review").is_null());

  json::object seen = Record(client, "south");
  EXPECT_EQ(seen.at("person").at("given_name").as_string(), kGiven);
  ASSERT_TRUE(seen.at("break_glass").is_object());
  EXPECT_EQ(seen.at("break_glass").at("id").as_string(), grant);
  EXPECT_FALSE(seen.at("may_change").as_bool());
  EXPECT_EQ(Audits("person.break_glass"), 1u);
  EXPECT_EQ(Audits("person.read.break_glass"), 1u);

  // Reading is all it allows.
  ExpectNothingOfThePerson(Call(client, "PUT", "/people/" + person_id_ + "/details", "south",
                                json::object{{"pronouns", "she/her"}}, "\"0\""),
                           "details");
  ExpectNothingOfThePerson(
      Post(client, "/concerns", "south", {{"person_id", person_id_}, {"text", "Worried"}}),
      "concern");
  ExpectNothingOfThePerson(Post(client, "/episodes", "south", EpisodeBody("south")), "episode");
  ExpectNothingOfThePerson(Post(client, "/contacts", "south", ContactBody()), "contact");

  // The review is a team lead's.
  EXPECT_EQ(Get(client, "/break-glass", "practitioner").status, 404);
  EXPECT_EQ(
      Post(client, "/break-glass/" + grant + "/review", "practitioner", {{"note", "Fine"}}, "\"1\"")
          .status,
      404);
  // ... of the team whose member broke the glass: the North lead, whose
  // team holds the record, neither sees nor reviews it.
  auto listed = [&](const std::string& lead) {
    HttpResponse list = Get(client, "/break-glass", lead);
    EXPECT_EQ(list.status, 200) << list.body;
    std::set<std::string> ids;
    const json::object body = Body(list);  // kept alive for the loop
    for (const auto& g : body.at("items").as_array()) {
      ids.insert(std::string(g.at("id").as_string()));
    }
    return ids;
  };
  EXPECT_FALSE(listed("teamlead").contains(grant));
  EXPECT_TRUE(listed("southlead").contains(grant));
  const std::string review = "/break-glass/" + grant + "/review";
  EXPECT_EQ(Post(client, review, "teamlead", {{"note", "Fine"}}, "\"1\"").status, 404);
  EXPECT_EQ(Post(client, review, "southlead", {{"note", "Appropriate"}}).status, 428);
  HttpResponse reviewed =
      Post(client, review, "southlead", {{"note", "Appropriate: crisis out of hours"}}, "\"1\"");
  ASSERT_EQ(reviewed.status, 200) << reviewed.body;
  EXPECT_EQ(reviewed.Header("etag"), "\"2\"");
  EXPECT_EQ(Body(reviewed).at("review").at("by_user_id").as_string(), user_ids_["southlead"]);
  EXPECT_EQ(Post(client, review, "southlead", {{"note", "Again"}}, "\"1\"").status, 412);
  EXPECT_EQ(Audits("break_glass.review", "break-glass", grant), 1u);
  EXPECT_FALSE(listed("southlead").contains(grant));
}

TEST_F(TeamApiAccessTest, PartnersCommissionersAndAdministratorsFindNoTeamRoute) {
  HttpClient client(port());
  const std::string episode = OpenEpisode(client);
  const std::string contact = RecordContact(client);
  const std::string concern = RaiseConcern(client);
  HttpResponse glass =
      Post(client, "/people/" + person_id_ + "/break-glass", "south", {{"reason", "Crisis call"}});
  ASSERT_EQ(glass.status, 201);
  HttpResponse decided = Post(client, "/decisions", "teamlead",
                              {{"about", json::object{{"kind", "person"}, {"id", person_id_}}},
                               {"what", "Offer the walking group"},
                               {"who_does_it", user_ids_["peer"]},
                               {"by_when", kToday},
                               {"present", json::array{user_ids_["teamlead"], user_ids_["peer"]}},
                               {"huddle_on", kToday}});
  ASSERT_EQ(decided.status, 201) << decided.body;
  const std::string person = "/people/" + person_id_;
  const std::string d = "/decisions/" + Id(decided);
  struct Route {
    std::string method, path;
  };
  const std::vector<Route> routes = {
      {"GET", person + "/record"},
      {"PUT", person + "/details"},
      {"POST", person + "/break-glass"},
      {"GET", "/break-glass"},
      {"POST", "/break-glass/" + Id(glass) + "/review"},
      {"POST", "/episodes"},
      {"GET", "/episodes/" + episode},
      {"POST", "/episodes/" + episode + "/keyworker"},
      {"POST", "/episodes/" + episode + "/reviews"},
      {"POST", "/episodes/" + episode + "/planned-ending"},
      {"POST", "/episodes/" + episode + "/intensity"},
      {"POST", "/episodes/" + episode + "/ending"},
      {"POST", "/contacts"},
      {"PUT", "/contacts/" + contact},
      {"POST", "/concerns"},
      {"POST", "/concerns/" + concern + "/resolution"},
      {"GET", "/huddle"},
      {"POST", "/decisions"},
      {"POST", d + "/done"},
      {"POST", d + "/reschedule"},
      {"GET", "/caseloads/me"},
      {"GET", "/caseloads/" + user_ids_["practitioner"]},
      {"GET", "/team/caseload"},
  };
  // Every team route is in the list: one of each pattern the app registered.
  const std::set<std::string> team_prefixes = {"/api/v1/people/{id}/record",
                                               "/api/v1/people/{id}/details",
                                               "/api/v1/people/{id}/break-glass",
                                               "/api/v1/break-glass",
                                               "/api/v1/episodes",
                                               "/api/v1/contacts",
                                               "/api/v1/concerns",
                                               "/api/v1/huddle",
                                               "/api/v1/decisions",
                                               "/api/v1/caseloads",
                                               "/api/v1/team/caseload"};
  std::size_t registered = 0;
  for (const auto& r : app().router().routes()) {
    for (const std::string& prefix : team_prefixes) {
      if (r.pattern.starts_with(prefix)) {
        ++registered;
        break;
      }
    }
  }
  EXPECT_EQ(registered, routes.size());

  const json::object body{{"reason", "Looking for her"}, {"text", "Worried"}};
  for (const char* who : {"partner", "commissioner", "admin"}) {
    for (const Route& r : routes) {
      const std::string what = std::string(who) + " " + r.method + " " + r.path;
      HttpResponse answer = r.method == "GET" ? Get(client, r.path, who)
                                              : Call(client, r.method, r.path, who, body, "\"1\"");
      ExpectNothingOfThePerson(answer, what);
    }
  }
  // Nothing changed for them.
  json::object record = Record(client);
  EXPECT_EQ(record.at("episodes").at(0).at("version").as_int64(), 1);
  EXPECT_EQ(record.at("contacts").at(0).at("version").as_int64(), 1);
  EXPECT_EQ(record.at("concerns").at(0).at("status").as_string(), "open");
  EXPECT_EQ(record.at("details").at("version").as_int64(), 0);
}

}  // namespace
}  // namespace team_api_access_test
}  // namespace lw::testing

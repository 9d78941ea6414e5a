// Shared set-up for the Living Well team's API tests over real HTTP
// (team_api_test.cc, team_api_access_test.cc, team_api_validation_test.cc).
// Included only by those tests; the helpers are in an anonymous namespace,
// so each test file has its own.
//
// Beside the demo's accounts (all in the North team, but the partner,
// commissioner and administrator), it adds a practitioner in the demo's
// South team ("south") with its team lead ("southlead"), one in a West
// team of its own ("west"), and a
// person held by the North team whom nobody else knows ("Marguerite
// Oyelaran", made through /api/v1/people by the practitioner).
#pragma once

#include <gtest/gtest.h>
#include <boost/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app_fixture.h"
#include "base/dates.h"
#include "base/ids.h"
#include "services/account_service.h"
#include "services/audit_events.h"
#include "services/password.h"

namespace lw::testing {
namespace {

namespace json = boost::json;

constexpr const char* kGiven = "Marguerite";
constexpr const char* kFamily = "Oyelaran";
constexpr const char* kToday = "2026-05-28";  // the fixture's clock, in London

class TeamApiTest : public AppFixture {
 protected:
  void SetUp() override {
    AppFixture::SetUp();
    if (HasFatalFailure()) return;
    std::string south_team, locality, neighbourhood;
    auto read = app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto users = tx.ListUsers();
      if (!users) return Fail(users.error());
      for (const User& u : *users) {
        user_ids_[u.username] = u.id;
        if (u.username == "practitioner") {
          north_team_ = u.team_id;
          organisation_ = u.organisation_id;
        }
      }
      auto teams = tx.ListTeams();
      if (!teams) return Fail(teams.error());
      for (const Team& t : *teams) {
        if (t.id != north_team_) south_team = t.id;
        locality = t.locality_id;
        neighbourhood = t.neighbourhood_id;
      }
      return Ok();
    });
    ASSERT_TRUE(read);
    ASSERT_FALSE(south_team.empty());
    west_team_ = NewId(random_);
    ASSERT_TRUE(app().store().Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
      return tx.PutTeam({west_team_, locality, neighbourhood, "West Living Well Team"});
    }));
    AccountService accounts(app().store(), clock_, random_, MinimalPasswordHashOptions());
    struct Extra {
      std::string name, team, role;
    };
    for (const auto& [name, team, role] :
         {Extra{"south", south_team, "practitioner"}, Extra{"southlead", south_team, "team-lead"},
          Extra{"west", west_team_, "practitioner"}}) {
      auto user = accounts.AddUser(SystemActor("test"),
                                   {.username = name,
                                    .display_name = name + " " + role,
                                    .role = role,
                                    .team_id = team,
                                    .organisation_id = organisation_},
                                   kPassword);
      ASSERT_TRUE(user) << user.error().message;
      user_ids_[name] = user->id;
    }
    for (const char* name : {"frontdoor", "practitioner", "peer", "teamlead", "partner",
                             "commissioner", "admin", "south", "southlead", "west"}) {
      auto token = accounts.CreateApiToken(SystemActor("test"), name, "test");
      ASSERT_TRUE(token) << name;
      tokens_[name] = *token;
    }
    HttpClient client(port());
    HttpResponse made = client.Post(
        "/api/v1/people",
        json::serialize(json::object{{"given_name", kGiven},
                                     {"family_name", kFamily},
                                     {"date_of_birth", "1979-10-02"},
                                     {"reason", "Introduced herself at the Listening Lounge"}}),
        "application/json", As("practitioner"));
    ASSERT_EQ(made.status, 201) << made.body;
    person_id_ = std::string(json::parse(made.body).at("id").as_string());
  }

  HeaderList As(const std::string& who, HeaderList extra = {}) {
    extra.push_back({"authorization", "Bearer " + tokens_.at(who)});
    return extra;
  }

  // `method` `path` (under /api/v1) as `who`, with a JSON body (none for
  // GET) and If-Match when given.
  HttpResponse Call(HttpClient& client, const std::string& method, const std::string& path,
                    const std::string& who, const std::optional<json::object>& body = std::nullopt,
                    const std::optional<std::string>& if_match = std::nullopt) {
    HeaderList headers = As(who);
    if (body) headers.push_back({"content-type", "application/json"});
    if (if_match) headers.push_back({"if-match", *if_match});
    return client.Send(method, "/api/v1" + path, body ? json::serialize(*body) : "", headers);
  }
  HttpResponse Get(HttpClient& client, const std::string& path, const std::string& who) {
    return Call(client, "GET", path, who);
  }
  HttpResponse Post(HttpClient& client, const std::string& path, const std::string& who,
                    const json::object& body,
                    const std::optional<std::string>& if_match = std::nullopt) {
    return Call(client, "POST", path, who, body, if_match);
  }

  static json::object Body(const HttpResponse& r) { return json::parse(r.body).as_object(); }
  static std::string Id(const HttpResponse& r) {
    return std::string(json::parse(r.body).at("id").as_string());
  }

  json::object EpisodeBody(const std::string& keyworker = "practitioner") {
    return {{"person_id", person_id_},
            {"keyworker_user_id", user_ids_.at(keyworker)},
            {"started_on", "2026-05-20"}};
  }
  // Opens an episode for the person as `who` (in their team); its id.
  std::string OpenEpisode(HttpClient& client, const std::string& who = "practitioner") {
    HttpResponse r = Post(client, "/episodes", who, EpisodeBody(who));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? Id(r) : "";
  }

  json::object ContactBody(const std::string& note = "Walked by the canal; feeling brighter") {
    return {{"occurred_at", "2026-05-28T10:00:00+01:00"},
            {"duration_minutes", 50},
            {"people",
             json::array{json::object{{"person_id", person_id_}, {"attendance", "attended"}}}},
            {"mode", "face-to-face"},
            {"place", "outdoors"},
            {"note", note}};
  }
  std::string RecordContact(HttpClient& client) {
    HttpResponse r = Post(client, "/contacts", "practitioner", ContactBody());
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? Id(r) : "";
  }
  std::string RaiseConcern(HttpClient& client,
                           const std::string& text = "Not answering since Monday") {
    HttpResponse r = Post(client, "/concerns", "peer", {{"person_id", person_id_}, {"text", text}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? Id(r) : "";
  }

  // The person's record as `who` sees it.
  json::object Record(HttpClient& client, const std::string& who = "practitioner") {
    HttpResponse r = Get(client, "/people/" + person_id_ + "/record", who);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? Body(r) : json::object();
  }

  // How many audit entries on the person's record have `action`.
  std::size_t Audits(const std::string& action, const std::string& type = "person",
                     std::string id = "") {
    if (id.empty()) id = person_id_;
    std::size_t n = 0;
    EXPECT_TRUE(app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto entries = tx.AuditForRecord(type, id);
      if (!entries) return Fail(entries.error());
      for (const auto& e : *entries) n += e.event.action == action ? 1 : 0;
      return Ok();
    }));
    return n;
  }

  // The field names of a 422's errors.
  static std::vector<std::string> Fields(const HttpResponse& r) {
    std::vector<std::string> out;
    json::value v = json::parse(r.body);
    if (const json::value* errors = v.as_object().if_contains("errors")) {
      for (const auto& e : errors->as_array()) out.emplace_back(e.at("field").as_string());
    }
    return out;
  }

  // A 404 problem that says nothing of the person: neither name, nor
  // their id anywhere but the path the caller sent (`instance`).
  void ExpectNothingOfThePerson(const HttpResponse& r, const std::string& what) {
    EXPECT_EQ(r.status, 404) << what << ": " << r.body;
    EXPECT_EQ(r.Header("content-type"), "application/problem+json") << what;
    EXPECT_EQ(r.body.find(kGiven), std::string::npos) << what;
    EXPECT_EQ(r.body.find(kFamily), std::string::npos) << what;
    json::object problem = Body(r);
    problem.erase("instance");
    EXPECT_EQ(json::serialize(problem).find(person_id_), std::string::npos) << what;
  }

  std::map<std::string, std::string> tokens_;
  std::map<std::string, std::string> user_ids_;
  std::string north_team_;
  std::string organisation_;  // the practitioner's
  std::string west_team_;
  std::string person_id_;
};

}  // namespace
}  // namespace lw::testing

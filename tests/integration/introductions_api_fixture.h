// Shared set-up for the /api/v1/introductions tests over real HTTP
// (introductions_api_test.cc, introductions_api_changes_test.cc). Included only by those tests;
// the helpers are in an anonymous namespace, so each test file has its own.
#pragma once

#include <gtest/gtest.h>
#include <boost/json.hpp>
#include <chrono>
#include <map>
#include <set>
#include "app_fixture.h"
#include "base/dates.h"
#include "base/ids.h"
#include "services/account_service.h"
#include "services/audit_events.h"

namespace lw::testing {
namespace {

namespace json = boost::json;

constexpr const char* kPath = "/api/v1/introductions";

class IntroductionsApiTest : public AppFixture {
 protected:
  void SetUp() override {
    AppFixture::SetUp();
    if (HasFatalFailure()) return;
    AccountService accounts(app().store(), clock_, random_, MinimalPasswordHashOptions());
    for (const char* name :
         {"frontdoor", "practitioner", "peer", "teamlead", "partner", "commissioner", "admin"}) {
      tokens_[name] = *accounts.CreateApiToken(SystemActor("test"), name, "test");
    }
    // The demo data has introductions of its own; the tests' go to a team
    // of their own, in a neighbourhood no other team serves, so lists can
    // be counted exactly.
    auto read = app().store().Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
      auto users = tx.ListUsers();
      if (!users) return Fail(users.error());
      for (const User& u : *users) user_ids_[u.username] = u.id;
      for (const User& u : *users) {
        if (u.username == "practitioner") demo_team_id_ = u.team_id;
      }
      auto teams = tx.ListTeams();
      if (!teams) return Fail(teams.error());
      std::set<std::string> served;
      std::string locality_id;
      for (const Team& t : *teams) {
        served.insert(t.neighbourhood_id);
        if (t.id == demo_team_id_) {
          demo_neighbourhood_id_ = t.neighbourhood_id;
          locality_id = t.locality_id;
        }
      }
      auto neighbourhoods = tx.ListNeighbourhoods(locality_id);
      if (!neighbourhoods) return Fail(neighbourhoods.error());
      for (const Neighbourhood& n : *neighbourhoods) {
        if (!served.contains(n.id)) neighbourhood_id_ = n.id;
      }
      team_id_ = NewId(random_);
      return tx.PutTeam({team_id_, locality_id, neighbourhood_id_, "Test team"});
    });
    ASSERT_TRUE(read);
    ASSERT_FALSE(neighbourhood_id_.empty());
  }

  HeaderList As(const std::string& who, HeaderList extra = {}) {
    extra.push_back({"authorization", "Bearer " + tokens_.at(who)});
    return extra;
  }
  HeaderList JsonAs(const std::string& who, HeaderList extra = {}) {
    extra.push_back({"content-type", "application/json"});
    return As(who, std::move(extra));
  }

  // A complete introduction from a GP.
  json::object Draft() {
    return json::object{{"source", "gp"},
                        {"introducer_name", "Dr Amir Khan"},
                        {"introducer_organisation", "Millbrook Medical Centre"},
                        {"given_name", "Asha"},
                        {"family_name", "Patel"},
                        {"date_of_birth", "1990-07-14"},
                        {"postcode", "ml1 4aa"},
                        {"nhs_number", "943 476 5919"},
                        {"contact_methods", json::array{"phone", "text"}},
                        {"phone", "07700 900982"},
                        {"may_leave_message", true},
                        {"safe_times", "After 6pm"},
                        {"in_their_words", "I have not been sleeping and I feel alone."},
                        {"help_wanted", "Someone to talk to"},
                        {"equality", json::object{{"sexual_orientation", "prefer-not-to-say"}}},
                        {"team_id", team_id_}};
  }

  HttpResponse Create(HttpClient& client, const json::object& body,
                      const std::string& who = "frontdoor", HeaderList extra = {}) {
    return client.Post(kPath, json::serialize(body), "application/json", As(who, std::move(extra)));
  }

  // Makes an introduction as `who`, returning its id.
  std::string MakeOne(HttpClient& client, const std::string& who = "frontdoor",
                      json::object body = {}) {
    if (body.empty()) body = Draft();
    HttpResponse r = Create(client, body, who);
    EXPECT_EQ(r.status, 201) << r.body;
    return std::string(json::parse(r.body).at("id").as_string());
  }

  HttpResponse Change(HttpClient& client, const std::string& id, const std::string& action,
                      const json::object& body, const std::string& version,
                      const std::string& who = "frontdoor") {
    return client.Send("POST", std::string(kPath) + "/" + id + "/" + action, json::serialize(body),
                       JsonAs(who, {{"if-match", version}}));
  }

  json::value Get(HttpClient& client, const std::string& id, const std::string& who = "frontdoor") {
    HttpResponse r = client.Get(std::string(kPath) + "/" + id, As(who));
    EXPECT_EQ(r.status, 200) << r.body;
    return json::parse(r.body);
  }

  // Every introduction, open or closed, as the front door counts them.
  std::int64_t Total(HttpClient& client) {
    HttpResponse r = client.Get(std::string(kPath) + "?include_closed=true", As("frontdoor"));
    EXPECT_EQ(r.status, 200) << r.body;
    return json::parse(r.body).at("total").as_int64();
  }

  std::size_t AuditCount(const std::string& type, const std::string& action,
                         const std::string& id) {
    std::size_t n = 0;
    auto read = app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto entries = tx.AuditForRecord(type, id);
      if (!entries) return Fail(entries.error());
      for (const auto& e : *entries) n += e.event.action == action ? 1 : 0;
      return Ok();
    });
    EXPECT_TRUE(read);
    return n;
  }
  std::size_t Audits(const std::string& action, const std::string& id) {
    return AuditCount("introduction", action, id);
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

  std::map<std::string, std::string> tokens_;
  std::map<std::string, std::string> user_ids_;
  std::string team_id_;  // the tests' own team
  std::string neighbourhood_id_;
  std::string demo_team_id_;
  std::string demo_neighbourhood_id_;
};

[[maybe_unused]] std::string Mine(const std::string& team_id) {
  return std::string(kPath) + "?team=" + team_id;
}

}  // namespace
}  // namespace lw::testing

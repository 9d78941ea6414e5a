// The record pages' test fixture (included only by record_*_test.cc): the
// pages' routes over a TeamService on the in-memory store, with a team of
// three (a practitioner keyworker, another practitioner, a peer worker),
// a practitioner in another team, and a seeded person.
#pragma once

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <optional>
#include <regex>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "base/dates.h"
#include "base/ids.h"
#include "domain/team/episode_schedule.h"
#include "http/router.h"
#include "services/password.h"
#include "services/service_test_support.h"
#include "web/test_support.h"
#include "web/web.h"

namespace lw::web::record_test {

using ::testing::HasSubstr;
using ::testing::Not;

inline Date Day(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

// Every id on the page is unique (several forms share field names).
inline void ExpectUniqueIds(const std::string& html) {
  static const std::regex kId(R"re( id="([^"]+)")re");
  std::set<std::string> seen;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), kId); it != std::sregex_iterator();
       ++it) {
    EXPECT_TRUE(seen.insert((*it)[1]).second) << "duplicate id " << (*it)[1];
  }
}

// Where `needle` is in `html` after `from`; npos when it is not.
inline std::size_t After(const std::string& html, std::string_view from, std::string_view needle) {
  std::size_t start = html.find(from);
  return start == std::string::npos ? std::string::npos : html.find(needle, start);
}

class RecordPagesTest : public ::testing::Test {
 protected:
  RecordPagesTest()
      : auth_(*w_.store, w_.clock, w_.random,
              AuthOptions{.password = MinimalPasswordHashOptions()}),
        home_(*w_.store),
        people_(*w_.store, w_.clock, w_.random),
        frontdoor_(*w_.store, w_.clock, w_.random, FrontDoorOptions{}),
        team_(*w_.store, w_.clock, w_.random, TeamSettings{.rhythm = TamesideRhythm()}),
        deps_{.auth = auth_,
              .home = home_,
              .people = people_,
              .accounts = w_.accounts,
              .frontdoor = frontdoor_,
              .team = team_,
              .assets = fake_.assets(),
              .clock = w_.clock,
              .site = {.service_name = "Living Well", .locality_name = "Testshire"},
              .random = &w_.random},
        sam_(Staff("sam", "Sam Keyworker", Role::kPractitioner, "team-a")),
        priya_(Staff("priya", "Priya Desai", Role::kPractitioner, "team-a")),
        pat_(Staff("pat", "Pat Peer", Role::kPeerWorker, "team-a")),
        bea_(Staff("bea", "Bea Elsewhere", Role::kPractitioner, "team-b")) {
    RegisterPages(router_, deps_);
  }

  // As ServiceWorld::Add, with a display name apart from the username.
  Actor Staff(const std::string& username, const std::string& name, Role role,
              const std::string& team) {
    auto user = w_.accounts.AddUser(SystemActor("test"),
                                    {.username = username,
                                     .display_name = name,
                                     .role = std::string(RoleKey(role)),
                                     .team_id = team,
                                     .organisation_id = "org-nhs"},
                                    lw::testing::ServiceWorld::kPassword);
    EXPECT_TRUE(user.has_value()) << user.error().message;
    return Actor{.user_id = user->id,
                 .username = user->username,
                 .display_name = user->display_name,
                 .role = user->role,
                 .organisation_id = user->organisation_id,
                 .team_id = user->team_id};
  }

  http::Response Call(const Actor& actor, const std::string& method, const std::string& target,
                      std::optional<http::Form> form = std::nullopt) {
    http::Request request;
    request.method = method;
    request.target = target;
    std::size_t q = target.find('?');
    request.path = target.substr(0, q);
    request.query = q == std::string::npos ? "" : target.substr(q + 1);
    request.remote_address = "127.0.0.1";
    request.form = std::move(form);
    http::Router::Match match = router_.Find(request.method, request.path);
    EXPECT_NE(match.route, nullptr) << method << " " << target;
    if (match.route == nullptr) return http::Response::Text("no route", 599);
    EXPECT_TRUE(MayUseRoute(actor, match.route->access)) << target;
    request.params = match.params;
    http::RequestContext ctx{.actor = actor, .csrf_token = "csrf-1"};
    return match.route->handler(request, ctx);
  }

  std::string Show(const Actor& actor, const std::string& target) {
    http::Response r = Call(actor, "GET", target);
    EXPECT_EQ(r.status, 200) << target;
    testing::ExpectPageRules(r.body);
    ExpectUniqueIds(r.body);
    return r.body;
  }

  std::string NewPerson(std::string given = "Amara", std::string family = "Okafor") {
    Person draft;
    draft.given_name = std::move(given);
    draft.family_name = std::move(family);
    draft.date_of_birth = Day(1994, 5, 12);
    draft.postcode = "SK14 1AA";
    draft.nhs_number = "9434765919";
    auto p = people_.Create(sam_, draft, "Met at the front door");
    EXPECT_TRUE(p.has_value()) << p.error().message;
    return p->id;
  }

  // A person with details, an ended episode and an active one, two
  // contacts and a concern.
  std::string Seeded() {
    std::string id = NewPerson();
    PersonDetails d;
    d.pronouns = "she/her";
    d.address = {.line_1 = "4 Mill Lane", .town = "Hyde", .postcode = "SK14 1AA"};
    d.contact.methods = {ContactMethod::kPhone};
    d.contact.phone = "07700 900982";
    d.contact.safe_times = "After 6pm";
    d.safe_contact_notes = "Do not call when her partner is home";
    d.gp_practice = {.name = "Hyde Medical Centre", .ods_code = "P84012"};
    d.people_in_corner = {{.name = "Grace Okafor",
                           .relationship = CornerRelationship::kFamily,
                           .relationship_detail = "Sister",
                           .is_carer = true,
                           .may_contact = true}};
    d.languages = {{.name = "Igbo", .main = true}, {.name = "English"}};
    d.interpreter_needed = false;
    d.communication_needs = "Easy Read letters";
    d.equality.answers["sexual_orientation"] = {.option = "bisexual"};
    d.equality.answers["religion"] = {.option = std::string(kPreferNotToSay)};
    auto details = team_.UpdateDetails(sam_, id, d, 0, "First visit");
    EXPECT_TRUE(details.has_value()) << details.error().message;

    auto first = team_.OpenEpisode(
        sam_, {.person_id = id, .keyworker_user_id = sam_.user_id, .started_on = Day(2026, 3, 2)});
    EXPECT_TRUE(first.has_value()) << first.error().message;
    auto ended = team_.EndEpisode(sam_, first->id, first->version,
                                  {.reason = EpisodeEnding::kMovingOn,
                                   .persons_words = "I feel ready to try the carers centre",
                                   .moving_on_to = "Tameside Carers Centre",
                                   .ended_on = Day(2026, 4, 20)});
    EXPECT_TRUE(ended.has_value()) << ended.error().message;
    auto second = team_.OpenEpisode(sam_, {.person_id = id,
                                           .keyworker_user_id = priya_.user_id,
                                           .started_on = Day(2026, 5, 1),
                                           .intensity = Intensity::kIntensive});
    EXPECT_TRUE(second.has_value()) << second.error().message;
    active_ = second->id;
    for (auto [day, mode, note] : {std::tuple(5, ContactMode::kPhone, "Talked about sleep"),
                                   std::tuple(20, ContactMode::kText, "Checked in by text")}) {
      auto c = team_.RecordContact(priya_, {.occurred_at = LondonToUtc(Day(2026, 5, day), 10, 0),
                                            .duration_minutes = 30,
                                            .people = {{.person_id = id, .episode_id = active_}},
                                            .mode = mode,
                                            .note = note});
      EXPECT_TRUE(c.has_value()) << c.error().message;
    }
    auto concern = team_.RaiseConcern(pat_, id, "She said she has stopped eating");
    EXPECT_TRUE(concern.has_value()) << concern.error().message;
    return id;
  }

  Episode EpisodeNow(const std::string& id) {
    auto e = team_.GetEpisode(sam_, id);
    EXPECT_TRUE(e.has_value());
    return *e;
  }

  PersonRecordView RecordNow(const std::string& id) {
    auto r = team_.Record(sam_, id);
    EXPECT_TRUE(r.has_value());
    return *r;
  }

  http::Form EpisodeForm(const std::string& person, const Episode& e) {
    http::Form f;
    f.Add("csrf_token", "csrf-1");
    f.Add("version", std::to_string(e.version));
    f.Add("person_id", person);
    return f;
  }

  static void AddDate(http::Form& f, const std::string& field, Date d) {
    f.Add(field + "_day", std::to_string(d.day()));
    f.Add(field + "_month", std::to_string(d.month()));
    f.Add(field + "_year", std::to_string(d.year()));
  }

  static void ExpectBackTo(const http::Response& r, const std::string& person,
                           std::string_view done_and_section) {
    EXPECT_EQ(r.status, 303) << r.body;
    EXPECT_EQ(r.GetHeader("Location"),
              "/people/" + person + "/record?done=" + std::string(done_and_section));
  }

  lw::testing::ServiceWorld w_;
  testing::FakeAssets fake_;
  AuthService auth_;
  HomeService home_;
  PeopleService people_;
  FrontDoorService frontdoor_;
  TeamService team_;
  WebDeps deps_;
  http::Router router_;
  Actor sam_, priya_, pat_, bea_;
  std::string active_;  // Seeded()'s active episode
};

}  // namespace lw::web::record_test

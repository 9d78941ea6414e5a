// The staffing API over real HTTP, on the demo locality (whose North
// neighbourhood meets the GM minimum, South shows gaps and the locality
// has no psychologist): the check for each role, a post from adding to
// ending with ETags and audit, bad input as problem+json, and the
// organisations and teams lists.
#include <gtest/gtest.h>
#include <boost/json.hpp>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app_fixture.h"
#include "services/account_service.h"
#include "services/audit_events.h"
#include "services/password.h"

namespace lw::testing {
namespace staffing_api_test {
namespace {

namespace json = boost::json;

constexpr const char* kUsernames[] = {"admin",    "frontdoor", "practitioner", "peer",
                                      "teamlead", "partner",   "commissioner"};

class StaffingApiTest : public AppFixture {
 protected:
  void SetUp() override {
    AppFixture::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto users = tx.ListUsers();
      if (!users) return Fail(users.error());
      for (const User& u : *users) {
        users_[u.username] = u;
        names_.push_back(u.display_name);
      }
      return Ok();
    }));
    AccountService accounts(app().store(), clock_, random_, MinimalPasswordHashOptions());
    for (const char* name : kUsernames) {
      auto token = accounts.CreateApiToken(SystemActor("test"), name, "test");
      ASSERT_TRUE(token) << name;
      tokens_[name] = *token;
    }
  }

  HttpResponse Call(const std::string& method, const std::string& path, const std::string& who,
                    const std::optional<json::object>& body = std::nullopt,
                    const std::optional<std::string>& if_match = std::nullopt) {
    HttpClient client(port());
    HeaderList headers = {{"authorization", "Bearer " + tokens_.at(who)}};
    if (body) headers.push_back({"content-type", "application/json"});
    if (if_match) headers.push_back({"if-match", *if_match});
    return client.Send(method, "/api/v1" + path, body ? json::serialize(*body) : "", headers);
  }

  static json::object Body(const HttpResponse& r) { return json::parse(r.body).as_object(); }

  static std::vector<std::string> Fields(const HttpResponse& r) {
    std::vector<std::string> out;
    json::object problem = Body(r);
    if (const json::value* errors = problem.if_contains("errors")) {
      for (const auto& e : errors->as_array()) out.emplace_back(e.at("field").as_string());
    }
    return out;
  }

  // A locality-wide psychologist post for the practitioner.
  json::object PsychologistBody() {
    const User& u = users_.at("practitioner");
    return {{"user_id", u.id},
            {"organisation_id", u.organisation_id},
            {"team_id", u.team_id},
            {"neighbourhood_id", "locality"},
            {"profession", "psychologist"},
            {"band", "8a"},
            {"hours_per_week", 15},
            {"organisation_kind", "voluntary"}};  // ignored: the employer's is used
  }

  std::size_t Audits(const std::string& action, const std::string& id) {
    std::size_t n = 0;
    EXPECT_TRUE(app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto entries = tx.AuditForRecord("staff_post", id);
      if (!entries) return Fail(entries.error());
      for (const auto& e : *entries) n += e.event.action == action ? 1 : 0;
      return Ok();
    }));
    return n;
  }

  static json::object Area(const json::object& overview, const std::string& name) {
    for (const json::value& n : overview.at("neighbourhoods").as_array()) {
      if (n.at("name").as_string() == name) return n.as_object();
    }
    ADD_FAILURE() << "no neighbourhood " << name;
    return {};
  }

  static std::set<std::string> Gaps(const json::object& area) {
    std::set<std::string> out;
    for (const json::value& c : area.at("clauses").as_array()) {
      if (!c.at("met").as_bool()) out.emplace(c.at("key").as_string());
    }
    return out;
  }

  std::map<std::string, User> users_;
  std::vector<std::string> names_;
  std::map<std::string, std::string> tokens_;
};

TEST_F(StaffingApiTest, TheCheckShowsTheDemosNeighbourhoodsAndGapsWithNames) {
  HttpResponse r = Call("GET", "/staffing", "teamlead");
  ASSERT_EQ(r.status, 200) << r.body;
  json::object overview = Body(r);
  EXPECT_FALSE(overview.at("met").as_bool());
  EXPECT_TRUE(overview.at("shows_staff").as_bool());
  EXPECT_EQ(overview.at("neighbourhoods").as_array().size(), 3u);
  const json::object north = Area(overview, "Millbrook North");
  EXPECT_TRUE(north.at("met").as_bool());
  const json::value& practitioners = north.at("clauses").at(0);
  EXPECT_EQ(practitioners.at("key").as_string(), "mh-practitioners");
  EXPECT_EQ(practitioners.at("found").as_int64(), 3);
  EXPECT_EQ(practitioners.at("required").as_int64(), 3);
  EXPECT_NEAR(practitioners.at("found_wte").to_number<double>(), 105.0 / 37.5, 1e-9);
  std::set<std::string> who;
  for (const json::value& p : practitioners.at("people").as_array()) {
    who.emplace(p.at("name").as_string());
  }
  EXPECT_EQ(who, (std::set<std::string>{"Priya Desai", "Jo Whitworth", "Owen Price"}));
  const json::object south = Area(overview, "Millbrook South");
  EXPECT_FALSE(south.at("met").as_bool());
  EXPECT_EQ(Gaps(south),
            (std::set<std::string>{"mh-practitioners", "senior-practitioner", "recovery-worker"}));
  EXPECT_EQ(south.at("clauses").at(0).at("gap").as_string(),
            "Needs 2 more mental health practitioners (OT, social worker or MH nurse)");
  EXPECT_EQ(Gaps(overview.at("locality").as_object()), std::set<std::string>{"psychologist"});
  EXPECT_EQ(overview.at("posts").as_array().size(), 9u);
  // An administrator sees the same.
  EXPECT_EQ(Call("GET", "/staffing", "admin").status, 200);
}

TEST_F(StaffingApiTest, CommissionersSeeCountsAndGapsButNothingOfWho) {
  HttpResponse r = Call("GET", "/staffing", "commissioner");
  ASSERT_EQ(r.status, 200) << r.body;
  json::object overview = Body(r);
  EXPECT_FALSE(overview.at("shows_staff").as_bool());
  EXPECT_FALSE(overview.contains("posts"));
  EXPECT_EQ(Area(overview, "Millbrook North").at("clauses").at(0).at("found").as_int64(), 3);
  EXPECT_FALSE(
      Area(overview, "Millbrook North").at("clauses").at(0).as_object().contains("people"));
  EXPECT_EQ(Gaps(overview.at("locality").as_object()), std::set<std::string>{"psychologist"});
  for (const auto& [username, user] : users_) {
    EXPECT_EQ(r.body.find(user.id), std::string::npos) << username;
    EXPECT_EQ(r.body.find(user.display_name), std::string::npos) << username;
  }
  // No posts, one by one or listed.
  HttpResponse posts = Call("GET", "/staff-posts", "commissioner");
  EXPECT_EQ(posts.status, 404);
  EXPECT_EQ(posts.Header("content-type"), "application/problem+json");
}

TEST_F(StaffingApiTest, EveryoneElseIsRefusedAsNotFound) {
  for (const char* who : {"frontdoor", "practitioner", "peer", "partner"}) {
    for (const char* path : {"/staffing", "/staff-posts"}) {
      HttpResponse r = Call("GET", path, who);
      EXPECT_EQ(r.status, 404) << who << " " << path;
      EXPECT_EQ(r.Header("content-type"), "application/problem+json") << who << " " << path;
    }
    EXPECT_EQ(Call("POST", "/staff-posts", who, PsychologistBody()).status, 404) << who;
  }
  EXPECT_EQ(Call("POST", "/staff-posts", "commissioner", PsychologistBody()).status, 404);
}

TEST_F(StaffingApiTest, APostFromAddingToEndingWithETags) {
  HttpResponse added = Call("POST", "/staff-posts", "admin", PsychologistBody());
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(added.Header("etag"), "\"1\"");
  json::object post = Body(added);
  const std::string id(post.at("id").as_string());
  EXPECT_EQ(added.Header("location"), "/api/v1/staff-posts/" + id);
  EXPECT_EQ(post.at("organisation_kind").as_string(), "nhs-trust");
  EXPECT_EQ(post.at("neighbourhood_id").as_string(), "locality");
  EXPECT_EQ(post.at("neighbourhood_name").as_string(), "");
  EXPECT_EQ(post.at("user_name").as_string(), "Priya Desai");
  EXPECT_EQ(post.at("profession_title").as_string(), "Psychologist");
  EXPECT_DOUBLE_EQ(post.at("wte").to_number<double>(), 0.4);
  EXPECT_TRUE(post.at("current").as_bool());
  EXPECT_EQ(Audits("staff_post.add", id), 1u);
  // The locality now has a psychologist.
  EXPECT_TRUE(Gaps(Body(Call("GET", "/staffing", "teamlead")).at("locality").as_object()).empty());

  const std::string path = "/staff-posts/" + id;
  HttpResponse got = Call("GET", path, "teamlead");
  ASSERT_EQ(got.status, 200);
  EXPECT_EQ(got.Header("etag"), "\"1\"");

  // What GET gave, changed, sent back.
  json::object sent = Body(got);
  sent["hours_per_week"] = 22.5;
  EXPECT_EQ(Call("PUT", path, "teamlead", sent).status, 428);
  HttpResponse changed = Call("PUT", path, "teamlead", sent, "\"1\"");
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.Header("etag"), "\"2\"");
  EXPECT_DOUBLE_EQ(Body(changed).at("hours_per_week").to_number<double>(), 22.5);
  EXPECT_EQ(Body(changed).at("neighbourhood_id").as_string(), "locality");
  HttpResponse stale = Call("PUT", path, "admin", sent, "\"1\"");
  EXPECT_EQ(stale.status, 412) << stale.body;
  EXPECT_EQ(stale.Header("content-type"), "application/problem+json");
  EXPECT_EQ(Body(stale).at("current_version").as_int64(), 2);
  EXPECT_EQ(Audits("staff_post.update", id), 1u);

  EXPECT_EQ(Call("POST", path + "/end", "admin").status, 428);
  EXPECT_EQ(Call("POST", path + "/end", "admin", std::nullopt, "\"1\"").status, 412);
  HttpResponse ended = Call("POST", path + "/end", "admin", std::nullopt, "\"2\"");
  ASSERT_EQ(ended.status, 200) << ended.body;
  EXPECT_EQ(ended.Header("etag"), "\"3\"");
  EXPECT_FALSE(Body(ended).at("current").as_bool());
  HttpResponse again = Call("POST", path + "/end", "admin", std::nullopt, "\"3\"");
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.Header("content-type"), "application/problem+json");
  EXPECT_EQ(Audits("staff_post.end", id), 1u);
  // Kept, listed as ended, and out of the check.
  bool listed = false;
  const json::object all = Body(Call("GET", "/staff-posts", "admin"));
  for (const json::value& p : all.at("items").as_array()) {
    if (p.at("id").as_string() == id) listed = !p.at("current").as_bool();
  }
  EXPECT_TRUE(listed);
  EXPECT_EQ(Gaps(Body(Call("GET", "/staffing", "teamlead")).at("locality").as_object()),
            std::set<std::string>{"psychologist"});

  HttpResponse history = Call("GET", path + "/history", "teamlead");
  ASSERT_EQ(history.status, 200) << history.body;
  const json::object versions = Body(history);
  const json::array& items = versions.at("items").as_array();
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].at("version").as_int64(), 1);
  EXPECT_EQ(items[0].at("reason").as_string(), "Added the post");
  EXPECT_EQ(items[0].at("changed_by_name").as_string(), "Alex Morgan");
  EXPECT_EQ(items[1].at("changed_by_name").as_string(), "Jo Whitworth");
  EXPECT_EQ(items[2].at("reason").as_string(), "Ended the post");
  EXPECT_FALSE(items[2].at("post").at("current").as_bool());

  const std::string nobody = "/staff-posts/AAAAAAAAAAAAAAAAAAAAAA";
  EXPECT_EQ(Call("GET", nobody, "admin").status, 404);
  EXPECT_EQ(Call("GET", nobody + "/history", "admin").status, 404);
  EXPECT_EQ(Call("PUT", nobody, "admin", sent, "\"1\"").status, 404);
}

TEST_F(StaffingApiTest, BadInputIsProblemJsonNamingEachField) {
  json::object body = PsychologistBody();
  body["hours_per_week"] = "fifteen";
  body["profession"] = "wizard";
  body["band"] = "Band 7";
  body["safeguarding_lead"] = "yes";
  body["shoe_size"] = 9;
  HttpResponse r = Call("POST", "/staff-posts", "admin", body);
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(r.Header("content-type"), "application/problem+json");
  const std::vector<std::string> fields = Fields(r);
  EXPECT_EQ(std::set<std::string>(fields.begin(), fields.end()),
            (std::set<std::string>{"hours_per_week", "profession", "band", "safeguarding_lead",
                                   "shoe_size"}));

  // What only the store knows: the ids name nothing.
  json::object missing = PsychologistBody();
  missing["user_id"] = "AAAAAAAAAAAAAAAAAAAAAA";
  missing["organisation_id"] = "AAAAAAAAAAAAAAAAAAAAAA";
  missing["team_id"] = "AAAAAAAAAAAAAAAAAAAAAA";
  missing["neighbourhood_id"] = "AAAAAAAAAAAAAAAAAAAAAA";
  missing["hours_per_week"] = 60;
  HttpResponse unknown = Call("POST", "/staff-posts", "admin", missing);
  ASSERT_EQ(unknown.status, 422) << unknown.body;
  EXPECT_EQ(Fields(unknown), (std::vector<std::string>{"user_id", "organisation_id", "team_id",
                                                       "neighbourhood_id", "hours_per_week"}));

  json::object no_profession = PsychologistBody();
  no_profession.erase("profession");
  EXPECT_EQ(Fields(Call("POST", "/staff-posts", "admin", no_profession)),
            std::vector<std::string>{"profession"});

  HttpClient client(port());
  HttpResponse not_json = client.Send("POST", "/api/v1/staff-posts", "user_id=x",
                                      {{"authorization", "Bearer " + tokens_.at("admin")},
                                       {"content-type", "application/x-www-form-urlencoded"}});
  EXPECT_EQ(not_json.status, 415);
  EXPECT_EQ(not_json.Header("content-type"), "application/problem+json");
  HttpResponse bad_tag =
      Call("PUT", "/staff-posts/AAAAAAAAAAAAAAAAAAAAAA", "admin", PsychologistBody(), "version 1");
  EXPECT_EQ(bad_tag.status, 422);
  // Nothing was stored.
  EXPECT_EQ(Body(Call("GET", "/staff-posts", "admin")).at("items").as_array().size(), 9u);
}

TEST_F(StaffingApiTest, OrganisationsAndTeamsForStaffNotPartners) {
  for (const char* who :
       {"admin", "frontdoor", "practitioner", "peer", "teamlead", "commissioner"}) {
    HttpResponse orgs = Call("GET", "/organisations", who);
    ASSERT_EQ(orgs.status, 200) << who;
    const json::object list = Body(orgs);
    const json::array& items = list.at("items").as_array();
    ASSERT_EQ(items.size(), 7u) << who;
    bool mind = false;
    for (const json::value& o : items) {
      if (o.at("name").as_string() != "Millbrook Mind") continue;
      mind = true;
      EXPECT_EQ(o.at("kind").as_string(), "voluntary");
      EXPECT_FALSE(o.at("network_partner").as_bool());
    }
    EXPECT_TRUE(mind) << who;
    HttpResponse teams = Call("GET", "/teams", who);
    ASSERT_EQ(teams.status, 200) << who;
    EXPECT_EQ(Body(teams).at("items").as_array().size(), 2u);
    EXPECT_EQ(Body(teams).at("items").at(0).at("name").as_string(),
              "Millbrook North Living Well Team");
  }
  EXPECT_EQ(Call("GET", "/organisations", "partner").status, 404);
  EXPECT_EQ(Call("GET", "/teams", "partner").status, 404);
}

// The page twin, wired into the app with the demo's posts.
TEST_F(StaffingApiTest, TheStaffingPageShowsTheDemosGaps) {
  HttpClient client(port());
  CookieJar jar;
  ASSERT_EQ(SignIn(client, jar, "teamlead").status, 303);
  HttpResponse page = client.Get("/staffing");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Millbrook South"), std::string::npos);
  EXPECT_NE(page.body.find("<li>Needs a psychologist</li>"), std::string::npos);
  EXPECT_NE(page.body.find("<li>Needs a recovery worker</li>"), std::string::npos);
  EXPECT_NE(page.body.find("Dr Ravi Menon"), std::string::npos);
  EXPECT_NE(page.body.find("href=\"/staffing\" aria-current=\"page\""), std::string::npos);
  HttpClient other(port());
  CookieJar other_jar;
  ASSERT_EQ(SignIn(other, other_jar, "commissioner").status, 303);
  HttpResponse counts = other.Get("/staffing");
  ASSERT_EQ(counts.status, 200);
  EXPECT_NE(counts.body.find("<li>Needs a psychologist</li>"), std::string::npos);
  EXPECT_EQ(counts.body.find("Dr Ravi Menon"), std::string::npos);
}

}  // namespace
}  // namespace staffing_api_test
}  // namespace lw::testing

// The warm-introduction API over real HTTP with API tokens (issue 7 point
// 5; src/api/warm_api.cc): making one (201, Location, ETag) and its
// validation, a partner's list and view holding only what was consented,
// steps by If-Match (428 without, 412 when stale), and 404 for what is not
// the partner's. The demo's Siobhan Kelly is introduced to "Debt advice
// appointments", whose organisation is linked to the partner's; Dan Hughes
// to "Hyde Walking for Health", with no partner.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <thread>

#include "storage/records/network_records.h"
#include "team_api_fixture.h"

namespace lw::testing {
namespace warm_api_test {
namespace {

class WarmApiTest : public TeamApiTest {
 protected:
  void SetUp() override {
    TeamApiTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto people = tx.ListPeople({.limit = 1000});
      if (!people) return Fail(people.error());
      for (const Person& p : *people) {
        if (p.given_name == "Siobhan" && p.family_name == "Kelly") siobhan_ = p.id;
        if (p.given_name == "Daniel" && p.family_name == "Hughes") dan_ = p.id;
      }
      return Ok();
    }));
    ASSERT_FALSE(siobhan_.empty());
    ASSERT_FALSE(dan_.empty());
    const std::vector<WarmIntroduction> hers = Of(siobhan_);
    const std::vector<WarmIntroduction> his = Of(dan_);
    ASSERT_EQ(hers.size(), 1u);
    ASSERT_EQ(his.size(), 1u);
    siobhan_warm_ = hers[0].id;
    debt_service_ = hers[0].service_id;
    dan_warm_ = his[0].id;
    walk_service_ = his[0].service_id;
    // The reminder job runs once when the server starts and records a
    // reminder on Siobhan's (not landed in 10 days): wait for it, so that
    // versions do not move under the tests.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (Stored(siobhan_warm_).reminders_sent == 0 &&
           std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ASSERT_EQ(Stored(siobhan_warm_).reminders_sent, 1);
  }

  std::vector<WarmIntroduction> Of(const std::string& person_id) {
    std::vector<WarmIntroduction> out;
    EXPECT_TRUE(app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto list = records::List<WarmIntroduction>(tx, {.person_id = person_id});
      if (!list) return Fail(list.error());
      out = std::move(*list);
      return Ok();
    }));
    return out;
  }

  WarmIntroduction Stored(const std::string& id) {
    WarmIntroduction out;
    EXPECT_TRUE(app().store().Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto w = records::Get<WarmIntroduction>(tx, id);
      if (!w) return Fail(w.error());
      if (!*w) return Fail(ErrorCode::kNotFound, "no warm introduction " + id);
      out = **w;
      return Ok();
    })) << id;
    return out;
  }

  // A good body for Marguerite's introduction to the debt advice service.
  json::object MakeBody(const std::string& episode) {
    return {{"episode_id", episode},
            {"service_id", debt_service_},
            {"way", "service-gets-in-touch"},
            {"note", "Marguerite has debts she cannot face opening the post about."},
            {"shared_parts", json::array{"contact-details", "goals"}},
            {"consent_given", "by-phone"},
            {"consent_words", "Fine by me"},
            {"consented", true}};
  }

  static std::set<std::string> Keys(const json::object& o) {
    std::set<std::string> out;
    for (const auto& kv : o) out.emplace(kv.key());
    return out;
  }

  std::string siobhan_, dan_, siobhan_warm_, dan_warm_, debt_service_, walk_service_;
};

// 8. Making one: 201 with Location and ETag "1"; each consent problem named.
TEST_F(WarmApiTest, MakingOneAnswers201AndEachConsentProblemIsNamed) {
  HttpClient client(port());
  const std::string episode = OpenEpisode(client);
  ASSERT_FALSE(episode.empty());
  const std::string path = "/people/" + person_id_ + "/warm-introductions";

  auto expect_refused = [&](json::object body, const std::vector<std::string>& fields,
                            const std::string& what) {
    HttpResponse r = Post(client, path, "practitioner", body);
    EXPECT_EQ(r.status, 422) << what << ": " << r.body;
    EXPECT_EQ(r.Header("content-type"), "application/problem+json") << what;
    std::vector<std::string> named = Fields(r);
    std::sort(named.begin(), named.end());
    std::vector<std::string> want = fields;
    std::sort(want.begin(), want.end());
    EXPECT_EQ(named, want) << what << ": " << r.body;
  };
  json::object no_consent_given = MakeBody(episode);
  no_consent_given.erase("consent_given");
  expect_refused(no_consent_given, {"consent_given"}, "no consent_given");
  json::object not_consented = MakeBody(episode);
  not_consented["consented"] = false;
  expect_refused(not_consented, {"consented"}, "consented false");
  json::object no_consented = MakeBody(episode);
  no_consented.erase("consented");
  expect_refused(no_consented, {"consented"}, "no consented");
  json::object unknown_part = MakeBody(episode);
  unknown_part["shared_parts"] = json::array{"contact-details", "diary"};
  expect_refused(unknown_part, {"shared_parts"}, "an unknown part");
  json::object all = MakeBody(episode);
  all.erase("consent_given");
  all["consented"] = false;
  all["shared_parts"] = json::array{"nhs-number"};
  expect_refused(all, {"consent_given", "consented", "shared_parts"}, "all three");
  json::object bad_given = MakeBody(episode);
  bad_given["consent_given"] = "telepathy";
  expect_refused(bad_given, {"consent_given"}, "an unknown consent_given");
  json::object no_note = MakeBody(episode);
  no_note["note"] = "  ";
  expect_refused(no_note, {"note"}, "a blank note");
  EXPECT_TRUE(Of(person_id_).empty());
  EXPECT_EQ(Audits("warm_introduction.make"), 0u);

  HttpResponse made = Post(client, path, "practitioner", MakeBody(episode));
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(made.Header("etag"), "\"1\"");
  const std::string id = Id(made);
  EXPECT_EQ(made.Header("location"), "/api/v1/warm-introductions/" + id);
  json::object w = Body(made);
  EXPECT_EQ(w.at("version").as_int64(), 1);
  EXPECT_EQ(w.at("state").as_string(), "made");
  EXPECT_FALSE(w.at("landed").as_bool());
  EXPECT_EQ(w.at("person_id").as_string(), person_id_);
  EXPECT_EQ(w.at("episode_id").as_string(), episode);
  EXPECT_EQ(w.at("service_id").as_string(), debt_service_);
  EXPECT_EQ(w.at("service_name").as_string(), "Debt advice appointments");
  EXPECT_EQ(w.at("consent").at("parts").as_array(), (json::array{"contact-details", "goals"}));
  EXPECT_EQ(w.at("consent").at("given").as_string(), "by-phone");
  EXPECT_EQ(Audits("warm_introduction.make"), 1u);

  HttpResponse got = Get(client, "/warm-introductions/" + id, "peer");
  ASSERT_EQ(got.status, 200) << got.body;
  EXPECT_EQ(got.Header("etag"), "\"1\"");
  HttpResponse listed = Get(client, path, "practitioner");
  ASSERT_EQ(listed.status, 200);
  ASSERT_EQ(Body(listed).at("items").as_array().size(), 1u);
  EXPECT_EQ(Body(listed).at("items").at(0).at("id").as_string(), id);

  // Another team, or a partner, may not make one for her.
  EXPECT_EQ(Post(client, path, "west", MakeBody(episode)).status, 404);
  EXPECT_EQ(Post(client, path, "partner", MakeBody(episode)).status, 404);
  EXPECT_EQ(Of(person_id_).size(), 1u);
}

// 9. The partner's token: their services' introductions only, only the
// consented parts, and steps by If-Match.
TEST_F(WarmApiTest, ThePartnerListsReadsAndAnswersTheirServicesIntroductions) {
  HttpClient client(port());
  // Siobhan's fuller details, so that each part has something behind it.
  HttpResponse details = Call(client, "PUT", "/people/" + siobhan_ + "/details", "peer",
                              json::object{{"pronouns", "she/her"},
                                           {"address_line_1", "4 Canal Street"},
                                           {"contact_methods", json::array{"phone"}},
                                           {"phone", "07700 900555"},
                                           {"reason", "Agreed with Siobhan"}},
                              "\"0\"");
  ASSERT_EQ(details.status, 200) << details.body;
  // One by the team to the walking group (no partner): not the partner's.
  const std::string episode = OpenEpisode(client);
  json::object walk = MakeBody(episode);
  walk["service_id"] = walk_service_;
  ASSERT_EQ(
      Post(client, "/people/" + person_id_ + "/warm-introductions", "practitioner", walk).status,
      201);

  HttpResponse list = Get(client, "/warm-introductions", "partner");
  ASSERT_EQ(list.status, 200) << list.body;
  const json::object listed = Body(list);
  const json::array& items = listed.at("items").as_array();
  ASSERT_EQ(items.size(), 1u) << list.body;
  EXPECT_EQ(items[0].at("id").as_string(), siobhan_warm_);
  EXPECT_EQ(items[0].at("person_name").as_string(), "Siobhan Kelly");
  EXPECT_EQ(list.body.find("Hughes"), std::string::npos);
  EXPECT_EQ(list.body.find(kGiven), std::string::npos);
  EXPECT_EQ(Get(client, "/warm-introductions", "practitioner").status, 404);  // partners' only

  const std::string path = "/warm-introductions/" + siobhan_warm_;
  HttpResponse one = Get(client, path, "partner");
  ASSERT_EQ(one.status, 200) << one.body;
  const long long v = Stored(siobhan_warm_).version;
  EXPECT_EQ(one.Header("etag"), "\"" + std::to_string(v) + "\"");
  json::object w = Body(one);
  EXPECT_FALSE(w.contains("person_id"));
  EXPECT_FALSE(w.contains("consent"));  // the consent record (and its words) is the team's
  EXPECT_FALSE(w.contains("person_view"));
  const json::object& shared = w.at("shared").as_object();
  EXPECT_EQ(Keys(shared), (std::set<std::string>{"withdrawn", "name", "contact", "what_matters"}))
      << json::serialize(shared);
  EXPECT_FALSE(shared.at("withdrawn").as_bool());
  EXPECT_EQ(shared.at("name").as_string(), "Siobhan Kelly");
  EXPECT_EQ(shared.at("contact").at("phone").as_string(), "07700 900555");
  EXPECT_EQ(shared.at("what_matters").as_string(), "My mum. Painting. Feeling part of something.");
  for (const char* secret : {"4 Canal Street", "she/her", "1967-02-21", "ML3 9QT",
                             "I moved here last year", "Not my story"}) {
    EXPECT_EQ(one.body.find(secret), std::string::npos) << secret;
  }
  EXPECT_EQ(Audits("warm_introduction.shared_read", "person", siobhan_), 1u);

  const std::string steps = path + "/steps";
  HttpResponse no_if_match = Post(client, steps, "partner", {{"state", "in-touch"}});
  EXPECT_EQ(no_if_match.status, 428) << no_if_match.body;
  EXPECT_EQ(Post(client, steps, "partner", {{"state", "in-touch"}}, "soon").status, 422);
  EXPECT_EQ(
      Post(client, steps, "partner", {{"state", "lost"}}, "\"" + std::to_string(v) + "\"").status,
      422);
  EXPECT_EQ(Stored(siobhan_warm_).version, v);

  HttpResponse in_touch =
      Post(client, steps, "partner", {{"state", "in-touch"}, {"note", "Called her"}},
           "\"" + std::to_string(v) + "\"");
  ASSERT_EQ(in_touch.status, 200) << in_touch.body;
  EXPECT_EQ(in_touch.Header("etag"), "\"" + std::to_string(v + 1) + "\"");
  EXPECT_EQ(Body(in_touch).at("state").as_string(), "in-touch");
  EXPECT_EQ(Body(in_touch).at("steps").at(0).at("side").as_string(), "service");

  HttpResponse stale =
      Post(client, steps, "partner", {{"state", "met"}}, "\"" + std::to_string(v) + "\"");
  EXPECT_EQ(stale.status, 412) << stale.body;
  EXPECT_EQ(stale.Header("content-type"), "application/problem+json");
  EXPECT_EQ(Body(stale).at("current_version").as_int64(), v + 1);
  EXPECT_EQ(Stored(siobhan_warm_).state, WarmState::kInTouch);

  HttpResponse met =
      Post(client, steps, "partner", {{"state", "met"}}, "\"" + std::to_string(v + 1) + "\"");
  ASSERT_EQ(met.status, 200) << met.body;
  EXPECT_EQ(met.Header("etag"), "\"" + std::to_string(v + 2) + "\"");
  EXPECT_EQ(Body(met).at("state").as_string(), "met");
  EXPECT_TRUE(Body(met).at("landed").as_bool());
  EXPECT_EQ(Stored(siobhan_warm_).state, WarmState::kMet);

  // Nothing follows met: 409 with the reason, nothing changed.
  HttpResponse after =
      Post(client, steps, "partner", {{"state", "in-touch"}}, "\"" + std::to_string(v + 2) + "\"");
  EXPECT_EQ(after.status, 409) << after.body;
  EXPECT_EQ(Stored(siobhan_warm_).version, v + 2);
}

// 10. Not the partner's: 404 problem+json that names nobody.
TEST_F(WarmApiTest, ThePartnerGetsNotFoundForDanielsIntroduction) {
  HttpClient client(port());
  const std::string path = "/warm-introductions/" + dan_warm_;
  HttpResponse his = Get(client, path, "partner");
  EXPECT_EQ(his.status, 404) << his.body;
  EXPECT_EQ(his.Header("content-type"), "application/problem+json");
  for (const char* name : {"Dan", "Hughes", "Walking", "Hyde"}) {
    EXPECT_EQ(his.body.find(name), std::string::npos) << name << ": " << his.body;
  }
  json::object problem = Body(his);
  problem.erase("instance");
  EXPECT_EQ(json::serialize(problem).find(dan_), std::string::npos);

  const std::string version = "\"" + std::to_string(Stored(dan_warm_).version) + "\"";
  HttpResponse step =
      Post(client, path + "/steps", "partner",
           {{"state", "did-not-work-out"}, {"reason", "other"}, {"note", "x"}}, version);
  EXPECT_EQ(step.status, 404) << step.body;
  EXPECT_EQ(step.body.find("Hughes"), std::string::npos);
  EXPECT_EQ(Stored(dan_warm_).state, WarmState::kMet);
  EXPECT_EQ(
      Get(client, "/warm-introductions/0b5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2d", "partner").status,
      404);
  EXPECT_EQ(Get(client, "/people/" + dan_ + "/warm-introductions", "partner").status, 404);
  EXPECT_EQ(Audits("person.access_refused", "person", dan_), 2u);

  // A partner may not withdraw Siobhan's (the team's step), nor a
  // commissioner read it.
  const std::string hers = "/warm-introductions/" + siobhan_warm_;
  const std::string v = "\"" + std::to_string(Stored(siobhan_warm_).version) + "\"";
  EXPECT_EQ(
      Post(client, hers + "/steps", "partner", {{"state", "withdrawn"}, {"note", "x"}}, v).status,
      409);
  HttpResponse commissioner = Get(client, hers, "commissioner");
  EXPECT_EQ(commissioner.status, 404);
  EXPECT_EQ(commissioner.body.find("Siobhan"), std::string::npos);
  EXPECT_EQ(Stored(siobhan_warm_).state, WarmState::kMade);
}

// Withdrawn by the team (with a note; the partner may not): the partner
// gets nothing of the person.
TEST_F(WarmApiTest, AWithdrawnIntroductionGivesThePartnerNothingOfThePerson) {
  HttpClient client(port());
  const std::string path = "/warm-introductions/" + siobhan_warm_;
  const std::string v = "\"" + std::to_string(Stored(siobhan_warm_).version) + "\"";
  HttpResponse no_note = Post(client, path + "/steps", "peer", {{"state", "withdrawn"}}, v);
  EXPECT_EQ(no_note.status, 422) << no_note.body;
  EXPECT_EQ(Fields(no_note), std::vector<std::string>{"note"});
  HttpResponse done = Post(client, path + "/steps", "peer",
                           {{"state", "withdrawn"}, {"note", "Withdrawn at the huddle."}}, v);
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(Body(done).at("state").as_string(), "withdrawn");

  HttpResponse seen = Get(client, path, "partner");
  ASSERT_EQ(seen.status, 200) << seen.body;
  json::object w = Body(seen);
  EXPECT_EQ(w.at("person_name").as_string(), "");
  EXPECT_EQ(w.at("note").as_string(), "");
  EXPECT_TRUE(w.at("shared").at("withdrawn").as_bool());
  EXPECT_EQ(Keys(w.at("shared").as_object()), (std::set<std::string>{"withdrawn", "name"}));
  EXPECT_EQ(w.at("shared").at("name").as_string(), "");
  for (const char* secret : {"Siobhan", "Kelly", "council tax", "My mum"}) {
    EXPECT_EQ(seen.body.find(secret), std::string::npos) << secret;
  }
  HttpResponse list = Get(client, "/warm-introductions", "partner");
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.body.find("Siobhan"), std::string::npos) << list.body;
  EXPECT_EQ(list.body.find("council tax"), std::string::npos);
}

// The team's step notes are about the person too: not the partner's to
// read once the introduction is withdrawn.
TEST_F(WarmApiTest, TheTeamsStepNotesAreNotGivenToThePartnerOnceWithdrawn) {
  HttpClient client(port());
  const std::string path = "/warm-introductions/" + siobhan_warm_;
  const long long v = Stored(siobhan_warm_).version;
  ASSERT_EQ(Post(client, path + "/steps", "peer",
                 {{"state", "withdrawn"},
                  {"note", "Siobhan changed her mind: her sister is helping with the debts."}},
                 "\"" + std::to_string(v) + "\"")
                .status,
            200);
  HttpResponse seen = Get(client, path, "partner");
  ASSERT_EQ(seen.status, 200);
  EXPECT_EQ(seen.body.find("Siobhan"), std::string::npos) << seen.body;
  EXPECT_EQ(seen.body.find("her sister"), std::string::npos) << seen.body;
}

}  // namespace
}  // namespace warm_api_test
}  // namespace lw::testing

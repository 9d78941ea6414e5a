// The Living Well team's API over real HTTP: the person's record and
// details, an episode from opening to ending, contacts, concerns, the
// huddle with its decisions, and caseloads, each with ETags and audit.
#include <gtest/gtest.h>

#include <set>

#include "team_api_fixture.h"

namespace lw::testing {
namespace team_api_test {
namespace {

TEST_F(TeamApiTest, TheRecordShowsThePersonAndTheirDetailsChangeByVersion) {
  HttpClient client(port());
  json::object record = Record(client);
  EXPECT_EQ(record.at("person").at("id").as_string(), person_id_);
  EXPECT_EQ(record.at("person").at("given_name").as_string(), kGiven);
  EXPECT_EQ(record.at("person").at("team_id").as_string(), north_team_);
  EXPECT_EQ(record.at("details").at("version").as_int64(), 0);
  EXPECT_TRUE(record.at("episodes").as_array().empty());
  EXPECT_TRUE(record.at("break_glass").is_null());
  EXPECT_TRUE(record.at("may_change").as_bool());
  EXPECT_EQ(Audits("person.read"), 1u);

  const std::string details = "/people/" + person_id_ + "/details";
  json::object body{
      {"pronouns", "she/her"},
      {"address_line_1", "4 Canal Street"},
      {"address_postcode", "sk14 1aa"},
      {"contact_methods", json::array{"text"}},
      {"phone", "07700 900123"},
      {"safe_contact_notes", "<b>Texts only</b> after 6pm"},
      {"people_in_corner",
       json::array{json::object{
           {"id", "c1"}, {"name", "Aoife"}, {"relationship", "friend"}, {"may_contact", true}}}},
      {"languages", json::array{json::object{{"name", "French"}, {"main", true}}}},
      {"interpreter_needed", false},
      {"equality", json::object{{"sexual_orientation", "prefer-not-to-say"}}},
      {"reason", "Agreed at our first meeting"}};
  EXPECT_EQ(Call(client, "PUT", details, "practitioner", body).status, 428);
  HttpResponse first = Call(client, "PUT", details, "practitioner", body, "\"0\"");
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.Header("etag"), "\"1\"");
  json::object stored = Body(first);
  EXPECT_EQ(stored.at("version").as_int64(), 1);
  EXPECT_EQ(stored.at("address_postcode").as_string(), "SK14 1AA");
  EXPECT_EQ(stored.at("safe_contact_notes").as_string(), "<b>Texts only</b> after 6pm");
  EXPECT_EQ(stored.at("people_in_corner").at(0).at("relationship").as_string(), "friend");
  EXPECT_EQ(stored.at("equality").at("sexual_orientation").at("option").as_string(),
            "prefer-not-to-say");

  // "0" again: someone recorded details first.
  HttpResponse again = Call(client, "PUT", details, "peer", body, "\"0\"");
  EXPECT_EQ(again.status, 412) << again.body;
  EXPECT_EQ(Body(again).at("current_version").as_int64(), 1);

  // Sending back what GET gave, changed.
  json::object sent = Record(client).at("details").as_object();
  EXPECT_EQ(sent.at("pronouns").as_string(), "she/her");
  sent["pronouns"] = "they/them";
  HttpResponse second = Call(client, "PUT", details, "peer", sent, "\"1\"");
  ASSERT_EQ(second.status, 200) << second.body;
  EXPECT_EQ(second.Header("etag"), "\"2\"");
  HttpResponse stale = Call(client, "PUT", details, "practitioner", body, "\"1\"");
  EXPECT_EQ(stale.status, 412);
  EXPECT_EQ(Body(stale).at("current_version").as_int64(), 2);
  EXPECT_EQ(Record(client).at("details").at("pronouns").as_string(), "they/them");
  EXPECT_EQ(Audits("person.details.update"), 2u);
  EXPECT_EQ(Audits("person.read"), 3u);
}

TEST_F(TeamApiTest, AnEpisodeFromOpeningToEndingWithETags) {
  HttpClient client(port());
  json::object open = EpisodeBody();
  open["planned_end_on"] = "2026-08-28";
  open["intensity"] = "intensive";
  HttpResponse opened = Post(client, "/episodes", "practitioner", open);
  ASSERT_EQ(opened.status, 201) << opened.body;
  const std::string id = Id(opened);
  const std::string path = "/episodes/" + id;
  EXPECT_EQ(opened.Header("location"), "/api/v1" + path);
  EXPECT_EQ(opened.Header("etag"), "\"1\"");
  json::object e = Body(opened);
  EXPECT_EQ(e.at("ordinal").as_int64(), 1);
  EXPECT_EQ(e.at("status").as_string(), "active");
  EXPECT_EQ(e.at("intensity").as_string(), "intensive");
  EXPECT_EQ(e.at("team_id").as_string(), north_team_);
  EXPECT_EQ(e.at("planned_end_on").as_string(), "2026-08-28");
  EXPECT_EQ(e.at("keyworker_user_id").as_string(), user_ids_["practitioner"]);

  HttpResponse read = Get(client, path, "peer");
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.Header("etag"), "\"1\"");

  auto change = [&](const std::string& what, const json::object& body, int version) {
    HttpResponse r = Post(client, path + "/" + what, "practitioner", body,
                          "\"" + std::to_string(version) + "\"");
    EXPECT_EQ(r.status, 200) << what << ": " << r.body;
    EXPECT_EQ(r.Header("etag"), "\"" + std::to_string(version + 1) + "\"") << what;
    return r.status == 200 ? Body(r) : json::object();
  };
  e = change("keyworker",
             {{"user_id", user_ids_["peer"]}, {"from", "2026-05-27"}, {"reason", "Sam knows her"}},
             1);
  EXPECT_EQ(e.at("keyworker_user_id").as_string(), user_ids_["peer"]);
  EXPECT_EQ(e.at("keyworker_history").as_array().size(), 2u);
  EXPECT_EQ(e.at("keyworker_history").at(0).at("to").as_string(), "2026-05-27");
  e = change("reviews", {{"on", kToday}, {"note", "Going well"}}, 2);
  EXPECT_EQ(e.at("last_review_on").as_string(), kToday);
  EXPECT_EQ(e.at("reviews").at(0).at("by_user_id").as_string(), user_ids_["practitioner"]);
  e = change("planned-ending", {{"planned_end_on", "2026-07-01"}}, 3);
  EXPECT_EQ(e.at("planned_end_on").as_string(), "2026-07-01");
  e = change("planned-ending", {{"planned_end_on", nullptr}}, 4);
  EXPECT_TRUE(e.at("planned_end_on").is_null());
  e = change("intensity", {{"intensity", "light"}}, 5);
  EXPECT_EQ(e.at("intensity").as_string(), "light");

  EXPECT_EQ(Post(client, path + "/intensity", "practitioner", {{"intensity", "regular"}}).status,
            428);
  HttpResponse stale =
      Post(client, path + "/intensity", "practitioner", {{"intensity", "regular"}}, "\"5\"");
  EXPECT_EQ(stale.status, 412);
  EXPECT_EQ(Body(stale).at("current_version").as_int64(), 6);
  EXPECT_EQ(
      Post(client, path + "/intensity", "practitioner", {{"intensity", "regular"}}, "five").status,
      422);

  e = change("ending",
             {{"reason", "moving-on"},
              {"moving_on_to", "Tameside Carers Centre"},
              {"persons_words", "Ready for the next thing"},
              {"ended_on", kToday}},
             6);
  EXPECT_EQ(e.at("status").as_string(), "ended");
  EXPECT_EQ(e.at("ending").at("reason").as_string(), "moving-on");
  EXPECT_TRUE(e.at("ending").at("planned_transition").as_bool());
  EXPECT_EQ(e.at("ending").at("ended_by_user_id").as_string(), user_ids_["practitioner"]);
  // Nothing changes an ended episode: the state refuses, not the version.
  HttpResponse after = Post(client, path + "/reviews", "practitioner", {{"on", kToday}}, "\"7\"");
  EXPECT_EQ(after.status, 409) << after.body;

  EXPECT_EQ(Audits("episode.open"), 1u);
  EXPECT_EQ(Audits("episode.read"), 1u);
  EXPECT_EQ(Audits("episode.reassign"), 1u);
  EXPECT_EQ(Audits("episode.review"), 1u);
  EXPECT_EQ(Audits("episode.plan_ending"), 2u);
  EXPECT_EQ(Audits("episode.intensity"), 1u);
  EXPECT_EQ(Audits("episode.end"), 1u);
  json::object record = Record(client);
  ASSERT_EQ(record.at("episodes").as_array().size(), 1u);
  EXPECT_EQ(record.at("episodes").at(0).at("version").as_int64(), 7);
}

TEST_F(TeamApiTest, ContactsAreRecordedAndCorrectedAndConcernsResolved) {
  HttpClient client(port());
  const std::string episode = OpenEpisode(client);
  json::object body = ContactBody();
  body["people"].as_array()[0].as_object()["episode_id"] = episode;
  HttpResponse recorded = Post(client, "/contacts", "practitioner", body);
  ASSERT_EQ(recorded.status, 201) << recorded.body;
  const std::string id = Id(recorded);
  EXPECT_EQ(recorded.Header("location"), "/api/v1/contacts/" + id);
  EXPECT_EQ(recorded.Header("etag"), "\"1\"");
  json::object c = Body(recorded);
  EXPECT_EQ(c.at("occurred_at").as_string(), "2026-05-28T09:00:00.000000Z");
  EXPECT_EQ(c.at("mode").as_string(), "face-to-face");
  EXPECT_EQ(c.at("place").as_string(), "outdoors");
  // The caller is added to the staff, for their organisation.
  ASSERT_EQ(c.at("staff").as_array().size(), 1u);
  EXPECT_EQ(c.at("staff").at(0).at("user_id").as_string(), user_ids_["practitioner"]);
  EXPECT_EQ(c.at("people").at(0).at("episode_id").as_string(), episode);

  // The whole contact as it should have been, staff included.
  body["staff"] = Body(recorded).at("staff");
  body["mode"] = "phone";
  body.erase("place");
  body["note"] = "It was a phone call, not a walk";
  EXPECT_EQ(Call(client, "PUT", "/contacts/" + id, "practitioner", body).status, 428);
  HttpResponse corrected = Call(client, "PUT", "/contacts/" + id, "practitioner", body, "\"1\"");
  ASSERT_EQ(corrected.status, 200) << corrected.body;
  EXPECT_EQ(corrected.Header("etag"), "\"2\"");
  EXPECT_EQ(Body(corrected).at("mode").as_string(), "phone");
  EXPECT_TRUE(Body(corrected).at("place").is_null());
  HttpResponse stale = Call(client, "PUT", "/contacts/" + id, "practitioner", body, "\"1\"");
  EXPECT_EQ(stale.status, 412);
  EXPECT_EQ(Body(stale).at("current_version").as_int64(), 2);

  HttpResponse raised = Post(client, "/concerns", "peer",
                             {{"person_id", person_id_}, {"text", "Not answering since Monday"}});
  ASSERT_EQ(raised.status, 201) << raised.body;
  const std::string concern = Id(raised);
  EXPECT_EQ(raised.Header("location"), "/api/v1/concerns/" + concern);
  EXPECT_EQ(Body(raised).at("raised_by_role").as_string(), "peer-worker");
  EXPECT_EQ(Body(raised).at("status").as_string(), "open");
  const std::string resolve = "/concerns/" + concern + "/resolution";
  EXPECT_EQ(Post(client, resolve, "practitioner", {{"how", "Spoke today"}}).status, 428);
  HttpResponse resolved =
      Post(client, resolve, "practitioner", {{"how", "Spoke today; she is safe"}}, "\"1\"");
  ASSERT_EQ(resolved.status, 200) << resolved.body;
  EXPECT_EQ(resolved.Header("etag"), "\"2\"");
  EXPECT_EQ(Body(resolved).at("status").as_string(), "resolved");
  EXPECT_EQ(Body(resolved).at("resolution").at("how").as_string(), "Spoke today; she is safe");
  EXPECT_EQ(Post(client, resolve, "practitioner", {{"how", "Again"}}, "\"1\"").status, 412);

  json::object record = Record(client);
  ASSERT_EQ(record.at("contacts").as_array().size(), 1u);
  EXPECT_EQ(record.at("contacts").at(0).at("version").as_int64(), 2);
  ASSERT_EQ(record.at("concerns").as_array().size(), 1u);
  std::set<std::string> kinds;
  for (const auto& entry : record.at("timeline").as_array()) {
    kinds.insert(std::string(entry.at("kind").as_string()));
  }
  for (const char* kind : {"episode-opened", "contact", "concern", "concern-resolved"}) {
    EXPECT_TRUE(kinds.contains(kind)) << kind;
  }
  EXPECT_EQ(Audits("contact.record"), 1u);
  EXPECT_EQ(Audits("contact.correct"), 1u);
  EXPECT_EQ(Audits("concern.raise"), 1u);
  EXPECT_EQ(Audits("concern.resolve"), 1u);
}

TEST_F(TeamApiTest, TheHuddleHoldsConcernsAndTheDecisionsAboutThem) {
  HttpClient client(port());
  const std::string concern = RaiseConcern(client);
  HttpResponse board = Get(client, "/huddle", "teamlead");
  ASSERT_EQ(board.status, 200) << board.body;
  json::object huddle = Body(board);
  EXPECT_EQ(huddle.at("team_id").as_string(), north_team_);
  EXPECT_EQ(huddle.at("today").as_string(), kToday);
  EXPECT_EQ(huddle.at("week_ends_on").as_string(), "2026-05-31");
  ASSERT_EQ(huddle.at("sections").as_array().size(), 7u);
  const json::value& concerns = huddle.at("sections").at(2);
  EXPECT_EQ(concerns.at("key").as_string(), "concerns");
  const json::value* item = nullptr;
  for (const auto& i : concerns.at("items").as_array()) {
    if (i.at("subject_id").as_string() == concern) item = &i;
  }
  ASSERT_NE(item, nullptr) << board.body;
  EXPECT_EQ(item->at("kind").as_string(), "concern");
  EXPECT_EQ(item->at("person_id").as_string(), person_id_);
  EXPECT_EQ(item->at("person_name").as_string(), std::string(kGiven) + " " + kFamily);
  EXPECT_EQ(item->at("about").at("kind").as_string(), "concern");
  EXPECT_TRUE(item->at("decisions").as_array().empty());
  bool lead_listed = false;
  for (const auto& m : huddle.at("team_members").as_array()) {
    lead_listed = lead_listed || m.at("user_id").as_string() == user_ids_["teamlead"];
  }
  EXPECT_TRUE(lead_listed);
  EXPECT_EQ(Audits("person.huddle"), 1u);

  auto decide = [&](const std::string& what) {
    return Post(client, "/decisions", "teamlead",
                {{"about", json::object{{"kind", "concern"}, {"id", concern}}},
                 {"person_id", person_id_},
                 {"what", what},
                 {"who_does_it", user_ids_["practitioner"]},
                 {"by_when", "2026-05-29"},
                 {"present", json::array{user_ids_["teamlead"], user_ids_["peer"]}},
                 {"huddle_on", kToday}});
  };
  HttpResponse recorded = decide("Ring her today and offer a walk on Thursday");
  ASSERT_EQ(recorded.status, 201) << recorded.body;
  const std::string decision = Id(recorded);
  EXPECT_EQ(recorded.Header("location"), "/api/v1/decisions/" + decision);
  EXPECT_EQ(Body(recorded).at("recorded_by").as_string(), user_ids_["teamlead"]);
  json::object again = Body(Get(client, "/huddle", "practitioner"));
  for (const auto& i : again.at("sections").at(2).at("items").as_array()) {
    if (i.at("subject_id").as_string() != concern) continue;
    ASSERT_EQ(i.at("decisions").as_array().size(), 1u);
    EXPECT_EQ(i.at("decisions").at(0).at("id").as_string(), decision);
  }

  const std::string done = "/decisions/" + decision + "/done";
  EXPECT_EQ(Post(client, done, "practitioner", {{"outcome", "Rang her"}}).status, 428);
  HttpResponse marked =
      Post(client, done, "practitioner", {{"outcome", "Rang her; walk booked"}}, "\"1\"");
  ASSERT_EQ(marked.status, 200) << marked.body;
  EXPECT_EQ(marked.Header("etag"), "\"2\"");
  EXPECT_EQ(Body(marked).at("done").at("outcome").as_string(), "Rang her; walk booked");

  const std::string other = Id(decide("Ask the GP about her medication"));
  const std::string move = "/decisions/" + other + "/reschedule";
  HttpResponse moved = Post(client, move, "practitioner",
                            {{"by_when", "2026-06-01"}, {"reason", "The GP is away"}}, "\"1\"");
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(Body(moved).at("by_when").as_string(), "2026-06-01");
  EXPECT_EQ(Body(moved).at("by_when_history").at(0).at("from").as_string(), "2026-05-29");
  EXPECT_EQ(
      Post(client, move, "practitioner", {{"by_when", "2026-06-02"}, {"reason", "Again"}}, "\"1\"")
          .status,
      412);
  EXPECT_EQ(Audits("decision.record"), 2u);
  EXPECT_EQ(Audits("decision.done"), 1u);
  EXPECT_EQ(Audits("decision.reschedule"), 1u);
}

TEST_F(TeamApiTest, CaseloadsShowWhoHoldsWhom) {
  HttpClient client(port());
  // The demo already gives the North team people to hold: measure from there.
  auto count_of = [&](const std::string& path) {
    HttpResponse r = Get(client, path, "teamlead");
    EXPECT_EQ(r.status, 200) << path << r.body;
    json::object o = Body(r);
    return std::pair{o.at("count").as_int64(), o.at("weighted").as_int64()};
  };
  const auto mine_before = count_of("/caseloads/" + user_ids_["practitioner"]);
  const auto peer_before = count_of("/caseloads/" + user_ids_["peer"]);
  const auto team_before = count_of("/team/caseload");
  const auto caseload_audits = Audits("person.caseload");

  json::object body = EpisodeBody();
  body["intensity"] = "intensive";
  ASSERT_EQ(Post(client, "/episodes", "practitioner", body).status, 201);

  HttpResponse mine = Get(client, "/caseloads/me", "practitioner");
  ASSERT_EQ(mine.status, 200) << mine.body;
  json::object caseload = Body(mine);
  EXPECT_EQ(caseload.at("worker").at("user_id").as_string(), user_ids_["practitioner"]);
  EXPECT_EQ(caseload.at("count").as_int64(), mine_before.first + 1);
  EXPECT_EQ(caseload.at("weighted").as_int64(), mine_before.second + 3);
  const json::value* line = nullptr;
  for (const json::value& l : caseload.at("lines").as_array()) {
    if (l.at("person_id").as_string() == person_id_) line = &l;
  }
  ASSERT_NE(line, nullptr);
  EXPECT_EQ(line->at("person_name").as_string(), std::string(kGiven) + " " + kFamily);
  EXPECT_EQ(line->at("intensity").as_string(), "intensive");
  // Her record notes that she was shown on a caseload.
  EXPECT_EQ(Audits("person.caseload"), caseload_audits + 1);

  EXPECT_EQ(count_of("/caseloads/" + user_ids_["practitioner"]).first, mine_before.first + 1);
  EXPECT_EQ(count_of("/caseloads/" + user_ids_["peer"]), peer_before);
  EXPECT_EQ(Get(client, "/caseloads/" + user_ids_["south"], "teamlead").status, 404);

  HttpResponse team = Get(client, "/team/caseload", "teamlead");
  ASSERT_EQ(team.status, 200) << team.body;
  json::object balance = Body(team);
  EXPECT_EQ(balance.at("team_id").as_string(), north_team_);
  EXPECT_EQ(balance.at("count").as_int64(), team_before.first + 1);
  EXPECT_EQ(balance.at("weighted").as_int64(), team_before.second + 3);
  bool found = false;
  for (const json::value& w : balance.at("workers").as_array()) {
    if (w.at("user_id").as_string() != user_ids_["practitioner"]) continue;
    found = true;
    EXPECT_EQ(w.at("display_name").as_string(), "Priya Desai");
    EXPECT_EQ(w.at("count").as_int64(), mine_before.first + 1);
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace team_api_test
}  // namespace lw::testing

// /api/v1/introductions over real HTTP: changes, If-Match, and a person's words kept as written.
#include <gtest/gtest.h>

#include "introductions_api_fixture.h"

namespace lw::testing {
namespace introductions_api_changes_test {
namespace {

// Its own test suite: the fixture class is per file (anonymous namespace).
class IntroductionsApiChangesTest : public IntroductionsApiTest {};

TEST_F(IntroductionsApiChangesTest, AttemptsAssignmentAMissedConversationAndMatching) {
  HttpClient client(port());
  // Amara Okafor is in the demo data; this introduction is about her.
  json::object body = Draft();
  body["given_name"] = "Amara";
  body["family_name"] = "Okafor";
  body["date_of_birth"] = "1994-05-12";
  body["nhs_number"] = "9990000018";
  const std::string id = MakeOne(client, "frontdoor", body);

  HttpResponse tried =
      Change(client, id, "attempts", {{"method", "phone"}, {"outcome_note", "No answer"}}, "\"1\"");
  ASSERT_EQ(tried.status, 200) << tried.body;
  json::value intro = json::parse(tried.body);
  ASSERT_EQ(intro.at("attempts").as_array().size(), 1u);
  EXPECT_EQ(intro.at("attempts").at(0).at("method").as_string(), "phone");
  EXPECT_EQ(intro.at("attempts").at(0).at("by_user_id").as_string(), user_ids_["frontdoor"]);
  EXPECT_EQ(intro.at("next_step").as_string(), "Try again");

  HttpResponse assigned =
      Change(client, id, "assignment", {{"assigned_user_id", user_ids_["peer"]}}, "\"2\"");
  ASSERT_EQ(assigned.status, 200) << assigned.body;
  EXPECT_EQ(json::parse(assigned.body).at("assigned_user_id").as_string(), user_ids_["peer"]);
  HttpResponse not_a_worker =
      Change(client, id, "assignment", {{"assigned_user_id", user_ids_["partner"]}}, "\"3\"");
  EXPECT_EQ(not_a_worker.status, 422);
  EXPECT_EQ(Fields(not_a_worker), std::vector<std::string>{"assigned_user_id"});

  ASSERT_EQ(Change(client, id, "booking",
                   {{"date", "2026-05-29"},
                    {"time", "10:00"},
                    {"place", "phone"},
                    {"with_user_id", user_ids_["peer"]}},
                   "\"3\"")
                .status,
            200);
  HttpResponse missed = Change(client, id, "conversation-not-held",
                               {{"method", "text"}, {"outcome_note", "Did not pick up"}}, "\"4\"");
  ASSERT_EQ(missed.status, 200) << missed.body;
  intro = json::parse(missed.body);
  EXPECT_EQ(intro.at("state").as_string(), "open");
  EXPECT_TRUE(intro.at("booking").is_null());
  EXPECT_EQ(intro.at("attempts").as_array().size(), 2u);

  HttpResponse matches = client.Get(std::string(kPath) + "/" + id + "/matches", As("frontdoor"));
  ASSERT_EQ(matches.status, 200) << matches.body;
  json::value offered = json::parse(matches.body);
  ASSERT_FALSE(offered.at("items").as_array().empty());
  const json::value& best = offered.at("items").at(0);
  EXPECT_EQ(best.at("kind").as_string(), "same-nhs-number");
  EXPECT_EQ(best.at("given_name").as_string(), "Amara");
  EXPECT_EQ(best.at("date_of_birth").as_string(), "1994-05-12");
  EXPECT_EQ(best.at("nhs_number").as_string(), "9990000018");
  EXPECT_GT(best.at("score").as_int64(), 0);
  EXPECT_FALSE(best.at("reasons").as_array().empty());
  const std::string person_id(best.at("person_id").as_string());
  EXPECT_EQ(AuditCount("person", "introduction.match", person_id), 1u);

  HttpResponse linked = Change(client, id, "person-link", {{"person_id", person_id}}, "\"5\"");
  ASSERT_EQ(linked.status, 200) << linked.body;
  EXPECT_EQ(json::parse(linked.body).at("person_id").as_string(), person_id);
  EXPECT_EQ(AuditCount("person", "person.link", person_id), 1u);
  // Already linked: no second record.
  HttpResponse again = client.Send("POST", std::string(kPath) + "/" + id + "/person", "",
                                   As("frontdoor", {{"if-match", "\"6\""}}));
  EXPECT_EQ(again.status, 409) << again.body;

  // Nobody matched: a record is made from the introduction (empty body).
  const std::string other = MakeOne(client);
  HttpResponse made = client.Send("POST", std::string(kPath) + "/" + other + "/person", "",
                                  As("frontdoor", {{"if-match", "\"1\""}}));
  ASSERT_EQ(made.status, 200) << made.body;
  const std::string made_id(json::parse(made.body).at("person_id").as_string());
  EXPECT_FALSE(made_id.empty());
  EXPECT_EQ(AuditCount("person", "person.create", made_id), 1u);
  HttpResponse with_fields = Change(client, other, "person", {{"given_name", "X"}}, "\"2\"");
  EXPECT_EQ(with_fields.status, 422);
  EXPECT_EQ(Fields(with_fields), std::vector<std::string>{"given_name"});
  EXPECT_EQ(Audits("introduction.update", id), 5u);
}

TEST_F(IntroductionsApiChangesTest, ChangesNeedTheCurrentETagAndBadOnesChangeNothing) {
  HttpClient client(port());
  const std::string id = MakeOne(client);
  const json::object attempt{{"method", "phone"}};
  const std::string url = std::string(kPath) + "/" + id + "/attempts";

  HttpResponse no_match = client.Send("POST", url, json::serialize(attempt), JsonAs("frontdoor"));
  EXPECT_EQ(no_match.status, 428);
  EXPECT_EQ(no_match.Header("content-type"), "application/problem+json");
  for (const char* bad : {"\"abc\"", "\"0\"", "1", "\"-2\"", "*"}) {
    HttpResponse r = Change(client, id, "attempts", attempt, bad);
    EXPECT_EQ(r.status, 422) << bad;
  }
  ASSERT_EQ(Change(client, id, "attempts", attempt, "\"1\"").status, 200);
  HttpResponse stale = Change(client, id, "attempts", attempt, "\"1\"");
  EXPECT_EQ(stale.status, 412);
  EXPECT_EQ(stale.Header("content-type"), "application/problem+json");
  EXPECT_EQ(json::parse(stale.body).at("current_version").as_int64(), 2);
  // A weak ETag names the same version.
  EXPECT_EQ(Change(client, id, "attempts", attempt, "W/\"1\"").status, 412);

  struct Case {
    std::string action;
    json::object body;
    int status;
    std::vector<std::string> fields;
  };
  const std::string peer = user_ids_["peer"];
  const Case cases[] = {
      {"attempts", {{"method", "email"}}, 422, {"method"}},  // they did not agree to email
      {"attempts", {{"method", "carrier-pigeon"}}, 422, {"method"}},
      {"attempts",
       {{"method", "phone"}, {"outcome_note", std::string(1001, 'n')}},
       422,
       {"outcome_note"}},
      {"attempts", {{"method", "phone"}, {"by", "me"}}, 422, {"by"}},
      {"booking",
       {{"date", "2026-02-31"}, {"time", "10:00"}, {"place", "home"}, {"with_user_id", peer}},
       422,
       {"date"}},
      {"booking",
       {{"date", "2026-06-01"}, {"time", "25:00"}, {"place", "moon"}, {"with_user_id", peer}},
       422,
       {"time", "place"}},
      {"booking",
       {{"date", "2028-06-01"}, {"time", "10:00"}, {"place", "home"}, {"with_user_id", peer}},
       422,
       {"date"}},
      {"booking",
       {{"date", "2026-06-01"}, {"time", "10:00"}, {"place", "home"}},
       422,
       {"with_user_id"}},
      {"conversation", {}, 422, {"what_matters"}},
      {"conversation",
       {{"what_matters", "x"}, {"raised_to_huddle", true}},
       422,
       {"safety_concern"}},
      {"conversation", {{"what_matters", 7}}, 422, {"what_matters"}},
      {"closing", {{"ending", "rejected"}}, 422, {"ending"}},
      {"closing", {{"ending", "declined"}}, 422, {"ending"}},
      // Support begins only after the conversation.
      {"closing", {{"ending", "support-begins"}, {"keyworker_user_id", peer}}, 409, {}},
      {"closing", {{"ending", "could-not-be-reached"}}, 409, {}},
      {"closing", {{"ending", "chose-not-to-go-ahead"}, {"note", "x"}}, 422, {"note"}},
      {"person-link", {{"person_id", "AAAAAAAAAAAAAAAAAAAAAA"}}, 422, {"person_id"}},
      {"conversation-not-held", {{"method", "text"}}, 409, {}},  // nothing was booked
  };
  for (const Case& c : cases) {
    HttpResponse r = Change(client, id, c.action, c.body, "\"2\"");
    const std::string what = c.action + " " + json::serialize(c.body);
    EXPECT_EQ(r.status, c.status) << what << ": " << r.body;
    EXPECT_EQ(r.Header("content-type"), "application/problem+json") << what;
    EXPECT_EQ(Fields(r), c.fields) << what << ": " << r.body;
  }
  HttpResponse text =
      client.Send("POST", url, "method=phone",
                  As("frontdoor", {{"if-match", "\"2\""}, {"content-type", "text/plain"}}));
  EXPECT_EQ(text.status, 415);
  HttpResponse broken = client.Send("POST", url, "{", JsonAs("frontdoor", {{"if-match", "\"2\""}}));
  EXPECT_EQ(broken.status, 400);
  HttpResponse missing = Change(client, "AAAAAAAAAAAAAAAAAAAAAA", "attempts", attempt, "\"1\"");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.Header("content-type"), "application/problem+json");

  // Nothing changed: still version 2, open, one attempt.
  HttpResponse after = client.Get(std::string(kPath) + "/" + id, As("frontdoor"));
  EXPECT_EQ(after.Header("etag"), "\"2\"");
  json::value intro = json::parse(after.body);
  EXPECT_EQ(intro.at("state").as_string(), "open");
  EXPECT_EQ(intro.at("attempts").as_array().size(), 1u);
  EXPECT_EQ(Audits("introduction.update", id), 1u);
}

TEST_F(IntroductionsApiChangesTest, HtmlInAPersonsWordsIsKeptAsWritten) {
  HttpClient client(port());
  json::object body = Draft();
  body["given_name"] = "<b>Asha</b>";
  body["in_their_words"] = "<script>alert('hi')</script> & \"quotes\"";
  HttpResponse created = Create(client, body);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.Header("content-type"), "application/json");
  EXPECT_EQ(created.Header("x-content-type-options"), "nosniff");
  const std::string id(json::parse(created.body).at("id").as_string());
  json::value read = Get(client, id);
  EXPECT_EQ(read.at("given_name").as_string(), "<b>Asha</b>");
  EXPECT_EQ(read.at("in_their_words").as_string(), "<script>alert('hi')</script> & \"quotes\"");
  HttpResponse held =
      Change(client, id, "conversation", {{"what_matters", "<img src=x>"}}, "\"1\"");
  ASSERT_EQ(held.status, 200) << held.body;
  EXPECT_EQ(json::parse(held.body).at("conversation").at("what_matters").as_string(),
            "<img src=x>");
}

}  // namespace
}  // namespace introductions_api_changes_test
}  // namespace lw::testing

// /api/v1/introductions over real HTTP: the journey with ETags, bad bodies, double submissions,
// access and the list.
#include <gtest/gtest.h>

#include "introductions_api_fixture.h"

namespace lw::testing {
namespace introductions_api_test {
namespace {

TEST_F(IntroductionsApiTest, FromIntroductionToLivingWellSupportWithETags) {
  HttpClient client(port());
  const std::string received = FormatUtcIso(clock_.Now());
  HttpResponse created = Create(client, Draft());
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.Header("content-type"), "application/json");
  EXPECT_EQ(created.Header("etag"), "\"1\"");
  json::value intro = json::parse(created.body);
  const std::string id(intro.at("id").as_string());
  EXPECT_EQ(created.Header("location"), std::string(kPath) + "/" + id);
  EXPECT_EQ(intro.at("version").as_int64(), 1);
  EXPECT_TRUE(intro.at("reference").as_string().starts_with("LW-"));
  EXPECT_EQ(intro.at("state").as_string(), "open");
  EXPECT_EQ(intro.at("source").as_string(), "gp");
  EXPECT_EQ(intro.at("made_by_user_id").as_string(), user_ids_["frontdoor"]);
  EXPECT_EQ(intro.at("team_id").as_string(), team_id_);
  EXPECT_EQ(intro.at("received_at").as_string(), received);
  EXPECT_EQ(intro.at("postcode").as_string(), "ML1 4AA");
  EXPECT_EQ(intro.at("nhs_number").as_string(), "9434765919");
  EXPECT_EQ(intro.at("date_of_birth").as_string(), "1990-07-14");
  EXPECT_EQ(intro.at("contact_methods"), (json::array{"phone", "text"}));
  EXPECT_EQ(intro.at("equality").at("sexual_orientation").as_string(), "prefer-not-to-say");
  EXPECT_EQ(intro.at("days_waiting").as_int64(), 0);
  EXPECT_TRUE(intro.at("waiting_days").is_null());
  EXPECT_FALSE(intro.at("past_target").as_bool());
  EXPECT_EQ(intro.at("next_step").as_string(), "Make contact");
  EXPECT_EQ(intro.at("view").as_string(), "whole");

  HttpResponse list = client.Get(Mine(team_id_), As("frontdoor"));
  ASSERT_EQ(list.status, 200) << list.body;
  json::value listed = json::parse(list.body);
  EXPECT_EQ(listed.at("total").as_int64(), 1);
  EXPECT_EQ(listed.at("past_target").as_int64(), 0);
  EXPECT_EQ(listed.at("page").as_int64(), 1);
  EXPECT_EQ(listed.at("pages").as_int64(), 1);
  ASSERT_EQ(listed.at("items").as_array().size(), 1u);
  EXPECT_EQ(listed.at("items").at(0).at("id").as_string(), id);
  EXPECT_EQ(listed.at("items").at(0).at("next_step").as_string(), "Make contact");

  HttpResponse read = client.Get(std::string(kPath) + "/" + id, As("frontdoor"));
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.Header("etag"), "\"1\"");

  clock_.Advance(std::chrono::days(3));
  HttpResponse booked = Change(client, id, "booking",
                               {{"date", "2026-06-02"},
                                {"time", "14:30"},
                                {"place", "community-venue"},
                                {"with_user_id", user_ids_["practitioner"]},
                                {"where_detail", "Millbrook Library"}},
                               "\"1\"");
  ASSERT_EQ(booked.status, 200) << booked.body;
  EXPECT_EQ(booked.Header("etag"), "\"2\"");
  intro = json::parse(booked.body);
  EXPECT_EQ(intro.at("state").as_string(), "conversation-booked");
  EXPECT_EQ(intro.at("booking").at("when").as_string(), "2026-06-02T13:30:00.000000Z");  // BST
  EXPECT_EQ(intro.at("booking").at("place").as_string(), "community-venue");
  EXPECT_EQ(intro.at("next_step").as_string(), "Hold the conversation");
  EXPECT_EQ(intro.at("days_waiting").as_int64(), 3);

  clock_.Advance(std::chrono::days(2));
  HttpResponse held = Change(client, id, "conversation",
                             {{"what_matters", "My children"},
                              {"whats_going_on", "Not sleeping"},
                              {"strengths", "My sister"},
                              {"what_would_help", "Peer support"},
                              {"in_your_corner", "My sister Meena"},
                              {"safety_concern", "Low mood at night"},
                              {"raised_to_huddle", true},
                              {"safety_agreed", "Crisis card given"}},
                             "\"2\"");
  ASSERT_EQ(held.status, 200) << held.body;
  EXPECT_EQ(held.Header("etag"), "\"3\"");
  intro = json::parse(held.body);
  EXPECT_EQ(intro.at("state").as_string(), "conversation-held");
  EXPECT_EQ(intro.at("waiting_days").as_int64(), 5);
  EXPECT_EQ(intro.at("conversation").at("with_user_id").as_string(), user_ids_["frontdoor"]);
  EXPECT_TRUE(intro.at("conversation").at("raised_to_huddle").as_bool());
  EXPECT_EQ(intro.at("next_step").as_string(), "Agree how it ends");

  clock_.Advance(std::chrono::days(30));
  HttpResponse closed = Change(
      client, id, "closing",
      {{"ending", "support-begins"}, {"keyworker_user_id", user_ids_["practitioner"]}}, "\"3\"");
  ASSERT_EQ(closed.status, 200) << closed.body;
  EXPECT_EQ(closed.Header("etag"), "\"4\"");
  intro = json::parse(closed.body);
  EXPECT_EQ(intro.at("state").as_string(), "closed");
  EXPECT_EQ(intro.at("ending").as_string(), "support-begins");
  EXPECT_EQ(intro.at("assigned_user_id").as_string(), user_ids_["practitioner"]);
  EXPECT_FALSE(intro.at("closed_at").is_null());
  EXPECT_TRUE(intro.at("next_step").is_null());
  EXPECT_EQ(intro.at("days_waiting").as_int64(), 5);  // stopped when it was held
  const std::string person_id(intro.at("person_id").as_string());
  ASSERT_FALSE(person_id.empty());

  // Closed introductions leave the default list.
  EXPECT_EQ(json::parse(client.Get(Mine(team_id_), As("frontdoor")).body).at("total").as_int64(),
            0);
  EXPECT_EQ(json::parse(client.Get(Mine(team_id_) + "&include_closed=true", As("frontdoor")).body)
                .at("total")
                .as_int64(),
            1);

  HttpResponse versions = client.Get(std::string(kPath) + "/" + id + "/versions", As("frontdoor"));
  ASSERT_EQ(versions.status, 200) << versions.body;
  json::value history = json::parse(versions.body);
  const json::array& items = history.at("items").as_array();
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].at("state").as_string(), "open");
  EXPECT_EQ(items[3].at("state").as_string(), "closed");
  EXPECT_EQ(items[1].at("changed_by").as_string(), user_ids_["frontdoor"]);
  EXPECT_FALSE(items[1].at("reason").as_string().empty());
  EXPECT_FALSE(items[0].as_object().contains("days_waiting"));

  EXPECT_EQ(Audits("introduction.create", id), 1u);
  EXPECT_EQ(Audits("introduction.list", id), 2u);  // listed open, then with the closed
  EXPECT_EQ(Audits("introduction.read", id), 1u);
  EXPECT_EQ(Audits("introduction.update", id), 3u);
  EXPECT_EQ(Audits("introduction.history", id), 1u);
  EXPECT_EQ(AuditCount("person", "person.create", person_id), 1u);
}

TEST_F(IntroductionsApiTest, BadIntroductionsAreRefusedFieldByFieldAndNothingIsStored) {
  HttpClient client(port());
  const std::int64_t before = Total(client);
  struct Case {
    std::string what;
    json::object body;
    std::vector<std::string> fields;
  };
  auto with = [&](const json::object& changes) {
    json::object b = Draft();
    for (const auto& [k, v] : changes) {
      if (v.is_string() && v.as_string() == "<remove>") {
        b.erase(k);
      } else {
        b[k] = v;
      }
    }
    return b;
  };
  const std::string long_name(101, 'x');
  const std::string long_story(5001, 'y');
  const Case cases[] = {
      {"empty given name", with({{"given_name", "  "}}), {"given_name"}},
      {"no family name", with({{"family_name", "<remove>"}}), {"family_name"}},
      {"over-long name", with({{"family_name", long_name}}), {"family_name"}},
      {"over-long story", with({{"in_their_words", long_story}}), {"in_their_words"}},
      {"no story", with({{"in_their_words", ""}}), {"in_their_words"}},
      {"31 February", with({{"date_of_birth", "1990-02-31"}}), {"date_of_birth"}},
      {"not ISO", with({{"date_of_birth", "14/07/1990"}}), {"date_of_birth"}},
      {"born in the future", with({{"date_of_birth", "2027-01-01"}}), {"date_of_birth"}},
      {"under 16", with({{"date_of_birth", "2012-01-01"}}), {"date_of_birth"}},
      {"check digit", with({{"nhs_number", "9434765918"}}), {"nhs_number"}},
      {"nine digits", with({{"nhs_number", "943476591"}}), {"nhs_number"}},
      {"postcode", with({{"postcode", "NOT A POSTCODE"}}), {"postcode"}},
      {"unknown source", with({{"source", "rejected"}}), {"source"}},
      {"the public form's source", with({{"source", "self"}}), {"source"}},
      {"unknown contact method",
       with({{"contact_methods", json::array{"pigeon"}}}),
       {"contact_methods"}},
      {"no contact method", with({{"contact_methods", json::array{}}}), {"contact_methods"}},
      {"phone needed", with({{"phone", ""}}), {"phone"}},
      {"email needed", with({{"contact_methods", json::array{"email"}}}), {"email"}},
      {"unknown equality answer",
       with({{"equality", json::object{{"ethnicity", "martian"}}}}),
       {"equality.ethnicity"}},
      {"unknown equality question",
       with({{"equality", json::object{{"shoe_size", "9"}}}}),
       {"equality"}},
      {"no such team", with({{"team_id", "AAAAAAAAAAAAAAAAAAAAAA"}}), {"team_id"}},
      {"organisation needed", with({{"introducer_organisation", ""}}), {"introducer_organisation"}},
      {"unknown fields",
       with({{"favourite_colour", "blue"}, {"privacy_agreed", true}}),
       {"favourite_colour", "privacy_agreed"}},
      {"wrong types",
       with({{"given_name", 42},
             {"person_knows", "yes"},
             {"contact_methods", "phone"},
             {"equality", json::array{}},
             {"date_of_birth", 19900714}}),
       {"person_knows", "given_name", "date_of_birth", "contact_methods", "equality"}},
      {"several at once",
       with({{"given_name", ""}, {"postcode", "??"}, {"source", "x"}}),
       {"source", "given_name", "postcode"}},
  };
  for (const Case& c : cases) {
    HttpResponse r = Create(client, c.body);
    EXPECT_EQ(r.status, 422) << c.what << ": " << r.body;
    EXPECT_EQ(r.Header("content-type"), "application/problem+json") << c.what;
    EXPECT_EQ(Fields(r), c.fields) << c.what << ": " << r.body;
    json::value v = json::parse(r.body);
    EXPECT_EQ(v.at("status").as_int64(), 422) << c.what;
    EXPECT_EQ(v.at("instance").as_string(), kPath) << c.what;
    for (const auto& e : v.at("errors").as_array()) {
      EXPECT_FALSE(e.at("message").as_string().empty()) << c.what;
    }
  }
  // Not JSON at all.
  EXPECT_EQ(client.Post(kPath, "{not json", "application/json", As("frontdoor")).status, 400);
  EXPECT_EQ(client.Post(kPath, "[1]", "application/json", As("frontdoor")).status, 400);
  HttpResponse form =
      client.Post(kPath, "given_name=A", "application/x-www-form-urlencoded", As("frontdoor"));
  EXPECT_EQ(form.status, 415);
  EXPECT_EQ(form.Header("content-type"), "application/problem+json");
  EXPECT_EQ(Total(client), before);
}

TEST_F(IntroductionsApiTest, ADoubleSubmissionMakesOneIntroduction) {
  HttpClient client(port());
  const std::int64_t before = Total(client);
  json::object body = Draft();
  body["submission_key"] = "form-7f3a";
  HttpResponse first = Create(client, body);
  ASSERT_EQ(first.status, 201) << first.body;
  HttpResponse second = Create(client, body);
  ASSERT_EQ(second.status, 200) << second.body;
  const std::string id(json::parse(first.body).at("id").as_string());
  EXPECT_EQ(json::parse(second.body).at("id").as_string(), id);
  EXPECT_EQ(second.Header("location"), std::string(kPath) + "/" + id);
  EXPECT_EQ(second.Header("etag"), "\"1\"");

  // The same, with the Idempotency-Key header.
  HttpResponse third = Create(client, Draft(), "frontdoor", {{"idempotency-key", "hdr-1"}});
  ASSERT_EQ(third.status, 201) << third.body;
  HttpResponse fourth = Create(client, Draft(), "frontdoor", {{"idempotency-key", "hdr-1"}});
  ASSERT_EQ(fourth.status, 200) << fourth.body;
  EXPECT_EQ(json::parse(fourth.body).at("id"), json::parse(third.body).at("id"));
  // A repeat after a change answers with the introduction as it now is.
  const std::string third_id(json::parse(third.body).at("id").as_string());
  ASSERT_EQ(Change(client, third_id, "attempts", {{"method", "phone"}}, "\"1\"").status, 200);
  HttpResponse fifth = Create(client, Draft(), "frontdoor", {{"idempotency-key", "hdr-1"}});
  EXPECT_EQ(fifth.status, 200);
  EXPECT_EQ(fifth.Header("etag"), "\"2\"");

  EXPECT_EQ(Total(client), before + 2);
  EXPECT_EQ(Audits("introduction.create", id), 1u);

  // Two different keys for one request, or a key too long, are refused.
  HttpResponse both = Create(client, body, "frontdoor", {{"idempotency-key", "other"}});
  EXPECT_EQ(both.status, 422);
  EXPECT_EQ(Fields(both), std::vector<std::string>{"submission_key"});
  HttpResponse long_key =
      Create(client, Draft(), "frontdoor", {{"idempotency-key", std::string(101, 'k')}});
  EXPECT_EQ(long_key.status, 422);
  EXPECT_EQ(Fields(long_key), std::vector<std::string>{"submission_key"});
  // Someone else's key shows them nothing of the first introduction.
  json::object partner_body = body;
  partner_body["team_id"] = team_id_;
  HttpResponse partner = Create(client, partner_body, "partner");
  EXPECT_EQ(partner.status, 422);
  EXPECT_EQ(partner.body.find(id), std::string::npos);
  EXPECT_EQ(Total(client), before + 2);
}

TEST_F(IntroductionsApiTest, APartnerSeesOnlyTheirOwnAsTheyMadeThem) {
  HttpClient client(port());
  auto partner_total = [&] {
    return json::parse(client.Get(kPath, As("partner")).body).at("total").as_int64();
  };
  const std::int64_t before = partner_total();
  const std::string staff_made = MakeOne(client, "frontdoor");
  json::object no_team = Draft();
  no_team.erase("team_id");
  HttpResponse without_team = Create(client, no_team, "partner");
  EXPECT_EQ(without_team.status, 422);
  EXPECT_EQ(Fields(without_team), std::vector<std::string>{"team_id"});
  const std::string theirs = MakeOne(client, "partner");

  EXPECT_EQ(partner_total(), before + 1);
  HttpResponse list = client.Get(Mine(team_id_), As("partner"));
  ASSERT_EQ(list.status, 200) << list.body;
  json::value listed = json::parse(list.body);
  EXPECT_EQ(listed.at("total").as_int64(), 1);  // not the front door's, in the same team
  ASSERT_EQ(listed.at("items").as_array().size(), 1u);
  EXPECT_EQ(listed.at("items").at(0).at("id").as_string(), theirs);
  EXPECT_EQ(listed.at("items").at(0).at("view").as_string(), "introducer");
  EXPECT_TRUE(listed.at("items").at(0).at("next_step").is_null());
  EXPECT_EQ(listed.at("items").at(0).at("days_waiting").as_int64(), 0);

  HttpResponse others = client.Get(std::string(kPath) + "/" + staff_made, As("partner"));
  EXPECT_EQ(others.status, 404);
  EXPECT_EQ(others.body.find("Asha"), std::string::npos);
  EXPECT_EQ(Audits("introduction.access_refused", staff_made), 1u);
  EXPECT_EQ(Audits("introduction.read", staff_made), 0u);

  // The team books it; the partner sees where it is, not the team's work.
  ASSERT_EQ(Change(client, theirs, "attempts", {{"method", "phone"}, {"outcome_note", "Left msg"}},
                   "\"1\"")
                .status,
            200);
  ASSERT_EQ(Change(client, theirs, "booking",
                   {{"date", "2026-06-01"},
                    {"time", "11:00"},
                    {"place", "home"},
                    {"with_user_id", user_ids_["peer"]}},
                   "\"2\"")
                .status,
            200);
  json::value seen = Get(client, theirs, "partner");
  EXPECT_EQ(seen.at("state").as_string(), "conversation-booked");
  EXPECT_EQ(seen.at("view").as_string(), "introducer");
  EXPECT_TRUE(seen.at("booking").is_null());
  EXPECT_TRUE(seen.at("attempts").as_array().empty());
  EXPECT_EQ(seen.at("assigned_user_id").as_string(), "");
  EXPECT_EQ(Audits("introduction.read", theirs), 1u);

  // Working routes are not theirs.
  const std::string base = std::string(kPath) + "/" + theirs;
  EXPECT_EQ(client.Get(base + "/versions", As("partner")).status, 404);
  EXPECT_EQ(client.Get(base + "/matches", As("partner")).status, 404);
  EXPECT_EQ(Change(client, theirs, "attempts", {{"method", "phone"}}, "\"3\"", "partner").status,
            404);
  EXPECT_EQ(Get(client, theirs).at("version").as_int64(), 3);
}

TEST_F(IntroductionsApiTest, OnlyTheFrontDoorAndTeamsWorkIntroductions) {
  HttpClient client(port());
  json::object to_demo_team = Draft();
  to_demo_team["team_id"] = demo_team_id_;
  const std::string id = MakeOne(client, "frontdoor", to_demo_team);
  const std::string one = std::string(kPath) + "/" + id;
  // Practitioners and peer workers work their own team's; not another's.
  const std::string elsewhere = MakeOne(client);
  for (const char* who : {"practitioner", "peer"}) {
    EXPECT_EQ(client.Get(std::string(kPath) + "/" + elsewhere, As(who)).status, 404) << who;
    EXPECT_EQ(json::parse(client.Get(Mine(team_id_), As(who)).body).at("total").as_int64(), 0)
        << who;
  }
  EXPECT_EQ(client.Get(std::string(kPath) + "/" + elsewhere, As("teamlead")).status, 200);
  // The team's own staff read and work it.
  for (const char* who : {"practitioner", "peer", "teamlead"}) {
    EXPECT_EQ(client.Get(one, As(who)).status, 200) << who;
    EXPECT_EQ(client.Get(kPath, As(who)).status, 200) << who;
  }
  EXPECT_EQ(Change(client, id, "attempts", {{"method", "phone"}}, "\"1\"", "practitioner").status,
            200);
  // Commissioners and administrators: as if nothing were there.
  for (const char* who : {"commissioner", "admin"}) {
    EXPECT_EQ(client.Get(kPath, As(who)).status, 404) << who;
    EXPECT_EQ(client.Get(one, As(who)).status, 404) << who;
    EXPECT_EQ(Create(client, Draft(), who).status, 404) << who;
    EXPECT_EQ(Change(client, id, "attempts", {{"method", "phone"}}, "\"2\"", who).status, 404)
        << who;
  }
  // Strangers are asked for credentials.
  HttpResponse stranger = client.Get(kPath);
  EXPECT_EQ(stranger.status, 401);
  EXPECT_FALSE(stranger.Header("www-authenticate").empty());
  EXPECT_EQ(client.Post(kPath, json::serialize(Draft()), "application/json").status, 401);
  EXPECT_EQ(client.Get(one, {{"authorization", "Bearer nonsense"}}).status, 401);
  EXPECT_EQ(Get(client, id).at("version").as_int64(), 2);
}

TEST_F(IntroductionsApiTest, TheListFiltersSortsPagesAndFlagsThosePastTarget) {
  HttpClient client(port());
  std::vector<std::string> ids;
  for (int i = 0; i < 3; ++i) {
    ids.push_back(MakeOne(client));
    clock_.Advance(std::chrono::days(1));
  }
  clock_.Advance(std::chrono::days(13));  // the first has waited 16 days, the last 14

  const std::string mine = Mine(team_id_);
  HttpResponse page = client.Get(mine + "&page_size=2", As("frontdoor"));
  ASSERT_EQ(page.status, 200) << page.body;
  json::value first = json::parse(page.body);
  EXPECT_EQ(first.at("total").as_int64(), 3);
  EXPECT_EQ(first.at("past_target").as_int64(), 2);
  EXPECT_EQ(first.at("pages").as_int64(), 2);
  EXPECT_EQ(first.at("page_size").as_int64(), 2);
  ASSERT_EQ(first.at("items").as_array().size(), 2u);
  EXPECT_EQ(first.at("items").at(0).at("id").as_string(), ids[0]);  // oldest first
  EXPECT_EQ(first.at("items").at(0).at("days_waiting").as_int64(), 16);
  EXPECT_TRUE(first.at("items").at(0).at("past_target").as_bool());
  EXPECT_TRUE(first.at("items").at(1).at("past_target").as_bool());

  json::value second = json::parse(client.Get(mine + "&page_size=2&page=2", As("frontdoor")).body);
  ASSERT_EQ(second.at("items").as_array().size(), 1u);
  EXPECT_EQ(second.at("items").at(0).at("id").as_string(), ids[2]);
  EXPECT_EQ(second.at("items").at(0).at("days_waiting").as_int64(), 14);
  EXPECT_FALSE(second.at("items").at(0).at("past_target").as_bool());

  json::value newest = json::parse(client.Get(mine + "&sort=newest", As("frontdoor")).body);
  EXPECT_EQ(newest.at("items").at(0).at("id").as_string(), ids[2]);
  auto total = [&](const std::string& query) {
    HttpResponse r = client.Get(std::string(kPath) + "?" + query, As("frontdoor"));
    EXPECT_EQ(r.status, 200) << query << ": " << r.body;
    return json::parse(r.body).at("total").as_int64();
  };
  EXPECT_EQ(total("neighbourhood=" + neighbourhood_id_), 3);
  EXPECT_EQ(total("team=" + team_id_ + "&neighbourhood=" + demo_neighbourhood_id_), 0);
  EXPECT_EQ(total("team=AAAAAAAAAAAAAAAAAAAAAA"), 0);
  const std::int64_t everyone = total("include_closed=false");
  EXPECT_GT(everyone, 3);  // the demo team's too
  EXPECT_GT(total("include_closed=true"), everyone - 1);
  for (const char* sort : {"source", "state", "assigned", "oldest"}) {
    EXPECT_EQ(total("team=" + team_id_ + "&sort=" + sort), 3) << sort;
  }

  const std::pair<std::string, std::string> bad[] = {
      {"sort=name", "sort"},        {"page=0", "page"},
      {"page=two", "page"},         {"page_size=500", "page_size"},
      {"page_size=0", "page_size"}, {"include_closed=yes", "include_closed"},
      {"team=not-an-id", "team"},   {"neighbourhood=%3Cb%3E", "neighbourhood"},
      {"colour=blue", "colour"},    {"sort=oldest&sort=newest", "sort"},
  };
  for (const auto& [query, field] : bad) {
    HttpResponse r = client.Get(std::string(kPath) + "?" + query, As("frontdoor"));
    EXPECT_EQ(r.status, 422) << query << ": " << r.body;
    EXPECT_EQ(r.Header("content-type"), "application/problem+json") << query;
    EXPECT_EQ(Fields(r), std::vector<std::string>{field}) << query << ": " << r.body;
  }
  EXPECT_EQ(client.Get(std::string(kPath) + "?page=%zz", As("frontdoor")).status, 400);
}

}  // namespace
}  // namespace introductions_api_test
}  // namespace lw::testing

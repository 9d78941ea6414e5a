// The JSON twins of peer matching (api/peer_api.cc) over real HTTP: a peer
// worker's own profile with If-Match, a person's wish, the suggestions with
// their reasons, the choice and its answer; other teams, partners and
// commissioners get a 404 that says nothing of the person.
#include <gtest/gtest.h>

#include "team_api_fixture.h"

namespace lw::testing {
namespace peer_api_test {
namespace {

using PeerApiTest = TeamApiTest;

TEST_F(PeerApiTest, AProfileAWishSuggestionsAChoiceAndItsAnswer) {
  HttpClient client(port());
  // The demo's profile for Sam Carter ("peer") is version 1.
  HttpResponse mine = Get(client, "/me/lived-experience", "peer");
  ASSERT_EQ(mine.status, 200) << mine.body;
  EXPECT_EQ(mine.Header("etag"), "\"1\"");
  EXPECT_TRUE(Body(mine).at("profile").at("consent_stands").as_bool());

  const json::object profile{{"areas", json::array{"debt", "bereavement"}},
                             {"languages", json::array{"ur"}},
                             {"own_words", "Been there"},
                             {"consent", true}};
  EXPECT_EQ(Call(client, "PUT", "/me/lived-experience", "peer", profile).status, 428);
  HttpResponse stale = Call(client, "PUT", "/me/lived-experience", "peer", profile, "\"0\"");
  EXPECT_EQ(stale.status, 412) << stale.body;
  EXPECT_EQ(Body(stale).at("current_version").as_int64(), 1);
  json::object no_consent = profile;
  no_consent["consent"] = false;
  no_consent["areas"] = json::array{"wizardry"};
  HttpResponse bad = Call(client, "PUT", "/me/lived-experience", "peer", no_consent, "\"1\"");
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_EQ(Fields(bad), (std::vector<std::string>{"areas"}));
  HttpResponse saved = Call(client, "PUT", "/me/lived-experience", "peer", profile, "\"1\"");
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(saved.Header("etag"), "\"2\"");
  // The demo's and this one.
  EXPECT_EQ(Audits("sharing_profile.record", "staff", user_ids_.at("peer")), 2U);

  // The practitioner records Marguerite's wish (If-Match "0": none yet).
  const std::string base = "/people/" + person_id_ + "/peer-mentor";
  HttpResponse none = Get(client, base, "practitioner");
  ASSERT_EQ(none.status, 200) << none.body;
  EXPECT_TRUE(Body(none).at("wish").is_null());
  HttpResponse wish = Call(client, "PUT", base + "/wish", "practitioner",
                           json::object{{"areas", json::array{"debt", "bereavement"}},
                                        {"language", "ur"},
                                        {"in_their_words", "Someone who understands money"}},
                           "\"0\"");
  ASSERT_EQ(wish.status, 200) << wish.body;
  EXPECT_EQ(wish.Header("etag"), "\"1\"");

  HttpResponse view = Get(client, base, "practitioner");
  ASSERT_EQ(view.status, 200);
  const json::object shown = Body(view);
  const json::array& suggestions = shown.at("suggestions").as_array();
  ASSERT_EQ(suggestions.size(), 1U) << view.body;
  EXPECT_EQ(suggestions[0].at("user_id").as_string(), user_ids_.at("peer"));
  const json::array& reasons = suggestions[0].at("reasons").as_array();
  ASSERT_GE(reasons.size(), 3U);
  EXPECT_EQ(reasons[0].as_string(), "Shares: bereavement, debt or money worries");
  EXPECT_EQ(reasons[1].as_string(), "Speaks Urdu");
  EXPECT_EQ(shown.if_contains("score"), nullptr);

  HttpResponse chosen =
      Post(client, base + "/choice", "practitioner",
           {{"peer_user_id", user_ids_.at("peer")}, {"together_with_person", true}}, "\"1\"");
  ASSERT_EQ(chosen.status, 200) << chosen.body;
  EXPECT_EQ(Body(chosen).at("choice").at("response").as_string(), "awaiting");
  // Only the one chosen answers.
  HttpResponse not_them =
      Post(client, base + "/answer", "teamlead", {{"answer", "accept"}}, "\"2\"");
  EXPECT_EQ(not_them.status, 409) << not_them.body;
  HttpResponse declined = Post(client, base + "/answer", "peer",
                               {{"answer", "decline"}, {"note", "I know the family"}}, "\"2\"");
  ASSERT_EQ(declined.status, 200) << declined.body;
  EXPECT_EQ(Body(declined).at("choice").at("response").as_string(), "declined");
  EXPECT_EQ(Audits("peer_mentor.decline"), 1U);
  EXPECT_EQ(Audits("peer_mentor.wish"), 1U);

  // Withdrawn: never suggested again.
  HttpResponse withdrawn =
      Post(client, "/me/lived-experience/withdraw", "peer", json::object{}, "\"2\"");
  ASSERT_EQ(withdrawn.status, 200) << withdrawn.body;
  EXPECT_FALSE(Body(withdrawn).at("consent_stands").as_bool());
  EXPECT_TRUE(Body(Get(client, base, "practitioner")).at("suggestions").as_array().empty());
}

TEST_F(PeerApiTest, OtherTeamsPartnersAndCommissionersGetNotFound) {
  HttpClient client(port());
  const std::string base = "/people/" + person_id_ + "/peer-mentor";
  for (const char* who : {"south", "west", "partner", "commissioner", "admin"}) {
    ExpectNothingOfThePerson(Get(client, base, who), who);
    ExpectNothingOfThePerson(Call(client, "PUT", base + "/wish", who,
                                  json::object{{"areas", json::array{"debt"}}}, "\"0\""),
                             who);
  }
  // The care roles of other teams reach the service, which audits each refusal;
  // the rest are refused by the route itself.
  EXPECT_EQ(Audits("person.access_refused"), 4U);
  for (const char* who : {"partner", "commissioner", "admin"}) {
    EXPECT_EQ(Get(client, "/me/lived-experience", who).status, 404) << who;
  }
}

}  // namespace
}  // namespace peer_api_test
}  // namespace lw::testing

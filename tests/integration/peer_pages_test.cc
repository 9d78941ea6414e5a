// Peer matching over real HTTP with the demo data (web/peer_pages.h): a
// peer worker records what they are willing to share with their consent; a
// practitioner sees them suggested for Daniel, with the reasons, and
// records the choice made with him; the peer worker accepts. Nobody
// without consent, and nobody from another team, is suggested; partners
// get 404.
#include <gtest/gtest.h>

#include "frontdoor_pages_fixture.h"

namespace lw::testing {
namespace peer_pages_test {
namespace {

class PeerPagesTest : public FrontDoorPagesTest {
 protected:
  std::string DanielId(Browser& b) {
    HttpResponse people = b.Get("/people");
    EXPECT_EQ(people.status, 200);
    return Find(people.body, R"re(href="/people/([^"]+)">Daniel Hughes)re");
  }
};

TEST_F(PeerPagesTest, APeerWorkerSharesAndThePersonChoosesThemWithTheirPractitioner) {
  Browser sam = As("peer");
  HttpResponse home = sam.Get("/home");
  ASSERT_EQ(home.status, 200);
  EXPECT_TRUE(Has(home.body, "href=\"/my/lived-experience\""));

  // The demo's profile, then a refused change: no area, no consent.
  HttpResponse mine = sam.Get("/my/lived-experience");
  ASSERT_EQ(mine.status, 200);
  EXPECT_TRUE(Has(mine.body, "<h1 class=\"nhsuk-heading-l\">My lived experience</h1>"));
  EXPECT_TRUE(Has(mine.body, "being a carer"));
  EXPECT_TRUE(Has(mine.body, "Withdraw my consent"));
  const std::string version = Version(mine.body);
  ASSERT_EQ(version, "1");
  HttpResponse refused =
      sam.Post("/my/lived-experience", {{"version", version}, {"gender", "Man"}});
  ASSERT_EQ(refused.status, 422);
  EXPECT_TRUE(Has(refused.body, "<title>Error: "));
  EXPECT_TRUE(Has(refused.body, "There is a problem"));
  EXPECT_TRUE(Has(refused.body, "href=\"#areas\""));
  EXPECT_TRUE(Has(refused.body, "href=\"#consent\""));
  EXPECT_TRUE(Has(refused.body, "value=\"Man\""));  // what was typed is kept

  HttpResponse saved = sam.Post("/my/lived-experience", {{"version", version},
                                                         {"areas", "bereavement"},
                                                         {"areas", "being-a-carer"},
                                                         {"areas", "loneliness"},
                                                         {"languages", "pl"},
                                                         {"consent", "yes"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.Header("location"), "/my/lived-experience?done=saved");
  // A second save from the same (now stale) page is refused, nothing overwritten.
  HttpResponse stale = sam.Post("/my/lived-experience",
                                {{"version", version}, {"areas", "debt"}, {"consent", "yes"}});
  EXPECT_EQ(stale.status, 409);

  // The practitioner records what Daniel would like and sees Sam suggested.
  Browser priya = As("practitioner");
  const std::string daniel = DanielId(priya);
  ASSERT_FALSE(daniel.empty());
  const std::string page = "/people/" + daniel + "/peer-mentor";
  HttpResponse mentor = priya.Get(page);
  ASSERT_EQ(mentor.status, 200);
  EXPECT_TRUE(Has(mentor.body, "Peer mentor for Daniel Hughes"));
  EXPECT_TRUE(Has(mentor.body, "Sam Carter"));
  EXPECT_TRUE(Has(mentor.body, "Shares: bereavement, being a carer"));
  EXPECT_TRUE(Has(mentor.body, "on their caseload"));
  EXPECT_TRUE(Has(mentor.body, "suggestions, not a decision"));
  EXPECT_FALSE(Has(mentor.body, "Owen Price"));  // withdrew their consent
  EXPECT_FALSE(Has(mentor.body, "Tariq Aziz"));  // the South team's

  const std::string wish_version = Version(mentor.body);
  HttpResponse bad_wish = priya.Post(page + "/wish", {{"version", wish_version}});
  ASSERT_EQ(bad_wish.status, 422);
  EXPECT_TRUE(Has(bad_wish.body, "href=\"#areas\""));
  HttpResponse wish = priya.Post(page + "/wish", {{"version", wish_version},
                                                  {"areas", "bereavement"},
                                                  {"areas", "being-a-carer"},
                                                  {"areas", "loneliness"},
                                                  {"language", "pl"},
                                                  {"preferences", "A man, please"}});
  ASSERT_EQ(wish.status, 303) << wish.body;
  EXPECT_EQ(wish.Header("location"), page + "?done=wish");
  mentor = priya.Get(page + "?done=wish");
  EXPECT_TRUE(Has(mentor.body, "Shares: bereavement, being a carer, loneliness"));
  EXPECT_TRUE(Has(mentor.body, "Speaks Polish"));

  const std::string sam_id = Find(mentor.body, R"re(name="peer" type="radio" value="([^"]+)")re");
  ASSERT_FALSE(sam_id.empty());
  const std::string v2 = Version(mentor.body);
  HttpResponse alone = priya.Post(page + "/choice", {{"version", v2}, {"peer", sam_id}});
  ASSERT_EQ(alone.status, 422);
  EXPECT_TRUE(Has(alone.body, "href=\"#together\""));
  HttpResponse chosen =
      priya.Post(page + "/choice", {{"version", v2}, {"peer", sam_id}, {"together", "yes"}});
  ASSERT_EQ(chosen.status, 303) << chosen.body;
  EXPECT_EQ(Audits("person", daniel, "peer_mentor.choose"), 1U);

  // Sam sees the request and accepts.
  mine = sam.Get("/my/lived-experience");
  EXPECT_TRUE(Has(mine.body, "People who would like you as their peer mentor"));
  EXPECT_TRUE(Has(mine.body, "href=\"" + page + "\""));
  HttpResponse his = sam.Get(page);
  ASSERT_EQ(his.status, 200);
  EXPECT_TRUE(Has(his.body, "Will you be their peer mentor?"));
  HttpResponse accepted =
      sam.Post(page + "/answer", {{"version", Version(his.body)}, {"answer", "accept"}});
  ASSERT_EQ(accepted.status, 303) << accepted.body;
  EXPECT_EQ(accepted.Header("location"), page + "?done=accepted");
  EXPECT_TRUE(Has(priya.Get(page).body, "Accepted on "));

  // Without the CSRF token the pipeline refuses a change.
  EXPECT_EQ(sam.client->Post("/my/lived-experience", Body({{"version", "2"}})).status, 403);
}

TEST_F(PeerPagesTest, PartnersCommissionersAndOtherTeamsSeeNothing) {
  Browser priya = As("practitioner");
  const std::string daniel = DanielId(priya);
  ASSERT_FALSE(daniel.empty());
  for (const char* who : {"partner", "commissioner", "admin"}) {
    Browser b = As(who);
    EXPECT_EQ(b.Get("/people/" + daniel + "/peer-mentor").status, 404) << who;
    EXPECT_EQ(b.Get("/my/lived-experience").status, 404) << who;
  }
  EXPECT_EQ(priya.Get("/people/not-a-person/peer-mentor").status, 404);
}

TEST_F(PeerPagesTest, WithdrawingConsentTakesAPeerWorkerOutOfTheSuggestions) {
  Browser sam = As("peer");
  HttpResponse mine = sam.Get("/my/lived-experience");
  HttpResponse withdrawn =
      sam.Post("/my/lived-experience/withdraw", {{"version", Version(mine.body)}});
  ASSERT_EQ(withdrawn.status, 303) << withdrawn.body;
  mine = sam.Get("/my/lived-experience?done=withdrawn");
  EXPECT_TRUE(Has(mine.body, "You withdrew your consent on "));

  Browser priya = As("practitioner");
  const std::string daniel = DanielId(priya);
  HttpResponse mentor = priya.Get("/people/" + daniel + "/peer-mentor");
  ASSERT_EQ(mentor.status, 200);
  EXPECT_FALSE(Has(mentor.body, "Sam Carter"));
  EXPECT_TRUE(Has(mentor.body, "Nobody in your team has shared an experience that matches yet"));
}

}  // namespace
}  // namespace peer_pages_test
}  // namespace lw::testing

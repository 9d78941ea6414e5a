// `make run`'s synthetic team: with --demo --synthetic demo the server loads
// a synthetic locality's two years beside the demo, ending last month, with
// two sign-ins to see the team at work.
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "app_fixture.h"

namespace lw::testing {
namespace synthetic_demo_test {
namespace {

class SyntheticDemoTest : public AppFixture {
 protected:
  void Configure(Config& config) override { config.synthetic = "demo"; }
};

TEST_F(SyntheticDemoTest, TheSyntheticTeamIsThereToSignInTo) {
  ASSERT_EQ(app().synthetic_sign_ins().size(), 2U);
  EXPECT_EQ(app().synthetic_sign_ins()[0].username, "synthetic.lead");
  EXPECT_EQ(app().synthetic_sign_ins()[0].role, "Team lead");
  EXPECT_EQ(app().synthetic_sign_ins()[1].username, "synthetic.practitioner");

  // The practitioner has a caseload of fictional people in episodes of
  // support that are open at the end of last month.
  HttpClient client(port());
  CookieJar jar;
  ASSERT_EQ(SignIn(client, jar, "synthetic.practitioner").status, 303);
  const HttpResponse caseload = client.Get("/caseload");
  ASSERT_EQ(caseload.status, 200);
  std::smatch people;
  ASSERT_TRUE(std::regex_search(caseload.body, people, std::regex(R"((\d+) (people|person))")))
      << caseload.body.substr(0, 2000);
  EXPECT_GT(std::stoi(people[1]), 0);

  // The lead sees the team's huddle.
  HttpClient lead_client(port());
  CookieJar lead_jar;
  ASSERT_EQ(SignIn(lead_client, lead_jar, "synthetic.lead").status, 303);
  EXPECT_EQ(lead_client.Get("/huddle").status, 200);
}

TEST_F(SyntheticDemoTest, TheDemoIsUnchangedBesideIt) {
  // The demo's own accounts still sign in, and the synthetic staff without
  // a sign-in cannot.
  HttpClient client(port());
  CookieJar jar;
  EXPECT_EQ(SignIn(client, jar, "practitioner").status, 303);
  HttpClient other(port());
  CookieJar other_jar;
  EXPECT_NE(SignIn(other, other_jar, "syn.00.0001").status, 303);
}

}  // namespace
}  // namespace synthetic_demo_test
}  // namespace lw::testing

// Signing in and out over real HTTP: success and failure, throttling,
// CSRF, session expiry with the injected clock.
#include <gtest/gtest.h>

#include "app_fixture.h"

namespace lw::testing {
namespace auth_test {
namespace {

using std::chrono::minutes;

class AuthTest : public AppFixture {};

TEST_F(AuthTest, SignInSetsAHardenedSessionCookieAndOpensTheHomePage) {
  HttpClient client(port());
  CookieJar jar;
  HttpResponse r = SignIn(client, jar, "practitioner");
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.Header("location"), "/home");
  std::string cookie;
  for (const auto& c : r.Headers("set-cookie")) {
    if (c.starts_with("lw_session=")) cookie = c;
  }
  ASSERT_FALSE(cookie.empty());
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos);  // not served over TLS here
  HttpResponse home = client.Get("/home");
  EXPECT_EQ(home.status, 200);
  EXPECT_NE(home.body.find("Priya Desai"), std::string::npos);
  EXPECT_NE(home.body.find("Millbrook North Living Well Team"), std::string::npos);
}

TEST_F(AuthTest, WrongPasswordAndUnknownAccountGiveTheSameAnswer) {
  HttpClient client(port());
  CookieJar jar;
  HttpResponse wrong = SignIn(client, jar, "practitioner", "not-the-password");
  HttpResponse unknown = SignIn(client, jar, "nobody-here", "not-the-password");
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_NE(wrong.body.find("Enter a correct username and password"), std::string::npos);
  EXPECT_NE(unknown.body.find("Enter a correct username and password"), std::string::npos);
  EXPECT_FALSE(jar.Get("lw_session").has_value());
}

TEST_F(AuthTest, RepeatedFailuresAreThrottled) {
  HttpClient client(port());
  CookieJar jar;
  for (int i = 0; i < 5; ++i) EXPECT_EQ(SignIn(client, jar, "peer", "wrong-password").status, 401);
  HttpResponse blocked = SignIn(client, jar, "peer");  // even the right password
  EXPECT_EQ(blocked.status, 429);
  EXPECT_NE(blocked.body.find("too many attempts"), std::string::npos);
  clock_.Advance(minutes(16));
  EXPECT_EQ(SignIn(client, jar, "peer").status, 303);
}

TEST_F(AuthTest, SignInWithoutTheFormsCsrfTokenIsRefused) {
  HttpClient client(port());
  CookieJar jar;
  client.UseCookieJar(&jar);
  ASSERT_EQ(client.Get("/sign-in").status, 200);
  HttpResponse forged = client.Post("/sign-in", "username=practitioner&password=living-well-demo");
  EXPECT_EQ(forged.status, 403);
  EXPECT_FALSE(jar.Get("lw_session").has_value());
}

TEST_F(AuthTest, ForgedPostFromAnotherSiteIsRefusedAndChangesNothing) {
  HttpClient client(port());
  CookieJar jar;
  ASSERT_EQ(SignIn(client, jar, "practitioner").status, 303);
  // A cross-site form carries the victim's cookie but cannot know the token.
  HttpResponse forged = client.Post("/sign-out", "csrf_token=guessed");
  EXPECT_EQ(forged.status, 403);
  EXPECT_EQ(client.Get("/home").status, 200);  // still signed in
  HttpResponse no_token = client.Post("/sign-out", "");
  EXPECT_EQ(no_token.status, 403);
  EXPECT_EQ(client.Get("/home").status, 200);
}

TEST_F(AuthTest, SignOutEndsTheSession) {
  HttpClient client(port());
  CookieJar jar;
  ASSERT_EQ(SignIn(client, jar, "teamlead").status, 303);
  HttpResponse home = client.Get("/home");
  ASSERT_EQ(home.status, 200);
  const std::string token = CsrfFrom(home.body);
  ASSERT_FALSE(token.empty());
  const std::string old_cookie = *jar.Get("lw_session");
  HttpResponse out = client.Post("/sign-out", "csrf_token=" + token);
  EXPECT_EQ(out.status, 303);
  EXPECT_EQ(client.Get("/home").status, 303);
  // The old cookie is dead on the server, not only forgotten by the browser.
  jar.Set("lw_session", old_cookie);
  EXPECT_EQ(client.Get("/home").status, 303);
}

TEST_F(AuthTest, SessionExpiresAfterThirtyMinutesIdle) {
  HttpClient client(port());
  CookieJar jar;
  ASSERT_EQ(SignIn(client, jar, "frontdoor").status, 303);
  clock_.Advance(minutes(25));
  EXPECT_EQ(client.Get("/home").status, 200);
  clock_.Advance(minutes(25));  // 25 idle since the last use
  EXPECT_EQ(client.Get("/home").status, 200);
  clock_.Advance(minutes(31));
  HttpResponse expired = client.Get("/home");
  EXPECT_EQ(expired.status, 303);
  EXPECT_EQ(expired.Header("location"), "/sign-in?next=%2Fhome");
}

TEST_F(AuthTest, SessionEndsTwelveHoursAfterSignIn) {
  HttpClient client(port());
  CookieJar jar;
  ASSERT_EQ(SignIn(client, jar, "frontdoor").status, 303);
  for (int i = 0; i < 35; ++i) {
    clock_.Advance(minutes(20));
    ASSERT_EQ(client.Get("/home").status, 200) << "after " << (i + 1) * 20 << " minutes";
  }
  clock_.Advance(minutes(21));
  EXPECT_EQ(client.Get("/home").status, 303);
}

TEST_F(AuthTest, SignInReturnsToALocalPageOnlyNeverAnotherSite) {
  HttpClient client(port());
  CookieJar jar;
  client.UseCookieJar(&jar);
  const std::string csrf = CsrfFrom(client.Get("/sign-in").body);
  HttpResponse local = client.Post(
      "/sign-in",
      "username=practitioner&password=living-well-demo&next=%2Fpeople&csrf_token=" + csrf);
  EXPECT_EQ(local.status, 303);
  EXPECT_EQ(local.Header("location"), "/people");
  CookieJar jar2;
  HttpClient client2(port());
  client2.UseCookieJar(&jar2);
  const std::string csrf2 = CsrfFrom(client2.Get("/sign-in").body);
  HttpResponse evil = client2.Post(
      "/sign-in",
      "username=practitioner&password=living-well-demo&next=%2F%2Fevil.example&csrf_token=" +
          csrf2);
  EXPECT_EQ(evil.status, 303);
  EXPECT_EQ(evil.Header("location"), "/home");
}

}  // namespace
}  // namespace auth_test
}  // namespace lw::testing

// Every route declares who may use it, and the server enforces it: a walk
// over the whole router, so a new route cannot slip through untested.
#include <gtest/gtest.h>

#include <regex>

#include "app_fixture.h"

namespace lw::testing {
namespace routes_test {
namespace {

class RoutesTest : public AppFixture {};

// A concrete URL for a route pattern ({id} becomes a well-formed id).
std::string Concrete(const std::string& pattern) {
  return std::regex_replace(pattern, std::regex(R"(\{[a-z_]+\})"), "AAAAAAAAAAAAAAAAAAAAAA");
}

const char* kUsernames[] = {"admin",    "frontdoor", "practitioner", "peer",
                            "teamlead", "partner",   "commissioner"};

void ExpectSecurityHeaders(const HttpResponse& r, const std::string& what) {
  const std::string csp = r.Header("content-security-policy");
  EXPECT_NE(csp.find("default-src 'self'"), std::string::npos) << what;
  EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << what;
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << what;
  EXPECT_EQ(r.Header("x-content-type-options"), "nosniff") << what;
  EXPECT_FALSE(r.Header("referrer-policy").empty()) << what;
  EXPECT_FALSE(r.Header("x-request-id").empty()) << what;
}

TEST_F(RoutesTest, EveryRouteDeclaresItsAccessAndNonPublicOnesRefuseStrangers) {
  const auto& routes = app().router().routes();
  ASSERT_GT(routes.size(), 10u);
  HttpClient client(port());
  for (const auto& route : routes) {
    const std::string what = route.method + " " + route.pattern;
    const bool is_public = route.access.is_public();
    EXPECT_TRUE(is_public || !route.access.roles().Empty()) << what << " allows nobody";
    if (is_public) continue;
    HttpResponse r = client.Send(route.method, Concrete(route.pattern), "",
                                 {{"content-type", "application/json"}});
    if (route.kind == http::RouteKind::kApi) {
      EXPECT_EQ(r.status, 401) << what;
      EXPECT_EQ(r.Header("content-type"), "application/problem+json") << what;
    } else if (route.method == "GET") {
      EXPECT_EQ(r.status, 303) << what;
      EXPECT_TRUE(r.Header("location").starts_with("/sign-in?next=")) << what;
    } else {
      // Access is decided before CSRF: a stranger is sent to sign in.
      EXPECT_EQ(r.status, 303) << what;
    }
    ExpectSecurityHeaders(r, what);
  }
}

TEST_F(RoutesTest, SignedInRolesNotNamedByARouteGetNotFound) {
  const auto& routes = app().router().routes();
  for (const char* username : kUsernames) {
    HttpClient client(port());
    CookieJar jar;
    ASSERT_EQ(SignIn(client, jar, username).status, 303) << username;
    HttpResponse me = client.Get("/api/v1/me");
    ASSERT_EQ(me.status, 200) << username;
    const std::string after = me.body.substr(me.body.find("\"role\":\"") + 8);
    const std::string role_key = after.substr(0, after.find('"'));
    for (const auto& route : routes) {
      if (route.access.is_public() || route.method != "GET") continue;
      const std::string what = std::string(username) + " GET " + route.pattern;
      bool allowed = false;
      for (Role r : kAllRoles) {
        if (RoleKey(r) == role_key) allowed = route.access.roles().Has(r);
      }
      HttpResponse r = client.Get(Concrete(route.pattern));
      if (!allowed) {
        EXPECT_EQ(r.status, 404) << what;
      } else if (route.pattern.find('{') != std::string::npos) {
        EXPECT_EQ(r.status, 404) << what;  // the placeholder id names nothing
      } else {
        EXPECT_EQ(r.status, 200) << what;
      }
      ExpectSecurityHeaders(r, what);
    }
  }
}

TEST_F(RoutesTest, PublicAndErrorResponsesCarrySecurityHeaders) {
  HttpClient client(port());
  for (const char* target :
       {"/sign-in", "/healthz", "/readyz", "/metrics", "/no-such-page", "/api/v1/no-such-thing"}) {
    ExpectSecurityHeaders(client.Get(target), target);
  }
  HttpResponse missing_page = client.Get("/no-such-page");
  EXPECT_EQ(missing_page.status, 404);
  EXPECT_NE(missing_page.Header("content-type").find("text/html"), std::string::npos);
  HttpResponse missing_api = client.Get("/api/v1/no-such-thing");
  EXPECT_EQ(missing_api.status, 404);
  EXPECT_EQ(missing_api.Header("content-type"), "application/problem+json");
}

TEST_F(RoutesTest, OperationalEndpointsAnswer) {
  HttpClient client(port());
  HttpResponse health = client.Get("/healthz");
  EXPECT_EQ(health.status, 200);
  EXPECT_EQ(health.body, "ok\n");
  HttpResponse ready = client.Get("/readyz");
  EXPECT_EQ(ready.status, 200);
  EXPECT_EQ(ready.body, "ready\n");
  HttpResponse metrics = client.Get("/metrics");
  EXPECT_EQ(metrics.status, 200);
  EXPECT_NE(metrics.body.find("livingwell_http_requests_total"), std::string::npos);
  const std::string store = OnPostgres() ? "postgresql" : "sqlite";
  EXPECT_NE(
      metrics.body.find("livingwell_store_transactions_retried_total{store=\"" + store + "\"} 0"),
      std::string::npos)
      << metrics.body;
  std::smatch open;
  ASSERT_TRUE(std::regex_search(metrics.body, open,
                                std::regex("livingwell_store_connections\\{store=\"" + store +
                                           "\",state=\"open\"\\} (\\d+)")))
      << metrics.body;
  // SQLite's connections are not pooled per request and report 0; PostgreSQL
  // has opened at least the one that served this test's requests.
  EXPECT_EQ(std::stoi(open[1]) > 0, OnPostgres()) << open[0];
  EXPECT_NE(metrics.body.find("route=\"/healthz\""), std::string::npos);
  EXPECT_NE(metrics.body.find("livingwell_http_request_duration_seconds_bucket"),
            std::string::npos);
  EXPECT_NE(metrics.body.find("livingwell_http_open_connections"), std::string::npos);
}

TEST_F(RoutesTest, StaticAssetsAreServedWithLongLivedCacheHeaders) {
  HttpClient client(port());
  CookieJar jar;
  client.UseCookieJar(&jar);
  HttpResponse page = client.Get("/sign-in");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(page.body, m, std::regex(R"re(href="(/assets/[^"]+\.css)")re")));
  HttpResponse css = client.Get(m[1]);
  EXPECT_EQ(css.status, 200);
  EXPECT_NE(css.Header("cache-control").find("immutable"), std::string::npos);
  EXPECT_NE(css.Header("content-type").find("text/css"), std::string::npos);
  HttpResponse again = client.Get(m[1], {{"if-none-match", css.Header("etag")}});
  EXPECT_EQ(again.status, 304);
}

}  // namespace
}  // namespace routes_test
}  // namespace lw::testing

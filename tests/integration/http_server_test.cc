// The HTTP server over real sockets on 127.0.0.1: routes and headers,
// access rules, CSRF, keep-alive, errors, shutdown, signals, metrics and
// logs. The limits (sizes, timeouts, connections) are in
// http_server_limits_test.cc.
#include "http_server_fixture.h"

namespace lw::http::test {
namespace http_server_test {
namespace {

TEST_F(HttpServerTest, ServesARouteWithSecurityHeaders) {
  HttpClient client(port_);
  HttpResponse r = client.Get("/healthz");
  ASSERT_EQ(r.status, 200) << r.error;
  EXPECT_EQ(r.body, "ok");
  EXPECT_EQ(r.Header("content-type"), "text/plain; charset=utf-8");
  EXPECT_EQ(r.Header("cache-control"), "no-store");
  EXPECT_EQ(r.Header("x-request-id").size(), 16u);
  ExpectSecurityHeaders(r);
}

TEST_F(HttpServerTest, HeadAnswersGetRoutesWithoutABody) {
  HttpClient client(port_);
  HttpResponse r = client.Send("HEAD", "/healthz");
  ASSERT_EQ(r.status, 200) << r.error;
  EXPECT_EQ(r.Header("content-length"), "2");
  EXPECT_TRUE(r.body.empty());
  EXPECT_EQ(client.Get("/healthz").body, "ok");  // the connection is still in step
  EXPECT_EQ(client.connections_opened(), 1);
}

TEST_F(HttpServerTest, UnknownPathIs404AndWrongMethodIs405) {
  HttpClient client(port_);
  HttpResponse missing = client.Get("/no/such/page");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.body, "page error 404");
  ExpectSecurityHeaders(missing);
  EXPECT_EQ(client.Get("/api/v1/nothing").body, "api error 404");

  HttpResponse wrong = client.Send("DELETE", "/healthz");
  EXPECT_EQ(wrong.status, 405);
  EXPECT_EQ(wrong.Header("allow"), "GET, HEAD");
  ExpectSecurityHeaders(wrong);
}

TEST_F(HttpServerTest, ServesAssetsWithCacheHeadersAndNotModified) {
  HttpClient client(port_);
  HttpResponse r = client.Get(assets_->Url("app.css"));
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "body{}");
  EXPECT_EQ(r.Header("content-type"), "text/css; charset=utf-8");
  EXPECT_EQ(r.Header("cache-control"), "public, max-age=31536000, immutable");
  ExpectSecurityHeaders(r);
  std::string etag = r.Header("etag");
  ASSERT_FALSE(etag.empty());

  HttpResponse plain = client.Get("/assets/app.css");
  EXPECT_EQ(plain.status, 200);
  EXPECT_EQ(plain.Header("cache-control"), "public, max-age=3600");

  HttpResponse cached = client.Get(assets_->Url("app.css"), {{"If-None-Match", etag}});
  EXPECT_EQ(cached.status, 304);
  EXPECT_TRUE(cached.body.empty());
  ExpectSecurityHeaders(cached);

  EXPECT_EQ(client.Get("/assets/missing.css").status, 404);
  EXPECT_EQ(client.connections_opened(), 1);
}

TEST_F(HttpServerTest, AnonymousPageRedirectsToSignIn) {
  HttpClient client(port_);
  HttpResponse r = client.Get("/private?tab=plan");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.Header("location"), "/sign-in?next=%2Fprivate%3Ftab%3Dplan");
  ExpectSecurityHeaders(r);
}

TEST_F(HttpServerTest, AnonymousApiIs401) {
  HttpClient client(port_);
  HttpResponse r = client.Get("/api/v1/private");
  EXPECT_EQ(r.status, 401);
  EXPECT_EQ(r.Header("www-authenticate"), "Bearer");
  EXPECT_EQ(r.body, "api error 401");
}

TEST_F(HttpServerTest, WrongRoleIs404AndRightRoleIsServed) {
  HttpClient client(port_);
  HttpResponse wrong = client.Get("/private", {{"X-Test-Role", "commissioner"}});
  EXPECT_EQ(wrong.status, 404);
  EXPECT_EQ(wrong.body, "page error 404");
  HttpResponse api_wrong = client.Get("/api/v1/private", {{"X-Test-Role", "commissioner"}});
  EXPECT_EQ(api_wrong.status, 404);
  lw::testing::CookieJar jar;
  jar.Set("test_role", "practitioner");
  client.UseCookieJar(&jar);
  HttpResponse right = client.Get("/private");
  EXPECT_EQ(right.status, 200);
  EXPECT_EQ(right.body, "private");
}

TEST_F(HttpServerTest, SessionPostsNeedTheCsrfToken) {
  HttpClient client(port_);
  HeaderList session = {{"X-Test-Role", "practitioner"}};
  EXPECT_EQ(client.Post("/notes", "text=hi", "application/x-www-form-urlencoded", session).status,
            403);
  EXPECT_EQ(
      client.Post("/notes", "text=hi&csrf_token=bad", "application/x-www-form-urlencoded", session)
          .status,
      403);
  HttpResponse ok = client.Post("/notes", "text=hi+there&csrf_token=tok",
                                "application/x-www-form-urlencoded", session);
  EXPECT_EQ(ok.status, 200);
  EXPECT_EQ(ok.body, "saved hi there");
  HeaderList with_header = session;
  with_header.emplace_back("X-CSRF-Token", "tok");
  EXPECT_EQ(client.Post("/api/v1/notes", "{}", "application/json", with_header).status, 201);
  EXPECT_EQ(client.Post("/api/v1/notes", "{}", "application/json", session).status, 403);
  EXPECT_EQ(
      client.Post("/notes", "text=%zz&csrf_token=tok", "application/x-www-form-urlencoded", session)
          .status,
      400);
}

TEST_F(HttpServerTest, BearerCallsAreExemptFromCsrf) {
  HttpClient client(port_);
  HttpResponse r = client.Post("/api/v1/notes", "{}", "application/json",
                               {{"X-Test-Role", "practitioner"}, {"X-Test-Auth", "bearer"}});
  EXPECT_EQ(r.status, 201);
}

TEST_F(HttpServerTest, KeepAliveServesManyRequestsOnOneConnection) {
  HttpClient client(port_);
  for (int i = 0; i < 5; ++i) {
    HttpResponse r = client.Get("/healthz");
    ASSERT_EQ(r.status, 200) << r.error;
    EXPECT_NE(r.Header("connection"), "close");
  }
  EXPECT_EQ(client.connections_opened(), 1);
}

TEST_F(HttpServerTest, PipelinedRequestsAreAnsweredInOrder) {
  RawConnection raw(port_);
  raw.Send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /search?q=two HTTP/1.1\r\nHost: x\r\n\r\n");
  auto first = raw.ReadResponse();
  auto second = raw.ReadResponse();
  ASSERT_TRUE(first.has_value());
  ASSERT_TRUE(second.has_value());
  EXPECT_EQ(first->body, "ok");
  EXPECT_EQ(second->body, "q=two");
}

TEST_F(HttpServerTest, ExpectContinueIsHonoured) {
  RawConnection raw(port_);
  raw.Send(
      "POST /api/v1/notes HTTP/1.1\r\nHost: x\r\nX-Test-Role: practitioner\r\n"
      "X-Test-Auth: bearer\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
  auto interim = raw.ReadResponse();
  ASSERT_TRUE(interim.has_value());
  EXPECT_EQ(interim->status, 100);
  raw.Send("abc");
  auto r = raw.ReadResponse();
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, 201);
  EXPECT_EQ(r->body, "{\"bytes\":3}");
}

TEST_F(HttpServerTest, Http10ClosesUnlessAskedToKeepAlive) {
  RawConnection raw(port_);
  raw.Send("GET /healthz HTTP/1.0\r\n\r\n");
  auto r = raw.ReadResponse();
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, 200);
  EXPECT_TRUE(raw.WaitForClose(milliseconds(3000)));
}

TEST_F(HttpServerTest, HandlerExceptionIs500AndTheServerCarriesOn) {
  HttpClient client(port_);
  HttpResponse r = client.Get("/throw");
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.body, "page error 500");
  ExpectSecurityHeaders(r);
  EXPECT_EQ(client.Get("/healthz").status, 200);
  std::string request_id = r.Header("x-request-id");
  bool logged = false;
  for (const auto& line : LogLines()) {
    if (line.at("event") == "handler_exception") {
      logged = true;
      EXPECT_EQ(line.at("level"), "error");
      EXPECT_EQ(line.at("request_id"), request_id.c_str());
    }
  }
  EXPECT_TRUE(logged);
}

TEST_F(HttpServerTest, IdentityCookiesAreSetAndSecureWhenConfigured) {
  HttpClient client(port_);
  HttpResponse r = client.Get("/cookie");
  ASSERT_EQ(r.Headers("set-cookie").size(), 1u);
  EXPECT_EQ(r.Header("set-cookie"), "lw_csrf=fresh; Path=/; HttpOnly; SameSite=Lax");

  ServerOptions secure = DefaultOptions();
  secure.secure_cookies = true;
  StartServer(secure);
  HttpClient secure_client(port_);
  HttpResponse s = secure_client.Get("/cookie");
  EXPECT_EQ(s.Header("set-cookie"), "lw_csrf=fresh; Path=/; HttpOnly; Secure; SameSite=Lax");
}

TEST_F(HttpServerTest, MetricsCountRequests) {
  HttpClient client(port_);
  for (int i = 0; i < 3; ++i) ASSERT_EQ(client.Get("/healthz").status, 200);
  client.Get("/nowhere");
  client.Get(assets_->Url("app.css"));
  server_->Shutdown();  // every request has been recorded once the threads are joined
  std::string text = metrics_.Render();
  EXPECT_NE(text.find("livingwell_http_requests_total{route=\"/healthz\",method=\"GET\","
                      "status=\"200\"} 3\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("livingwell_http_requests_total{route=\"unmatched\",method=\"GET\","
                      "status=\"404\"} 1\n"),
            std::string::npos);
  EXPECT_NE(text.find("livingwell_http_requests_total{route=\"assets\",method=\"GET\","
                      "status=\"200\"} 1\n"),
            std::string::npos);
  EXPECT_NE(text.find("livingwell_http_request_duration_seconds_count{route=\"/healthz\"} 3\n"),
            std::string::npos);
  EXPECT_EQ(metrics_.open_connections(), 0);
}

TEST_F(HttpServerTest, LogsOneJsonLinePerRequestWithoutTheQuery) {
  HttpClient client(port_);
  HttpResponse mine = client.Get("/search?q=secret-name", {{"X-Request-Id", "client-id_1"}});
  EXPECT_EQ(mine.Header("x-request-id"), "client-id_1");
  HttpResponse theirs = client.Get("/healthz", {{"X-Request-Id", "bad id!"}});
  std::string generated = theirs.Header("x-request-id");
  EXPECT_EQ(generated.size(), 16u);
  server_->Shutdown();

  std::vector<boost::json::object> requests;
  for (const auto& line : LogLines()) {
    EXPECT_TRUE(line.contains("ts"));
    EXPECT_TRUE(line.contains("level"));
    if (line.at("event") == "request") requests.push_back(line);
  }
  ASSERT_EQ(requests.size(), 2u);
  EXPECT_EQ(requests[0].at("request_id"), "client-id_1");
  EXPECT_EQ(requests[0].at("path"), "/search");
  EXPECT_EQ(requests[0].at("route"), "/search");
  EXPECT_EQ(requests[0].at("method"), "GET");
  EXPECT_EQ(requests[0].at("status"), 200);
  EXPECT_EQ(requests[0].at("remote"), "127.0.0.1");
  EXPECT_TRUE(requests[0].at("duration_us").is_int64());
  EXPECT_TRUE(requests[0].at("bytes").is_int64());
  EXPECT_EQ(requests[1].at("request_id"), generated.c_str());
  for (const auto& line : LogLines()) {
    EXPECT_EQ(boost::json::serialize(line).find("secret"), std::string::npos);
  }
}

TEST_F(HttpServerTest, StartFailsWhenThePortIsTaken) {
  ServerOptions options = DefaultOptions();
  options.port = port_;
  auto second = Server::Start(options, MakeRouter(), ServerHooks{}, nullptr, *logger_, metrics_);
  ASSERT_FALSE(second.has_value());
  EXPECT_EQ(second.error().code, ErrorCode::kUnavailable);
  EXPECT_TRUE(second.error().message.starts_with(
      "cannot listen on 127.0.0.1:" + std::to_string(port_) + ": "))
      << second.error().message;
}

}  // namespace
}  // namespace http_server_test
}  // namespace lw::http::test

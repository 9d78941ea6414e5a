// The HTTP server over real sockets on 127.0.0.1: the pipeline's limits,
// access rules, CSRF, headers, keep-alive, connection limit, shutdown,
// metrics and logs, with a test router and fake hooks.
#include <gtest/gtest.h>

#include <atomic>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <future>
#include <stdexcept>
#include <thread>

#include "http/log.h"
#include "http/metrics.h"
#include "http/server.h"
#include "http/static_assets.h"
#include "testing/http_client.h"
#include "testing/temp_dir.h"

namespace lw::http {
namespace {

using lw::testing::CanConnect;
using lw::testing::HeaderList;
using lw::testing::HttpClient;
using lw::testing::HttpResponse;
using lw::testing::RawConnection;
using std::chrono::milliseconds;
using SteadyClock = std::chrono::steady_clock;

constexpr std::string_view kCsp =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
    "base-uri 'none'; object-src 'none'";

void ExpectSecurityHeaders(const HttpResponse& r) {
  EXPECT_EQ(r.Header("content-security-policy"), kCsp) << r.status;
  EXPECT_EQ(r.Header("x-content-type-options"), "nosniff") << r.status;
  EXPECT_EQ(r.Header("referrer-policy"), "no-referrer") << r.status;
  EXPECT_EQ(r.Header("x-frame-options"), "DENY") << r.status;
  EXPECT_EQ(r.Header("permissions-policy"), "camera=(), microphone=(), geolocation=()") << r.status;
  EXPECT_EQ(r.Header("cross-origin-opener-policy"), "same-origin") << r.status;
  EXPECT_FALSE(r.Header("x-request-id").empty()) << r.status;
  EXPECT_FALSE(r.Header("cache-control").empty()) << r.status;
}

// Identity from X-Test-Role (or a test_role cookie); X-Test-Auth: bearer
// makes it a bearer-token caller. The CSRF token is always "tok".
Identity FakeAuthenticate(const Request& request) {
  Identity identity;
  identity.csrf_token = "tok";
  std::optional<std::string> role;
  if (auto header = request.Header("x-test-role")) role = std::string(*header);
  if (!role) role = request.Cookie("test_role");
  if (role) {
    if (auto parsed = ParseRole(*role)) {
      identity.actor = Actor{.user_id = "u-" + *role, .role = *parsed};
      identity.via_session_cookie = request.Header("x-test-auth") != "bearer";
    }
  }
  if (request.path == "/cookie") identity.set_cookies.emplace_back("lw_csrf", "fresh");
  return identity;
}

Response FakeRenderError(int status, RouteKind kind, const Request&, const Identity&) {
  return Response::Text(std::string(kind == RouteKind::kApi ? "api" : "page") + " error " +
                        std::to_string(status));
}

class HttpServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    log_file_ = std::tmpfile();
    ASSERT_NE(log_file_, nullptr);
    logger_ = std::make_unique<Logger>(log_file_, LogLevel::kInfo);
    std::ofstream(static_dir_.File("app.css")) << "body{}";
    auto assets = StaticAssets::Load(static_dir_.path());
    ASSERT_TRUE(assets.has_value());
    assets_ = std::move(*assets);
    StartServer(DefaultOptions());
  }

  void TearDown() override {
    server_.reset();
    logger_.reset();
    std::fclose(log_file_);
  }

  static ServerOptions DefaultOptions() {
    return ServerOptions{.bind = "127.0.0.1",
                         .port = 0,
                         .threads = 2,
                         .max_header_bytes = 4096,
                         .max_body_bytes = 1024,
                         .request_timeout = milliseconds(300),
                         .idle_timeout = milliseconds(3000),
                         .max_connections = 16,
                         .shutdown_grace = milliseconds(5000)};
  }

  Router MakeRouter() {
    Router router;
    auto text = [](std::string body) {
      return [body](const Request&, RequestContext&) { return Response::Text(body); };
    };
    router.Add("GET", "/healthz", RouteAccess::Public(), text("ok"));
    router.Add("GET", "/cookie", RouteAccess::Public(), text("cookie"));
    router.Add("GET", "/search", RouteAccess::Public(), [](const Request& r, RequestContext&) {
      return Response::Text("q=" + r.QueryParam("q").value_or(""));
    });
    router.Add("GET", "/private", RouteAccess::Roles({Role::kPractitioner}), text("private"));
    router.Add("GET", "/api/v1/private", RouteAccess::Roles({Role::kPractitioner}), text("{}"),
               RouteKind::kApi);
    router.Add("POST", "/notes", RouteAccess::Roles(kCareRoles),
               [](const Request& r, RequestContext&) {
                 return Response::Text("saved " + std::string(r.form->Value("text")));
               });
    router.Add(
        "POST", "/api/v1/notes", RouteAccess::Roles(kCareRoles),
        [](const Request& r, RequestContext&) {
          return Response::Json("{\"bytes\":" + std::to_string(r.body.size()) + "}", 201);
        },
        RouteKind::kApi);
    router.Add("GET", "/slow", RouteAccess::Public(), [this](const Request&, RequestContext&) {
      slow_started_.store(true);
      std::this_thread::sleep_for(milliseconds(500));
      return Response::Text("slow done");
    });
    router.Add("GET", "/throw", RouteAccess::Public(),
               [](const Request&, RequestContext&) -> Response {
                 throw std::runtime_error("handler failed");
               });
    return router;
  }

  void StartServer(const ServerOptions& options) {
    server_.reset();
    auto started = Server::Start(
        options, MakeRouter(),
        ServerHooks{.authenticate = FakeAuthenticate, .render_error = FakeRenderError},
        assets_.get(), *logger_, metrics_);
    ASSERT_TRUE(started.has_value()) << started.error().message;
    server_ = std::move(*started);
    port_ = server_->port();
  }

  // All log lines so far, parsed.
  std::vector<boost::json::object> LogLines() {
    logger_->Flush();
    std::fflush(log_file_);
    std::rewind(log_file_);
    std::vector<boost::json::object> lines;
    std::string line;
    for (int c = std::fgetc(log_file_); c != EOF; c = std::fgetc(log_file_)) {
      if (c != '\n') {
        line.push_back(static_cast<char>(c));
        continue;
      }
      boost::system::error_code ec;
      boost::json::value v = boost::json::parse(line, ec);
      EXPECT_FALSE(ec) << line;
      if (!ec) lines.push_back(v.as_object());
      line.clear();
    }
    std::fseek(log_file_, 0, SEEK_END);
    return lines;
  }

  lw::testing::TempDir static_dir_;
  std::FILE* log_file_ = nullptr;
  std::unique_ptr<Logger> logger_;
  Metrics metrics_;
  std::unique_ptr<StaticAssets> assets_;
  std::unique_ptr<Server> server_;
  int port_ = 0;
  std::atomic<bool> slow_started_{false};
};

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

TEST_F(HttpServerTest, HeaderOverTheLimitIs413) {
  RawConnection raw(port_);
  ASSERT_TRUE(raw.connected());
  raw.Send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(6000, 'a') + "\r\n\r\n");
  auto r = raw.ReadResponse();
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, 413);
  EXPECT_EQ(r->Header("connection"), "close");
  ExpectSecurityHeaders(*r);
  EXPECT_TRUE(raw.WaitForClose(milliseconds(3000)));
}

TEST_F(HttpServerTest, BodyOverTheLimitIs413) {
  RawConnection raw(port_);
  ASSERT_TRUE(raw.connected());
  // The declared length is over the limit: refused before the body is read.
  raw.Send("POST /api/v1/notes HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n" +
           std::string(100, 'x'));
  auto r = raw.ReadResponse();
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, 413);
  EXPECT_EQ(r->body, "api error 413");
  ExpectSecurityHeaders(*r);
  EXPECT_TRUE(raw.WaitForClose(milliseconds(3000)));

  // A chunked body that grows past the limit is refused too.
  RawConnection chunked(port_);
  chunked.Send("POST /api/v1/notes HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" +
               std::string("800\r\n") + std::string(0x800, 'y') + "\r\n");
  auto c = chunked.ReadResponse();
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->status, 413);
}

TEST_F(HttpServerTest, BodyWithinTheLimitIsServed) {
  HttpClient client(port_);
  HttpResponse r = client.Post("/api/v1/notes", std::string(1024, 'x'), "application/json",
                               {{"X-Test-Role", "practitioner"}, {"X-Test-Auth", "bearer"}});
  EXPECT_EQ(r.status, 201);
  EXPECT_EQ(r.body, "{\"bytes\":1024}");
}

TEST_F(HttpServerTest, StalledRequestGets408) {
  RawConnection raw(port_);
  ASSERT_TRUE(raw.connected());
  auto start = SteadyClock::now();
  raw.Send("GET /healthz HTTP/1.1\r\nHost: x\r\n");  // the blank line never comes
  auto r = raw.ReadResponse(milliseconds(5000));
  auto waited = SteadyClock::now() - start;
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, 408);
  EXPECT_EQ(r->Header("connection"), "close");
  ExpectSecurityHeaders(*r);
  EXPECT_GE(waited, milliseconds(250));
  EXPECT_LT(waited, milliseconds(3000));
  EXPECT_TRUE(raw.WaitForClose(milliseconds(3000)));
}

TEST_F(HttpServerTest, SlowlyTrickledRequestGets408) {
  RawConnection raw(port_);
  ASSERT_TRUE(raw.connected());
  std::string request = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
  // Each piece arrives well within the timeout, the whole request does not.
  for (std::size_t i = 0; i < 8 && raw.Send(request.substr(i, 1)); ++i) {
    std::this_thread::sleep_for(milliseconds(60));
  }
  auto r = raw.ReadResponse(milliseconds(5000));
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, 408);
}

TEST_F(HttpServerTest, SilentConnectionIsClosedWithoutAResponse) {
  RawConnection raw(port_);
  ASSERT_TRUE(raw.connected());
  std::string received = raw.ReadUntilClosed(milliseconds(5000));
  EXPECT_EQ(received, "");
}

TEST_F(HttpServerTest, GarbageIs400) {
  RawConnection raw(port_);
  ASSERT_TRUE(raw.connected());
  raw.Send("HELLO THERE\r\n\r\n");
  auto r = raw.ReadResponse();
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, 400);
  ExpectSecurityHeaders(*r);
  EXPECT_TRUE(raw.WaitForClose(milliseconds(3000)));

  RawConnection bad_target(port_);
  bad_target.Send("GET /a|b<c> HTTP/1.1\r\nHost: x\r\n\r\n");
  auto t = bad_target.ReadResponse();
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->status, 400);
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

TEST_F(HttpServerTest, ConnectionsPastTheLimitGet503) {
  ServerOptions options = DefaultOptions();
  options.max_connections = 2;
  StartServer(options);
  HttpClient a(port_);
  HttpClient b(port_);
  ASSERT_EQ(a.Get("/healthz").status, 200);
  ASSERT_EQ(b.Get("/healthz").status, 200);

  RawConnection third(port_);
  third.Send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  auto r = third.ReadResponse();
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->status, 503);
  EXPECT_EQ(r->Header("connection"), "close");
  ExpectSecurityHeaders(*r);
  EXPECT_TRUE(third.WaitForClose(milliseconds(3000)));

  // Once a connection goes, a new one is admitted.
  a.Close();
  int status = 0;
  for (int i = 0; i < 50 && status != 200; ++i) {
    std::this_thread::sleep_for(milliseconds(20));
    HttpClient c(port_);
    status = c.Get("/healthz").status;
  }
  EXPECT_EQ(status, 200);
  EXPECT_EQ(b.Get("/healthz").status, 200);
}

TEST_F(HttpServerTest, ShutdownFinishesInFlightRequestsAndRefusesNewOnes) {
  HttpClient idle(port_);
  ASSERT_EQ(idle.Get("/healthz").status, 200);  // now an idle keep-alive connection

  auto slow = std::async(std::launch::async, [this] {
    HttpClient client(port_);
    return client.Get("/slow");
  });
  while (!slow_started_.load()) std::this_thread::sleep_for(milliseconds(5));

  auto start = SteadyClock::now();
  std::thread stopper([this] { server_->Shutdown(); });
  HttpResponse r = slow.get();
  stopper.join();
  EXPECT_LT(SteadyClock::now() - start, milliseconds(4000));

  EXPECT_EQ(r.status, 200) << r.error;
  EXPECT_EQ(r.body, "slow done");
  EXPECT_EQ(r.Header("connection"), "close");
  EXPECT_FALSE(CanConnect(port_));
  HttpResponse after = idle.Get("/healthz");  // its connection was closed, and no new one
  EXPECT_EQ(after.status, 0);
  server_->Shutdown();  // idempotent
}

TEST_F(HttpServerTest, WaitForSignalReturnsWhenShutDownElsewhere) {
  std::promise<void> returned;
  std::thread waiter([this, &returned] {
    server_->WaitForSignal();
    returned.set_value();
  });
  std::this_thread::sleep_for(milliseconds(50));
  server_->Shutdown();
  EXPECT_EQ(returned.get_future().wait_for(std::chrono::seconds(5)), std::future_status::ready);
  waiter.join();
  server_->WaitForSignal();  // already stopped: returns at once
}

TEST_F(HttpServerTest, ASignalBeforeWaitForSignalIsNotLost) {
  HttpClient client(port_);
  ASSERT_EQ(client.Get("/healthz").status, 200);
  std::raise(SIGTERM);  // caught by the server since Start
  server_->WaitForSignal();
  EXPECT_FALSE(CanConnect(port_));
  bool logged = false;
  for (const auto& line : LogLines()) logged = logged || line.at("event") == "signal_received";
  EXPECT_TRUE(logged);
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
}  // namespace lw::http

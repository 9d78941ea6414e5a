// HttpServerTest: a Server on 127.0.0.1 (port 0) with a test router (public,
// role-restricted, slow and throwing routes) and fake hooks, shared by the
// HTTP server suites.
#pragma once

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

namespace lw::http::test {

using lw::testing::CanConnect;
using lw::testing::HeaderList;
using lw::testing::HttpClient;
using lw::testing::HttpResponse;
using lw::testing::RawConnection;
using std::chrono::milliseconds;
using SteadyClock = std::chrono::steady_clock;

inline constexpr std::string_view kCsp =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
    "base-uri 'none'; object-src 'none'";

inline void ExpectSecurityHeaders(const HttpResponse& r) {
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
inline Identity FakeAuthenticate(const Request& request) {
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

inline Response FakeRenderError(int status, RouteKind kind, const Request&, const Identity&) {
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

}  // namespace lw::http::test

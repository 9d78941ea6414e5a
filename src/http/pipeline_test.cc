#include "http/pipeline.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "testing/temp_dir.h"

namespace lw::http {
namespace pipeline_test {
namespace {

using HeaderList = std::vector<std::pair<std::string, std::string>>;

// Identity from test headers: x-test-role names a role; x-test-auth is
// "session" (cookie, CSRF applies) or "bearer". The CSRF token is "tok".
Identity FakeAuthenticate(const Request& request) {
  Identity identity;
  identity.csrf_token = "tok";
  auto role = request.Header("x-test-role");
  if (role) {
    if (auto parsed = ParseRole(*role)) {
      identity.actor = Actor{.user_id = "u1", .role = *parsed};
      identity.via_session_cookie = request.Header("x-test-auth") != "bearer";
    }
  }
  if (request.Header("x-test-unverified")) identity.unverified = true;
  if (request.Header("x-test-new-cookie")) identity.set_cookies.emplace_back("lw_csrf", "fresh");
  if (request.Header("x-test-drop-cookie")) identity.set_cookies.emplace_back("lw_session", "");
  return identity;
}

Response FakeRenderError(int status, RouteKind kind, const Request&, const Identity&) {
  return Response::Text((kind == RouteKind::kApi ? "api-error " : "page-error ") +
                        std::to_string(status));
}

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    log_file_ = std::tmpfile();
    logger_ = std::make_unique<Logger>(log_file_, LogLevel::kInfo);
    std::ofstream(dir_.File("app.css")) << "hello";
    auto assets = StaticAssets::Load(dir_.path());
    ASSERT_TRUE(assets.has_value());
    assets_ = std::move(*assets);
    Router router;
    auto echo = [](const Request& r, RequestContext& c) {
      std::string body = "ok " + r.method + " " + std::string(r.Param("id"));
      if (r.form) body += " form:" + std::string(r.form->Value("name"));
      if (c.actor) body += " actor:" + c.actor->user_id;
      body += " csrf:" + c.csrf_token;
      return Response::Text(body);
    };
    router.Add("GET", "/", RouteAccess::Public(), echo);
    router.Add("POST", "/sign-in", RouteAccess::Public(), echo);
    router.Add("GET", "/people/{id}", RouteAccess::Roles(kCareRoles), echo);
    router.Add("POST", "/people/{id}", RouteAccess::Roles(kCareRoles), echo);
    router.Add("GET", "/api/v1/people/{id}", RouteAccess::Roles(kCareRoles), echo, RouteKind::kApi);
    router.Add("POST", "/api/v1/people", RouteAccess::Roles(kCareRoles), echo, RouteKind::kApi);
    router.Add(
        "GET", "/boom", RouteAccess::Public(),
        [](const Request&, RequestContext&) -> Response { throw std::runtime_error("kaboom"); });
    router.Add("GET", "/store-down", RouteAccess::Public(), [](const Request&, RequestContext&) {
      Response r = Response::Text("Sorry, the service is unavailable", 503);
      r.log_detail = "SQLite database /secret/path.db: disk I/O error";
      return r;
    });
    pipeline_ = std::make_unique<Pipeline>(
        options_, std::move(router),
        ServerHooks{.authenticate = FakeAuthenticate, .render_error = FakeRenderError},
        assets_.get(), *logger_, metrics_);
  }
  void TearDown() override {
    pipeline_.reset();
    logger_.reset();
    std::fclose(log_file_);
  }

  Response Run(std::string method, std::string target, HeaderList headers = {},
               std::string body = "") {
    Request request;
    request.method = std::move(method);
    request.target = target;
    std::size_t q = target.find('?');
    request.path = target.substr(0, q);
    request.query = q == std::string::npos ? "" : target.substr(q + 1);
    request.headers = std::move(headers);
    request.body = std::move(body);
    pipeline_->AssignRequestId(request);
    std::string_view label;
    Response response = pipeline_->Handle(request, label);
    last_label_ = std::string(label);
    last_request_id_ = request.request_id;
    return response;
  }

  std::string LogText() {
    logger_->Flush();
    std::rewind(log_file_);
    std::string text;
    for (int c = std::fgetc(log_file_); c != EOF; c = std::fgetc(log_file_)) {
      text.push_back(static_cast<char>(c));
    }
    return text;
  }

  const HeaderList kSession = {{"x-test-role", "practitioner"}};
  const HeaderList kBearer = {{"x-test-role", "practitioner"}, {"x-test-auth", "bearer"}};
  const std::string kForm = "application/x-www-form-urlencoded";

  lw::testing::TempDir dir_;
  ServerOptions options_;
  std::FILE* log_file_ = nullptr;
  std::unique_ptr<Logger> logger_;
  Metrics metrics_;
  std::unique_ptr<StaticAssets> assets_;
  std::unique_ptr<Pipeline> pipeline_;
  std::string last_label_;
  std::string last_request_id_;
};

TEST_F(PipelineTest, RequestIdsAreRandomUnlessTheClientSentAGoodOne) {
  Request request;
  pipeline_->AssignRequestId(request);
  EXPECT_EQ(request.request_id.size(), 16u);
  EXPECT_EQ(request.request_id.find_first_not_of("0123456789abcdef"), std::string::npos);
  Request again;
  pipeline_->AssignRequestId(again);
  EXPECT_NE(again.request_id, request.request_id);

  Request client;
  client.headers = {{"x-request-id", "Trace_abc-123"}};
  pipeline_->AssignRequestId(client);
  EXPECT_EQ(client.request_id, "Trace_abc-123");

  for (std::string bad : {std::string(""), std::string(65, 'a'), std::string("a b"),
                          std::string("a\"b"), std::string("x\r\ny")}) {
    Request r;
    r.headers = {{"x-request-id", bad}};
    pipeline_->AssignRequestId(r);
    EXPECT_EQ(r.request_id.size(), 16u) << bad;
    EXPECT_NE(r.request_id, bad);
  }
}

TEST_F(PipelineTest, RoutesPublicRequests) {
  Response r = Run("GET", "/");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body, "ok GET  csrf:tok");
  EXPECT_EQ(last_label_, "/");
}

TEST_F(PipelineTest, ServesAssetsWithCachingAndNotModified) {
  const std::string url = assets_->Url("app.css");
  Response r = Run("GET", url);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.Payload(), "hello");
  // The asset's own bytes, borrowed rather than copied into the response.
  EXPECT_EQ(r.Payload().data(), assets_->Find(url)->body.data());
  EXPECT_EQ(r.content_type, "text/css; charset=utf-8");
  EXPECT_EQ(r.GetHeader("Cache-Control"), "public, max-age=31536000, immutable");
  std::string etag(r.GetHeader("ETag"));
  EXPECT_EQ(last_label_, "assets");

  Response plain = Run("HEAD", "/assets/app.css");
  EXPECT_EQ(plain.status, 200);
  EXPECT_EQ(plain.GetHeader("Cache-Control"), "public, max-age=3600");

  Response cached = Run("GET", url, {{"if-none-match", "\"other\", W/" + etag}});
  EXPECT_EQ(cached.status, 304);
  EXPECT_TRUE(cached.body.empty());
  EXPECT_EQ(cached.GetHeader("ETag"), etag);

  Response missing = Run("GET", "/assets/missing.css");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.body, "page-error 404");
  EXPECT_EQ(Run("POST", "/assets/app.css").status, 404);
}

TEST_F(PipelineTest, UnknownPathIs404AndWrongMethodIs405WithAllow) {
  Response missing = Run("GET", "/nowhere");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.body, "page-error 404");
  EXPECT_EQ(last_label_, "unmatched");
  EXPECT_EQ(Run("GET", "/api/v1/nowhere").body, "api-error 404");

  Response wrong = Run("DELETE", "/people/p1", kSession);
  EXPECT_EQ(wrong.status, 405);
  EXPECT_EQ(wrong.GetHeader("Allow"), "GET, HEAD, POST");
}

TEST_F(PipelineTest, AnonymousPageRedirectsToSignIn) {
  Response r = Run("GET", "/people/p1?tab=plan&x=a b");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.GetHeader("Location"), "/sign-in?next=%2Fpeople%2Fp1%3Ftab%3Dplan%26x%3Da%20b");
}

TEST_F(PipelineTest, AnonymousApiIs401WithBearerChallenge) {
  Response r = Run("GET", "/api/v1/people/p1");
  EXPECT_EQ(r.status, 401);
  EXPECT_EQ(r.body, "api-error 401");
  EXPECT_EQ(r.GetHeader("WWW-Authenticate"), "Bearer");
}

TEST_F(PipelineTest, ACallerTheStoreCouldNotCheckGets503NotSignIn) {
  const HeaderList unverified = {{"x-test-unverified", "1"}};
  Response page = Run("GET", "/people/p1", unverified);
  EXPECT_EQ(page.status, 503);
  EXPECT_EQ(page.body, "page-error 503");
  Response api = Run("GET", "/api/v1/people/p1", unverified);
  EXPECT_EQ(api.status, 503);
  EXPECT_EQ(api.body, "api-error 503");
  // Public routes (the sign-in page, health checks) still answer.
  EXPECT_EQ(Run("GET", "/", unverified).status, 200);
}

TEST_F(PipelineTest, WrongRoleIsNotFound) {
  Response r = Run("GET", "/people/p1", {{"x-test-role", "commissioner"}});
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.body, "page-error 404");
  Response ok = Run("GET", "/people/p1", kSession);
  EXPECT_EQ(ok.status, 200);
  EXPECT_EQ(ok.body, "ok GET p1 actor:u1 csrf:tok");
}

TEST_F(PipelineTest, SessionPostsNeedTheCsrfToken) {
  HeaderList headers = kSession;
  headers.emplace_back("content-type", kForm);
  EXPECT_EQ(Run("POST", "/people/p1", headers, "name=Ann").status, 403);
  EXPECT_EQ(Run("POST", "/people/p1", headers, "name=Ann&csrf_token=nope").status, 403);
  EXPECT_EQ(Run("POST", "/people/p1", headers, "name=Ann&csrf_token=tok2").status, 403);
  Response ok = Run("POST", "/people/p1", headers, "name=Ann+Lee&csrf_token=tok");
  EXPECT_EQ(ok.status, 200);
  EXPECT_EQ(ok.body, "ok POST p1 form:Ann Lee actor:u1 csrf:tok");

  HeaderList with_header = kSession;
  with_header.emplace_back("x-csrf-token", "tok");
  with_header.emplace_back("content-type", "application/json");
  EXPECT_EQ(Run("POST", "/api/v1/people", with_header, "{}").status, 200);
}

TEST_F(PipelineTest, BearerCallsAreExemptFromCsrf) {
  HeaderList headers = kBearer;
  headers.emplace_back("content-type", "application/json");
  EXPECT_EQ(Run("POST", "/api/v1/people", headers, "{}").status, 200);
}

TEST_F(PipelineTest, PublicFormsNeedThePreSessionToken) {
  EXPECT_EQ(Run("POST", "/sign-in", {{"content-type", kForm}}, "name=a").status, 403);
  EXPECT_EQ(Run("POST", "/sign-in", {{"content-type", kForm}}, "name=a&csrf_token=tok").status,
            200);
}

TEST_F(PipelineTest, MalformedFormIs400) {
  HeaderList headers = kSession;
  headers.emplace_back("content-type", "Application/X-WWW-Form-Urlencoded; charset=UTF-8");
  Response r = Run("POST", "/people/p1", headers, "name=%zz&csrf_token=tok");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body, "page-error 400");
}

TEST_F(PipelineTest, HandlerExceptionsAreLogged500s) {
  Response r = Run("GET", "/boom");
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(r.body, "page-error 500");
  std::string log = LogText();
  EXPECT_NE(log.find("\"event\":\"handler_exception\""), std::string::npos);
  EXPECT_NE(log.find("\"request_id\":\"" + last_request_id_ + "\""), std::string::npos);
  EXPECT_NE(log.find("kaboom"), std::string::npos);
  EXPECT_NE(log.find("\"level\":\"error\""), std::string::npos);
}

TEST_F(PipelineTest, IdentityCookiesAreAppended) {
  Response r = Run("GET", "/", {{"x-test-new-cookie", "1"}, {"x-test-drop-cookie", "1"}});
  std::vector<std::string> cookies;
  for (const auto& [name, value] : r.headers) {
    if (name == "Set-Cookie") cookies.push_back(value);
  }
  ASSERT_EQ(cookies.size(), 2u);
  EXPECT_EQ(cookies[0], "lw_csrf=fresh; Path=/; HttpOnly; SameSite=Lax");
  EXPECT_TRUE(cookies[1].starts_with("lw_session=; Path=/; Max-Age=0")) << cookies[1];
}

TEST_F(PipelineTest, RecordWritesMetricsAndALogLineWithoutTheQuery) {
  Request request;
  request.method = "GET";
  request.target = "/people/p1?name=secret";
  request.path = "/people/p1";
  request.query = "name=secret";
  request.request_id = "rid1";
  request.remote_address = "127.0.0.1";
  pipeline_->Record(request, 200, "/people/{id}", std::chrono::microseconds(1500), 42);
  std::string log = LogText();
  EXPECT_NE(log.find("\"event\":\"request\",\"request_id\":\"rid1\",\"method\":\"GET\","
                     "\"path\":\"/people/p1\",\"route\":\"/people/{id}\",\"status\":200,"
                     "\"duration_us\":1500,\"bytes\":42,\"remote\":\"127.0.0.1\"}"),
            std::string::npos)
      << log;
  EXPECT_EQ(log.find("secret"), std::string::npos);
  EXPECT_NE(
      metrics_.Render().find("livingwell_http_requests_total{route=\"/people/{id}\",method=\"GET\","
                             "status=\"200\"} 1"),
      std::string::npos);
}

TEST_F(PipelineTest, LimitErrorsUseTheRenderer) {
  Request request;
  request.path = "/api/v1/people";
  EXPECT_EQ(pipeline_->LimitError(413, request).body, "api-error 413");
  Request unknown;
  Response r = pipeline_->LimitError(408, unknown);
  EXPECT_EQ(r.status, 408);
  EXPECT_EQ(r.body, "page-error 408");
}

TEST(PipelineFallbackTest, WorksWithoutHooksAndSurvivesAThrowingRenderer) {
  std::FILE* file = std::tmpfile();
  {
    Logger logger(file);
    Metrics metrics;
    Pipeline bare(ServerOptions{}, Router(), ServerHooks{}, nullptr, logger, metrics);
    Request request;
    request.method = "GET";
    request.path = "/x";
    std::string_view label;
    Response r = bare.Handle(request, label);
    EXPECT_EQ(r.status, 404);
    EXPECT_EQ(r.body, "Not Found\n");
    EXPECT_EQ(bare.Handle((request.path = "/assets/a.css", request), label).status, 404);

    ServerHooks throwing{
        .render_error = [](int, RouteKind, const Request&, const Identity&) -> Response {
          throw std::runtime_error("renderer broke");
        }};
    Pipeline fragile(ServerOptions{}, Router(), throwing, nullptr, logger, metrics);
    request.path = "/y";
    Response fallback = fragile.Handle(request, label);
    EXPECT_EQ(fallback.status, 404);
    EXPECT_EQ(fallback.body, "Not Found\n");
  }
  std::fclose(file);
}

TEST(CsrfTokenMatchesTest, ComparesExactlyAndNeverMatchesEmpty) {
  EXPECT_TRUE(CsrfTokenMatches("abc", "abc"));
  EXPECT_FALSE(CsrfTokenMatches("abd", "abc"));
  EXPECT_FALSE(CsrfTokenMatches("ab", "abc"));
  EXPECT_FALSE(CsrfTokenMatches("abcd", "abc"));
  EXPECT_FALSE(CsrfTokenMatches("", ""));
  EXPECT_FALSE(CsrfTokenMatches("x", ""));
}

TEST(MethodLabelTest, UnknownMethodsShareOneLabel) {
  EXPECT_EQ(MethodLabel("GET"), "GET");
  EXPECT_EQ(MethodLabel("DELETE"), "DELETE");
  EXPECT_EQ(MethodLabel("BREW"), "OTHER");
  EXPECT_EQ(MethodLabel(""), "OTHER");
}

}  // namespace
}  // namespace pipeline_test
}  // namespace lw::http

namespace lw::http {
namespace pipeline_test {
namespace {

TEST_F(PipelineTest, FailuresAreLoggedWithTheirCauseWhichIsNeverSent) {
  Response r = Run("GET", "/store-down");
  EXPECT_EQ(r.status, 503);
  EXPECT_EQ(r.body.find("/secret/path.db"), std::string::npos);
  const std::string log = LogText();
  EXPECT_NE(log.find("\"event\":\"request_failed\""), std::string::npos) << log;
  EXPECT_NE(log.find("disk I/O error"), std::string::npos) << log;
  EXPECT_NE(log.find(last_request_id_), std::string::npos);
}

TEST(PipelineProxyTest, ClientAddressComesFromXForwardedForOnlyBehindATrustedProxy) {
  std::FILE* log_file = std::tmpfile();
  Logger logger(log_file, LogLevel::kError);
  Metrics metrics;
  auto assign = [&](const ServerOptions& options, std::string remote, std::string forwarded) {
    Pipeline pipeline(options, Router(), ServerHooks{}, nullptr, logger, metrics);
    Request request;
    request.remote_address = std::move(remote);
    if (!forwarded.empty()) request.headers = {{"x-forwarded-for", std::move(forwarded)}};
    pipeline.AssignRequestId(request);
    return request.remote_address;
  };
  ServerOptions behind_proxy;
  behind_proxy.trusted_proxies = {"127.0.0.1"};
  // The last entry is the one our proxy added; earlier ones the client could forge.
  EXPECT_EQ(assign(behind_proxy, "127.0.0.1", "10.9.9.9, 203.0.113.7"), "203.0.113.7");
  EXPECT_EQ(assign(behind_proxy, "127.0.0.1", "203.0.113.8"), "203.0.113.8");
  EXPECT_EQ(assign(behind_proxy, "127.0.0.1", ""), "127.0.0.1");
  // Anyone else's header is ignored.
  EXPECT_EQ(assign(behind_proxy, "192.0.2.1", "203.0.113.7"), "192.0.2.1");
  EXPECT_EQ(assign(ServerOptions{}, "127.0.0.1", "203.0.113.7"), "127.0.0.1");
  std::fclose(log_file);
}

}  // namespace
}  // namespace pipeline_test
}  // namespace lw::http

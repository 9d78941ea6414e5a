// The page routes as the pipeline sees them: their access declarations,
// and the handlers' behaviour on paths that need no stored data (form
// validation, redirects, cookies) or where the store has failed.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "base/clock.h"
#include "base/random.h"
#include "http/router.h"
#include "http/server.h"
#include "services/password.h"
#include "web/test_support.h"
#include "web/web.h"

namespace lw::web {
namespace pages_routes_test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// A store whose every transaction fails, as when the database is down.
class UnavailableStore final : public Store {
 public:
  Status Transact(TxMode, const std::function<Status(StoreTx&)>&) override {
    ++transactions;
    return Fail(ErrorCode::kUnavailable, "database unreachable at /secret/path");
  }
  Status Migrate() override { return Fail(ErrorCode::kUnavailable, "down"); }
  Status Ping() override { return Fail(ErrorCode::kUnavailable, "down"); }
  Result<int> AppliedSchemaVersion() override { return Fail(ErrorCode::kUnavailable, "down"); }
  int LatestSchemaVersion() const override { return 1; }
  std::string_view Kind() const override { return "unavailable"; }
  int transactions = 0;
};

class PagesRoutesTest : public ::testing::Test {
 protected:
  PagesRoutesTest()
      : clock_(FromUnixMicros(1'750'000'000'000'000)),
        random_(7),
        auth_(store_, clock_, random_, AuthOptions{.password = MinimalPasswordHashOptions()}),
        home_(store_),
        people_(store_, clock_, random_),
        accounts_(store_, clock_, random_, MinimalPasswordHashOptions()),
        frontdoor_(store_, clock_, random_, FrontDoorOptions{}),
        team_(store_, clock_, random_, TeamSettings{}),
        staffing_(store_, clock_, random_, StaffingSettings{}),
        deps_{.auth = auth_,
              .home = home_,
              .people = people_,
              .accounts = accounts_,
              .frontdoor = frontdoor_,
              .team = team_,
              .assets = fake_.assets(),
              .clock = clock_,
              .site = {.service_name = "Living Well", .locality_name = "Testshire"},
              .random = &random_,
              .staffing = &staffing_} {
    RegisterPages(router_, deps_);
  }

  http::Response Call(const std::string& method, const std::string& target,
                      http::RequestContext ctx = {}, std::optional<http::Form> form = std::nullopt,
                      const std::string& cookie = "") {
    http::Request request;
    request.method = method;
    request.target = target;
    std::size_t q = target.find('?');
    request.path = target.substr(0, q);
    request.query = q == std::string::npos ? "" : target.substr(q + 1);
    request.remote_address = "127.0.0.1";
    request.form = std::move(form);
    if (!cookie.empty()) request.headers.emplace_back("cookie", cookie);
    http::Router::Match match = router_.Find(request.method, request.path);
    EXPECT_NE(match.route, nullptr) << method << " " << target;
    if (match.route == nullptr) return http::Response::Text("no route", 599);
    request.params = match.params;
    return match.route->handler(request, ctx);
  }

  static http::RequestContext SignedIn(Role role) {
    return http::RequestContext{.actor = Actor{.user_id = "u1",
                                               .username = "u",
                                               .display_name = "Uma",
                                               .role = role,
                                               .organisation_id = "o1",
                                               .team_id = RoleBelongsToTeam(role) ? "t1" : ""},
                                .csrf_token = "csrf-1"};
  }

  UnavailableStore store_;
  ManualClock clock_;
  SeededRandom random_;
  testing::FakeAssets fake_;
  AuthService auth_;
  HomeService home_;
  PeopleService people_;
  AccountService accounts_;
  FrontDoorService frontdoor_;
  TeamService team_;
  StaffingService staffing_;
  WebDeps deps_;
  http::Router router_;
};

const http::Route* FindRoute(const http::Router& router, std::string_view method,
                             std::string_view pattern) {
  for (const http::Route& r : router.routes()) {
    if (r.method == method && r.pattern == pattern) return &r;
  }
  return nullptr;
}

// Care roles, and network partners for the introductions they make.
constexpr RoleSet kFrontDoorPageRoles = {Role::kFrontDoor, Role::kPractitioner, Role::kPeerWorker,
                                         Role::kTeamLead, Role::kNetworkPartner};

// Team leads and administrators keep the staff posts; commissioners see
// the check.
constexpr RoleSet kStaffingEditors = {Role::kTeamLead, Role::kAdministrator};
constexpr RoleSet kStaffingViewers = {Role::kTeamLead, Role::kAdministrator, Role::kCommissioner};

TEST_F(PagesRoutesTest, EveryRouteDeclaresItsAccess) {
  struct Expect {
    const char* method;
    const char* pattern;
    bool is_public;
    RoleSet roles;
  };
  const Expect expected[] = {
      {"GET", "/", true, {}},
      {"GET", "/sign-in", true, {}},
      {"POST", "/sign-in", true, {}},
      {"POST", "/sign-out", false, RoleSet::All()},
      {"GET", "/home", false, RoleSet::All()},
      {"GET", "/people", false, kCareRoles},
      {"GET", "/people/{id}", false, kCareRoles},
      {"GET", "/accounts", false, RoleSet{Role::kAdministrator}},
      // The public "Introduce yourself" journey (introduce_pages.h).
      {"GET", "/introduce", true, {}},
      {"POST", "/introduce/start", true, {}},
      {"POST", "/introduce/about", true, {}},
      {"POST", "/introduce/story", true, {}},
      {"POST", "/introduce/contact", true, {}},
      {"POST", "/introduce/equality", true, {}},
      {"POST", "/introduce/check", true, {}},
      {"POST", "/introduce/send", true, {}},
      {"GET", "/introduce/{step}", true, {}},
      {"GET", "/privacy", true, {}},
      // The front door for staff and partners (frontdoor_pages.h).
      {"GET", "/front-door", false, kFrontDoorPageRoles},
      {"GET", "/front-door/new", false, kFrontDoorPageRoles},
      {"POST", "/front-door/new", false, kFrontDoorPageRoles},
      {"GET", "/front-door/{id}", false, kFrontDoorPageRoles},
      {"GET", "/front-door/{id}/history", false, kCareRoles},
      {"POST", "/front-door/{id}/assign", false, kCareRoles},
      {"POST", "/front-door/{id}/attempt", false, kCareRoles},
      {"POST", "/front-door/{id}/book", false, kCareRoles},
      {"POST", "/front-door/{id}/not-held", false, kCareRoles},
      {"POST", "/front-door/{id}/held", false, kCareRoles},
      {"POST", "/front-door/{id}/close", false, kCareRoles},
      {"POST", "/front-door/{id}/link", false, kCareRoles},
      {"POST", "/front-door/{id}/create-person", false, kCareRoles},
      // A person's record, its forms, and break-glass (record_pages.h).
      {"GET", "/people/{id}/record", false, kCareRoles},
      {"POST", "/people/{id}/episodes", false, kCareRoles},
      {"POST", "/people/{id}/contacts", false, kCareRoles},
      {"POST", "/people/{id}/concerns", false, kCareRoles},
      {"GET", "/people/{id}/details", false, kCareRoles},
      {"POST", "/people/{id}/details", false, kCareRoles},
      {"POST", "/episodes/{eid}/keyworker", false, kCareRoles},
      {"POST", "/episodes/{eid}/review", false, kCareRoles},
      {"POST", "/episodes/{eid}/planned-ending", false, kCareRoles},
      {"POST", "/episodes/{eid}/ending", false, kCareRoles},
      {"GET", "/people/{id}/break-glass", false, kCareRoles},
      {"POST", "/people/{id}/break-glass", false, kCareRoles},
      // The team's huddle and caseloads (team_pages.h).
      {"GET", "/huddle", false, kCareRoles},
      {"GET", "/huddle/items/{kind}/{subject}", false, kCareRoles},
      {"POST", "/huddle/items/{kind}/{subject}", false, kCareRoles},
      {"POST", "/huddle/decisions/{id}/done", false, kCareRoles},
      {"POST", "/huddle/decisions/{id}/reschedule", false, kCareRoles},
      {"GET", "/caseload", false, kCareRoles},
      {"GET", "/caseload/{user_id}", false, kCareRoles},
      {"GET", "/team/caseload", false, kCareRoles},
      // Staff posts and the staffing check (staffing_pages.h).
      {"GET", "/staffing", false, kStaffingViewers},
      {"GET", "/staffing/posts/new", false, kStaffingEditors},
      {"POST", "/staffing/posts/new", false, kStaffingEditors},
      {"GET", "/staffing/posts/{id}", false, kStaffingEditors},
      {"POST", "/staffing/posts/{id}", false, kStaffingEditors},
      {"POST", "/staffing/posts/{id}/end", false, kStaffingEditors},
  };
  EXPECT_EQ(router_.routes().size(), std::size(expected));
  for (const Expect& e : expected) {
    const http::Route* route = FindRoute(router_, e.method, e.pattern);
    ASSERT_NE(route, nullptr) << e.method << " " << e.pattern;
    EXPECT_EQ(route->access.is_public(), e.is_public) << e.pattern;
    if (!e.is_public) {
      EXPECT_TRUE(route->access.roles() == e.roles) << e.pattern;
    }
    EXPECT_EQ(route->kind, http::RouteKind::kPage);
  }
  // Network partners and commissioners never reach people's records.
  for (Role role : {Role::kNetworkPartner, Role::kCommissioner, Role::kAdministrator}) {
    Actor actor{.role = role};
    EXPECT_FALSE(MayUseRoute(actor, FindRoute(router_, "GET", "/people")->access));
    EXPECT_FALSE(MayUseRoute(actor, FindRoute(router_, "GET", "/people/{id}")->access));
    EXPECT_FALSE(MayUseRoute(actor, FindRoute(router_, "GET", "/people/{id}/record")->access));
    EXPECT_FALSE(MayUseRoute(actor, FindRoute(router_, "GET", "/people/{id}/break-glass")->access));
    EXPECT_FALSE(MayUseRoute(actor, FindRoute(router_, "GET", "/people/{id}/details")->access));
    EXPECT_FALSE(MayUseRoute(actor, FindRoute(router_, "POST", "/people/{id}/details")->access));
    EXPECT_FALSE(MayUseRoute(actor, FindRoute(router_, "GET", "/huddle")->access));
    EXPECT_FALSE(MayUseRoute(actor, FindRoute(router_, "GET", "/team/caseload")->access));
  }
  // Nobody who works with people day to day, and no partner, keeps staff posts.
  for (Role role : {Role::kFrontDoor, Role::kPractitioner, Role::kPeerWorker, Role::kNetworkPartner,
                    Role::kCommissioner}) {
    Actor actor{.role = role};
    EXPECT_FALSE(MayUseRoute(actor, FindRoute(router_, "POST", "/staffing/posts/new")->access));
    EXPECT_FALSE(
        MayUseRoute(actor, FindRoute(router_, "POST", "/staffing/posts/{id}/end")->access));
  }
}

TEST_F(PagesRoutesTest, StartPageRedirects) {
  http::Response anonymous = Call("GET", "/");
  EXPECT_EQ(anonymous.status, 303);
  EXPECT_EQ(anonymous.GetHeader("Location"), "/sign-in");
  http::Response signed_in = Call("GET", "/", SignedIn(Role::kPractitioner));
  EXPECT_EQ(signed_in.GetHeader("Location"), "/home");
}

TEST_F(PagesRoutesTest, SignInFormCarriesCsrfAndSafeNext) {
  http::Response response = Call("GET", "/sign-in?next=%2Fpeople", {.csrf_token = "pre-1"});
  EXPECT_EQ(response.status, 200);
  EXPECT_THAT(response.body, HasSubstr("name=\"csrf_token\" value=\"pre-1\""));
  EXPECT_THAT(response.body, HasSubstr("<input type=\"hidden\" name=\"next\" value=\"/people\">"));
  testing::ExpectPageRules(response.body);

  http::Response unsafe = Call("GET", "/sign-in?next=%2F%2Fevil.example", {.csrf_token = "pre-1"});
  EXPECT_THAT(unsafe.body, Not(HasSubstr("name=\"next\"")));
  EXPECT_THAT(unsafe.body, Not(HasSubstr("evil")));
}

TEST_F(PagesRoutesTest, FirstVisitGetsAPreSessionCsrfCookie) {
  http::Response response = Call("GET", "/sign-in");
  std::string cookie(response.GetHeader("Set-Cookie"));
  ASSERT_TRUE(cookie.starts_with("lw_csrf=")) << cookie;
  std::string token = cookie.substr(8, cookie.find(';') - 8);
  EXPECT_EQ(token.size(), 43u) << "256 bits, base64url";
  EXPECT_THAT(cookie, HasSubstr("HttpOnly"));
  EXPECT_THAT(cookie, HasSubstr("SameSite=Lax"));
  EXPECT_THAT(cookie, Not(HasSubstr("Max-Age")));
  EXPECT_THAT(response.body, HasSubstr("name=\"csrf_token\" value=\"" + token + "\""));

  // A second visit keeps the token it already has.
  http::Response again = Call("GET", "/sign-in", {.csrf_token = token});
  EXPECT_TRUE(again.GetHeader("Set-Cookie").empty());
  EXPECT_THAT(again.body, HasSubstr("value=\"" + token + "\""));
}

TEST_F(PagesRoutesTest, SignedOutNotice) {
  http::Response response = Call("GET", "/sign-in?signed-out=1");
  EXPECT_THAT(response.body, HasSubstr("You have signed out"));
  EXPECT_THAT(Call("GET", "/sign-in").body, Not(HasSubstr("You have signed out")));
}

TEST_F(PagesRoutesTest, SignInWhenSignedInGoesHome) {
  http::Response response = Call("GET", "/sign-in", SignedIn(Role::kTeamLead));
  EXPECT_EQ(response.status, 303);
  EXPECT_EQ(response.GetHeader("Location"), "/home");
}

TEST_F(PagesRoutesTest, EmptyFieldsAre422WithFieldErrors) {
  http::Form form;
  form.Add("csrf_token", "pre-1");
  form.Add("username", "<b>sam</b>");
  form.Add("password", "");
  http::Response response = Call("POST", "/sign-in", {.csrf_token = "pre-1"}, form);
  EXPECT_EQ(response.status, 422);
  EXPECT_THAT(response.body, HasSubstr("<a href=\"#password\">Enter your password</a>"));
  EXPECT_THAT(response.body, HasSubstr("id=\"password-error\""));
  EXPECT_THAT(response.body, HasSubstr("value=\"&lt;b&gt;sam&lt;/b&gt;\""));
  EXPECT_THAT(response.body, Not(HasSubstr("Enter your username")));
  EXPECT_EQ(store_.transactions, 0) << "validation happens before the service is called";
  testing::ExpectPageRules(response.body);

  http::Response nothing = Call("POST", "/sign-in", {.csrf_token = "pre-1"});
  EXPECT_EQ(nothing.status, 422);
  EXPECT_THAT(nothing.body, HasSubstr("<a href=\"#username\">Enter your username</a>"));
}

TEST_F(PagesRoutesTest, StoreFailureDuringSignInIs503WithoutDetails) {
  http::Form form;
  form.Add("username", "sam");
  form.Add("password", "a long enough password");
  http::Response response = Call("POST", "/sign-in", {.csrf_token = "pre-1"}, form);
  EXPECT_EQ(response.status, 503);
  EXPECT_THAT(response.body, HasSubstr("Sorry, the service is unavailable"));
  EXPECT_THAT(response.body, Not(HasSubstr("/secret/path")));
  EXPECT_TRUE(response.GetHeader("Set-Cookie").empty());
}

TEST_F(PagesRoutesTest, SignOutWithoutSessionStillClearsTheCookie) {
  http::Response response = Call("POST", "/sign-out", SignedIn(Role::kPractitioner));
  EXPECT_EQ(response.status, 303);
  EXPECT_EQ(response.GetHeader("Location"), "/sign-in?signed-out=1");
  std::string_view cookie = response.GetHeader("Set-Cookie");
  EXPECT_THAT(std::string(cookie), HasSubstr("lw_session="));
  EXPECT_THAT(std::string(cookie), HasSubstr("Max-Age=0"));
}

TEST_F(PagesRoutesTest, SignOutWhenTheStoreFailsSaysSo) {
  http::Response response =
      Call("POST", "/sign-out", SignedIn(Role::kPractitioner), std::nullopt, "lw_session=abc");
  EXPECT_EQ(response.status, 503);
  EXPECT_TRUE(response.GetHeader("Set-Cookie").empty()) << "keep the cookie so they can retry";
}

TEST_F(PagesRoutesTest, StoreFailureOnPagesIs503) {
  EXPECT_EQ(Call("GET", "/home", SignedIn(Role::kCommissioner)).status, 503);
  EXPECT_EQ(Call("GET", "/people", SignedIn(Role::kPractitioner)).status, 503);
  EXPECT_EQ(Call("GET", "/accounts", SignedIn(Role::kAdministrator)).status, 503);
  EXPECT_EQ(Call("GET", "/huddle", SignedIn(Role::kTeamLead)).status, 503);
  EXPECT_EQ(Call("GET", "/caseload", SignedIn(Role::kPeerWorker)).status, 503);
}

TEST_F(PagesRoutesTest, ChangingDetailsWhenTheStoreFails) {
  const std::string url = "/people/AAAAAAAAAAAAAAAAAAAAAA/details";
  EXPECT_EQ(Call("GET", url, SignedIn(Role::kPractitioner)).status, 503);
  http::Form form;
  form.Add("version", "1");
  form.Add("pronouns", "they/them");
  http::Response response = Call("POST", url, SignedIn(Role::kPractitioner), form);
  EXPECT_EQ(response.status, 503);
  EXPECT_THAT(response.body, Not(HasSubstr("/secret/path")));
  form.Add("add", "corner");
  EXPECT_EQ(Call("POST", url, SignedIn(Role::kPractitioner), form).status, 503);

  store_.transactions = 0;
  http::Form no_version;
  no_version.Add("pronouns", "they/them");
  EXPECT_EQ(Call("POST", url, SignedIn(Role::kPractitioner), no_version).status, 400);
  EXPECT_EQ(store_.transactions, 0) << "a form that was not ours reaches no service";
}

TEST_F(PagesRoutesTest, MalformedPersonIdIsNotFound) {
  http::Response response = Call("GET", "/people/%3Cscript%3E", SignedIn(Role::kPractitioner));
  EXPECT_EQ(response.status, 404);
  EXPECT_THAT(response.body, HasSubstr("Page not found"));
  EXPECT_THAT(response.body, Not(HasSubstr("script%3E")));
}

TEST_F(PagesRoutesTest, ErrorPagesNeverEchoTheRequest) {
  http::Request request;
  request.method = "GET";
  request.target = "/<script>alert(1)</script>";
  request.path = request.target;
  http::Identity identity;
  for (int status : {400, 403, 404, 405, 408, 413, 429, 500, 503}) {
    http::Response response = RenderErrorPage(status, request, identity, deps_);
    EXPECT_EQ(response.status, status);
    EXPECT_THAT(response.body, Not(HasSubstr("alert(1)")));
    testing::ExpectPageRules(response.body);
  }
  http::Identity signed_in{.actor = Actor{.display_name = "Uma", .role = Role::kPractitioner},
                           .csrf_token = "csrf-9"};
  http::Response response = RenderErrorPage(403, request, signed_in, deps_);
  EXPECT_THAT(response.body, HasSubstr("This form has expired or could not be checked"));
  EXPECT_THAT(response.body, HasSubstr("value=\"csrf-9\""));
}

}  // namespace
}  // namespace pages_routes_test
}  // namespace lw::web

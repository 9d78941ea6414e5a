#include "http/router.h"

#include <gtest/gtest.h>

namespace lw::http {
namespace router_test {
namespace {

Handler Returns(std::string body) {
  return [body](const Request&, RequestContext&) { return Response::Text(body); };
}

std::string Invoke(const Router::Match& match) {
  Request request;
  RequestContext context;
  return match.route->handler(request, context).body;
}

Router MakeRouter() {
  Router router;
  router.Add("GET", "/", RouteAccess::Public(), Returns("home"));
  router.Add("GET", "/people", RouteAccess::AnyStaff(), Returns("list"));
  router.Add("POST", "/people", RouteAccess::Roles({Role::kFrontDoor}), Returns("create"));
  router.Add("GET", "/people/new", RouteAccess::AnyStaff(), Returns("new"));
  router.Add("GET", "/people/{id}", RouteAccess::AnyStaff(), Returns("show"));
  router.Add("GET", "/people/{id}/versions/{version}", RouteAccess::AnyStaff(), Returns("version"));
  router.Add("DELETE", "/people/{id}", RouteAccess::Roles({Role::kAdministrator}), Returns("del"),
             RouteKind::kApi);
  return router;
}

TEST(RouterTest, MatchesLiteralPaths) {
  Router router = MakeRouter();
  auto home = router.Find("GET", "/");
  ASSERT_NE(home.route, nullptr);
  EXPECT_EQ(Invoke(home), "home");
  auto list = router.Find("GET", "/people");
  ASSERT_NE(list.route, nullptr);
  EXPECT_EQ(Invoke(list), "list");
  EXPECT_TRUE(list.params.empty());
  EXPECT_EQ(Invoke(router.Find("POST", "/people")), "create");
}

TEST(RouterTest, FillsParameters) {
  Router router = MakeRouter();
  auto show = router.Find("GET", "/people/p-42");
  ASSERT_NE(show.route, nullptr);
  EXPECT_EQ(Invoke(show), "show");
  EXPECT_EQ(show.params.at("id"), "p-42");
  auto version = router.Find("GET", "/people/p-42/versions/3");
  ASSERT_NE(version.route, nullptr);
  EXPECT_EQ(version.params.at("id"), "p-42");
  EXPECT_EQ(version.params.at("version"), "3");
  EXPECT_EQ(version.route->pattern, "/people/{id}/versions/{version}");
}

TEST(RouterTest, LiteralBeatsParameter) {
  Router router = MakeRouter();
  auto match = router.Find("GET", "/people/new");
  ASSERT_NE(match.route, nullptr);
  EXPECT_EQ(Invoke(match), "new");
  EXPECT_TRUE(match.params.empty());
}

TEST(RouterTest, UnknownPathsMatchNothing) {
  Router router = MakeRouter();
  for (std::string_view path :
       {"/nope", "/people/", "/people//versions/1", "people", "", "/people/a/b", "/PEOPLE"}) {
    auto match = router.Find("GET", path);
    EXPECT_EQ(match.route, nullptr) << path;
    EXPECT_FALSE(match.method_not_allowed) << path;
  }
}

TEST(RouterTest, WrongMethodIsMethodNotAllowedWithAllow) {
  Router router = MakeRouter();
  auto match = router.Find("PUT", "/people/p-1");
  EXPECT_EQ(match.route, nullptr);
  EXPECT_TRUE(match.method_not_allowed);
  EXPECT_EQ(match.allow, "GET, HEAD, DELETE");
  auto list = router.Find("PATCH", "/people");
  EXPECT_TRUE(list.method_not_allowed);
  EXPECT_EQ(list.allow, "GET, HEAD, POST");
}

TEST(RouterTest, HeadUsesTheGetRoute) {
  Router router = MakeRouter();
  auto match = router.Find("HEAD", "/people/p-1");
  ASSERT_NE(match.route, nullptr);
  EXPECT_EQ(match.route->method, "GET");
  EXPECT_EQ(match.params.at("id"), "p-1");
  EXPECT_TRUE(router.Find("HEAD", "/").route != nullptr);
}

TEST(RouterTest, KeepsAccessKindAndName) {
  Router router = MakeRouter();
  auto del = router.Find("DELETE", "/people/x");
  ASSERT_NE(del.route, nullptr);
  EXPECT_EQ(del.route->kind, RouteKind::kApi);
  EXPECT_FALSE(del.route->access.is_public());
  EXPECT_TRUE(del.route->access.roles().Has(Role::kAdministrator));
  EXPECT_EQ(del.route->name, "/people/{id}");
  EXPECT_EQ(router.routes().size(), 7u);
}

TEST(RouterTest, TooManySegmentsIsAMiss) {
  Router router = MakeRouter();
  std::string path;
  for (int i = 0; i < 40; ++i) path += "/a";
  EXPECT_EQ(router.Find("GET", path).route, nullptr);
}

TEST(RouterDeathTest, DuplicateRouteIsABug) {
  Router router = MakeRouter();
  EXPECT_DEATH(router.Add("GET", "/people/{other}", RouteAccess::Public(), Returns("x")),
               "invariant failed");
  EXPECT_DEATH(router.Add("GET", "/people", RouteAccess::Public(), Returns("x")),
               "invariant failed");
}

TEST(RouterDeathTest, MalformedPatternsAreBugs) {
  Router router;
  EXPECT_DEATH(router.Add("GET", "no-slash", RouteAccess::Public(), Returns("x")),
               "invariant failed");
  EXPECT_DEATH(router.Add("GET", "/a/{}", RouteAccess::Public(), Returns("x")), "invariant failed");
  EXPECT_DEATH(router.Add("GET", "/a/{id}/{id}", RouteAccess::Public(), Returns("x")),
               "invariant failed");
  EXPECT_DEATH(router.Add("get", "/a", RouteAccess::Public(), Returns("x")), "invariant failed");
  EXPECT_DEATH(router.Add("GET", "/a", RouteAccess::Public(), Handler()), "invariant failed");
}

TEST(RouterTest, SameShapeWithOtherMethodIsAllowed) {
  Router router;
  router.Add("GET", "/a/{id}", RouteAccess::Public(), Returns("get"));
  router.Add("POST", "/a/{id}", RouteAccess::Public(), Returns("post"));
  EXPECT_EQ(Invoke(router.Find("POST", "/a/1")), "post");
}

}  // namespace
}  // namespace router_test
}  // namespace lw::http

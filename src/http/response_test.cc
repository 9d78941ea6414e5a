#include "http/response.h"

#include <gtest/gtest.h>

namespace lw::http {
namespace response_test {
namespace {

TEST(ResponseTest, FactoriesSetStatusAndType) {
  Response html = Response::Html("<p>hi</p>");
  EXPECT_EQ(html.status, 200);
  EXPECT_EQ(html.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(html.body, "<p>hi</p>");
  EXPECT_EQ(Response::Text("x", 404).status, 404);
  EXPECT_EQ(Response::Text("x").content_type, "text/plain; charset=utf-8");
  EXPECT_EQ(Response::Json("{}", 201).content_type, "application/json");
  EXPECT_EQ(Response::Json("{}", 201).status, 201);
}

TEST(ResponseTest, RedirectIsSeeOther) {
  Response r = Response::Redirect("/people/abc");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.GetHeader("Location"), "/people/abc");
  EXPECT_EQ(r.GetHeader("location"), "/people/abc");
  EXPECT_TRUE(r.body.empty());
}

TEST(ResponseTest, SetHeaderReplacesCaseInsensitively) {
  Response r;
  r.SetHeader("Cache-Control", "no-cache");
  r.SetHeader("cache-control", "private, max-age=60");
  ASSERT_EQ(r.headers.size(), 1u);
  EXPECT_EQ(r.GetHeader("CACHE-CONTROL"), "private, max-age=60");
  EXPECT_EQ(r.GetHeader("ETag"), "");
}

TEST(ResponseTest, SetCookieDefaultsToASessionCookie) {
  Response r;
  r.SetCookie("lw_session", "abc", CookieOptions{});
  EXPECT_EQ(r.GetHeader("Set-Cookie"), "lw_session=abc; Path=/; HttpOnly; SameSite=Lax");
}

TEST(ResponseTest, SetCookieWithAllAttributes) {
  Response r;
  r.SetCookie("lw_session", "abc",
              CookieOptions{.http_only = true,
                            .secure = true,
                            .same_site = "Strict",
                            .max_age_seconds = 3600,
                            .path = "/app"});
  EXPECT_EQ(r.GetHeader("Set-Cookie"),
            "lw_session=abc; Path=/app; Max-Age=3600; HttpOnly; Secure; SameSite=Strict");
}

TEST(ResponseTest, SetCookieDeleteAndNonHttpOnly) {
  Response r;
  r.SetCookie("lw_session", "", CookieOptions{.http_only = false, .max_age_seconds = 0});
  EXPECT_EQ(r.GetHeader("Set-Cookie"),
            "lw_session=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; SameSite=Lax");
}

TEST(ResponseTest, SetCookieAppendsRatherThanReplaces) {
  Response r;
  r.SetCookie("a", "1", CookieOptions{});
  r.SetCookie("b", "2", CookieOptions{});
  ASSERT_EQ(r.headers.size(), 2u);
  EXPECT_EQ(r.headers[0].first, "Set-Cookie");
  EXPECT_EQ(r.headers[1].second.substr(0, 4), "b=2;");
}

TEST(ResponseTest, SameSiteNoneImpliesSecure) {
  Response r;
  r.SetCookie("a", "1", CookieOptions{.same_site = "None"});
  EXPECT_EQ(r.GetHeader("Set-Cookie"), "a=1; Path=/; HttpOnly; Secure; SameSite=None");
}

TEST(ResponseTest, CookieValuesCannotBreakTheHeader) {
  Response r;
  r.SetCookie("flash", "a b;c,\"d\"\r\n%", CookieOptions{});
  EXPECT_EQ(r.GetHeader("Set-Cookie"),
            "flash=a%20b%3Bc%2C%22d%22%0D%0A%25; Path=/; HttpOnly; SameSite=Lax");
}

TEST(ResponseDeathTest, BadCookieNameIsABug) {
  Response r;
  EXPECT_DEATH(r.SetCookie("bad name", "x", CookieOptions{}), "invariant failed");
}

}  // namespace
}  // namespace response_test
}  // namespace lw::http

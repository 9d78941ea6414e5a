#include "http/response_head.h"

#include <gtest/gtest.h>

namespace lw::http {
namespace response_head_test {
namespace {

bool Has(const std::string& head, std::string_view line) {
  return head.find(std::string(line) + "\r\n") != std::string::npos;
}

TEST(ResponseHeadTest, AddsSecurityHeadersRequestIdAndNoStore) {
  std::string head;
  bool body = SerializeHead(Response::Html("<p>x</p>"), HeadOptions{.request_id = "r1"}, head);
  EXPECT_TRUE(body);
  EXPECT_TRUE(head.starts_with("HTTP/1.1 200 OK\r\n"));
  EXPECT_TRUE(head.ends_with("\r\n\r\n"));
  EXPECT_TRUE(Has(head,
                  "Content-Security-Policy: default-src 'self'; script-src 'self'; style-src "
                  "'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
                  "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src "
                  "'none'"));
  EXPECT_TRUE(Has(head, "X-Content-Type-Options: nosniff"));
  EXPECT_TRUE(Has(head, "Referrer-Policy: no-referrer"));
  EXPECT_TRUE(Has(head, "X-Frame-Options: DENY"));
  EXPECT_TRUE(Has(head, "Permissions-Policy: camera=(), microphone=(), geolocation=()"));
  EXPECT_TRUE(Has(head, "Cross-Origin-Opener-Policy: same-origin"));
  EXPECT_TRUE(Has(head, "X-Request-Id: r1"));
  EXPECT_TRUE(Has(head, "Cache-Control: no-store"));
  EXPECT_TRUE(Has(head, "Content-Type: text/html; charset=utf-8"));
  EXPECT_TRUE(Has(head, "Content-Length: 8"));
  EXPECT_EQ(head.find("Connection:"), std::string::npos);
}

TEST(ResponseHeadTest, KeepsTheHandlersCacheControl) {
  Response r = Response::Text("x");
  r.SetHeader("Cache-Control", "public, max-age=60");
  std::string head;
  SerializeHead(r, HeadOptions{}, head);
  EXPECT_TRUE(Has(head, "Cache-Control: public, max-age=60"));
  EXPECT_EQ(head.find("no-store"), std::string::npos);
}

TEST(ResponseHeadTest, PipelineOwnedHeadersCannotBeOverridden) {
  Response r = Response::Text("abc");
  r.headers.emplace_back("Content-Length", "999");
  r.headers.emplace_back("x-frame-options", "ALLOW");
  r.headers.emplace_back("Connection", "keep-alive");
  r.headers.emplace_back("X-Request-Id", "spoof");
  std::string head;
  SerializeHead(r, HeadOptions{.request_id = "real", .keep_alive = false}, head);
  EXPECT_TRUE(Has(head, "Content-Length: 3"));
  EXPECT_EQ(head.find("999"), std::string::npos);
  EXPECT_EQ(head.find("ALLOW"), std::string::npos);
  EXPECT_EQ(head.find("spoof"), std::string::npos);
  EXPECT_TRUE(Has(head, "Connection: close"));
}

TEST(ResponseHeadTest, DropsHeadersThatWouldSplitTheResponse) {
  Response r = Response::Redirect("/x\r\nSet-Cookie: evil=1");
  r.headers.emplace_back("Bad Name", "v");
  r.headers.emplace_back("X-Ok", "fine");
  std::string head;
  SerializeHead(r, HeadOptions{}, head);
  EXPECT_EQ(head.find("evil"), std::string::npos);
  EXPECT_EQ(head.find("Bad Name"), std::string::npos);
  EXPECT_TRUE(Has(head, "X-Ok: fine"));
  EXPECT_TRUE(head.starts_with("HTTP/1.1 303 See Other\r\n"));
}

TEST(ResponseHeadTest, HeadRequestsGetLengthButNoBody) {
  std::string head;
  bool body = SerializeHead(Response::Text("hello"), HeadOptions{.head_request = true}, head);
  EXPECT_FALSE(body);
  EXPECT_TRUE(Has(head, "Content-Length: 5"));
}

TEST(ResponseHeadTest, NotModifiedHasNoBodyOrLength) {
  Response r;
  r.status = 304;
  r.headers.emplace_back("ETag", "\"abc\"");
  r.headers.emplace_back("Cache-Control", "public, max-age=3600");
  std::string head;
  EXPECT_FALSE(SerializeHead(r, HeadOptions{}, head));
  EXPECT_TRUE(head.starts_with("HTTP/1.1 304 Not Modified\r\n"));
  EXPECT_EQ(head.find("Content-Length"), std::string::npos);
  EXPECT_EQ(head.find("\r\nContent-Type:"), std::string::npos);
  EXPECT_TRUE(Has(head, "ETag: \"abc\""));
  EXPECT_TRUE(Has(head, "X-Frame-Options: DENY"));
}

TEST(ResponseHeadTest, SecureCookiesGetSecure) {
  Response r;
  r.SetCookie("a", "1", CookieOptions{});
  r.SetCookie("b", "2", CookieOptions{.secure = true});
  std::string head;
  SerializeHead(r, HeadOptions{.secure_cookies = true}, head);
  EXPECT_TRUE(Has(head, "Set-Cookie: a=1; Path=/; HttpOnly; SameSite=Lax; Secure"));
  EXPECT_TRUE(Has(head, "Set-Cookie: b=2; Path=/; HttpOnly; Secure; SameSite=Lax"));
  std::string plain;
  SerializeHead(r, HeadOptions{}, plain);
  EXPECT_TRUE(Has(plain, "Set-Cookie: a=1; Path=/; HttpOnly; SameSite=Lax"));
}

TEST(ResponseHeadTest, Http10KeepAliveIsExplicit) {
  std::string head;
  SerializeHead(Response::Text(""), HeadOptions{.keep_alive = true, .http10 = true}, head);
  EXPECT_TRUE(Has(head, "Connection: keep-alive"));
}

TEST(ResponseHeadTest, InvalidStatusBecomes500) {
  Response r = Response::Text("x", 42);
  std::string head;
  SerializeHead(r, HeadOptions{}, head);
  EXPECT_TRUE(head.starts_with("HTTP/1.1 500 Internal Server Error\r\n"));
  EXPECT_EQ(ReasonPhrase(413), "Content Too Large");
  EXPECT_EQ(ReasonPhrase(599), "Unknown");
}

}  // namespace
}  // namespace response_head_test
}  // namespace lw::http

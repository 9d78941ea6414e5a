#include "web/safe_redirect.h"

#include <gtest/gtest.h>

#include <string>

namespace lw::web {
namespace safe_redirect_test {
namespace {

TEST(SafeRedirectTest, AcceptsLocalPaths) {
  EXPECT_TRUE(IsSafeLocalPath("/"));
  EXPECT_TRUE(IsSafeLocalPath("/home"));
  EXPECT_TRUE(IsSafeLocalPath("/people/abc123?tab=history#top"));
  EXPECT_TRUE(IsSafeLocalPath("/%2F%2Fexample.com"));  // still a path here
}

TEST(SafeRedirectTest, RefusesAnythingThatCouldLeaveTheSite) {
  EXPECT_FALSE(IsSafeLocalPath(""));
  EXPECT_FALSE(IsSafeLocalPath("home"));
  EXPECT_FALSE(IsSafeLocalPath("//evil.example"));
  EXPECT_FALSE(IsSafeLocalPath("/\\evil.example"));
  EXPECT_FALSE(IsSafeLocalPath("/people\\..\\x"));
  EXPECT_FALSE(IsSafeLocalPath("https://evil.example/"));
  EXPECT_FALSE(IsSafeLocalPath("javascript:alert(1)"));
  EXPECT_FALSE(IsSafeLocalPath("/ /evil"));
  EXPECT_FALSE(IsSafeLocalPath("/\t/evil.example"));
  EXPECT_FALSE(IsSafeLocalPath("/home\r\nSet-Cookie: x=y"));
  EXPECT_FALSE(IsSafeLocalPath("/caf\xc3\xa9"));
  EXPECT_FALSE(IsSafeLocalPath("/" + std::string(2000, 'a')));
}

TEST(SafeRedirectTest, FallsBack) {
  EXPECT_EQ(SafeNextOr("/people", "/home"), "/people");
  EXPECT_EQ(SafeNextOr("//evil.example", "/home"), "/home");
  EXPECT_EQ(SafeNextOr("", "/home"), "/home");
}

}  // namespace
}  // namespace safe_redirect_test
}  // namespace lw::web

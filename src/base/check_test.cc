#include "base/check.h"

#include <gtest/gtest.h>

namespace lw {
namespace check_test {
namespace {

TEST(CheckTest, PassingCheckDoesNothing) {
  int evaluated = 0;
  LW_CHECK(++evaluated == 1);
  EXPECT_EQ(evaluated, 1);  // the condition is evaluated exactly once
}

TEST(CheckDeathTest, FailingCheckAbortsNamingTheCondition) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  int two = 2;
  EXPECT_DEATH(LW_CHECK(two == 3), "invariant failed: two == 3 at .*check_test\\.cc:[0-9]+");
}

}  // namespace
}  // namespace check_test
}  // namespace lw

#include "domain/synth/fictional.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "domain/people/nhs_number.h"

namespace lw::synth {
namespace fictional_test {
namespace {

TEST(FictionalTest, TestNhsNumbersAreValidAndInTheTestRange) {
  int valid = 0;
  std::set<std::string> seen;
  for (std::uint32_t body = 0; body < 11'000; ++body) {
    auto n = TestNhsNumber(body);
    if (!n) continue;
    ++valid;
    EXPECT_EQ(n->size(), 10u);
    EXPECT_EQ(n->substr(0, 3), "999");
    EXPECT_TRUE(NhsCheckDigitValid(*n)) << *n;
    EXPECT_TRUE(ParseNhsNumber(*n)) << *n;
    EXPECT_TRUE(seen.insert(*n).second) << "distinct bodies, distinct numbers";
  }
  // One body in eleven has no number (its check digit would be 10).
  EXPECT_NEAR(valid, 10'000, 150);
  EXPECT_EQ(TestNhsNumber(kTestNhsBodies), std::nullopt);
  // Worked by hand: 9*10 + 9*9 + 9*8 = 243, and 243 mod 11 = 1, so body 0's
  // check digit would be 11 - 1 = 10: no number. Body 1 adds 1*2: 245 mod
  // 11 = 3, check digit 8.
  EXPECT_EQ(TestNhsNumber(0), std::nullopt);
  EXPECT_EQ(TestNhsNumber(1), "9990000018");
}

TEST(FictionalTest, NamesComeFromTheListsAndSpreadOverThem) {
  SynthStream s(1, "names");
  std::set<std::string> given;
  std::set<std::string> family;
  for (int i = 0; i < 5000; ++i) {
    FictionalName n = DrawName(s);
    EXPECT_FALSE(n.given.empty());
    EXPECT_FALSE(n.family.empty());
    given.insert(n.given);
    family.insert(n.family);
  }
  EXPECT_EQ(given.size(), GivenNameCount()) << "every given name turns up in 5,000 draws";
  EXPECT_EQ(family.size(), FamilyNameCount());
}

}  // namespace
}  // namespace fictional_test
}  // namespace lw::synth

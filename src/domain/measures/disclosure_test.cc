#include "domain/measures/disclosure.h"

#include <gtest/gtest.h>

namespace lw {
namespace disclosure_test {
namespace {

// docs/measures.md section 9, "Test vectors — MHSDS rule (sub-national)".
TEST(DisclosureTest, MhsdsSuppressesUnderFiveAndRoundsToTheNearestFive) {
  const DisclosureRule r = DisclosureRule::kMhsds;
  EXPECT_EQ(DiscloseCount(0, r), std::nullopt);
  EXPECT_EQ(DiscloseCount(4, r), std::nullopt);
  EXPECT_EQ(DiscloseCount(5, r), 5);
  EXPECT_EQ(DiscloseCount(7, r), 5);
  EXPECT_EQ(DiscloseCount(8, r), 10);
  EXPECT_EQ(DiscloseCount(12, r), 10);
  EXPECT_EQ(DiscloseCount(13, r), 15);
  EXPECT_EQ(DiscloseCount(254, r), 255);
}

TEST(DisclosureTest, MhsdsPercentagesAreSuppressedWhenEitherSideIsUnderFive) {
  const DisclosureRule r = DisclosureRule::kMhsds;
  EXPECT_EQ(DisclosePercent(4, 100, r), std::nullopt);
  EXPECT_EQ(DisclosePercent(190, 318, r), 60);
  EXPECT_EQ(DisclosePercent(1, 8, r), std::nullopt);
  EXPECT_EQ(DisclosePercent(5, 4, r), std::nullopt);
  EXPECT_EQ(DisclosePercent(0, 0, r), std::nullopt);
}

// Section 9, "HES-style rule".
TEST(DisclosureTest, HesStyleKeepsZeroAndSuppressesOneToSeven) {
  const DisclosureRule r = DisclosureRule::kHesStyle;
  EXPECT_EQ(DiscloseCount(0, r), 0);
  EXPECT_EQ(DiscloseCount(3, r), std::nullopt);
  EXPECT_EQ(DiscloseCount(7, r), std::nullopt);
  EXPECT_EQ(DiscloseCount(8, r), 10);
  EXPECT_EQ(DiscloseCount(12, r), 10);
  EXPECT_EQ(DiscloseCount(13, r), 15);
  EXPECT_EQ(DiscloseCount(318, r), 320);
  // Percentages from the rounded numerator and denominator: 12/318 is
  // 10/320.
  EXPECT_EQ(DisclosePercent(12, 318, r), 3);
  EXPECT_EQ(DisclosePercent(3, 318, r), std::nullopt);
}

TEST(DisclosureTest, NoneShowsExactFigures) {
  EXPECT_EQ(DiscloseCount(0, DisclosureRule::kNone), 0);
  EXPECT_EQ(DiscloseCount(3, DisclosureRule::kNone), 3);
  EXPECT_EQ(DisclosePercent(1, 8, DisclosureRule::kNone), 13);
}

TEST(DisclosureTest, TextIsTheNumberOrAStar) {
  EXPECT_EQ(DisclosedText(std::nullopt), "*");
  EXPECT_EQ(DisclosedText(15), "15");
}

TEST(DisclosureTest, RuleKeysRoundTrip) {
  for (DisclosureRule r :
       {DisclosureRule::kNone, DisclosureRule::kMhsds, DisclosureRule::kHesStyle}) {
    EXPECT_EQ(ParseDisclosureRule(DisclosureRuleKey(r)), r);
  }
  EXPECT_EQ(ParseDisclosureRule("MHSDS"), std::nullopt);
}

}  // namespace
}  // namespace disclosure_test
}  // namespace lw

#include "domain/synth/quantile_table.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <vector>

namespace lw::synth {
namespace quantile_table_test {
namespace {

// Days from introduction to initial conversation, centred on the published
// median of 14 (product.md) with a long tail.
QuantileTable DaysToConversation() {
  return *QuantileTable::Make(
      {{0, 0}, {0.25, 7}, {0.5, 14}, {0.75, 24}, {0.9, 38}, {0.97, 60}, {1, 120}});
}

TEST(QuantileTableTest, AtInterpolatesBetweenPoints) {
  const QuantileTable t = DaysToConversation();
  EXPECT_EQ(t.At(0), 0);
  EXPECT_EQ(t.At(0.5), 14);
  EXPECT_EQ(t.Median(), 14);
  EXPECT_EQ(t.At(0.375), 10.5);
  EXPECT_EQ(t.At(1), 120);
  EXPECT_EQ(t.At(-3), 0) << "clamped";
  EXPECT_EQ(t.At(7), 120) << "clamped";
}

TEST(QuantileTableTest, SamplesLandOnTheTablesQuantiles) {
  const QuantileTable t = DaysToConversation();
  SynthStream s(2026, "days-to-conversation");
  std::vector<double> draws;
  draws.reserve(40'000);
  for (int i = 0; i < 40'000; ++i) draws.push_back(t.Sample(s));
  std::ranges::sort(draws);
  auto quantile = [&](double p) {
    return draws[static_cast<std::size_t>(p * static_cast<double>(draws.size()))];
  };
  EXPECT_NEAR(quantile(0.25), 7, 0.3);
  EXPECT_NEAR(quantile(0.5), 14, 0.3);
  EXPECT_NEAR(quantile(0.75), 24, 0.5);
  EXPECT_NEAR(quantile(0.9), 38, 1.0);
  EXPECT_GE(draws.front(), 0);
  EXPECT_LE(draws.back(), 120);
}

TEST(QuantileTableTest, BadTablesAreRefusedSayingWhy) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  struct Case {
    std::vector<QuantilePoint> points;
    const char* why;
  };
  const std::vector<Case> cases = {
      {{}, "at least two points"},
      {{{0, 1}}, "at least two points"},
      {{{0.1, 0}, {1, 5}}, "first point's p must be 0"},
      {{{0, 0}, {0.9, 5}}, "last point's p must be 1"},
      {{{0, 0}, {0.5, 5}, {0.5, 6}, {1, 7}}, "p must rise"},
      {{{0, 0}, {0.5, 5}, {1, 4}}, "may not fall"},
      {{{0, 0}, {0.5, nan}, {1, 4}}, "not a number"},
  };
  for (const Case& c : cases) {
    auto t = QuantileTable::Make(c.points);
    ASSERT_FALSE(t) << c.why;
    EXPECT_EQ(t.error().code, ErrorCode::kInvalidArgument);
    EXPECT_NE(t.error().message.find(c.why), std::string::npos) << t.error().message;
  }
}

}  // namespace
}  // namespace quantile_table_test
}  // namespace lw::synth

#include "base/xoshiro.h"

#include <gtest/gtest.h>

#include <array>

namespace lw {
namespace xoshiro_test {
namespace {

// Against the algorithms' published definitions, worked out independently
// (in Python): splitmix64 from 0 starts 0xe220a8397b1dcdaf, the value its
// reference implementation gives.
TEST(XoshiroTest, SeedingAndTheSequenceAreTheReferenceOnes) {
  std::uint64_t x = 0;
  EXPECT_EQ(SplitMix64(x), 0xe220a8397b1dcdafULL);
  std::array<std::uint64_t, 4> s{};
  Xoshiro256Seed(s, 0);
  EXPECT_EQ(s, (std::array<std::uint64_t, 4>{0xe220a8397b1dcdafULL, 0x6e789e6aa1b965f4ULL,
                                             0x06c45d188009454fULL, 0xf88bb8a8724c81ecULL}));
  EXPECT_EQ(Xoshiro256Next(s), 0x99ec5f36cb75f2b4ULL);
  EXPECT_EQ(Xoshiro256Next(s), 0xbf6e1f784956452aULL);
  EXPECT_EQ(Xoshiro256Next(s), 0x1a5f849d4933e6e0ULL);
}

}  // namespace
}  // namespace xoshiro_test
}  // namespace lw

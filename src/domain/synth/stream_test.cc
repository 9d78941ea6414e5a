#include "domain/synth/stream.h"

#include <gtest/gtest.h>

#include <array>
#include <vector>

namespace lw::synth {
namespace stream_test {
namespace {

TEST(SynthStreamTest, TheSameSeedAndKeyGiveTheSameNumbers) {
  SynthStream a(42, "locality/1/person/7");
  SynthStream b(42, "locality/1/person/7");
  for (int i = 0; i < 1000; ++i) ASSERT_EQ(a.U64(), b.U64());
}

TEST(SynthStreamTest, AnotherSeedOrKeyGivesOtherNumbers) {
  SynthStream base(42, "person/7");
  SynthStream other_seed(43, "person/7");
  SynthStream other_key(42, "person/8");
  const std::uint64_t first = base.U64();
  EXPECT_NE(first, other_seed.U64());
  EXPECT_NE(first, other_key.U64());
}

// Byte-identical on any machine (issue 8, point 4): the first outputs of a
// fixed stream, worked out from the published xoshiro256** and splitmix64
// algorithms, must not change with the compiler or the library.
TEST(SynthStreamTest, TheSequenceIsPinned) {
  EXPECT_EQ(KeyHash(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(KeyHash("a"), 0xaf63dc4c8601ec8cULL);
  SynthStream s(0, "");
  std::vector<std::uint64_t> got;
  got.reserve(3);
  for (int i = 0; i < 3; ++i) got.push_back(s.U64());
  // Worked out independently, in Python, from the algorithms' published
  // definitions with this file's seeding (seed ^ rotl(KeyHash(key), 17)
  // through splitmix64).
  EXPECT_EQ(got, (std::vector<std::uint64_t>{0x1fee05d66a7f02d7ULL, 0x9f0d6aa55e2ad5dcULL,
                                             0xfae0b5722855fb58ULL}));
}

TEST(SynthStreamTest, UniformStaysInItsRangeAndIsEven) {
  SynthStream s(7, "uniform");
  std::array<int, 10> deciles{};
  constexpr int kDraws = 100'000;
  for (int i = 0; i < kDraws; ++i) {
    const double u = s.Uniform();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    ++deciles[static_cast<std::size_t>(u * 10)];
  }
  for (int count : deciles) EXPECT_NEAR(count, kDraws / 10.0, kDraws / 100.0);  // within 10%
}

TEST(SynthStreamTest, BelowAndBetweenCoverTheirRangeEvenly) {
  SynthStream s(7, "below");
  std::array<int, 7> counts{};
  constexpr int kDraws = 70'000;
  for (int i = 0; i < kDraws; ++i) ++counts[s.Below(7)];
  for (int count : counts) EXPECT_NEAR(count, kDraws / 7.0, kDraws / 70.0);
  bool saw_lo = false;
  bool saw_hi = false;
  for (int i = 0; i < 1000; ++i) {
    const int v = s.Between(-2, 2);
    ASSERT_GE(v, -2);
    ASSERT_LE(v, 2);
    saw_lo |= v == -2;
    saw_hi |= v == 2;
  }
  EXPECT_TRUE(saw_lo && saw_hi) << "both ends are included";
  EXPECT_EQ(s.Between(5, 5), 5);
}

TEST(SynthStreamTest, ChanceLandsNearItsProbability) {
  SynthStream s(7, "chance");
  constexpr int kDraws = 100'000;
  int yes = 0;
  for (int i = 0; i < kDraws; ++i) yes += s.Chance(0.58) ? 1 : 0;
  EXPECT_NEAR(static_cast<double>(yes) / kDraws, 0.58, 0.01);
  EXPECT_FALSE(s.Chance(0));
  EXPECT_FALSE(s.Chance(-1));
  EXPECT_TRUE(s.Chance(1));
}

TEST(SynthStreamTest, WeightedPicksInProportionAndNeverAZeroWeight) {
  SynthStream s(7, "weighted");
  const std::array<double, 4> weights = {6, 0, 3, 1};
  std::array<int, 4> counts{};
  constexpr int kDraws = 100'000;
  for (int i = 0; i < kDraws; ++i) ++counts[s.Weighted(weights)];
  EXPECT_EQ(counts[1], 0);
  EXPECT_NEAR(counts[0], kDraws * 0.6, kDraws * 0.01);
  EXPECT_NEAR(counts[2], kDraws * 0.3, kDraws * 0.01);
  EXPECT_NEAR(counts[3], kDraws * 0.1, kDraws * 0.01);
}

}  // namespace
}  // namespace stream_test
}  // namespace lw::synth

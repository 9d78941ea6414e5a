#include "base/random.h"

#include <gtest/gtest.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

namespace lw {
namespace random_test {
namespace {

std::array<std::byte, 64> Draw(Random& random) {
  std::array<std::byte, 64> out{};
  random.Fill(out);
  return out;
}

bool IsLowerHex(const std::string& s) {
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      return false;
    }
  }
  return true;
}

TEST(SeededRandomTest, SameSeedSameBytes) {
  SeededRandom a(42);
  SeededRandom b(42);
  EXPECT_EQ(Draw(a), Draw(b));
  EXPECT_EQ(Draw(a), Draw(b));  // and the sequences stay in step
  EXPECT_EQ(a.Hex(16), b.Hex(16));
  EXPECT_EQ(a.NextU64(), b.NextU64());
}

TEST(SeededRandomTest, DifferentSeedsDiffer) {
  SeededRandom a(1);
  SeededRandom b(2);
  EXPECT_NE(Draw(a), Draw(b));
}

TEST(SeededRandomTest, SequenceAdvances) {
  SeededRandom r(7);
  EXPECT_NE(Draw(r), Draw(r));
  EXPECT_NE(r.NextU64(), r.NextU64());
}

TEST(SeededRandomTest, MatchesReferenceXoshiro256StarStar) {
  // Reference outputs of xoshiro256** seeded through splitmix64, computed
  // independently; the simulator's reproducibility depends on them.
  SeededRandom zero(0);
  EXPECT_EQ(zero.NextU64(), 0x99ec5f36cb75f2b4ULL);
  EXPECT_EQ(zero.NextU64(), 0xbf6e1f784956452aULL);
  EXPECT_EQ(zero.NextU64(), 0x1a5f849d4933e6e0ULL);
  SeededRandom answer(42);
  EXPECT_EQ(answer.NextU64(), 0x15780b2e0c2ec716ULL);
}

TEST(SeededRandomTest, FillsOddLengthsCompletely) {
  // A fill that is not a multiple of 8 bytes still writes every byte.
  SeededRandom r(3);
  std::array<std::byte, 13> out{};
  out.fill(std::byte{0});
  r.Fill(out);
  int zeros = 0;
  for (std::byte b : out) {
    zeros += b == std::byte{0} ? 1 : 0;
  }
  EXPECT_LT(zeros, 4);
}

TEST(RandomHexTest, LengthAndCharset) {
  SeededRandom r(9);
  EXPECT_EQ(r.Hex(0), "");
  for (std::size_t n : {1u, 3u, 8u, 16u, 33u}) {
    std::string h = r.Hex(n);
    EXPECT_EQ(h.size(), 2 * n);
    EXPECT_TRUE(IsLowerHex(h)) << h;
  }
}

TEST(RandomHexTest, UsesAllSixteenDigits) {
  SeededRandom r(11);
  std::string h = r.Hex(256);
  std::set<char> seen(h.begin(), h.end());
  EXPECT_EQ(seen.size(), 16u);
}

TEST(SystemRandomTest, ProducesDistinctValues) {
  SystemRandom r;
  std::set<std::uint64_t> values;
  for (int i = 0; i < 100; ++i) {
    values.insert(r.NextU64());
  }
  EXPECT_EQ(values.size(), 100u);
  EXPECT_NE(Draw(r), Draw(r));
}

TEST(SystemRandomTest, HexLengthAndCharset) {
  SystemRandom r;
  std::string h = r.Hex(32);
  EXPECT_EQ(h.size(), 64u);
  EXPECT_TRUE(IsLowerHex(h)) << h;
}

TEST(SystemRandomTest, FillsLargeBuffers) {
  SystemRandom r;
  std::array<std::byte, 4096> out{};
  r.Fill(out);
  int zeros = 0;
  for (std::byte b : out) {
    zeros += b == std::byte{0} ? 1 : 0;
  }
  // About 16 zero bytes expected; an unfilled buffer would be all zeros.
  EXPECT_LT(zeros, 100);
}

}  // namespace
}  // namespace random_test
}  // namespace lw

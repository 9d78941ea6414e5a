#include "domain/frontdoor/reference.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "base/random.h"

namespace lw {
namespace reference_test {
namespace {

TEST(ReferenceTest, HasTheReadableShape) {
  std::string ref = FormatReference(0x0123456789abcdefULL);
  ASSERT_EQ(ref.size(), 12u);
  EXPECT_EQ(ref.substr(0, 3), "LW-");
  EXPECT_EQ(ref[7], '-');
  EXPECT_TRUE(IsReference(ref)) << ref;
}

TEST(ReferenceTest, IsDeterministicBase30) {
  EXPECT_EQ(FormatReference(0), "LW-2222-2222");
  EXPECT_EQ(FormatReference(1), "LW-3222-2222");
  EXPECT_EQ(FormatReference(29), "LW-Z222-2222");
  EXPECT_EQ(FormatReference(30), "LW-2322-2222");
  EXPECT_EQ(FormatReference(0x0123456789abcdefULL), FormatReference(0x0123456789abcdefULL));
}

TEST(ReferenceTest, AlphabetHasNothingToMisread) {
  EXPECT_EQ(kReferenceAlphabet.size(), 30u);
  for (char c : std::string_view("0O1ILU")) {
    EXPECT_EQ(kReferenceAlphabet.find(c), std::string_view::npos) << c;
  }
  std::set<char> distinct(kReferenceAlphabet.begin(), kReferenceAlphabet.end());
  EXPECT_EQ(distinct.size(), kReferenceAlphabet.size());
}

TEST(ReferenceTest, RandomReferencesUseOnlyTheAlphabetAndRarelyCollide) {
  SeededRandom random(42);
  std::set<std::string> seen;
  for (int i = 0; i < 10000; ++i) {
    std::string ref = FormatReference(random.NextU64());
    ASSERT_TRUE(IsReference(ref)) << ref;
    seen.insert(ref);
  }
  EXPECT_EQ(seen.size(), 10000u);
}

TEST(ReferenceTest, IsReferenceRefusesAnythingElse) {
  for (std::string_view bad :
       {"", "LW-7K3M-Q9T", "LW-7K3M-Q9TPX", "lw-7K3M-Q9TP", "LW-7k3m-q9tp", "LW-7K3MQ9TP",
        "LW 7K3M Q9TP", "XX-7K3M-Q9TP", "LW-7K3M-Q9T0", "LW-7K3M-Q9TO", "LW-7K3M-Q9T1",
        "LW-7K3M-Q9TI", "LW-7K3M-Q9TL", "LW-7K3M-Q9TU", "LW-7K3M_Q9TP", " LW-7K3M-Q9TP"}) {
    EXPECT_FALSE(IsReference(bad)) << bad;
  }
  EXPECT_TRUE(IsReference("LW-7K3M-Q9TP"));
}

}  // namespace
}  // namespace reference_test
}  // namespace lw

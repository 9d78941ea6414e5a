#include "domain/synth/catalogue.h"

#include <gtest/gtest.h>

#include <numeric>
#include <string>

namespace lw::synth {
namespace catalogue_test {
namespace {

TEST(CatalogueTest, ReqolItemsAreZeroToFourAndAddUpToTheTotal) {
  for (int total = 0; total <= 40; ++total) {
    SynthStream stream(7, "items/" + std::to_string(total));
    const auto items = ReqolItemsAddingTo(stream, total);
    EXPECT_EQ(std::accumulate(items.begin(), items.end(), 0), total) << total;
    for (std::uint8_t item : items) EXPECT_LE(item, 4) << total;
  }
}

TEST(CatalogueTest, LocalitiesAreMillbrookAloneOrTheGmBoroughsFirst) {
  EXPECT_EQ(LocalityName(Scale::kDemo, 0), "Millbrook");
  EXPECT_EQ(LocalityName(Scale::kLocality, 0), "Millbrook");
  EXPECT_EQ(LocalityName(Scale::kGm, 0), "Bolton");
  EXPECT_EQ(LocalityName(Scale::kGm, 9), "Wigan");
  EXPECT_EQ(LocalityName(Scale::kNational, 10), "Blackburn");
  EXPECT_EQ(Whole(2.5), 3);
  EXPECT_EQ(Whole(-2.5), -3);
  EXPECT_EQ(Whole(2.49), 2);
}

}  // namespace
}  // namespace catalogue_test
}  // namespace lw::synth

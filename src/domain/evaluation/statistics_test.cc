#include "domain/evaluation/statistics.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <optional>

namespace lw::evaluation {
namespace statistics_test {
namespace {

DayHistogram Of(std::initializer_list<int> days) {
  DayHistogram h;
  for (int d : days) h.Add(d);
  return h;
}

// docs/measures.md section 7's test vectors.
TEST(DayHistogramTest, MediansInterpolateAsMeasuresSectionSevenSays) {
  EXPECT_EQ(Of({7, 14, 14, 21}).PercentileHundredths(50), 1400);
  EXPECT_EQ(Of({3, 10, 18, 30}).PercentileHundredths(50), 1400);  // 10 + (18 - 10) / 2
  EXPECT_EQ(Of({1, 2, 3, 4, 100}).PercentileHundredths(50), 300);
  EXPECT_EQ(Of({14}).PercentileHundredths(50), 1400);
  EXPECT_EQ(Of({14}).PercentileHundredths(90), 1400);
}

TEST(DayHistogramTest, PercentilesOfUnsortedDaysWithTiesAndFractions) {
  // Sorted: 0 2 5 5 9 40; p90 at position 4.5: 9 + 0.5 * 31 = 24.5 days.
  const DayHistogram h = Of({40, 5, 0, 9, 5, 2});
  EXPECT_EQ(h.count(), 6);
  EXPECT_EQ(h.PercentileHundredths(90), 2450);
  EXPECT_EQ(h.PercentileHundredths(50), 500);  // position 2.5: 5 and 5
  EXPECT_EQ(h.PercentileHundredths(0), 0);
  EXPECT_EQ(h.PercentileHundredths(100), 4000);
  // Position 5 * 25 / 100 = 1.25: 2 + 0.25 * 3 = 2.75 days.
  EXPECT_EQ(h.PercentileHundredths(25), 275);
}

TEST(DayHistogramTest, NothingCountedHasNoMedian) {
  EXPECT_EQ(DayHistogram().PercentileHundredths(50), std::nullopt);
  EXPECT_EQ(DayHistogram().count(), 0);
}

TEST(DayHistogramTest, MergingIsCountingBoth) {
  DayHistogram a = Of({1, 30});
  a.Merge(Of({2, 3, 400}));
  EXPECT_EQ(a.count(), 5);
  EXPECT_EQ(a.PercentileHundredths(50), 300);
  EXPECT_EQ(a.PercentileHundredths(100), 40000);
}

TEST(ShareTest, RoundsHalfUpAsMeasuresSectionSevenSays) {
  EXPECT_EQ((Share{190, 318}).RoundedPercent(), 60);  // 59.75
  EXPECT_EQ((Share{191, 318}).RoundedPercent(), 60);
  EXPECT_EQ((Share{192, 318}).RoundedPercent(), 60);
  EXPECT_EQ((Share{189, 318}).RoundedPercent(), 59);
  EXPECT_EQ((Share{193, 318}).RoundedPercent(), 61);
  EXPECT_EQ((Share{222, 385}).RoundedPercent(), 58);
  EXPECT_EQ((Share{226, 385}).RoundedPercent(), 59);
  EXPECT_EQ((Share{1, 8}).RoundedPercent(), 13);  // 12.5 goes up, not to the even 12
  EXPECT_EQ((Share{0, 7}).RoundedPercent(), 0);
  EXPECT_EQ((Share{7, 7}).RoundedPercent(), 100);
}

TEST(ShareTest, AnEmptyDenominatorHasNoPercent) {
  EXPECT_EQ((Share{0, 0}).RoundedPercent(), std::nullopt);
  Share s{1, 2};
  s.Merge({2, 6});
  EXPECT_EQ(s.numerator, 3);
  EXPECT_EQ(s.denominator, 8);
}

}  // namespace
}  // namespace statistics_test
}  // namespace lw::evaluation

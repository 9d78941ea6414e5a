#include "domain/outcomes/points.h"

#include <gtest/gtest.h>

namespace lw {
namespace points_test {
namespace {

TEST(PointsTest, PrintsWithoutTrailingZerosOrWithTheDecimalsAskedFor) {
  EXPECT_EQ(Points::Whole(25).ToString(), "25");
  EXPECT_EQ(Points::Hundredths(1778).ToString(), "17.78");
  EXPECT_EQ(Points::Hundredths(250).ToString(), "2.5");
  EXPECT_EQ(Points::Hundredths(-81).ToString(), "-0.81");
  EXPECT_EQ(Points::Whole(7).ToString(2), "7.00");
  EXPECT_EQ(Points::Hundredths(1925).ToString(2), "19.25");
  EXPECT_EQ(Points::Hundredths(1925).ToString(1), "19.3");  // half up
  EXPECT_EQ(Points::Hundredths(-1925).ToString(1), "-19.3");
  EXPECT_EQ(Points::Hundredths(-1924).ToString(0), "-19");
}

TEST(PointsTest, RoundedQuotientRoundsHalfAwayFromZero) {
  EXPECT_EQ(RoundedQuotient(160, 9, 2), Points::Hundredths(1778));  // 17.777...
  EXPECT_EQ(RoundedQuotient(160, 9, 1), Points::Hundredths(1780));
  EXPECT_EQ(RoundedQuotient(160, 9, 0), Points::Whole(18));
  EXPECT_EQ(RoundedQuotient(5, 2, 0), Points::Whole(3));        // 2.5 -> 3
  EXPECT_EQ(RoundedQuotient(-5, 2, 0), Points::Whole(-3));      // -2.5 -> -3
  EXPECT_EQ(RoundedQuotient(1, 8, 2), Points::Hundredths(13));  // 0.125 -> 0.13
  EXPECT_EQ(RoundedQuotient(1, 3, 2), Points::Hundredths(33));
  EXPECT_EQ(RoundTo(Points::Hundredths(1745), 1), Points::Hundredths(1750));
}

TEST(PointsTest, DifferencesAreExact) {
  // 18.59 - 15.84 in double is 2.7499999999999982.
  EXPECT_EQ(Points::Hundredths(1859) - Points::Hundredths(1584), Points::Hundredths(275));
  EXPECT_EQ(Abs(Points::Hundredths(-81)), Points::Hundredths(81));
}

TEST(PointsTest, FromDoubleAcceptsAtMostTwoDecimals) {
  EXPECT_EQ(PointsFromDouble(2.87), Points::Hundredths(287));
  EXPECT_EQ(PointsFromDouble(26.02), Points::Hundredths(2602));
  EXPECT_EQ(PointsFromDouble(-0.5), Points::Hundredths(-50));
  EXPECT_EQ(PointsFromDouble(25.0), Points::Whole(25));
  EXPECT_EQ(PointsFromDouble(2.455), std::nullopt);
  EXPECT_EQ(PointsFromDouble(2e9), std::nullopt);
}

TEST(PointsTest, WholePercentRoundsHalfUp) {
  // measures.md section 7.
  EXPECT_EQ(WholePercent(190, 318), 60);
  EXPECT_EQ(WholePercent(191, 318), 60);
  EXPECT_EQ(WholePercent(192, 318), 60);
  EXPECT_EQ(WholePercent(189, 318), 59);
  EXPECT_EQ(WholePercent(193, 318), 61);
  EXPECT_EQ(WholePercent(1, 8), 13);  // 12.5 -> 13, not banker's 12
  EXPECT_EQ(WholePercent(0, 5), 0);
}

}  // namespace
}  // namespace points_test
}  // namespace lw

#include "domain/directory/geo.h"

#include <gtest/gtest.h>

#include <limits>

namespace lw::directory {
namespace geo_test {
namespace {

TEST(GeoTest, DistanceBetweenKnownPlaces) {
  // Hyde town centre to Ashton-under-Lyne town centre: about 4.3 km.
  const double d = DistanceMetres(53.4514, -2.0795, 53.4885, -2.0989);
  EXPECT_NEAR(d, 4320.6, 0.5);
  // A degree of latitude on this sphere: 111,195 m.
  EXPECT_NEAR(DistanceMetres(53.0, -2.0, 54.0, -2.0), 111195.1, 1.0);
  EXPECT_DOUBLE_EQ(DistanceMetres(53.4, -2.2, 53.4, -2.2), 0.0);
  // Symmetric.
  EXPECT_DOUBLE_EQ(DistanceMetres(53.4, -2.2, 53.5, -2.0), DistanceMetres(53.5, -2.0, 53.4, -2.2));
  // Antipodes: half the circumference, no NaN.
  EXPECT_NEAR(DistanceMetres(0, 0, 0, 180), 3.14159265 * kEarthRadiusMetres, 1.0);
}

TEST(GeoTest, ValidCoordinates) {
  EXPECT_TRUE(IsValidCoordinate(53.48, -2.24));
  EXPECT_TRUE(IsValidCoordinate(-90, 180));
  EXPECT_FALSE(IsValidCoordinate(91, 0));
  EXPECT_FALSE(IsValidCoordinate(0, -180.5));
  EXPECT_FALSE(IsValidCoordinate(std::numeric_limits<double>::quiet_NaN(), 0));
}

TEST(GeoTest, FormatsDistancesForPeople) {
  EXPECT_EQ(FormatDistance(0), "less than 100 m");
  EXPECT_EQ(FormatDistance(99), "less than 100 m");
  EXPECT_EQ(FormatDistance(347), "350 m");
  EXPECT_EQ(FormatDistance(996), "1.0 km");
  EXPECT_EQ(FormatDistance(1234), "1.2 km");
  EXPECT_EQ(FormatDistance(12400), "12 km");
}

}  // namespace
}  // namespace geo_test
}  // namespace lw::directory

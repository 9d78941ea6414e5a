#include "domain/directory/osgb.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace lw::directory {
namespace osgb_test {
namespace {

double Dms(double d, double m, double s) { return d + m / 60 + s / 3600; }

// Metres between two nearby points (equirectangular: fine at this scale).
double Metres(LatLong a, LatLong b) {
  constexpr double kEarth = 6371000;
  const double rad = std::numbers::pi / 180;
  const double x =
      (b.longitude - a.longitude) * rad * std::cos((a.latitude + b.latitude) / 2 * rad);
  const double y = (b.latitude - a.latitude) * rad;
  return std::sqrt(x * x + y * y) * kEarth;
}

// The worked example of the OS guide (annex C2): TG 51409 13177.
TEST(OsgbTest, InverseProjectionMatchesTheOrdnanceSurveysWorkedExample) {
  const LatLong p = GridToOsgb36(651409.903, 313177.270);
  EXPECT_NEAR(p.latitude, Dms(52, 39, 27.2531), 1e-7);
  EXPECT_NEAR(p.longitude, Dms(1, 43, 4.5177), 1e-7);
}

TEST(OsgbTest, TheSamePointInWgs84IsWithinTenMetres) {
  // 52°39'28.72"N 1°42'57.79"E: the OS example after the Helmert shift.
  const LatLong wgs = GridToWgs84(651409.903, 313177.270);
  EXPECT_LT(Metres(wgs, {Dms(52, 39, 28.72), Dms(1, 42, 57.79)}), 10.0);
  // The shift itself is about 100 m in Britain: the test would see it missing.
  EXPECT_GT(Metres(wgs, GridToOsgb36(651409.903, 313177.270)), 50.0);
}

TEST(OsgbTest, TheTrueOriginIsFortyNineNorthTwoWest) {
  const LatLong origin = GridToOsgb36(400000, -100000);
  EXPECT_NEAR(origin.latitude, 49.0, 1e-9);
  EXPECT_NEAR(origin.longitude, -2.0, 1e-9);
}

}  // namespace
}  // namespace osgb_test
}  // namespace lw::directory

#include "domain/directory/osgb.h"

#include <cmath>
#include <numbers>

namespace lw::directory {
namespace {

constexpr double kPi = std::numbers::pi;
constexpr double Radians(double degrees) { return degrees * kPi / 180.0; }
constexpr double Degrees(double radians) { return radians * 180.0 / kPi; }

// Airy 1830, and the National Grid's projection.
constexpr double kAiryA = 6377563.396;
constexpr double kAiryB = 6356256.909;
constexpr double kF0 = 0.9996012717;
constexpr double kLat0 = Radians(49.0);
constexpr double kLon0 = Radians(-2.0);
constexpr double kE0 = 400000.0;
constexpr double kN0 = -100000.0;

// GRS80 / WGS84.
constexpr double kWgsA = 6378137.0;
constexpr double kWgsB = 6356752.3141;

// The meridional arc from the true origin to latitude `lat` (annex C1).
double Meridional(double lat) {
  const double n = (kAiryA - kAiryB) / (kAiryA + kAiryB);
  const double n2 = n * n;
  const double n3 = n2 * n;
  const double d = lat - kLat0;
  const double s = lat + kLat0;
  return kAiryB * kF0 *
         ((1 + n + 1.25 * n2 + 1.25 * n3) * d -
          (3 * n + 3 * n2 + 2.625 * n3) * std::sin(d) * std::cos(s) +
          (1.875 * n2 + 1.875 * n3) * std::sin(2 * d) * std::cos(2 * s) -
          (35.0 / 24.0) * n3 * std::sin(3 * d) * std::cos(3 * s));
}

struct Cartesian {
  double x, y, z;
};

Cartesian ToCartesian(LatLong p, double a, double b) {
  const double lat = Radians(p.latitude);
  const double lon = Radians(p.longitude);
  const double e2 = 1 - (b * b) / (a * a);
  const double nu = a / std::sqrt(1 - e2 * std::sin(lat) * std::sin(lat));
  return {nu * std::cos(lat) * std::cos(lon), nu * std::cos(lat) * std::sin(lon),
          (1 - e2) * nu * std::sin(lat)};
}

LatLong FromCartesian(Cartesian c, double a, double b) {
  const double e2 = 1 - (b * b) / (a * a);
  const double p = std::sqrt(c.x * c.x + c.y * c.y);
  double lat = std::atan2(c.z, p * (1 - e2));
  for (int i = 0; i < 10; ++i) {
    const double nu = a / std::sqrt(1 - e2 * std::sin(lat) * std::sin(lat));
    lat = std::atan2(c.z + e2 * nu * std::sin(lat), p);
  }
  return {Degrees(lat), Degrees(std::atan2(c.y, c.x))};
}

}  // namespace

LatLong GridToOsgb36(double easting, double northing) {
  const double a = kAiryA;
  const double b = kAiryB;
  const double e2 = 1 - (b * b) / (a * a);
  double lat = kLat0;
  double m = 0;
  do {
    lat = (northing - kN0 - m) / (a * kF0) + lat;
    m = Meridional(lat);
  } while (std::abs(northing - kN0 - m) >= 0.00001);  // 0.01 mm

  const double sin_lat = std::sin(lat);
  const double cos_lat = std::cos(lat);
  const double tan_lat = std::tan(lat);
  const double nu = a * kF0 / std::sqrt(1 - e2 * sin_lat * sin_lat);
  const double rho = a * kF0 * (1 - e2) / std::pow(1 - e2 * sin_lat * sin_lat, 1.5);
  const double eta2 = nu / rho - 1;
  const double t2 = tan_lat * tan_lat;
  const double t4 = t2 * t2;
  const double t6 = t4 * t2;
  const double sec = 1 / cos_lat;

  const double vii = tan_lat / (2 * rho * nu);
  const double viii = tan_lat / (24 * rho * std::pow(nu, 3)) * (5 + 3 * t2 + eta2 - 9 * t2 * eta2);
  const double ix = tan_lat / (720 * rho * std::pow(nu, 5)) * (61 + 90 * t2 + 45 * t4);
  const double x = sec / nu;
  const double xi = sec / (6 * std::pow(nu, 3)) * (nu / rho + 2 * t2);
  const double xii = sec / (120 * std::pow(nu, 5)) * (5 + 28 * t2 + 24 * t4);
  const double xiia = sec / (5040 * std::pow(nu, 7)) * (61 + 662 * t2 + 1320 * t4 + 720 * t6);

  const double de = easting - kE0;
  const double de2 = de * de;
  const double de3 = de2 * de;
  const double de4 = de2 * de2;
  const double de5 = de4 * de;
  const double de6 = de4 * de2;
  const double de7 = de6 * de;
  return {Degrees(lat - vii * de2 + viii * de4 - ix * de6),
          Degrees(kLon0 + x * de - xi * de3 + xii * de5 - xiia * de7)};
}

LatLong Osgb36ToWgs84(LatLong osgb36) {
  // OSGB36 to WGS84 (the inverse of the guide's WGS84 to OSGB36 parameters).
  constexpr double tx = 446.448;
  constexpr double ty = -125.157;
  constexpr double tz = 542.060;
  constexpr double s = 20.4894e-6;  // scale, ppm
  constexpr double rx = Radians(0.1502 / 3600);
  constexpr double ry = Radians(0.2470 / 3600);
  constexpr double rz = Radians(0.8421 / 3600);
  const Cartesian c = ToCartesian(osgb36, kAiryA, kAiryB);
  const double k = 1 - s;  // the guide's s is -20.4894 ppm for this direction
  const Cartesian w{tx + k * c.x - rz * c.y + ry * c.z, ty + rz * c.x + k * c.y - rx * c.z,
                    tz - ry * c.x + rx * c.y + k * c.z};
  return FromCartesian(w, kWgsA, kWgsB);
}

LatLong GridToWgs84(double easting, double northing) {
  return Osgb36ToWgs84(GridToOsgb36(easting, northing));
}

}  // namespace lw::directory

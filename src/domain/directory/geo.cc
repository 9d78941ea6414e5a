#include "domain/directory/geo.h"

#include <cmath>
#include <cstdio>
#include <numbers>

namespace lw::directory {

double DistanceMetres(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = std::numbers::pi / 180.0;
  const double phi1 = lat1 * kRad;
  const double phi2 = lat2 * kRad;
  const double dphi = (lat2 - lat1) * kRad;
  const double dlambda = (lon2 - lon1) * kRad;
  const double s1 = std::sin(dphi / 2);
  const double s2 = std::sin(dlambda / 2);
  const double a = s1 * s1 + std::cos(phi1) * std::cos(phi2) * s2 * s2;
  return 2 * kEarthRadiusMetres * std::asin(std::sqrt(std::fmin(1.0, a)));
}

bool IsValidCoordinate(double latitude, double longitude) {
  return latitude >= -90.0 && latitude <= 90.0 && longitude >= -180.0 && longitude <= 180.0;
}

std::string FormatDistance(double metres) {
  char buf[32];
  if (metres < 100) return "less than 100 m";
  if (metres < 995) {
    std::snprintf(buf, sizeof buf, "%ld m", std::lround(metres / 10.0) * 10);
  } else if (metres < 9950) {
    std::snprintf(buf, sizeof buf, "%.1f km", metres / 1000.0);
  } else {
    std::snprintf(buf, sizeof buf, "%ld km", std::lround(metres / 1000.0));
  }
  return buf;
}

}  // namespace lw::directory

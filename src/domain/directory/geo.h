// Distances on the Earth's surface, for "near a postcode" in the directory.
//
// Haversine on a sphere of the mean Earth radius (6,371,008.8 m, IUGG):
// within 0.5% of the ellipsoid at UK distances, which is far finer than a
// postcode centroid. Degrees in, metres out.
//
// Thread-safety: pure functions.
#pragma once

#include <string>

namespace lw::directory {

inline constexpr double kEarthRadiusMetres = 6371008.8;

double DistanceMetres(double lat1, double lon1, double lat2, double lon2);

// True for a latitude in [-90, 90] and a longitude in [-180, 180] (and not NaN).
bool IsValidCoordinate(double latitude, double longitude);

// For people: "less than 100 m", "350 m" (to 10 m), "1.2 km", "12 km" (whole km
// from 10 km).
std::string FormatDistance(double metres);

}  // namespace lw::directory

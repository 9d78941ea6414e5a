// Ordnance Survey National Grid (OSGB36) eastings and northings to WGS84
// latitude and longitude, for OS Code-Point Open (issue 7): the inverse
// transverse Mercator projection on the Airy 1830 ellipsoid (OS "A Guide to
// Coordinate Systems in Great Britain", annex C), then the seven-parameter
// Helmert transformation from OSGB36 to WGS84 (annex 6.6, accurate to about
// 5 metres: ample for distances between postcodes; OSTN15 would do better
// and is not needed).
//
// Thread-safety: pure functions.
#pragma once

namespace lw::directory {

struct LatLong {
  double latitude = 0;   // degrees, north positive
  double longitude = 0;  // degrees, east positive
};

// The OSGB36 latitude and longitude of a grid position (metres).
LatLong GridToOsgb36(double easting, double northing);
// OSGB36 latitude and longitude to WGS84 (Helmert).
LatLong Osgb36ToWgs84(LatLong osgb36);
// Both: a grid position to WGS84.
LatLong GridToWgs84(double easting, double northing);

}  // namespace lw::directory

// The postcode directory in the store port (issue 7): where each postcode
// is, so the directory can measure distance from a person's postcode. Loaded
// at deployment from the ONS Postcode Directory or OS Code-Point Open
// (`livingwell import postcodes FILE`), or the demo's small fixture; never
// fetched at run time.
//
// Contract:
//  - `postcode` is normalised (domain/people/postcode.h ParsePostcode:
//    "SK14 2QR"); the store does not check it (the import does).
//  - Coordinates are WGS84 degrees, kept to six decimal places (about
//    10 cm): every store rounds them so, with `RoundDegrees`, so that all
//    stores answer the same.
//  - `PutPostcodes` inserts or replaces each point (an upsert by postcode);
//    `FindPostcode` is nullopt for a postcode the store does not have.
//
// Thread-safety: plain values; the calls belong to StoreTx (store.h).
#pragma once

#include <cmath>
#include <cstdint>
#include <string>

namespace lw {

struct PostcodePoint {
  std::string postcode;  // normalised: "SK14 2QR"
  double latitude = 0;
  double longitude = 0;
  bool operator==(const PostcodePoint&) const = default;
};

// Degrees as whole millionths (what the SQL stores keep), and back.
inline std::int64_t ToMicrodegrees(double degrees) { return std::llround(degrees * 1e6); }
inline double FromMicrodegrees(std::int64_t micro) { return static_cast<double>(micro) / 1e6; }
inline double RoundDegrees(double degrees) { return FromMicrodegrees(ToMicrodegrees(degrees)); }

}  // namespace lw

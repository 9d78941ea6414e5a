// Reading postcode files (issue 7): one line at a time, so a 2.7 million
// line ONS Postcode Directory never sits in memory. Three layouts:
//  - kFixture: our own (data/postcodes/fixture.csv): a header
//    `postcode,latitude,longitude` (columns in any order), WGS84 degrees.
//  - kOnsPostcodeDirectory: the ONS Postcode Directory (ONSPD) CSV, with a
//    header naming `pcds`, `lat` and `long` (and `doterm`). A row with no
//    grid reference (lat 99.999999) or terminated (doterm set) is skipped.
//  - kCodePointOpen: OS Code-Point Open CSV: no header; postcode, positional
//    quality, eastings, northings, ... (OSGB36 metres, converted by
//    osgb.h). A row with no position (quality 90, or 0 0) is skipped.
//
// Contract:
//  - `DetectPostcodeLayout(first_line)` says which layout a file is from
//    its first line, and whether that line is a header; kInvalidArgument
//    saying what it expected when it is none of them.
//  - `ParsePostcodeLine(layout, line)` reads one line: a point (postcode
//    normalised by ParsePostcode, coordinates in WGS84 degrees), skipped
//    (with why), or rejected (with a reason for the operator: a bad
//    postcode, a number that is not one, a place outside the UK's bounds of
//    domain/directory/validate.h). Never fails otherwise; any text is safe.
//  - Fields may be quoted ("SK14 2QR"), with "" for a quote inside; blank
//    lines are skipped.
//
// Thread-safety: pure functions over plain values.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "domain/ports/postcodes.h"

namespace lw::directory {

enum class PostcodeFileKind { kFixture, kOnsPostcodeDirectory, kCodePointOpen };
std::string_view PostcodeFileKindName(PostcodeFileKind kind);  // "ONS Postcode Directory"

struct PostcodeLayout {
  PostcodeFileKind kind = PostcodeFileKind::kFixture;
  bool first_line_is_header = true;
  std::size_t postcode = 0;    // column of the postcode
  std::size_t latitude = 1;    // fixture and ONSPD: latitude; Code-Point: eastings
  std::size_t longitude = 2;   // fixture and ONSPD: longitude; Code-Point: northings
  std::size_t terminated = 0;  // ONSPD: doterm's column
  bool has_terminated = false;
  std::size_t quality = 1;  // Code-Point: positional quality
};

Result<PostcodeLayout> DetectPostcodeLayout(std::string_view first_line);

enum class LineOutcome { kPoint, kSkipped, kRejected };

struct ParsedPostcodeLine {
  LineOutcome outcome = LineOutcome::kRejected;
  PostcodePoint point;  // for kPoint
  std::string reason;   // for kSkipped and kRejected
};

ParsedPostcodeLine ParsePostcodeLine(const PostcodeLayout& layout, std::string_view line);

// The fields of one CSV line (RFC 4180 quoting; no line breaks in fields).
std::vector<std::string> SplitCsvLine(std::string_view line);

}  // namespace lw::directory

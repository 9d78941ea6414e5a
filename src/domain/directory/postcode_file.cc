#include "domain/directory/postcode_file.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <utility>

#include "domain/directory/osgb.h"
#include "domain/directory/validate.h"
#include "domain/people/postcode.h"

namespace lw::directory {
namespace {

std::string Lower(std::string text) {
  std::ranges::transform(text, text.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return text;
}

std::string Trimmed(std::string_view text) {
  const auto b = text.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const auto e = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(b, e - b + 1));
}

std::optional<double> Number(std::string_view text) {
  const std::string t = Trimmed(text);
  if (t.empty()) return std::nullopt;
  double value = 0;
  const char* end = t.data() + t.size();
  auto [ptr, ec] = std::from_chars(t.data(), end, value);
  if (ec != std::errc() || ptr != end || !std::isfinite(value)) return std::nullopt;
  return value;
}

// A shortened copy of hostile or long text for a message.
std::string Shown(std::string_view text) {
  std::string out;
  for (char c : text.substr(0, 40)) {
    auto u = static_cast<unsigned char>(c);
    out.push_back(u < 0x20 || u == 0x7f ? '?' : c);
  }
  if (text.size() > 40) out += "...";
  return out;
}

std::optional<std::size_t> Column(const std::vector<std::string>& header, std::string_view name) {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (Lower(Trimmed(header[i])) == name) return i;
  }
  return std::nullopt;
}

ParsedPostcodeLine Rejected(std::string reason) {
  return {.outcome = LineOutcome::kRejected, .point = {}, .reason = std::move(reason)};
}
ParsedPostcodeLine Skipped(std::string reason) {
  return {.outcome = LineOutcome::kSkipped, .point = {}, .reason = std::move(reason)};
}

}  // namespace

std::string_view PostcodeFileKindName(PostcodeFileKind kind) {
  switch (kind) {
    case PostcodeFileKind::kFixture:
      return "postcode,latitude,longitude";
    case PostcodeFileKind::kOnsPostcodeDirectory:
      return "ONS Postcode Directory";
    case PostcodeFileKind::kCodePointOpen:
      return "OS Code-Point Open";
  }
  return "postcode,latitude,longitude";
}

std::vector<std::string> SplitCsvLine(std::string_view line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back().push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back().push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c != '\r' && c != '\n') {
      fields.back().push_back(c);
    }
  }
  return fields;
}

Result<PostcodeLayout> DetectPostcodeLayout(std::string_view first_line) {
  const std::vector<std::string> fields = SplitCsvLine(first_line);
  if (auto pcds = Column(fields, "pcds")) {
    auto lat = Column(fields, "lat");
    auto lon = Column(fields, "long");
    if (!lat || !lon) {
      return Fail(ErrorCode::kInvalidArgument,
                  "an ONS Postcode Directory file needs the columns pcds, lat and long");
    }
    auto doterm = Column(fields, "doterm");
    return PostcodeLayout{.kind = PostcodeFileKind::kOnsPostcodeDirectory,
                          .first_line_is_header = true,
                          .postcode = *pcds,
                          .latitude = *lat,
                          .longitude = *lon,
                          .terminated = doterm.value_or(0),
                          .has_terminated = doterm.has_value()};
  }
  if (auto postcode = Column(fields, "postcode")) {
    auto lat = Column(fields, "latitude");
    auto lon = Column(fields, "longitude");
    if (!lat || !lon) {
      return Fail(ErrorCode::kInvalidArgument,
                  "a postcode file with a header needs the columns postcode, latitude and "
                  "longitude");
    }
    return PostcodeLayout{.kind = PostcodeFileKind::kFixture,
                          .first_line_is_header = true,
                          .postcode = *postcode,
                          .latitude = *lat,
                          .longitude = *lon};
  }
  // Code-Point Open: no header; a postcode, a quality and two whole numbers.
  if (fields.size() >= 4 && ParsePostcode(fields[0]) && Number(fields[2]) && Number(fields[3])) {
    return PostcodeLayout{.kind = PostcodeFileKind::kCodePointOpen,
                          .first_line_is_header = false,
                          .postcode = 0,
                          .latitude = 2,
                          .longitude = 3,
                          .quality = 1};
  }
  return Fail(ErrorCode::kInvalidArgument,
              "not a postcode file this can read: expected the ONS Postcode Directory (a header "
              "with pcds, lat and long), OS Code-Point Open (no header: postcode, quality, "
              "eastings, northings, ...) or a header postcode,latitude,longitude");
}

ParsedPostcodeLine ParsePostcodeLine(const PostcodeLayout& layout, std::string_view line) {
  if (Trimmed(line).empty()) return Skipped("blank line");
  const std::vector<std::string> fields = SplitCsvLine(line);
  std::size_t needed = std::max({layout.postcode, layout.latitude, layout.longitude});
  if (layout.kind == PostcodeFileKind::kCodePointOpen) needed = std::max(needed, layout.quality);
  if (fields.size() <= needed) {
    return Rejected("expected at least " + std::to_string(needed + 1) + " columns, found " +
                    std::to_string(fields.size()));
  }
  auto postcode = ParsePostcode(fields[layout.postcode]);
  if (!postcode) return Rejected("not a postcode: '" + Shown(fields[layout.postcode]) + "'");

  if (layout.kind == PostcodeFileKind::kOnsPostcodeDirectory && layout.has_terminated &&
      layout.terminated < fields.size() && !Trimmed(fields[layout.terminated]).empty()) {
    return Skipped(*postcode + " is terminated");
  }
  auto first = Number(fields[layout.latitude]);
  auto second = Number(fields[layout.longitude]);
  if (!first || !second) {
    return Rejected(*postcode + ": coordinates are not numbers ('" +
                    Shown(fields[layout.latitude]) + "', '" + Shown(fields[layout.longitude]) +
                    "')");
  }
  LatLong where{.latitude = *first, .longitude = *second};
  if (layout.kind == PostcodeFileKind::kOnsPostcodeDirectory && *first > 99.0) {
    return Skipped(*postcode + " has no grid reference");
  }
  if (layout.kind == PostcodeFileKind::kCodePointOpen) {
    if (Trimmed(fields[layout.quality]) == "90" || (*first == 0 && *second == 0)) {
      return Skipped(*postcode + " has no position");
    }
    if (*first < 0 || *first > 700000 || *second < 0 || *second > 1300000) {
      return Rejected(*postcode + ": eastings and northings outside the National Grid");
    }
    where = GridToWgs84(*first, *second);
  }
  if (where.latitude < kMinLatitude || where.latitude > kMaxLatitude ||
      where.longitude < kMinLongitude || where.longitude > kMaxLongitude) {
    return Rejected(*postcode + ": outside the UK (" + Shown(fields[layout.latitude]) + ", " +
                    Shown(fields[layout.longitude]) + ")");
  }
  return {.outcome = LineOutcome::kPoint,
          .point = {.postcode = *postcode,
                    .latitude = RoundDegrees(where.latitude),
                    .longitude = RoundDegrees(where.longitude)},
          .reason = {}};
}

}  // namespace lw::directory

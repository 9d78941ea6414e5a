// Codec for warm introductions (domain/network/warm_introduction.h), kept
// like the team's records (team_records.h). Index: team_id the introducing
// team; owner_id the livingwell organisation whose network partners answer
// it ("" when none), so a partner's list is one indexed read; open while
// made or in touch; sort_key when it was made (unix microseconds); linked
// to the person introduced.
#pragma once

#include <string>
#include <string_view>

#include "domain/network/warm_introduction.h"
#include "storage/records/team_records.h"

namespace lw::records {

template <>
struct Codec<WarmIntroduction> {
  using T = WarmIntroduction;
  static constexpr RecordKind kKind = RecordKind::kWarmIntroduction;
  static std::string Encode(const T& value);
  static Result<T> Decode(std::string_view body);
  static RecordIndex Index(const T& value);
  static const std::string& Id(const T& value) { return value.id; }
  static long long Version(const T& value) { return value.version; }
  static void SetVersion(T& value, long long version) { value.version = version; }
};

}  // namespace lw::records

#include "domain/network/unmet_need.h"

namespace lw::records {

// Gaps in provision (domain/network/unmet_need.h). Index: team_id the team
// that noted it; owner_id who noted it; open unless recorded in error;
// sort_key the day it was noted (days since 1970-01-01, so a period is one
// range read); linked to the person.
template <>
struct Codec<UnmetNeed> {
  using T = UnmetNeed;
  static constexpr RecordKind kKind = RecordKind::kUnmetNeed;
  static std::string Encode(const T& value);
  static Result<T> Decode(std::string_view body);
  static RecordIndex Index(const T& value);
  static const std::string& Id(const T& value) { return value.id; }
  static long long Version(const T& value) { return value.version; }
  static void SetVersion(T& value, long long version) { value.version = version; }
};

}  // namespace lw::records

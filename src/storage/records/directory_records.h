// Codec<DirectoryOrganisation> and Codec<DirectoryService>: the directory of
// the Living Well Network and Community (domain/directory/directory.h) in
// the store's generic, versioned record table, beside the team's records
// (team_records.h, whose contract and templates they share: include this
// header and use records::Create / Update / Get / List / History).
//
// Directory entries are not records about people: they link nobody.
// Index (README.md):
//  - DirectoryOrganisation: team_id "", owner_id "", open true, sort_key 0.
//  - DirectoryService: team_id "", owner_id the organisation's id, open when
//    status is active and the version is published, sort_key 0.
// Members that an entry may well lack (other_terms, languages, notes, wait,
// neighbourhoods, publication, a place's accessibility ...) read with their
// default when absent. Boost.JSON stays in directory_record.cc.
#pragma once

#include <string>
#include <string_view>

#include "domain/directory/directory.h"
#include "storage/records/team_records.h"

namespace lw::records {

template <>
struct Codec<directory::DirectoryOrganisation> {
  using T = directory::DirectoryOrganisation;
  static constexpr RecordKind kKind = RecordKind::kDirectoryOrganisation;
  static std::string Encode(const T& value);
  static Result<T> Decode(std::string_view body);
  static RecordIndex Index(const T& value);
  static const std::string& Id(const T& value) { return value.id; }
  static long long Version(const T& value) { return value.version; }
  static void SetVersion(T& value, long long version) { value.version = version; }
};

template <>
struct Codec<directory::DirectoryService> {
  using T = directory::DirectoryService;
  static constexpr RecordKind kKind = RecordKind::kDirectoryService;
  static std::string Encode(const T& value);
  static Result<T> Decode(std::string_view body);
  static RecordIndex Index(const T& value);
  static const std::string& Id(const T& value) { return value.id; }
  static long long Version(const T& value) { return value.version; }
  static void SetVersion(T& value, long long version) { value.version = version; }
};

}  // namespace lw::records

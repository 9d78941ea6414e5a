// The Living Well team's records in the store's generic, versioned record
// table (domain/ports/records.h): episodes of support, contacts, concerns,
// team decisions, people's fuller details, staff posts and break-glass
// grants. Each is kept as one JSON text (StoredRecord::body, opaque to the
// store) beside the index the store filters and sorts on, as ADR 0006 does
// for introductions.
//
// `Codec<T>` says, for one record type, which RecordKind it is, how its
// whole value (id and version included) is written and read, and what its
// index holds (README.md lists each type's index):
//  - `Decode(Encode(x)) == x` for every x.
//  - `Decode` of a body this build cannot read (not JSON, a missing or
//    mistyped member, an enum key it does not know) is kInternal, with a
//    message naming the member: only this code writes bodies, so it is a
//    bug or a newer build's record, never the user's input. Members added
//    after a type's first version are read with a default when absent.
//  - Enums are stored by their stable *Key() strings, Dates as "YYYY-MM-DD",
//    Timestamps as unix microseconds, an empty optional as null.
//
// The functions below are the whole way services keep these records:
//  - `Create` stores `value` as version 1 and `Update` stores `next` as the
//    version after the one stored, each with the StoreTx's errors
//    (kInvalidArgument, kAlreadyExists; kConflict carrying the stored
//    version, kNotFound; kUnavailable ...).
//  - `Get` is nullopt for no such record; `Get`, `List` and `History` are
//    the StoreTx's errors, or kInternal for a body that does not decode or
//    names another id than its row. The version they return is the stored
//    row's (authoritative), whatever the body says.
//  - `List` lists records of Codec<T>::kKind (it sets filter.kind), without
//    asking the store for their links (filter.with_links): the bodies hold
//    the same facts.
//
// Boost.JSON stays in this folder's .cc files. Thread-safety: the codecs
// are pure functions; the templates use the StoreTx given, on its thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/error.h"
#include "domain/access/break_glass.h"
#include "domain/org/staffing.h"
#include "domain/people/person.h"
#include "domain/people/person_details.h"
#include "domain/ports/records.h"
#include "domain/ports/store.h"
#include "domain/team/concern.h"
#include "domain/team/contact.h"
#include "domain/team/episode.h"
#include "domain/team/team_decision.h"

namespace lw::records {

template <typename T>
struct Codec;

// Each specialisation has the same members; Encode, Decode and Index are
// defined in the type's .cc (episode_record.cc ...), the accessors here.
template <>
struct Codec<Episode> {
  static constexpr RecordKind kKind = RecordKind::kEpisode;
  static std::string Encode(const Episode& value);
  static Result<Episode> Decode(std::string_view body);
  static RecordIndex Index(const Episode& value);
  static const std::string& Id(const Episode& value) { return value.id; }
  static long long Version(const Episode& value) { return value.version; }
  static void SetVersion(Episode& value, long long version) { value.version = version; }
};

template <>
struct Codec<Contact> {
  static constexpr RecordKind kKind = RecordKind::kContact;
  static std::string Encode(const Contact& value);
  static Result<Contact> Decode(std::string_view body);
  static RecordIndex Index(const Contact& value);
  static const std::string& Id(const Contact& value) { return value.id; }
  static long long Version(const Contact& value) { return value.version; }
  static void SetVersion(Contact& value, long long version) { value.version = version; }
};

template <>
struct Codec<Concern> {
  static constexpr RecordKind kKind = RecordKind::kConcern;
  static std::string Encode(const Concern& value);
  static Result<Concern> Decode(std::string_view body);
  static RecordIndex Index(const Concern& value);
  static const std::string& Id(const Concern& value) { return value.id; }
  static long long Version(const Concern& value) { return value.version; }
  static void SetVersion(Concern& value, long long version) { value.version = version; }
};

template <>
struct Codec<TeamDecision> {
  static constexpr RecordKind kKind = RecordKind::kTeamDecision;
  static std::string Encode(const TeamDecision& value);
  static Result<TeamDecision> Decode(std::string_view body);
  static RecordIndex Index(const TeamDecision& value);
  static const std::string& Id(const TeamDecision& value) { return value.id; }
  static long long Version(const TeamDecision& value) { return value.version; }
  static void SetVersion(TeamDecision& value, long long version) { value.version = version; }
};

template <>
struct Codec<PersonDetailsRecord> {
  static constexpr RecordKind kKind = RecordKind::kPersonDetails;
  static std::string Encode(const PersonDetailsRecord& value);
  static Result<PersonDetailsRecord> Decode(std::string_view body);
  static RecordIndex Index(const PersonDetailsRecord& value);
  static const std::string& Id(const PersonDetailsRecord& value) { return value.person_id; }
  static long long Version(const PersonDetailsRecord& value) { return value.version; }
  static void SetVersion(PersonDetailsRecord& value, long long version) { value.version = version; }
};

template <>
struct Codec<StaffPost> {
  static constexpr RecordKind kKind = RecordKind::kStaffPost;
  static std::string Encode(const StaffPost& value);
  static Result<StaffPost> Decode(std::string_view body);
  static RecordIndex Index(const StaffPost& value);
  static const std::string& Id(const StaffPost& value) { return value.id; }
  static long long Version(const StaffPost& value) { return value.version; }
  static void SetVersion(StaffPost& value, long long version) { value.version = version; }
};

template <>
struct Codec<BreakGlass> {
  static constexpr RecordKind kKind = RecordKind::kBreakGlass;
  static std::string Encode(const BreakGlass& value);
  static Result<BreakGlass> Decode(std::string_view body);
  static RecordIndex Index(const BreakGlass& value);
  static const std::string& Id(const BreakGlass& value) { return value.id; }
  static long long Version(const BreakGlass& value) { return value.version; }
  static void SetVersion(BreakGlass& value, long long version) { value.version = version; }
};

// One stored version of a record and who made it, when and why.
template <typename T>
struct Versioned {
  T value;
  ChangeMeta change;
};

namespace internal {

template <typename T>
StoredRecord ToStored(const T& value) {
  return StoredRecord{.kind = Codec<T>::kKind,
                      .id = Codec<T>::Id(value),
                      .version = Codec<T>::Version(value),
                      .index = Codec<T>::Index(value),
                      .body = Codec<T>::Encode(value)};
}

// Decodes a stored body, checks it is the record `id` names and takes the
// stored version.
template <typename T>
Result<T> FromStored(std::string_view id, long long version, std::string_view body) {
  Result<T> value = Codec<T>::Decode(body);
  if (!value) return value;
  if (Codec<T>::Id(*value) != id) {
    return Fail(ErrorCode::kInternal, "stored " + std::string(RecordKindKey(Codec<T>::kKind)) +
                                          " '" + std::string(id) + "' holds the body of '" +
                                          Codec<T>::Id(*value) + "'");
  }
  Codec<T>::SetVersion(*value, version);
  return value;
}

}  // namespace internal

template <typename T>
Status Create(StoreTx& tx, const T& value, const ChangeMeta& change) {
  return tx.CreateRecord(internal::ToStored(value), change);
}

template <typename T>
Status Update(StoreTx& tx, const T& next, const ChangeMeta& change) {
  return tx.UpdateRecord(internal::ToStored(next), change);
}

template <typename T>
Result<std::optional<T>> Get(StoreTx& tx, std::string_view id) {
  Result<std::optional<StoredRecord>> stored = tx.GetRecord(Codec<T>::kKind, id);
  if (!stored) return Fail(std::move(stored.error()));
  if (!stored->has_value()) return std::optional<T>();
  const StoredRecord& row = **stored;
  Result<T> value = internal::FromStored<T>(row.id, row.version, row.body);
  if (!value) return Fail(std::move(value.error()));
  return std::optional<T>(std::move(*value));
}

template <typename T>
Result<std::vector<T>> List(StoreTx& tx, RecordFilter filter) {
  filter.kind = Codec<T>::kKind;
  filter.with_links = false;  // the bodies hold them
  Result<std::vector<StoredRecord>> stored = tx.ListRecords(filter);
  if (!stored) return Fail(std::move(stored.error()));
  std::vector<T> out;
  out.reserve(stored->size());
  for (const StoredRecord& row : *stored) {
    Result<T> value = internal::FromStored<T>(row.id, row.version, row.body);
    if (!value) return Fail(std::move(value.error()));
    out.push_back(std::move(*value));
  }
  return out;
}

template <typename T>
Result<std::vector<Versioned<T>>> History(StoreTx& tx, std::string_view id) {
  Result<std::vector<StoredRecordVersion>> stored = tx.ListRecordVersions(Codec<T>::kKind, id);
  if (!stored) return Fail(std::move(stored.error()));
  std::vector<Versioned<T>> out;
  out.reserve(stored->size());
  for (const StoredRecordVersion& row : *stored) {
    Result<T> value = internal::FromStored<T>(id, row.version, row.body);
    if (!value) return Fail(std::move(value.error()));
    out.push_back(Versioned<T>{.value = std::move(*value), .change = row.change});
  }
  return out;
}

}  // namespace lw::records

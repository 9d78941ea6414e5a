// Concern: a worry about a person, raised to the daily huddle by anyone in
// the team, so that the team holds the risk together rather than one person
// carrying it alone.
//
// Anyone may raise one and every concern counts the same. The role of the
// person who raised it (`raised_by_role`) is recorded for the record's
// history only: nothing in livingwell weights, sorts, filters or hides a
// concern by it, so a peer worker's concern sits on the huddle board exactly
// as a psychiatrist's does ("you wouldn't know which professional is
// which"). Who may raise one at all is the access policy's question
// (domain/access/policy.h), asked by the service, not this type's.
//
// Lifecycle (anything else is refused):
//
//   open --ResolveConcern--> resolved
//
// A resolved concern stays resolved: if the worry comes back, someone
// raises a new concern, so the board shows it as new.
//
// `Concern` is a plain value, never overwritten: each change returns the
// next version (version + 1) and the store keeps them all, refusing a change
// based on anything but the latest (kConflict). `CheckConcernInvariants`
// aborts (LW_CHECK) on an impossible value; it runs after every change.
//
// Failure contract: `RaiseConcern` and `ResolveConcern` return
// kInvalidArgument with one FieldError per bad field (named as form fields)
// when the data is bad, and ResolveConcern returns kFailedPrecondition when
// the concern is already resolved. On failure the input is untouched. Text
// is trimmed and otherwise kept as written (escaping is the page's job).
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/clock.h"
#include "base/error.h"
#include "domain/access/role.h"

namespace lw {

// Longest concern text, and longest note on how it was resolved, in
// characters.
inline constexpr std::size_t kMaxConcernText = 2000;

enum class ConcernStatus : std::uint8_t { kOpen, kResolved };
inline constexpr std::array<ConcernStatus, 2> kAllConcernStatuses = {ConcernStatus::kOpen,
                                                                     ConcernStatus::kResolved};
std::string_view ConcernStatusKey(ConcernStatus status);          // "resolved"
std::string_view ConcernStatusDisplayName(ConcernStatus status);  // "Resolved"
std::optional<ConcernStatus> ParseConcernStatus(std::string_view key);

// What a member of the team writes when raising a concern.
struct ConcernDraft {
  std::string team_id;
  std::string person_id;  // the person the concern is about
  std::string raised_by_user_id;
  Role raised_by_role = Role::kPractitioner;  // recorded only: see the header comment
  Timestamp raised_at;
  std::string text;  // what is worrying them, in their words
};

struct ConcernResolution {
  Timestamp at;
  std::string by_user_id;
  std::string how;  // what happened: "Spoke to her today; staying with her sister this week"
  bool operator==(const ConcernResolution&) const = default;
};

struct Concern {
  std::string id;  // assigned by the caller after RaiseConcern
  long long version = 0;
  std::string team_id;
  std::string person_id;
  std::string raised_by_user_id;
  Role raised_by_role = Role::kPractitioner;  // recorded only: never weights or filters
  Timestamp raised_at;
  std::string text;
  ConcernStatus status = ConcernStatus::kOpen;
  std::optional<ConcernResolution> resolution;  // set exactly when resolved

  bool IsOpen() const { return status == ConcernStatus::kOpen; }
  bool operator==(const Concern&) const = default;
};

// Aborts (LW_CHECK) if `concern` breaks an invariant:
//  - version >= 1; text, person and who raised it are not empty;
//  - resolved <=> resolution set; a resolution is not before the concern
//    was raised and names who resolved it and how.
void CheckConcernInvariants(const Concern& concern);

// A new, open concern at version 1 (id empty: the caller assigns it).
// Needs the team, the person, who raised it and the text (at most
// kMaxConcernText characters). Any role is accepted.
Result<Concern> RaiseConcern(ConcernDraft draft);

// Open -> resolved. Needs who resolved it, how (at most kMaxConcernText
// characters) and a time not before the concern was raised.
Result<Concern> ResolveConcern(const Concern& concern, ConcernResolution resolution);

}  // namespace lw

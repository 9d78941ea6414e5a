// Team records in the store port: episodes of support, contacts, concerns,
// team decisions, a person's fuller details, staff posts and break-glass
// grants (issue 5), kept by one generic, versioned table pair so that every
// store implements them once.
//
// Contract:
//  - A record is (kind, id), versioned like an introduction (ADR 0006):
//    `CreateRecord` stores version 1 (kInvalidArgument for any other
//    version; kAlreadyExists if (kind, id) is taken); `UpdateRecord` stores
//    version N+1 only if the stored version is N, else kConflict carrying
//    the stored version (kNotFound if there is no such record). No call
//    overwrites or deletes a version.
//  - `body` is the whole record, encoded by storage/records (opaque to the
//    store, which keeps it byte for byte). `index` holds the values lists
//    filter and sort on, copied from the record by the same code; the store
//    keeps the index of the current version only.
//  - `links` name the people a record is about, each with a flag (for a
//    contact: they attended; otherwise true). `ListRecords` with a
//    person_id finds records linking that person; `LatestFlagged` answers,
//    for each person, the greatest sort key among records of a kind that
//    link them with the flag set (for contacts: when each was last seen).
//  - Lists are ordered by sort_key then id (ascending, or both descending
//    when `newest_first`), at most `limit` (kInvalidArgument if negative);
//    listed records carry their links unless the filter says `with_links`
//    false.
//  - References are not checked by the store (a record may name a person,
//    team or user the store does not have): the services check them.
//
// Thread-safety: plain values; the calls belong to StoreTx (store.h).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/people/person.h"

namespace lw {

enum class RecordKind : std::uint8_t {
  kEpisode,
  kContact,
  kConcern,
  kTeamDecision,
  kPersonDetails,
  kStaffPost,
  kBreakGlass,
  // Issue 6: the person's own plan, goals, Wheel of Life check-ins and
  // questionnaire responses.
  kPlan,
  kGoal,
  kWheelCheckIn,
  kQuestionnaireResponse,
  // Issue 7: the directory of the Living Well Network and Community
  // (domain/directory). Not records about people: no links.
  kDirectoryOrganisation,
  kDirectoryService,
  // Issue 7: warm introductions into the network (domain/network); linked
  // to the person they introduce.
  kWarmIntroduction,
  // Issue 7, peer matching (domain/peers): a member of staff's sharing
  // profile (no links), a person's wish for a peer mentor (links them).
  kSharingProfile,
  kPeerMentorWish,
  // Issue 7, gaps in provision (domain/network/unmet_need.h): a need that
  // found no service; links the person.
  kUnmetNeed,
  // Issue 7, reminders by email (domain/network/outbox.h): a message waiting
  // to be sent, or sent; no links (it holds no personal data).
  kOutboxMessage,
};
inline constexpr std::array<RecordKind, 18> kAllRecordKinds = {RecordKind::kEpisode,
                                                               RecordKind::kContact,
                                                               RecordKind::kConcern,
                                                               RecordKind::kTeamDecision,
                                                               RecordKind::kPersonDetails,
                                                               RecordKind::kStaffPost,
                                                               RecordKind::kBreakGlass,
                                                               RecordKind::kPlan,
                                                               RecordKind::kGoal,
                                                               RecordKind::kWheelCheckIn,
                                                               RecordKind::kQuestionnaireResponse,
                                                               RecordKind::kDirectoryOrganisation,
                                                               RecordKind::kDirectoryService,
                                                               RecordKind::kWarmIntroduction,
                                                               RecordKind::kSharingProfile,
                                                               RecordKind::kPeerMentorWish,
                                                               RecordKind::kUnmetNeed,
                                                               RecordKind::kOutboxMessage};

// Stable keys, stored: "episode", "contact", "concern", "team-decision",
// "person-details", "staff-post", "break-glass", "plan", "goal",
// "wheel-check-in", "questionnaire-response", "directory-organisation",
// "directory-service", "warm-introduction", "sharing-profile",
// "peer-mentor-wish", "unmet-need", "outbox-message".
std::string_view RecordKindKey(RecordKind kind);
std::optional<RecordKind> ParseRecordKind(std::string_view key);

struct RecordLink {
  std::string person_id;
  bool flag = true;
  bool operator==(const RecordLink&) const = default;
};

struct RecordIndex {
  std::string team_id;   // "" when it belongs to no team
  std::string owner_id;  // a user: keyworker, who does it, who raised it ...; "" none
  bool open = true;      // active episode, open concern, undone decision, current post
  std::int64_t sort_key = 0;
  std::vector<RecordLink> links;
  bool operator==(const RecordIndex&) const = default;
};

struct StoredRecord {
  RecordKind kind = RecordKind::kEpisode;
  std::string id;
  long long version = 0;
  RecordIndex index;
  std::string body;
  bool operator==(const StoredRecord&) const = default;
};

// One version as it was stored: its number, body, and who/when/why.
struct StoredRecordVersion {
  long long version = 0;
  std::string body;
  ChangeMeta change;
};

struct RecordFilter {
  RecordKind kind = RecordKind::kEpisode;
  std::string team_id;    // "": any
  std::string owner_id;   // "": any
  std::string person_id;  // "": any; else records linking this person
  bool open_only = false;
  std::optional<std::int64_t> sort_from;  // inclusive
  std::optional<std::int64_t> sort_to;    // exclusive
  bool newest_first = false;
  int limit = 1000;
  // false: the records come with index.links empty, and the store does not
  // read them (records::List decodes the bodies, which hold the same facts).
  bool with_links = true;
};

}  // namespace lw

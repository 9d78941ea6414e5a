// Contact: something that happened between the Living Well team and one or
// more people supported - a visit, a call, a video call, a text, an email, a
// letter, a group session - including one that was missed or cancelled.
//
// Several staff, from different organisations in the network, may share one
// contact (a keyworker and a peer worker from a partner charity, say). A
// contact with two or more people is a group session; each person's
// attendance is recorded separately, and each may be linked to their episode
// of support.
//
// `Contact` is a plain value. It is never overwritten: a correction is a new
// version (version + 1) of the same id, and the store keeps them all,
// refusing a correction based on anything but the latest (kConflict).
// `CheckContactInvariants` aborts if a value breaks the rules below;
// `RecordContact` and `CorrectContact` run it on what they return, so a bug
// cannot store an impossible contact.
//
// Rules (checked by ValidateContact, with a FieldError named after the form
// field for each one broken, at most one per field):
//  - occurred_at  is set. If anyone attended or did not attend, it is no later
//                 than `now` plus kContactClockTolerance (5 minutes, for a
//                 worker's clock a little ahead of ours); a contact cancelled
//                 for everyone may be in the future (cancelled in advance).
//  - duration_minutes  1..720 when anyone attended. When nobody attended
//                 (did not attend or cancelled) no time was spent with anyone,
//                 so whatever was entered is ignored and stored as 0.
//  - staff        at least one; each has a user and an organisation; no user
//                 twice (even under two organisations).
//  - people       at least one; each has a person id and a known attendance;
//                 nobody twice. The episode id is optional ("" when none).
//  - mode         a known ContactMode.
//  - place        as contact_vocabulary.h's table: required for face-to-face
//                 (and not online); online for video (filled in when left
//                 empty); none for phone, text, email or letter.
//  - group_session_name  optional, at most 100 characters, and only for a
//                 group session (two or more people).
//  - note         optional, at most 4000 characters.
// Text and ids are trimmed; text is otherwise kept as written ("<script>"
// stays; pages escape it) and refused if it is not UTF-8 or holds control
// characters.
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "domain/team/contact_vocabulary.h"

namespace lw {

inline constexpr int kMaxContactMinutes = 720;  // 12 hours
inline constexpr std::size_t kMaxContactNoteChars = 4000;
inline constexpr std::size_t kMaxGroupSessionNameChars = 100;
inline constexpr std::chrono::minutes kContactClockTolerance{5};

// A member of staff who took part, and the organisation they took part for.
struct ContactStaff {
  std::string user_id;
  std::string organisation_id;
  bool operator==(const ContactStaff&) const = default;
};

// A person supported who was expected at, or took part in, the contact.
struct ContactPerson {
  std::string person_id;
  std::string episode_id;  // their episode of support, "" when none
  Attendance attendance = Attendance::kAttended;
  bool operator==(const ContactPerson&) const = default;
};

// Fields are in the order a person reads the record, not packed by size.
struct Contact {  // NOLINT(clang-analyzer-optin.performance.Padding)
  std::string id;
  long long version = 0;

  Timestamp occurred_at;     // when it happened, or was to happen if cancelled
  int duration_minutes = 0;  // 0 when nobody attended
  std::vector<ContactStaff> staff;
  std::vector<ContactPerson> people;  // two or more: a group session
  ContactMode mode = ContactMode::kFaceToFace;
  std::optional<ContactPlace> place;  // see contact_vocabulary.h
  std::string group_session_name;     // "Walk and talk, Hyde Park"; "" when none
  std::string note;

  bool operator==(const Contact&) const = default;
};

// Normalises `draft` in place (trims, fills video's place, zeroes the
// duration when nobody attended) and checks it against the rules above.
// Returns Ok, or kInvalidArgument with one FieldError per field broken, in
// form order. Does not touch id or version. `draft` may be partly
// normalised on failure.
Status ValidateContact(Contact& draft, Timestamp now);

// A new contact: validated, version 1. The caller assigns `id` afterwards
// (it comes from randomness, which the domain does not hold). On failure,
// ValidateContact's error.
Result<Contact> RecordContact(Contact draft, Timestamp now);

// A correction of `current`: `corrected` validated, with current's id and
// version + 1. On failure, ValidateContact's error. (A correction based on
// an older version is refused by the store, which knows the latest.)
Result<Contact> CorrectContact(const Contact& current, Contact corrected, Timestamp now);

// Aborts (LW_CHECK) if `contact` breaks an invariant: version >= 1; at least
// one staff member and one person, no blank or repeated ids; the place fits
// the mode; duration 1..720 when anyone attended, else 0; a group session
// name only with two or more people; note and name within their lengths.
void CheckContactInvariants(const Contact& contact);

// Whether `person_id` is among the people and attended.
bool Attended(const Contact& contact, std::string_view person_id);
// Whether anyone attended.
bool AnyoneAttended(const Contact& contact);
// Two or more people (whatever their attendance).
bool IsGroupSession(const Contact& contact);

}  // namespace lw

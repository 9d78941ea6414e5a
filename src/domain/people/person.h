// Person: the record of someone supported by Living Well.
//
// Versioning contract: a person's record is never overwritten. Every change
// is a new version (1, 2, 3 ...) with who made it, when and why; the store
// keeps every version and refuses a change based on anything but the
// latest (kConflict, carrying the current version).
//
// `ValidatePerson` checks a draft and normalises it (postcode, NHS number);
// it returns kInvalidArgument with one FieldError per bad field, so a form
// can show all problems at once.
#pragma once

#include <optional>
#include <string>

#include "base/clock.h"
#include "base/dates.h"
#include "base/error.h"

namespace lw {

inline constexpr std::size_t kMaxNameLength = 100;
inline constexpr std::size_t kMaxReasonLength = 500;

struct Person {
  std::string id;
  long long version = 0;
  std::string team_id;  // the team that holds the record
  std::string given_name;
  std::string family_name;
  std::string preferred_name;  // optional: what they like to be called
  std::optional<Date> date_of_birth;
  std::string postcode;    // normalised, optional
  std::string nhs_number;  // ten digits, optional

  // The name to greet someone by.
  const std::string& CallName() const {
    return preferred_name.empty() ? given_name : preferred_name;
  }
};

// Who made a change to a versioned record, when, and why.
struct ChangeMeta {
  std::string changed_by;  // user id
  Timestamp changed_at;
  std::string reason;  // e.g. "Created at the front door", "Corrected date of birth"
};

struct PersonVersion {
  Person person;  // person.version is this version's number
  ChangeMeta change;
};

// Validates and normalises `draft` in place. `today` is the UK date now.
Status ValidatePerson(Person& draft, Date today);

}  // namespace lw

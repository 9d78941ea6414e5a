// PersonDetails: the rest of a person's record, beside `Person` (person.h):
// legal name, pronouns, address, how and when to contact them safely, GP
// practice, the people in their corner, languages and communication needs,
// and equality monitoring (equality_record.h). Every part is optional: a
// record starts with what the front door knew and grows as trust does.
//
// Versioning: PersonDetails holds no id or version of its own; it is stored
// as a PersonDetailsRecord beside its Person, keyed by the person's id, and
// every change is a new version of that record.
//
// `ValidatePersonDetails` checks and normalises in place and reports every
// problem at once: kInvalidArgument with one FieldError per bad field. Text
// is trimmed (frontdoor/text_field.h: length in characters, no control
// characters); the postcode is normalised ("SK14 1AA"); the GP practice
// code is upper-cased; common pronouns are spelt one way ("she/her").
//
// Form field names. A field of the record is named as its member, with the
// struct's prefix where it has one: "legal_given_name", "pronouns",
// "address_line_1", "address_postcode", "gp_practice_ods_code",
// "safe_contact_notes", "interpreter_needed", "communication_needs". Contact
// preferences use the front door's names ("contact_methods", "phone",
// "email", "safe_times"); equality answers "equality_<question>..."
// (equality_record.h). A list item's field is "<item>_<index>_<member>":
// "corner_0_name", "corner_2_phone", "language_1_main", where <item> is
// "corner" (people_in_corner) or "language" (languages) and <index> counts
// from 0 in the list after normalising. A problem with a whole list is on
// the list's member name: "people_in_corner", "languages".
//
// Normalising a list drops entries that are entirely blank (an empty "add
// another" row) before anything is numbered, so a page re-shows the form
// from the normalised details and each error sits on the row it names.
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "domain/frontdoor/introduction.h"
#include "domain/people/equality_record.h"

namespace lw {

inline constexpr std::size_t kMaxPronounsLength = 40;
inline constexpr std::size_t kMaxPeopleInCorner = 30;
inline constexpr std::size_t kMaxLanguages = 10;
inline constexpr std::size_t kMaxLanguageLength = 60;

// The name on official documents, when it differs from the name the record
// is known by (Person::given_name / family_name). Both empty = the same.
struct LegalName {
  std::string given_name;
  std::string family_name;
  bool operator==(const LegalName&) const = default;
};

// Offered on forms; anything else up to kMaxPronounsLength may be typed.
std::span<const std::string_view> CommonPronouns();  // "she/her", "he/him", "they/them"

struct Address {
  std::string line_1;
  std::string line_2;
  std::string town;
  std::string postcode;  // normalised "SK14 1AA", or ""
  bool operator==(const Address&) const = default;
};

struct GpPractice {
  std::string name;      // "Hyde Medical Centre"
  std::string ods_code;  // the practice's ODS code, "P84012", or ""
  bool operator==(const GpPractice&) const = default;
};

// ODS GP practice codes are one letter and five digits ("P84012"). Accepts
// any case and surrounding spaces; returns the code upper-cased, or
// kInvalidArgument. It does not check that the practice exists.
Result<std::string> ParseGpPracticeCode(std::string_view text);

// How someone in the person's corner is connected to them.
enum class CornerRelationship : std::uint8_t { kFamily, kFriend, kCarer, kNeighbour, kOther };
inline constexpr std::array<CornerRelationship, 5> kAllCornerRelationships = {
    CornerRelationship::kFamily, CornerRelationship::kFriend, CornerRelationship::kCarer,
    CornerRelationship::kNeighbour, CornerRelationship::kOther};
std::string_view CornerRelationshipKey(CornerRelationship r);          // "neighbour"
std::string_view CornerRelationshipDisplayName(CornerRelationship r);  // "Neighbour"
std::optional<CornerRelationship> ParseCornerRelationship(std::string_view key);

// Someone in the person's corner: family, friends, carers, neighbours.
struct CornerPerson {
  std::string id;  // stable within the record; "" for a new entry (the caller assigns one)
  std::string name;
  CornerRelationship relationship = CornerRelationship::kFamily;
  std::string relationship_detail;  // "Sister", "Mum's neighbour"; needed for kOther
  bool is_carer = false;            // an unpaid carer for the person; always true for kCarer
  bool may_contact = false;         // the person agrees we may contact them: no unless they say
  std::string phone;
  std::string email;
  std::string notes;
  bool operator==(const CornerPerson&) const = default;
};

struct Language {
  std::string name;  // as the person says it, "Polish", "British Sign Language", or an ISO 639 code
  bool main = false;
  bool operator==(const Language&) const = default;
};

struct PersonDetails {
  LegalName legal_name;
  std::string pronouns;  // "" when not known
  Address address;
  // Unlike an introduction's, methods may be empty here: the person may ask
  // not to be contacted, or to be seen only in person.
  ContactPreferences contact;
  std::string safe_contact_notes;  // "Do not call when her partner is home"
  GpPractice gp_practice;
  std::vector<CornerPerson> people_in_corner;
  std::vector<Language> languages;
  std::optional<bool> interpreter_needed;  // nullopt: not asked
  std::string communication_needs;         // "Easy Read letters; hard of hearing on the phone"
  EqualityRecord equality;
  bool operator==(const PersonDetails&) const = default;
};

// Checks and normalises `details` in place (see the header comment for the
// field names). Rules beyond lengths and formats:
//  - a legal name, if given, has both parts;
//  - an address with only a second line has it moved to the first;
//  - phone or text needs a phone number, email an email address; contact
//    methods are de-duplicated;
//  - someone in the corner needs a name, and how they are connected when
//    that is "other"; a kCarer is a carer; at most kMaxPeopleInCorner;
//    ids, where given, are unique;
//  - languages are unique (ignoring case); at most one is the main one; at
//    most kMaxLanguages;
//  - an interpreter needs a main language, the one to interpret: a single
//    language listed becomes the main one.
// The fuller record as stored beside the person (one per person, versioned
// like every record about people).
struct PersonDetailsRecord {
  std::string person_id;
  long long version = 0;
  PersonDetails details;
  bool operator==(const PersonDetailsRecord&) const = default;
};

Status ValidatePersonDetails(PersonDetails& details);

}  // namespace lw

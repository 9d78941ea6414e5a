// Checks on a directory entry before it is stored (issue 7): what an
// administrator or a partner typed, or an import read from a feed.
//
// Contract:
//  - `ValidateOrganisation` and `ValidateService` return Ok, or
//    kInvalidArgument ("There is a problem") with one FieldError per bad
//    field, all of them, in the order of the value's fields. A field is
//    named by its path in the value: "name", "contact.email",
//    "eligibility.minimum_age", "opening[2].closes_at", "places[0].postcode".
//    Messages are sentences for the person who typed it.
//  - Neither changes the value: call `NormaliseOrganisation` /
//    `NormaliseService` first to trim text, lower-case ids and write
//    postcodes in their normal form ("sk14 2qr" -> "SK14 2QR"), so that
//    what validates is what is stored.
//  - Text is kept verbatim otherwise ("<script>" included: escaping is the
//    page's and the API's job); only text that is not UTF-8 or holds control
//    characters (tab and new line allowed in long texts) is refused.
//
// The rules (each tested in validate_test.cc):
//  - ids (the entry's, organisation_id, each place's) are lower-case UUIDs.
//  - name 1..kMaxNameChars; description <= kMaxDescriptionChars; shorter
//    texts (cost, notes, names of places ...) have their own limits below.
//  - contact: email local@domain.tld; website an absolute http(s) URL (never
//    javascript:, data: ...); phone digits, spaces, "+", "(", ")" and "-"
//    only, 3 to 15 digits (short numbers such as 116 123 are real).
//  - eligibility: ages 0..120, minimum <= maximum when both are given.
//  - opening: weekday 0..6, 0 <= opens_at < closes_at <= 1440.
//  - places: latitude and longitude both or neither, within the UK
//    (49..61 N, -9..2.5 E); a postcode, when given, is a UK postcode
//    (domain/people/postcode.h); at most kMaxPlaces; ids unique.
//  - at most kMaxNeeds needs; no need, language, neighbourhood or place
//    named twice.
//
// Thread-safety: pure functions.
#pragma once

#include <cstddef>

#include "base/error.h"
#include "domain/directory/directory.h"

namespace lw::directory {

inline constexpr std::size_t kMaxNameChars = 200;
inline constexpr std::size_t kMaxDescriptionChars = 5000;
inline constexpr std::size_t kMaxShortTextChars = 200;  // cost, a place's name, a term ...
inline constexpr std::size_t kMaxNoteChars = 2000;      // how to introduce, eligibility, notes
inline constexpr std::size_t kMaxUrlChars = 2000;
inline constexpr std::size_t kMaxPlaces = 50;
inline constexpr std::size_t kMaxNeeds = 30;
inline constexpr std::size_t kMaxListItems = 50;  // languages, terms, openings, accessibility ...
inline constexpr int kMaxAge = 120;
inline constexpr int kMaxWaitDays = 3650;

// The UK's bounds for a place's coordinates (WGS84 degrees).
inline constexpr double kMinLatitude = 49.0;
inline constexpr double kMaxLatitude = 61.0;
inline constexpr double kMinLongitude = -9.0;
inline constexpr double kMaxLongitude = 2.5;

void NormaliseOrganisation(DirectoryOrganisation& organisation);
void NormaliseService(DirectoryService& service);

Status ValidateOrganisation(const DirectoryOrganisation& organisation);
Status ValidateService(const DirectoryService& service);

}  // namespace lw::directory

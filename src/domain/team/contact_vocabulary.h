// The fixed vocabularies of a contact: how it happened (mode), where it
// happened (place), and how each person supported took part (attendance).
//
// Contract: each enum has a stable machine key (`...Key`, used in the store,
// forms and the API; never renamed once released), a display name in plain
// English (`...DisplayName`), and `Parse...`, which returns nullopt for any
// key it does not know (callers turn that into a field error). Keys are
// lower-case and hyphenated, as the front door's are.
//
// Where a contact happened only means something when the worker and the
// person were together, or met on screen. The rule (`PlaceFitsMode`):
//
//   mode                         place
//   face-to-face                 required: home, community-venue, clinic or outdoors
//   video                        online (and only online)
//   phone, text, email, letter   none
//
// Thread-safety: pure functions over constant tables.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace lw {

enum class ContactMode : std::uint8_t { kFaceToFace, kPhone, kVideo, kText, kEmail, kLetter };
inline constexpr std::array<ContactMode, 6> kAllContactModes = {
    ContactMode::kFaceToFace, ContactMode::kPhone, ContactMode::kVideo,
    ContactMode::kText,       ContactMode::kEmail, ContactMode::kLetter};
std::string_view ContactModeKey(ContactMode mode);          // "face-to-face"
std::string_view ContactModeDisplayName(ContactMode mode);  // "Face to face"
std::optional<ContactMode> ParseContactMode(std::string_view key);

enum class ContactPlace : std::uint8_t { kHome, kCommunityVenue, kClinic, kOutdoors, kOnline };
inline constexpr std::array<ContactPlace, 5> kAllContactPlaces = {
    ContactPlace::kHome, ContactPlace::kCommunityVenue, ContactPlace::kClinic,
    ContactPlace::kOutdoors, ContactPlace::kOnline};
std::string_view ContactPlaceKey(ContactPlace place);          // "community-venue"
std::string_view ContactPlaceDisplayName(ContactPlace place);  // "At a community venue"
std::optional<ContactPlace> ParseContactPlace(std::string_view key);

enum class Attendance : std::uint8_t {
  kAttended,            // took part (including arriving late but being seen)
  kDidNotAttend,        // expected, did not come and did not say
  kCancelledByPerson,   // the person called it off beforehand
  kCancelledByService,  // the team called it off beforehand
};
inline constexpr std::array<Attendance, 4> kAllAttendances = {
    Attendance::kAttended, Attendance::kDidNotAttend, Attendance::kCancelledByPerson,
    Attendance::kCancelledByService};
std::string_view AttendanceKey(Attendance attendance);          // "did-not-attend"
std::string_view AttendanceDisplayName(Attendance attendance);  // "Did not attend"
std::optional<Attendance> ParseAttendance(std::string_view key);

// Attended or did-not-attend: the time has come, so it cannot be in the
// future. Cancellations may be recorded ahead of the time they cancel.
bool HasHappened(Attendance attendance);

// Whether a face-to-face contact needs a place, and which places each mode
// allows (the table above). `place` nullopt means "none given".
bool ModeNeedsPlace(ContactMode mode);
bool PlaceFitsMode(ContactMode mode, std::optional<ContactPlace> place);

}  // namespace lw

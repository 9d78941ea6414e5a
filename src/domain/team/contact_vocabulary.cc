#include "domain/team/contact_vocabulary.h"

#include <cstddef>

namespace lw {
namespace {

// One row per enum value, in enum order; the tables are the single place a
// key or display name is written.
template <typename E>
struct Names {
  E value;
  std::string_view key;
  std::string_view display;
};

// Out-of-range values (a bad cast) get an empty key rather than a read past
// the table: validation reports them as unknown.
template <typename E, std::size_t N>
Names<E> Row(const std::array<Names<E>, N>& table, E value) {
  auto i = static_cast<std::size_t>(value);
  if (i >= N) return {value, "", ""};
  return table[i];
}

template <typename E, std::size_t N>
std::optional<E> Parse(const std::array<Names<E>, N>& table, std::string_view key) {
  for (const auto& row : table) {
    if (row.key == key) return row.value;
  }
  return std::nullopt;
}

using M = ContactMode;
constexpr std::array<Names<M>, 6> kModes = {{
    {M::kFaceToFace, "face-to-face", "Face to face"},
    {M::kPhone, "phone", "Phone call"},
    {M::kVideo, "video", "Video call"},
    {M::kText, "text", "Text message"},
    {M::kEmail, "email", "Email"},
    {M::kLetter, "letter", "Letter"},
}};

using P = ContactPlace;
constexpr std::array<Names<P>, 5> kPlaces = {{
    {P::kHome, "home", "At home"},
    {P::kCommunityVenue, "community-venue", "At a community venue"},
    {P::kClinic, "clinic", "At a clinic"},
    {P::kOutdoors, "outdoors", "Outdoors"},
    {P::kOnline, "online", "Online"},
}};

using A = Attendance;
constexpr std::array<Names<A>, 4> kAttendances = {{
    {A::kAttended, "attended", "Attended"},
    {A::kDidNotAttend, "did-not-attend", "Did not attend"},
    {A::kCancelledByPerson, "cancelled-by-person", "Cancelled by the person"},
    {A::kCancelledByService, "cancelled-by-service", "Cancelled by the team"},
}};

}  // namespace

std::string_view ContactModeKey(M m) { return Row(kModes, m).key; }
std::string_view ContactModeDisplayName(M m) { return Row(kModes, m).display; }
std::optional<M> ParseContactMode(std::string_view key) { return Parse(kModes, key); }

std::string_view ContactPlaceKey(P p) { return Row(kPlaces, p).key; }
std::string_view ContactPlaceDisplayName(P p) { return Row(kPlaces, p).display; }
std::optional<P> ParseContactPlace(std::string_view key) { return Parse(kPlaces, key); }

std::string_view AttendanceKey(A a) { return Row(kAttendances, a).key; }
std::string_view AttendanceDisplayName(A a) { return Row(kAttendances, a).display; }
std::optional<A> ParseAttendance(std::string_view key) { return Parse(kAttendances, key); }

bool HasHappened(A a) { return a == A::kAttended || a == A::kDidNotAttend; }

bool ModeNeedsPlace(M m) { return m == M::kFaceToFace; }

bool PlaceFitsMode(M m, std::optional<P> place) {
  switch (m) {
    case M::kFaceToFace:
      return place.has_value() && *place != P::kOnline && !ContactPlaceKey(*place).empty();
    case M::kVideo:
      return place == P::kOnline;
    case M::kPhone:
    case M::kText:
    case M::kEmail:
    case M::kLetter:
      return !place.has_value();
  }
  return false;
}

}  // namespace lw

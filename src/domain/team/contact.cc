#include "domain/team/contact.h"

#include <algorithm>
#include <set>
#include <utility>

#include "base/check.h"
#include "domain/frontdoor/text_field.h"

namespace lw {
namespace {

using Errors = std::vector<FieldError>;

bool AnyoneHasHappened(const Contact& c) {
  return std::any_of(c.people.begin(), c.people.end(),
                     [](const ContactPerson& p) { return HasHappened(p.attendance); });
}

void CheckOccurredAt(const Contact& c, Timestamp now, Errors& errors) {
  if (c.occurred_at == Timestamp{}) {
    errors.push_back({"occurred_at", "Enter when the contact happened"});
  } else if (AnyoneHasHappened(c) && c.occurred_at > now + kContactClockTolerance) {
    errors.push_back(
        {"occurred_at", "When the contact happened must be in the past, unless it was cancelled"});
  }
}

void CheckDuration(Contact& c, Errors& errors) {
  if (!AnyoneAttended(c)) {
    c.duration_minutes = 0;  // nobody was there: no time with anyone to count
    return;
  }
  if (c.duration_minutes < 1) {
    errors.push_back({"duration_minutes", "Enter how long the contact lasted, in minutes"});
  } else if (c.duration_minutes > kMaxContactMinutes) {
    errors.push_back({"duration_minutes", "A contact can last at most 720 minutes (12 hours)"});
  }
}

void CheckStaff(Contact& c, Errors& errors) {
  if (c.staff.empty()) {
    errors.push_back({"staff", "Add at least one member of staff who took part"});
    return;
  }
  std::set<std::string, std::less<>> seen;
  for (ContactStaff& s : c.staff) {
    s.user_id = TrimText(s.user_id);
    s.organisation_id = TrimText(s.organisation_id);
    if (s.user_id.empty() || s.organisation_id.empty()) {
      errors.push_back({"staff", "Choose each member of staff and the organisation they are from"});
      return;
    }
    if (!seen.insert(s.user_id).second) {
      errors.push_back({"staff", "Add each member of staff only once"});
      return;
    }
  }
}

void CheckPeople(Contact& c, Errors& errors) {
  if (c.people.empty()) {
    errors.push_back({"people", "Add the person, or people, the contact was with"});
    return;
  }
  std::set<std::string, std::less<>> seen;
  for (ContactPerson& p : c.people) {
    p.person_id = TrimText(p.person_id);
    p.episode_id = TrimText(p.episode_id);
    if (p.person_id.empty()) {
      errors.push_back({"people", "Choose each person the contact was with"});
      return;
    }
    if (AttendanceKey(p.attendance).empty()) {
      errors.push_back({"people", "Select whether each person attended"});
      return;
    }
    if (!seen.insert(p.person_id).second) {
      errors.push_back({"people", "Add each person only once"});
      return;
    }
  }
}

void CheckModeAndPlace(Contact& c, Errors& errors) {
  if (ContactModeKey(c.mode).empty()) {
    errors.push_back({"mode", "Select how the contact happened"});
    return;
  }
  if (c.place && ContactPlaceKey(*c.place).empty()) {
    errors.push_back({"place", "Select where the contact happened from the list"});
    return;
  }
  if (c.mode == ContactMode::kVideo && !c.place) c.place = ContactPlace::kOnline;
  if (PlaceFitsMode(c.mode, c.place)) return;
  switch (c.mode) {
    case ContactMode::kFaceToFace:
      errors.push_back({"place", c.place ? "A face-to-face contact is not online: choose where "
                                           "you met, or choose video as how it happened"
                                         : "Select where the contact happened"});
      return;
    case ContactMode::kVideo:
      errors.push_back({"place", "A video call happens online"});
      return;
    default:
      errors.push_back({"place",
                        "Only face-to-face and video contacts have a place: leave "
                        "where empty"});
      return;
  }
}

void CheckGroupSession(Contact& c, Errors& errors) {
  std::size_t before = errors.size();
  CheckText(c.group_session_name,
            {"group_session_name", "Group session name", kMaxGroupSessionNameChars}, errors);
  if (errors.size() == before && !c.group_session_name.empty() && !IsGroupSession(c)) {
    errors.push_back({"group_session_name",
                      "A group session has two or more people: add the others, or clear the "
                      "group session name"});
  }
}

}  // namespace

Status ValidateContact(Contact& c, Timestamp now) {
  Errors errors;
  CheckOccurredAt(c, now, errors);
  CheckDuration(c, errors);
  CheckStaff(c, errors);
  CheckPeople(c, errors);
  CheckModeAndPlace(c, errors);
  CheckGroupSession(c, errors);
  CheckText(c.note, {"note", "Note", kMaxContactNoteChars}, errors);
  return FieldErrors(std::move(errors));
}

Result<Contact> RecordContact(Contact draft, Timestamp now) {
  if (auto ok = ValidateContact(draft, now); !ok) return Fail(std::move(ok.error()));
  draft.version = 1;
  CheckContactInvariants(draft);
  return draft;
}

Result<Contact> CorrectContact(const Contact& current, Contact corrected, Timestamp now) {
  if (auto ok = ValidateContact(corrected, now); !ok) return Fail(std::move(ok.error()));
  corrected.id = current.id;
  corrected.version = current.version + 1;
  CheckContactInvariants(corrected);
  return corrected;
}

void CheckContactInvariants(const Contact& c) {
  LW_CHECK(c.version >= 1);
  LW_CHECK(!c.staff.empty());
  LW_CHECK(!c.people.empty());
  std::set<std::string_view> users;
  for (const ContactStaff& s : c.staff) {
    LW_CHECK(!s.user_id.empty() && !s.organisation_id.empty());
    LW_CHECK(users.insert(s.user_id).second);
  }
  std::set<std::string_view> people;
  for (const ContactPerson& p : c.people) {
    LW_CHECK(!p.person_id.empty());
    LW_CHECK(people.insert(p.person_id).second);
  }
  LW_CHECK(PlaceFitsMode(c.mode, c.place));
  if (AnyoneAttended(c)) {
    LW_CHECK(c.duration_minutes >= 1 && c.duration_minutes <= kMaxContactMinutes);
  } else {
    LW_CHECK(c.duration_minutes == 0);
  }
  LW_CHECK(c.group_session_name.empty() || IsGroupSession(c));
  LW_CHECK(Utf8Length(c.group_session_name) <= kMaxGroupSessionNameChars);
  LW_CHECK(Utf8Length(c.note) <= kMaxContactNoteChars);
}

bool Attended(const Contact& c, std::string_view person_id) {
  return std::any_of(c.people.begin(), c.people.end(), [&](const ContactPerson& p) {
    return p.person_id == person_id && p.attendance == Attendance::kAttended;
  });
}

bool AnyoneAttended(const Contact& c) {
  return std::any_of(c.people.begin(), c.people.end(),
                     [](const ContactPerson& p) { return p.attendance == Attendance::kAttended; });
}

bool IsGroupSession(const Contact& c) { return c.people.size() >= 2; }

}  // namespace lw

// Codec<Contact>: a contact with the staff who took part and each person's
// attendance.
#include "storage/records/json_reader.h"
#include "storage/records/team_records.h"

namespace lw::records {
namespace {

namespace json = boost::json;
using internal::Micros;
using internal::Reader;

}  // namespace

std::string Codec<Contact>::Encode(const Contact& c) {
  json::array staff;
  for (const ContactStaff& s : c.staff) {
    staff.emplace_back(json::object{{"user", s.user_id}, {"organisation_id", s.organisation_id}});
  }
  json::array people;
  for (const ContactPerson& p : c.people) {
    people.emplace_back(json::object{{"person_id", p.person_id},
                                     {"episode_id", p.episode_id},
                                     {"attendance", AttendanceKey(p.attendance)}});
  }
  json::object o{
      {"id", c.id},
      {"version", c.version},
      {"occurred_at", Micros(c.occurred_at)},
      {"duration_minutes", c.duration_minutes},
      {"staff", std::move(staff)},
      {"people", std::move(people)},
      {"mode", ContactModeKey(c.mode)},
      {"place", c.place ? json::value(ContactPlaceKey(*c.place)) : nullptr},
      {"group_session_name", c.group_session_name},
      {"note", c.note},
  };
  return json::serialize(o);
}

Result<Contact> Codec<Contact>::Decode(std::string_view body) {
  return internal::DecodeRecord<Contact>(body, "contact", [](Reader& r) {
    return Contact{
        .id = r.Text("id"),
        .version = r.Int("version"),
        .occurred_at = r.Time("occurred_at"),
        .duration_minutes = r.SmallInt("duration_minutes"),
        .staff = r.List("staff",
                        [](Reader& s) {
                          return ContactStaff{.user_id = s.Text("user"),
                                              .organisation_id = s.Text("organisation_id")};
                        }),
        .people = r.List("people",
                         [](Reader& p) {
                           return ContactPerson{
                               .person_id = p.Text("person_id"),
                               .episode_id = p.Text("episode_id"),
                               .attendance = p.Enum<Attendance>("attendance", ParseAttendance)};
                         }),
        .mode = r.Enum<ContactMode>("mode", ParseContactMode),
        .place = r.OptEnum<ContactPlace>("place", ParseContactPlace),
        .group_session_name = r.Text("group_session_name"),
        .note = r.Text("note"),
    };
  });
}

RecordIndex Codec<Contact>::Index(const Contact& c) {
  RecordIndex index{.team_id = "",
                    .owner_id = "",
                    .open = true,
                    .sort_key = ToUnixMicros(c.occurred_at),
                    .links = {}};
  for (const ContactPerson& p : c.people) {
    index.links.push_back(
        {.person_id = p.person_id, .flag = p.attendance == Attendance::kAttended});
  }
  return index;
}

}  // namespace lw::records

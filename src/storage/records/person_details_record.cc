// Codec<PersonDetailsRecord>: the fuller record kept beside a person,
// keyed by the person's id.
#include "storage/records/json_reader.h"
#include "storage/records/team_records.h"

namespace lw::records {
namespace {

namespace json = boost::json;
using internal::Reader;

json::object Corner(const CornerPerson& c) {
  return {{"id", c.id},
          {"name", c.name},
          {"relationship", CornerRelationshipKey(c.relationship)},
          {"relationship_detail", c.relationship_detail},
          {"is_carer", c.is_carer},
          {"may_contact", c.may_contact},
          {"phone", c.phone},
          {"email", c.email},
          {"notes", c.notes}};
}

json::object Equality(const EqualityRecord& e) {
  json::object out;
  for (const auto& [question, a] : e.answers) {
    out[question] = json::object{
        {"option", a.option}, {"described", a.described}, {"kinds", internal::Strings(a.kinds)}};
  }
  return out;
}

json::object Details(const PersonDetails& d) {
  json::array methods;
  for (ContactMethod m : d.contact.methods) methods.emplace_back(ContactMethodKey(m));
  json::array corner;
  for (const CornerPerson& c : d.people_in_corner) corner.emplace_back(Corner(c));
  json::array languages;
  for (const Language& l : d.languages) {
    languages.emplace_back(json::object{{"name", l.name}, {"main", l.main}});
  }
  return {
      {"legal_name", json::object{{"given_name", d.legal_name.given_name},
                                  {"family_name", d.legal_name.family_name}}},
      {"pronouns", d.pronouns},
      {"address", json::object{{"line_1", d.address.line_1},
                               {"line_2", d.address.line_2},
                               {"town", d.address.town},
                               {"postcode", d.address.postcode}}},
      {"contact", json::object{{"methods", std::move(methods)},
                               {"phone", d.contact.phone},
                               {"email", d.contact.email},
                               {"may_leave_message", d.contact.may_leave_message},
                               {"safe_times", d.contact.safe_times}}},
      {"safe_contact_notes", d.safe_contact_notes},
      {"gp_practice",
       json::object{{"name", d.gp_practice.name}, {"ods_code", d.gp_practice.ods_code}}},
      {"people_in_corner", std::move(corner)},
      {"languages", std::move(languages)},
      {"interpreter_needed",
       d.interpreter_needed ? json::value(*d.interpreter_needed) : json::value(nullptr)},
      {"communication_needs", d.communication_needs},
      {"equality", Equality(d.equality)},
  };
}

CornerPerson ReadCorner(Reader& c) {
  return CornerPerson{
      .id = c.Text("id"),
      .name = c.Text("name"),
      .relationship = c.Enum<CornerRelationship>("relationship", ParseCornerRelationship),
      .relationship_detail = c.Text("relationship_detail"),
      .is_carer = c.Bool("is_carer"),
      .may_contact = c.Bool("may_contact"),
      .phone = c.Text("phone"),
      .email = c.Text("email"),
      .notes = c.Text("notes")};
}

EqualityRecord ReadEquality(Reader& r) {
  EqualityRecord out;
  r.EachMember("equality", [&out](std::string question, Reader& a) {
    out.answers.emplace(std::move(question), EqualityRecordAnswer{.option = a.Text("option"),
                                                                  .described = a.Text("described"),
                                                                  .kinds = a.Strings("kinds")});
  });
  return out;
}

PersonDetails ReadDetails(Reader& d) {
  return PersonDetails{
      .legal_name = d.Nested("legal_name",
                             [](Reader& n) {
                               return LegalName{.given_name = n.Text("given_name"),
                                                .family_name = n.Text("family_name")};
                             }),
      .pronouns = d.Text("pronouns"),
      .address = d.Nested("address",
                          [](Reader& a) {
                            return Address{.line_1 = a.Text("line_1"),
                                           .line_2 = a.Text("line_2"),
                                           .town = a.Text("town"),
                                           .postcode = a.Text("postcode")};
                          }),
      .contact = d.Nested("contact",
                          [](Reader& c) {
                            return ContactPreferences{
                                .methods = c.Enums<ContactMethod>("methods", ParseContactMethod),
                                .phone = c.Text("phone"),
                                .email = c.Text("email"),
                                .may_leave_message = c.Bool("may_leave_message"),
                                .safe_times = c.Text("safe_times")};
                          }),
      .safe_contact_notes = d.Text("safe_contact_notes"),
      .gp_practice = d.Nested("gp_practice",
                              [](Reader& g) {
                                return GpPractice{.name = g.Text("name"),
                                                  .ods_code = g.Text("ods_code")};
                              }),
      .people_in_corner = d.List("people_in_corner", ReadCorner),
      .languages = d.List(
          "languages",
          [](Reader& l) { return Language{.name = l.Text("name"), .main = l.Bool("main")}; }),
      .interpreter_needed = d.OptBool("interpreter_needed"),
      .communication_needs = d.Text("communication_needs"),
      .equality = ReadEquality(d),
  };
}

}  // namespace

std::string Codec<PersonDetailsRecord>::Encode(const PersonDetailsRecord& p) {
  json::object o{
      {"person_id", p.person_id},
      {"version", p.version},
      {"details", Details(p.details)},
  };
  return json::serialize(o);
}

Result<PersonDetailsRecord> Codec<PersonDetailsRecord>::Decode(std::string_view body) {
  return internal::DecodeRecord<PersonDetailsRecord>(body, "person's details", [](Reader& r) {
    return PersonDetailsRecord{.person_id = r.Text("person_id"),
                               .version = r.Int("version"),
                               .details = r.Nested("details", ReadDetails)};
  });
}

RecordIndex Codec<PersonDetailsRecord>::Index(const PersonDetailsRecord& p) {
  return RecordIndex{.team_id = "",
                     .owner_id = "",
                     .open = true,
                     .sort_key = 0,
                     .links = {{.person_id = p.person_id, .flag = true}}};
}

}  // namespace lw::records

// Reading a person's fuller details from JSON (team_json.h): the members
// DetailsJson writes. Problems inside a list entry are named as the domain
// names them ("corner_0_name", "language_1_main"), equality answers as
// ApiFieldName names them ("equality.sexual_orientation").
#include <utility>

#include "api/json_reader.h"
#include "api/team_json.h"

namespace lw::api {
namespace {

namespace json = boost::json;

void ReadCorner(JsonReader& r, std::vector<CornerPerson>& out) {
  const json::array* list = r.Array("people_in_corner", "people, each an object");
  if (list == nullptr) return;
  const std::string keys = KeysOf(kAllCornerRelationships, CornerRelationshipKey);
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string prefix = "corner_" + std::to_string(i) + "_";
    const json::object* o = (*list)[i].if_object();
    if (o == nullptr) {
      r.AddNamed(prefix + "name", "Each person in their corner must be an object");
      continue;
    }
    JsonReader each(*o, prefix);
    CornerPerson p;
    std::optional<CornerRelationship> relationship;
    each.Text("id", p.id);
    each.Text("name", p.name);
    each.Key("relationship", relationship, ParseCornerRelationship,
             "How they are connected must be one of " + keys);
    each.Text("relationship_detail", p.relationship_detail);
    each.Flag("is_carer", p.is_carer);
    each.Flag("may_contact", p.may_contact);
    each.Text("phone", p.phone);
    each.Text("email", p.email);
    each.Text("notes", p.notes);
    if (!each.Given("relationship")) {
      each.Add("relationship", "Choose how they are connected: one of " + keys);
    }
    p.relationship = relationship.value_or(CornerRelationship::kFamily);
    for (FieldError& e : each.Finish()) r.AddNamed(std::move(e.field), std::move(e.message));
    out.push_back(std::move(p));
  }
}

void ReadLanguages(JsonReader& r, std::vector<Language>& out) {
  const json::array* list = r.Array("languages", "languages, each {name, main}");
  if (list == nullptr) return;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string prefix = "language_" + std::to_string(i) + "_";
    const json::object* o = (*list)[i].if_object();
    if (o == nullptr) {
      r.AddNamed(prefix + "name", "Each language must be {name, main}");
      continue;
    }
    JsonReader each(*o, prefix);
    Language l;
    each.Text("name", l.name);
    each.Flag("main", l.main);
    for (FieldError& e : each.Finish()) r.AddNamed(std::move(e.field), std::move(e.message));
    out.push_back(std::move(l));
  }
}

// question -> "option", or {option, described, kinds}, or null (not asked).
void ReadEquality(JsonReader& r, EqualityRecord& out) {
  const json::object* answers = r.Object("equality", "an object of question to answer");
  if (answers == nullptr) return;
  for (const auto& [question, value] : *answers) {
    const std::string field = "equality." + std::string(question);
    EqualityRecordAnswer answer;
    if (value.is_null()) continue;
    if (const json::string* s = value.if_string()) {
      answer.option = std::string(*s);
    } else if (const json::object* o = value.if_object()) {
      JsonReader each(*o, {}, field);
      each.Text("option", answer.option);
      each.Text("described", answer.described);
      each.TextList("kinds", answer.kinds);
      auto errors = each.Finish();
      if (!errors.empty()) {
        for (FieldError& e : errors) r.AddNamed(std::move(e.field), std::move(e.message));
        continue;
      }
    } else {
      r.AddNamed(field, "Must be an option (text) or {option, described, kinds}");
      continue;
    }
    out.answers[std::string(question)] = std::move(answer);
  }
}

}  // namespace

Read<DetailsInput> ReadDetails(const json::object& body) {
  JsonReader r(body);
  DetailsInput input;
  PersonDetails& d = input.details;
  r.Present("person_id");  // sent back from DetailsJson: ignored
  r.Present("version");
  r.Text("legal_given_name", d.legal_name.given_name);
  r.Text("legal_family_name", d.legal_name.family_name);
  r.Text("pronouns", d.pronouns);
  r.Text("address_line_1", d.address.line_1);
  r.Text("address_line_2", d.address.line_2);
  r.Text("address_town", d.address.town);
  r.Text("address_postcode", d.address.postcode);
  std::vector<std::string> methods;
  r.TextList("contact_methods", methods);
  for (const std::string& m : methods) {
    if (auto method = ParseContactMethod(m)) {
      d.contact.methods.push_back(*method);
    } else {
      r.Add("contact_methods", "Contact methods must each be one of phone, text or email");
    }
  }
  r.Text("phone", d.contact.phone);
  r.Text("email", d.contact.email);
  r.Flag("may_leave_message", d.contact.may_leave_message);
  r.Text("safe_times", d.contact.safe_times);
  r.Text("safe_contact_notes", d.safe_contact_notes);
  r.Text("gp_practice_name", d.gp_practice.name);
  r.Text("gp_practice_ods_code", d.gp_practice.ods_code);
  ReadCorner(r, d.people_in_corner);
  ReadLanguages(r, d.languages);
  r.OptionalFlag("interpreter_needed", d.interpreter_needed);
  r.Text("communication_needs", d.communication_needs);
  ReadEquality(r, d.equality);
  r.Text("reason", input.reason);
  auto errors = r.Finish();
  if (!errors.empty()) return std::unexpected(std::move(errors));
  return input;
}

}  // namespace lw::api

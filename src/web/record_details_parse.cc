// Reading the details form (record_details_form.h) into PersonDetails.
#include <charconv>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/frontdoor/vocabulary.h"
#include "domain/people/equality_record.h"
#include "web/record_details_form.h"

namespace lw::web {

namespace {

bool On(std::string_view value) { return value == "yes"; }

// "corner_12_phone" with `prefix` "corner_": 12 and "phone"; nullopt when
// the name is not a row's field.
std::optional<std::pair<std::size_t, std::string_view>> RowField(std::string_view name,
                                                                 std::string_view prefix) {
  if (!name.starts_with(prefix)) return std::nullopt;
  name.remove_prefix(prefix.size());
  std::size_t index = 0;
  auto [end, ec] = std::from_chars(name.data(), name.data() + name.size(), index);
  if (ec != std::errc() || end == name.data() || end == name.data() + name.size() || *end != '_') {
    return std::nullopt;
  }
  return std::pair{index, std::string_view(end + 1, name.data() + name.size() - end - 1)};
}

// The rows typed, by their index, with each one's fields by member name.
using Rows = std::map<std::size_t, std::map<std::string_view, std::string_view>>;

Rows RowsOf(const http::Form& form, std::string_view prefix) {
  Rows rows;
  for (const auto& [name, value] : form.fields()) {
    if (auto field = RowField(name, prefix)) rows[field->first].emplace(field->second, value);
  }
  return rows;
}

std::string_view Member(const std::map<std::string_view, std::string_view>& row,
                        std::string_view member) {
  auto it = row.find(member);
  return it == row.end() ? std::string_view() : it->second;
}

void ReadCorner(const http::Form& form, DetailsFormInput& in) {
  for (const auto& [index, row] : RowsOf(form, "corner_")) {
    if (On(Member(row, "remove"))) continue;
    const std::size_t at = in.details.people_in_corner.size();
    CornerPerson p{.id = std::string(Member(row, "id")),
                   .name = std::string(Member(row, "name")),
                   .relationship_detail = std::string(Member(row, "relationship_detail")),
                   .is_carer = On(Member(row, "is_carer")),
                   .may_contact = On(Member(row, "may_contact")),
                   .phone = std::string(Member(row, "phone")),
                   .email = std::string(Member(row, "email")),
                   .notes = std::string(Member(row, "notes"))};
    std::string_view relationship = Member(row, "relationship");
    if (!relationship.empty()) {
      if (auto r = ParseCornerRelationship(relationship)) {
        p.relationship = *r;
      } else {
        in.errors.push_back({"corner_" + std::to_string(at) + "_relationship",
                             "Select how they are connected from the list"});
      }
    }
    in.details.people_in_corner.push_back(std::move(p));
  }
}

void ReadLanguages(const http::Form& form, DetailsFormInput& in) {
  for (const auto& [index, row] : RowsOf(form, "language_")) {
    in.details.languages.push_back(
        {.name = std::string(Member(row, "name")), .main = On(Member(row, "main"))});
  }
}

void ReadContact(const http::Form& form, DetailsFormInput& in) {
  ContactPreferences& c = in.details.contact;
  for (std::string_view key : form.GetAll("contact_methods")) {
    if (auto m = ParseContactMethod(key)) {
      c.methods.push_back(*m);
    } else {
      in.errors.push_back({"contact_methods", "Select the ways they agreed to from the list"});
      break;
    }
  }
  c.phone = form.Value("phone");
  c.email = form.Value("email");
  c.may_leave_message = On(form.Value("may_leave_message"));
  c.safe_times = form.Value("safe_times");
}

void ReadEquality(const http::Form& form, DetailsFormInput& in) {
  for (const EqualityRecordQuestion& q : EqualityQuestionsForRecord()) {
    const std::string field = "equality_" + std::string(q.key);
    std::string_view option = form.Value(field);
    if (option.empty()) continue;  // not asked
    EqualityRecordAnswer answer{.option = std::string(option),
                                .described = std::string(form.Value(field + "_described"))};
    for (std::string_view kind : form.GetAll(field + "_kinds")) answer.kinds.emplace_back(kind);
    in.details.equality.answers.emplace(q.key, std::move(answer));
  }
}

}  // namespace

DetailsFormInput ParseDetailsForm(const http::Form& form) {
  DetailsFormInput in;
  PersonDetails& d = in.details;
  d.legal_name = {.given_name = std::string(form.Value("legal_given_name")),
                  .family_name = std::string(form.Value("legal_family_name"))};
  d.pronouns = form.Value("pronouns");
  d.address = {.line_1 = std::string(form.Value("address_line_1")),
               .line_2 = std::string(form.Value("address_line_2")),
               .town = std::string(form.Value("address_town")),
               .postcode = std::string(form.Value("address_postcode"))};
  ReadContact(form, in);
  d.safe_contact_notes = form.Value("safe_contact_notes");
  d.gp_practice = {.name = std::string(form.Value("gp_practice_name")),
                   .ods_code = std::string(form.Value("gp_practice_ods_code"))};
  ReadCorner(form, in);
  ReadLanguages(form, in);
  std::string_view interpreter = form.Value("interpreter_needed");
  if (interpreter == "yes" || interpreter == "no") {
    d.interpreter_needed = interpreter == "yes";
  } else if (!interpreter.empty()) {
    in.errors.push_back({"interpreter_needed", "Select whether they need an interpreter"});
  }
  d.communication_needs = form.Value("communication_needs");
  ReadEquality(form, in);
  in.reason = form.Value("reason");
  in.add = form.Value("add");
  return in;
}

}  // namespace lw::web

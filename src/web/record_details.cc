// The record page's summary of the person (record_parts.h): about them,
// contacting them safely, the people in their corner, languages and
// communication, and equality monitoring, each with Change links to the
// details form; and the wording of those parts the form shares.
#include <string>
#include <vector>

#include "domain/frontdoor/vocabulary.h"
#include "domain/people/equality_record.h"
#include "domain/people/nhs_number.h"
#include "web/components.h"
#include "web/frontdoor_widgets.h"
#include "web/record_parts.h"

namespace lw::web::record {

namespace {

constexpr std::string_view kNotRecorded = "Not recorded";

std::string_view OrNotRecorded(std::string_view s) { return s.empty() ? kNotRecorded : s; }

std::string_view YesNo(bool b) { return b ? "Yes" : "No"; }

// A summary list whose rows may each have a Change link to their field on
// the details form (record_details_form.h). When the viewer may not change
// the record (a read under break-glass) no row has one; otherwise the rows
// the form does not change (their name, date of birth ...) are marked as
// having none, as the NHS summary list does.
class Rows {
 public:
  Rows(Html& h, const PersonRecordView& r) : h_(h), r_(r) {
    h_ << "<dl class=\"nhsuk-summary-list\">\n";
  }
  ~Rows() { h_ << "</dl>\n"; }
  Rows(const Rows&) = delete;
  Rows& operator=(const Rows&) = delete;

  // `field`: the form's field to change it at; "" for none.
  void Row(std::string_view key, std::string_view value, std::string_view field = {}) {
    Open(key, field);
    h_ << "<dd class=\"nhsuk-summary-list__value\">" << Text(value) << "</dd>\n";
    Close(key, field);
  }

  // A value of several lines (an address).
  void Lines(std::string_view key, const std::vector<std::string>& lines, std::string_view field) {
    Open(key, field);
    h_ << "<dd class=\"nhsuk-summary-list__value\">";
    bool first = true;
    for (const std::string& line : lines) {
      if (line.empty()) continue;
      if (!first) h_ << "<br>";
      h_ << Text(line);
      first = false;
    }
    if (first) h_ << Text(kNotRecorded);
    h_ << "</dd>\n";
    Close(key, field);
  }

  // A person's words, a paragraph a line.
  void Words(std::string_view key, std::string_view words, std::string_view field) {
    Open(key, field);
    h_ << "<dd class=\"nhsuk-summary-list__value\">\n";
    frontdoor::Paragraphs(h_, words, "<p>Not recorded</p>\n");
    h_ << "</dd>\n";
    Close(key, field);
  }

 private:
  void Open(std::string_view key, std::string_view field) {
    h_ << (r_.may_change && field.empty() ? Markup("<div class=\"nhsuk-summary-list__row "
                                                   "nhsuk-summary-list__row--no-actions\">\n")
                                          : Markup("<div class=\"nhsuk-summary-list__row\">\n"))
       << "<dt class=\"nhsuk-summary-list__key\">" << Text(key) << "</dt>\n";
  }
  void Close(std::string_view key, std::string_view field) {
    if (r_.may_change && !field.empty()) {
      h_ << "<dd class=\"nhsuk-summary-list__actions\">";
      ChangeLink(h_, r_.person.id, field, key);
      h_ << "</dd>\n";
    }
    h_ << "</div>\n";
  }

  Html& h_;
  const PersonRecordView& r_;
};

void AboutThem(Html& h, const PersonRecordView& r) {
  const Person& p = r.person;
  const PersonDetails& d = r.details.details;
  h << "<h2 class=\"nhsuk-heading-m\" id=\"details\">About them</h2>\n";
  Rows rows(h, r);
  rows.Row("Name", FullName(p));
  rows.Row("Preferred name", OrNotRecorded(p.preferred_name));
  const bool legal = !d.legal_name.given_name.empty() || !d.legal_name.family_name.empty();
  rows.Row("Legal name",
           legal ? d.legal_name.given_name + " " + d.legal_name.family_name
                 : std::string("Same as their name"),
           "legal_given_name");
  rows.Row("Pronouns", OrNotRecorded(d.pronouns), "pronouns");
  rows.Row("Date of birth",
           p.date_of_birth ? p.date_of_birth->ToDisplay() : std::string(kNotRecorded));
  rows.Row("NHS number",
           p.nhs_number.empty() ? std::string(kNotRecorded) : FormatNhsNumber(p.nhs_number));
  const Address& a = d.address;
  const std::string& postcode = a.postcode.empty() ? p.postcode : a.postcode;
  rows.Lines("Address", {a.line_1, a.line_2, a.town, postcode}, "address_line_1");
  std::string gp = d.gp_practice.name;
  if (!d.gp_practice.ods_code.empty()) {
    gp += gp.empty() ? d.gp_practice.ods_code : " (" + d.gp_practice.ods_code + ")";
  }
  rows.Row("GP practice", OrNotRecorded(gp), "gp_practice_name");
}

void ContactingThem(Html& h, const PersonRecordView& r) {
  const PersonDetails& d = r.details.details;
  h << "<h2 class=\"nhsuk-heading-m\" id=\"contacting\">Contacting them safely</h2>\n";
  Rows rows(h, r);
  rows.Row("Ways they agreed to", ContactMethodsText(d.contact), "contact_methods");
  rows.Row("Phone", OrNotRecorded(d.contact.phone), "phone");
  rows.Row("Email", OrNotRecorded(d.contact.email), "email");
  rows.Row("May we leave a message", YesNo(d.contact.may_leave_message), "may_leave_message");
  rows.Row("Safe times", OrNotRecorded(d.contact.safe_times), "safe_times");
  rows.Words("Keeping contact safe", d.safe_contact_notes, "safe_contact_notes");
}

// A Change link below a section that is not a summary list.
void ChangeBelow(Html& h, const PersonRecordView& r, std::string_view field,
                 std::string_view what) {
  if (!r.may_change) return;
  h << "<p>";
  ChangeLink(h, r.person.id, field, what);
  h << "</p>\n";
}

void Corner(Html& h, const PersonRecordView& r) {
  const PersonDetails& d = r.details.details;
  h << "<h2 class=\"nhsuk-heading-m\" id=\"corner\">People in their corner</h2>\n";
  if (d.people_in_corner.empty()) {
    h << "<p>Nobody recorded yet.</p>\n";
    ChangeBelow(h, r, "people_in_corner", "people in their corner");
    return;
  }
  h << "<table class=\"nhsuk-table\">\n"
       "<caption class=\"nhsuk-table__caption nhsuk-u-visually-hidden\">People in their corner"
       "</caption>\n<thead class=\"nhsuk-table__head\">\n<tr class=\"nhsuk-table__row\">\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Name</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">How they are connected</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Carer</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">May we contact them</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Phone or email</th>\n"
       "</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n";
  for (const CornerPerson& c : d.people_in_corner) {
    std::string how(CornerRelationshipDisplayName(c.relationship));
    if (!c.relationship_detail.empty()) how += ": " + c.relationship_detail;
    std::string reach = c.phone;
    if (!c.email.empty()) reach += (reach.empty() ? "" : ", ") + c.email;
    h << "<tr class=\"nhsuk-table__row\">\n<td class=\"nhsuk-table__cell\">" << Text(c.name)
      << "</td>\n<td class=\"nhsuk-table__cell\">" << Text(how)
      << "</td>\n<td class=\"nhsuk-table__cell\">" << Text(YesNo(c.is_carer))
      << "</td>\n<td class=\"nhsuk-table__cell\">" << Text(YesNo(c.may_contact))
      << "</td>\n<td class=\"nhsuk-table__cell\">" << Text(reach) << "</td>\n</tr>\n";
  }
  h << "</tbody>\n</table>\n";
  ChangeBelow(h, r, "people_in_corner", "people in their corner");
}

void Languages(Html& h, const PersonRecordView& r) {
  const PersonDetails& d = r.details.details;
  h << "<h2 class=\"nhsuk-heading-m\" id=\"languages\">Languages and communication</h2>\n";
  Rows rows(h, r);
  std::string languages;
  for (const Language& l : d.languages) {
    if (!languages.empty()) languages += ", ";
    languages += l.name + (l.main ? " (main)" : "");
  }
  rows.Row("Languages", OrNotRecorded(languages), "languages");
  rows.Row("Interpreter needed", InterpreterText(d.interpreter_needed), "interpreter_needed");
  rows.Words("Communication needs", d.communication_needs, "communication_needs");
}

std::string_view LabelOf(std::span<const EqualityOption> options, std::string_view key) {
  for (const EqualityOption& o : options) {
    if (o.key == key) return o.label;
  }
  return {};
}

// The answer as the person gave it: the option, their own words, and the
// kinds chosen.
std::string AnswerText(const EqualityRecordQuestion& q, const EqualityRecordAnswer& a) {
  std::string_view label = LabelOf(q.options, a.option);
  if (label.empty()) label = LabelOf(q.carried_options, a.option);
  std::string out(label.empty() ? std::string_view(a.option) : label);
  if (!a.described.empty()) out += ": " + a.described;
  std::string kinds;
  for (const std::string& k : a.kinds) {
    std::string_view kind = LabelOf(q.kinds, k);
    if (!kinds.empty()) kinds += ", ";
    kinds += kind.empty() ? std::string_view(k) : kind;
  }
  if (!kinds.empty()) out += " (" + kinds + ")";
  return out;
}

void Equality(Html& h, const PersonRecordView& r) {
  h << "<h2 class=\"nhsuk-heading-m\" id=\"equality\">Equality monitoring</h2>\n"
       "<p>Every question is optional. \xE2\x80\x9CPrefer not to say\xE2\x80\x9D is an answer; "
       "\xE2\x80\x9CNot asked\xE2\x80\x9D means nobody has asked yet.</p>\n";
  Rows rows(h, r);
  for (const EqualityRecordQuestion& q : EqualityQuestionsForRecord()) {
    rows.Row(q.question, EqualityAnswerText(r.details.details.equality, q),
             "equality_" + std::string(q.key));
  }
}

}  // namespace

void ChangeLink(Html& h, std::string_view person_id, std::string_view field,
                std::string_view what) {
  h << "<a class=\"nhsuk-link\" href=\"/people/" << Attr(person_id) << "/details#" << Attr(field)
    << "\">Change<span class=\"nhsuk-u-visually-hidden\"> " << Text(what) << "</span></a>";
}

std::string ContactMethodsText(const ContactPreferences& contact) {
  std::string ways;
  for (ContactMethod m : contact.methods) {
    if (!ways.empty()) ways += ", ";
    ways += ContactMethodDisplayName(m);
  }
  return ways.empty() ? "None agreed" : ways;
}

std::string InterpreterText(std::optional<bool> needed) {
  return std::string(needed ? YesNo(*needed) : AnswerStateLabel(AnswerState::kNotAsked));
}

std::string EqualityAnswerText(const EqualityRecord& record, const EqualityRecordQuestion& q) {
  const AnswerState state = StateOf(record, q.key);
  const EqualityRecordAnswer* a = record.AnswerTo(q.key);
  if (state == AnswerState::kAnswered && a != nullptr) return AnswerText(q, *a);
  return std::string(AnswerStateLabel(state));
}

void Details(Html& h, const PersonRecordView& record) {
  AboutThem(h, record);
  ContactingThem(h, record);
  Corner(h, record);
  Languages(h, record);
  Equality(h, record);
}

}  // namespace lw::web::record

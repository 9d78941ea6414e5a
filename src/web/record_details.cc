// The record page's summary of the person (record_parts.h): about them,
// contacting them safely, the people in their corner, languages and
// communication, and equality monitoring.
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

// A summary row whose value is several lines (an address) or a person's words.
void LinesRow(Html& h, std::string_view key, const std::vector<std::string>& lines) {
  h << "<div class=\"nhsuk-summary-list__row\">\n<dt class=\"nhsuk-summary-list__key\">"
    << Text(key) << "</dt>\n<dd class=\"nhsuk-summary-list__value\">";
  bool first = true;
  for (const std::string& line : lines) {
    if (line.empty()) continue;
    if (!first) h << "<br>";
    h << Text(line);
    first = false;
  }
  if (first) h << Text(kNotRecorded);
  h << "</dd>\n</div>\n";
}

void WordsRow(Html& h, std::string_view key, std::string_view words) {
  h << "<div class=\"nhsuk-summary-list__row\">\n<dt class=\"nhsuk-summary-list__key\">"
    << Text(key) << "</dt>\n<dd class=\"nhsuk-summary-list__value\">\n";
  frontdoor::Paragraphs(h, words, "<p>Not recorded</p>\n");
  h << "</dd>\n</div>\n";
}

void AboutThem(Html& h, const PersonRecordView& r) {
  const Person& p = r.person;
  const PersonDetails& d = r.details.details;
  h << "<h2 class=\"nhsuk-heading-m\" id=\"details\">About them</h2>\n"
       "<dl class=\"nhsuk-summary-list\">\n";
  SummaryRow(h, "Name", FullName(p));
  SummaryRow(h, "Preferred name", OrNotRecorded(p.preferred_name));
  if (!d.legal_name.given_name.empty() || !d.legal_name.family_name.empty()) {
    SummaryRow(h, "Legal name", d.legal_name.given_name + " " + d.legal_name.family_name);
  }
  SummaryRow(h, "Pronouns", OrNotRecorded(d.pronouns));
  SummaryRow(h, "Date of birth",
             p.date_of_birth ? p.date_of_birth->ToDisplay() : std::string(kNotRecorded));
  SummaryRow(h, "NHS number",
             p.nhs_number.empty() ? std::string(kNotRecorded) : FormatNhsNumber(p.nhs_number));
  const Address& a = d.address;
  const std::string& postcode = a.postcode.empty() ? p.postcode : a.postcode;
  LinesRow(h, "Address", {a.line_1, a.line_2, a.town, postcode});
  std::string gp = d.gp_practice.name;
  if (!d.gp_practice.ods_code.empty()) {
    gp += gp.empty() ? d.gp_practice.ods_code : " (" + d.gp_practice.ods_code + ")";
  }
  SummaryRow(h, "GP practice", OrNotRecorded(gp));
  h << "</dl>\n";
}

void ContactingThem(Html& h, const PersonDetails& d) {
  h << "<h2 class=\"nhsuk-heading-m\" id=\"contacting\">Contacting them safely</h2>\n"
       "<dl class=\"nhsuk-summary-list\">\n";
  std::string ways;
  for (ContactMethod m : d.contact.methods) {
    if (!ways.empty()) ways += ", ";
    ways += ContactMethodDisplayName(m);
  }
  SummaryRow(h, "Ways they agreed to", ways.empty() ? "None agreed" : ways);
  SummaryRow(h, "Phone", OrNotRecorded(d.contact.phone));
  SummaryRow(h, "Email", OrNotRecorded(d.contact.email));
  SummaryRow(h, "May we leave a message", YesNo(d.contact.may_leave_message));
  SummaryRow(h, "Safe times", OrNotRecorded(d.contact.safe_times));
  WordsRow(h, "Keeping contact safe", d.safe_contact_notes);
  h << "</dl>\n";
}

void Corner(Html& h, const PersonDetails& d) {
  h << "<h2 class=\"nhsuk-heading-m\" id=\"corner\">People in their corner</h2>\n";
  if (d.people_in_corner.empty()) {
    h << "<p>Nobody recorded yet.</p>\n";
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
}

void Languages(Html& h, const PersonDetails& d) {
  h << "<h2 class=\"nhsuk-heading-m\" id=\"languages\">Languages and communication</h2>\n"
       "<dl class=\"nhsuk-summary-list\">\n";
  std::string languages;
  for (const Language& l : d.languages) {
    if (!languages.empty()) languages += ", ";
    languages += l.name + (l.main ? " (main)" : "");
  }
  SummaryRow(h, "Languages", OrNotRecorded(languages));
  SummaryRow(h, "Interpreter needed",
             d.interpreter_needed ? YesNo(*d.interpreter_needed)
                                  : AnswerStateLabel(AnswerState::kNotAsked));
  WordsRow(h, "Communication needs", d.communication_needs);
  h << "</dl>\n";
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

void Equality(Html& h, const EqualityRecord& record) {
  h << "<h2 class=\"nhsuk-heading-m\" id=\"equality\">Equality monitoring</h2>\n"
       "<p>Every question is optional. \xE2\x80\x9CPrefer not to say\xE2\x80\x9D is an answer; "
       "\xE2\x80\x9CNot asked\xE2\x80\x9D means nobody has asked yet.</p>\n"
       "<dl class=\"nhsuk-summary-list\">\n";
  for (const QuestionState& s : EqualityCompleteness(record)) {
    const EqualityRecordQuestion* q = FindEqualityRecordQuestion(s.question);
    if (q == nullptr) continue;
    const EqualityRecordAnswer* a = record.AnswerTo(s.question);
    SummaryRow(h, q->question,
               s.state == AnswerState::kAnswered && a != nullptr
                   ? AnswerText(*q, *a)
                   : std::string(AnswerStateLabel(s.state)));
  }
  h << "</dl>\n";
}

}  // namespace

void Details(Html& h, const PersonRecordView& record) {
  const PersonDetails& d = record.details.details;
  AboutThem(h, record);
  ContactingThem(h, d);
  Corner(h, d);
  Languages(h, d);
  Equality(h, d.equality);
}

}  // namespace lw::web::record

// GET /people/{id}/details: the form to change a person's fuller details
// (record_details_form.h). The equality questions are in
// record_details_equality.cc.
#include "web/record_details_form.h"

#include <string>
#include <string_view>
#include <vector>

#include "domain/frontdoor/vocabulary.h"
#include "web/components.h"
#include "web/form_components.h"
#include "web/frontdoor_widgets.h"
#include "web/record_parts.h"

namespace lw::web {

namespace {

using frontdoor::Choice;

std::string_view ErrorOf(const DetailsFormView& v, std::string_view field) {
  return ErrorFor(v.errors, field);
}

void Field(Html& h, const DetailsFormView& v, std::string_view name, std::string_view label,
           std::string_view value, std::string_view hint = {}, int width = 0,
           bool spellcheck = true) {
  frontdoor::Input(h, {.id = name,
                       .name = name,
                       .label = label,
                       .value = value,
                       .hint = hint,
                       .error = ErrorOf(v, name),
                       .width = width,
                       .spellcheck = spellcheck});
}

void Words(Html& h, const DetailsFormView& v, std::string_view name, std::string_view label,
           std::string_view value, std::string_view hint = {}, int rows = 3) {
  frontdoor::Textarea(h, {.id = name,
                          .name = name,
                          .label = label,
                          .value = value,
                          .hint = hint,
                          .error = ErrorOf(v, name),
                          .rows = rows});
}

void Tick(Html& h, const DetailsFormView& v, std::string_view name, std::string_view label,
          bool checked) {
  frontdoor::SingleCheckbox(
      h, {.id = name, .name = name, .label = label, .checked = checked, .error = ErrorOf(v, name)});
}

// A group of fields under a legend, as the NHS address pattern.
void OpenGroup(Html& h, std::string_view legend, std::string_view hint_id = {},
               std::string_view hint = {}) {
  h << "<div class=\"nhsuk-form-group\">\n<fieldset class=\"nhsuk-fieldset\"";
  if (!hint.empty()) h << " aria-describedby=\"" << Attr(hint_id) << "\"";
  h << ">\n<legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">" << Text(legend)
    << "</legend>\n";
  if (!hint.empty()) {
    h << "<div class=\"nhsuk-hint\" id=\"" << Attr(hint_id) << "\">" << Text(hint) << "</div>\n";
  }
}

void CloseGroup(Html& h) { h << "</fieldset>\n</div>\n"; }

// A submit button that re-shows the form with one more empty row.
void AddAnother(Html& h, std::string_view list, std::string_view text) {
  h << "<button class=\"nhsuk-button nhsuk-button--secondary\" data-module=\"nhsuk-button\" "
       "type=\"submit\" name=\"add\" value=\""
    << Attr(list) << "\">" << Text(text) << "</button>\n";
}

// A list-wide error ("people_in_corner", "languages") under its heading.
void ListError(Html& h, const DetailsFormView& v, std::string_view field) {
  std::string_view error = ErrorOf(v, field);
  if (error.empty()) return;
  h << "<div class=\"nhsuk-form-group nhsuk-form-group--error\">\n";
  ErrorMessage(h, field, error);
  h << "</div>\n";
}

void AboutThem(Html& h, const DetailsFormView& v) {
  const PersonDetails& d = v.details;
  h << "<h2 class=\"nhsuk-heading-m\" id=\"about\">About them</h2>\n";
  OpenGroup(h, "Legal name (if different)", "legal_name-hint",
            "Only if the name on official documents is not " + record::FullName(v.person) +
                ". Leave both empty if it is the same.");
  Field(h, v, "legal_given_name", "Given name", d.legal_name.given_name, {}, 20);
  Field(h, v, "legal_family_name", "Family name", d.legal_name.family_name, {}, 20);
  CloseGroup(h);
  Field(h, v, "pronouns", "Pronouns", d.pronouns, "For example, she/her, he/him or they/them", 10);
  OpenGroup(h, "Address");
  Field(h, v, "address_line_1", "Address line 1", d.address.line_1);
  Field(h, v, "address_line_2", "Address line 2 (optional)", d.address.line_2);
  Field(h, v, "address_town", "Town or city", d.address.town, {}, 20);
  Field(h, v, "address_postcode", "Postcode", d.address.postcode, {}, 10, false);
  CloseGroup(h);
  OpenGroup(h, "GP practice");
  Field(h, v, "gp_practice_name", "Practice name", d.gp_practice.name);
  Field(h, v, "gp_practice_ods_code", "Practice code (optional)", d.gp_practice.ods_code,
        "A letter and 5 numbers, like P84012", 10, false);
  CloseGroup(h);
}

void ContactingThem(Html& h, const DetailsFormView& v) {
  const ContactPreferences& c = v.details.contact;
  h << "<h2 class=\"nhsuk-heading-m\" id=\"contacting\">Contacting them safely</h2>\n";
  std::vector<Choice> methods;
  methods.reserve(kAllContactMethods.size());
  for (ContactMethod m : kAllContactMethods) {
    methods.push_back(
        {std::string(ContactMethodKey(m)), std::string(ContactMethodDisplayName(m)), ""});
  }
  std::vector<std::string_view> agreed;
  agreed.reserve(c.methods.size());
  for (ContactMethod m : c.methods) agreed.push_back(ContactMethodKey(m));
  frontdoor::Checkboxes(h, {.id = "contact_methods",
                            .name = "contact_methods",
                            .legend = "Ways they agreed we may contact them",
                            .hint = "Leave all unticked if they asked not to be contacted, or "
                                    "to be seen only in person",
                            .error = ErrorOf(v, "contact_methods"),
                            .choices = methods,
                            .checked = agreed});
  Field(h, v, "phone", "Phone number", c.phone, {}, 20, false);
  Field(h, v, "email", "Email address", c.email, {}, 0, false);
  Tick(h, v, "may_leave_message", "We may leave a message", c.may_leave_message);
  Field(h, v, "safe_times", "Safe times to contact them", c.safe_times,
        "In their words, like after 6pm, not weekends");
  Words(h, v, "safe_contact_notes", "Keeping contact safe", v.details.safe_contact_notes,
        "What everyone must know first, like do not call when her partner is home");
}

std::vector<Choice> Relationships() {
  std::vector<Choice> out;
  out.reserve(kAllCornerRelationships.size());
  for (CornerRelationship r : kAllCornerRelationships) {
    out.push_back(
        {std::string(CornerRelationshipKey(r)), std::string(CornerRelationshipDisplayName(r)), ""});
  }
  return out;
}

void CornerRow(Html& h, const DetailsFormView& v, std::size_t i, const CornerPerson& p,
               const std::vector<Choice>& relationships) {
  const std::string at = "corner_" + std::to_string(i) + "_";
  const std::string name = at + "name";
  const std::string relationship = at + "relationship";
  const std::string detail = at + "relationship_detail";
  const std::string carer = at + "is_carer";
  const std::string may_contact = at + "may_contact";
  const std::string phone = at + "phone";
  const std::string email = at + "email";
  const std::string notes = at + "notes";
  const bool listed = i < v.details.people_in_corner.size();
  OpenGroup(h, listed ? "Person " + std::to_string(i + 1)
                      : "Someone new in their corner (person " + std::to_string(i + 1) + ")");
  if (!p.id.empty()) frontdoor::Hidden(h, at + "id", p.id);
  std::string_view name_error = ErrorOf(v, name);
  if (name_error.empty()) name_error = ErrorOf(v, at + "id");
  frontdoor::Input(
      h, {.id = name, .name = name, .label = "Name", .value = p.name, .error = name_error});
  frontdoor::Select(h, {.id = relationship,
                        .name = relationship,
                        .label = "How are they connected?",
                        .options = relationships,
                        .selected = CornerRelationshipKey(p.relationship),
                        .error = ErrorOf(v, relationship)});
  Field(h, v, detail, "Relationship, in their words (optional)", p.relationship_detail,
        "Like Sister or Mum's neighbour. Needed for someone else.");
  const std::string& called = v.person.CallName();
  Tick(h, v, carer, "They are an unpaid carer for " + called, p.is_carer);
  Tick(h, v, may_contact, called + " agrees we may contact them", p.may_contact);
  Field(h, v, phone, "Phone number (optional)", p.phone, {}, 20, false);
  Field(h, v, email, "Email address (optional)", p.email, {}, 0, false);
  Words(h, v, notes, "Notes (optional)", p.notes, {}, 2);
  // Someone kept (with an id) leaves the list only when asked: clearing
  // their row would be read as a row missing its name.
  if (!p.id.empty()) {
    Tick(h, v, at + "remove",
         "Take " + (p.name.empty() ? std::string("them") : p.name) + " off this list", false);
  }
  CloseGroup(h);
}

void Corner(Html& h, const DetailsFormView& v) {
  h << "<h2 class=\"nhsuk-heading-m\" id=\"people_in_corner\">People in their corner</h2>\n"
       "<p>Family, friends, carers and neighbours who support them. We contact someone only if "
    << Text(v.person.CallName()) << " agrees.</p>\n";
  ListError(h, v, "people_in_corner");
  const std::vector<Choice> relationships = Relationships();
  const auto& people = v.details.people_in_corner;
  for (std::size_t i = 0; i < people.size(); ++i) CornerRow(h, v, i, people[i], relationships);
  for (std::size_t n = 0; n < v.empty_corner_rows; ++n) {
    CornerRow(h, v, people.size() + n, CornerPerson{}, relationships);
  }
  AddAnother(h, "corner", "Add another person");
}

void LanguageRow(Html& h, const DetailsFormView& v, std::size_t i, const Language& l) {
  const std::string at = "language_" + std::to_string(i) + "_";
  const bool listed = i < v.details.languages.size();
  OpenGroup(h, listed ? "Language " + std::to_string(i + 1)
                      : "Another language (language " + std::to_string(i + 1) + ")");
  Field(h, v, at + "name", "Language", l.name,
        "As they say it, like Polish or British Sign Language", 20);
  Tick(h, v, at + "main", "Their main language", l.main);
  CloseGroup(h);
}

void Languages(Html& h, const DetailsFormView& v) {
  const PersonDetails& d = v.details;
  h << "<h2 class=\"nhsuk-heading-m\" id=\"languages\">Languages and communication</h2>\n";
  ListError(h, v, "languages");
  for (std::size_t i = 0; i < d.languages.size(); ++i) LanguageRow(h, v, i, d.languages[i]);
  for (std::size_t n = 0; n < v.empty_language_rows; ++n) {
    LanguageRow(h, v, d.languages.size() + n, Language{});
  }
  AddAnother(h, "language", "Add another language");
  const std::vector<Choice> interpreter = {
      {"yes", "Yes", ""}, {"no", "No", ""}, {"", "Not asked yet", ""}};
  const std::string_view needed[] = {!d.interpreter_needed   ? ""
                                     : *d.interpreter_needed ? "yes"
                                                             : "no"};
  frontdoor::Radios(h, {.id = "interpreter_needed",
                        .name = "interpreter_needed",
                        .legend = "Do they need an interpreter?",
                        .hint = "For their main language",
                        .error = ErrorOf(v, "interpreter_needed"),
                        .choices = interpreter,
                        .checked = needed,
                        .small = true});
  Words(h, v, "communication_needs", "Communication needs", d.communication_needs,
        "Like Easy Read letters, or hard of hearing on the phone");
}

// One line per field (a list as one line), to say what was entered and
// not saved after a conflict.
struct Line {
  std::string field;  // the form's field the line's Change link goes to
  std::string label;
  std::string value;
};

std::string CornerLine(const CornerPerson& p) {
  std::string out = p.name + " (" + std::string(CornerRelationshipDisplayName(p.relationship));
  if (!p.relationship_detail.empty()) out += ": " + p.relationship_detail;
  out += ")";
  if (p.is_carer) out += ", a carer";
  out += p.may_contact ? ", may be contacted" : ", not to be contacted";
  for (const std::string* more : {&p.phone, &p.email, &p.notes}) {
    if (!more->empty()) out += ", " + *more;
  }
  return out;
}

std::vector<Line> LinesOf(const PersonDetails& d) {
  std::vector<Line> out = {
      {"legal_given_name", "Legal given name", d.legal_name.given_name},
      {"legal_family_name", "Legal family name", d.legal_name.family_name},
      {"pronouns", "Pronouns", d.pronouns},
      {"address_line_1", "Address line 1", d.address.line_1},
      {"address_line_2", "Address line 2", d.address.line_2},
      {"address_town", "Town or city", d.address.town},
      {"address_postcode", "Postcode", d.address.postcode},
      {"gp_practice_name", "GP practice", d.gp_practice.name},
      {"gp_practice_ods_code", "Practice code", d.gp_practice.ods_code},
      {"contact_methods", "Ways they agreed to", record::ContactMethodsText(d.contact)},
      {"phone", "Phone", d.contact.phone},
      {"email", "Email", d.contact.email},
      {"may_leave_message", "May we leave a message", d.contact.may_leave_message ? "Yes" : "No"},
      {"safe_times", "Safe times", d.contact.safe_times},
      {"safe_contact_notes", "Keeping contact safe", d.safe_contact_notes},
  };
  std::string corner;
  for (const CornerPerson& p : d.people_in_corner)
    corner += (corner.empty() ? "" : "\n") + CornerLine(p);
  out.push_back({"people_in_corner", "People in their corner", corner});
  std::string languages;
  for (const Language& l : d.languages) {
    languages += (languages.empty() ? "" : ", ") + l.name + (l.main ? " (main)" : "");
  }
  out.push_back({"languages", "Languages", languages});
  out.push_back(
      {"interpreter_needed", "Interpreter needed", record::InterpreterText(d.interpreter_needed)});
  out.push_back({"communication_needs", "Communication needs", d.communication_needs});
  for (const EqualityRecordQuestion& q : EqualityQuestionsForRecord()) {
    out.push_back({"equality_" + std::string(q.key), std::string(q.question),
                   record::EqualityAnswerText(d.equality, q)});
  }
  return out;
}

// After a conflict: each line entered that differs from what is stored now.
void NotSaved(Html& h, const PersonDetails& entered, const PersonDetails& now) {
  const std::vector<Line> stored = LinesOf(now);
  std::vector<Line> differ;
  for (Line& line : LinesOf(entered)) {
    bool same = false;
    for (const Line& s : stored) same = same || (s.field == line.field && s.value == line.value);
    if (!same) differ.push_back(std::move(line));
  }
  h << "<h2 class=\"nhsuk-heading-m\" id=\"not-saved\">What you entered, not saved</h2>\n";
  if (differ.empty()) {
    h << "<p>What you entered is the same as their details are now.</p>\n";
    return;
  }
  h << "<p>Where what you entered differs from their details as they are now. Enter again "
       "below what you still want to change.</p>\n";
  std::vector<std::string> hrefs;
  hrefs.reserve(differ.size());
  for (const Line& line : differ) hrefs.push_back("#" + line.field);
  std::vector<SummaryItem> items;
  items.reserve(differ.size());
  for (std::size_t i = 0; i < differ.size(); ++i) {
    items.push_back({.key = differ[i].label,
                     .value = differ[i].value.empty() ? std::string_view("Left empty")
                                                      : std::string_view(differ[i].value),
                     .change = {.href = hrefs[i], .hidden_text = differ[i].label}});
  }
  SummaryList(h, items);
}

// The error summary links to the element: a person listed twice to the
// row's name.
std::string TargetOf(std::string_view field) {
  if (field.starts_with("corner_") && field.ends_with("_id")) {
    return std::string(field.substr(0, field.size() - 2)) + "name";
  }
  return std::string(field);
}

}  // namespace

Page DetailsFormPage(const DetailsFormView& v) {
  const std::string id = v.person.id;
  Page page;
  page.title = "Change " + record::FullName(v.person) + "'s details";
  page.status = v.status;
  page.has_errors = !v.errors.empty() || !v.problem.empty();
  page.section = NavSection::kPeople;
  Html& h = page.content;
  std::vector<FieldError> linked;
  linked.reserve(v.errors.size());
  for (const FieldError& e : v.errors) linked.push_back({TargetOf(e.field), e.message});
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n";
  BackLink(h, "/people/" + id + "/record");
  frontdoor::ErrorSummaryWith(h, v.problem, linked);
  h << "<h1 class=\"nhsuk-heading-l\">" << Text(page.title) << "</h1>\n"
    << "<p>Every part is optional: record what they are happy to share, when they are ready. "
       "Saving keeps a new version; earlier ones stay in the record's history.</p>\n";
  if (v.not_saved) NotSaved(h, *v.not_saved, v.details);
  h << "<form action=\"/people/" << Attr(id) << "/details\" method=\"post\" novalidate>\n";
  CsrfField(h, v.csrf_token);
  frontdoor::Hidden(h, "version", std::to_string(v.version));
  DefaultSubmitButton(h, "Save details");  // Enter saves, not "Add another person"
  AboutThem(h, v);
  ContactingThem(h, v);
  Corner(h, v);
  Languages(h, v);
  record::EqualityQuestions(h, v.details.equality, v.errors);
  h << "<h2 class=\"nhsuk-heading-m\" id=\"why\">Saving</h2>\n";
  Field(h, v, "reason", "Why are you making this change? (optional)", v.reason,
        "Kept with this version, like Updated with them at their review");
  SubmitButton(h, "Save details");
  h << "</form>\n<p><a class=\"nhsuk-link\" href=\"/people/" << Attr(id)
    << "/record\">Go back to the record without saving</a></p>\n</div>\n</div>\n";
  return page;
}

}  // namespace lw::web

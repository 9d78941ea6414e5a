// What the record page's files share (record_pages.h): one form's view of
// the page, names, and the sections each file renders (the record page's,
// and the details form's: record_details_form.h). Internal to record_*.cc.
//
// Contract: a form's element ids are "<action>-<field>" (RecordActionKey),
// so two forms can share a field name ("planned_end_on" in two of them); a
// date's parts are "<id>-day", "-month", "-year", named "<field>_day" ....
// `ErrorTarget` turns a FieldError into the id the error summary links to
// ("" when the form has no such field: listed without a link). The form
// named by `view.failed` shows `view.typed` and its errors; the others
// show the record's current values.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/error.h"
#include "domain/people/equality_record.h"
#include "web/html.h"
#include "web/record_pages.h"

namespace lw::web::record {

// "Amara Okafor": given and family name.
std::string FullName(const Person& person);

// The person's active episode with `team_id`, or null.
const Episode* ActiveEpisodeIn(const PersonRecordView& record, std::string_view team_id);

std::string ErrorTarget(RecordAction action, std::string_view field);

class FormState {
 public:
  FormState(const RecordPageView& view, RecordAction action) : v_(view), action_(action) {}

  bool failed() const { return v_.failed == action_; }
  std::string Id(std::string_view field) const;
  // What was typed when this form failed, else `current`.
  std::string_view Value(std::string_view name, std::string_view current = {}) const;
  std::string_view Error(std::string_view field) const;
  // <form ...> with the CSRF token; an episode's forms post to
  // /episodes/{eid}/<action> with its version and the person's id, the
  // others to /people/{id}/<episodes|contacts|concerns>.
  void Open(Html& h, const Episode* episode = nullptr) const;

 private:
  const RecordPageView& v_;
  RecordAction action_;
};

void SecondaryButton(Html& h, std::string_view text);

// A date's day, month and year as text, for a form's current values.
struct DateParts {
  std::string day, month, year;
};
DateParts PartsOf(const std::optional<Date>& date);

// record_details.cc: about them, contacting them safely, their corner,
// languages and communication, equality monitoring; with Change links to
// the details form (record_details_form.h) while record.may_change.
void Details(Html& h, const PersonRecordView& record);
// A "Change" link to `field` on /people/{id}/details, read as "Change <what>".
void ChangeLink(Html& h, std::string_view person_id, std::string_view field, std::string_view what);
// The summary's wording, shared with the details form: "Phone call, Email"
// or "None agreed"; "Yes", "No" or "Not asked"; the answer to `q` as given,
// "Prefer not to say" or "Not asked".
std::string ContactMethodsText(const ContactPreferences& contact);
std::string InterpreterText(std::optional<bool> needed);
std::string EqualityAnswerText(const EqualityRecord& record, const EqualityRecordQuestion& q);

// record_details_equality.cc: the details form's equality questions, from
// EqualityQuestionsForRecord(), showing `record`'s answers and `errors`
// (named as the form's fields) beside them.
void EqualityQuestions(Html& h, const EqualityRecord& record, std::span<const FieldError> errors);

// record_episode_forms.cc: the active episode's forms (keyworker, review,
// planned ending, ending), or the form to open one ("they have come back"
// with their earlier endings when an episode has ended).
void EpisodeForms(Html& h, const RecordPageView& view);

// record_forms.cc: recording a contact, and raising a concern.
void ContactForm(Html& h, const RecordPageView& view);
void ConcernForm(Html& h, const RecordPageView& view);

}  // namespace lw::web::record

// The page to change a person's fuller details (issue 5): legal name,
// pronouns, address, contacting them safely, GP practice, the people in
// their corner, languages and communication, equality monitoring. Internal
// to record_*.cc (registered by RegisterRecordPages).
//
// Routes, care roles only, each over one TeamService call:
//   GET  /people/{id}/details   TeamService::Record: the form, in sections
//        (ids "about", "contacting", "people_in_corner", "languages",
//        "equality", which the record page's Change links name), filled
//        with what is stored and based on its version (hidden `version`, 0
//        while nothing is stored). One empty "add another" row follows the
//        people in their corner, and one the languages; each person kept
//        has a "Take ... off this list" checkbox (emptying a row that has
//        an id would read as someone without a name).
//   POST /people/{id}/details   TeamService::UpdateDetails. A submit named
//        `add` ("corner" or "language") saves nothing: the form again (200)
//        with what was typed and one more empty row. Otherwise: success is a
//        303 to /people/{id}/record?done=details#details; kInvalidArgument
//        re-shows the form (422) with the error summary linking to each
//        field, every value as typed (normalised as the domain would: blank
//        rows dropped, so each error sits on the row it names) and the
//        version it was based on; kConflict (someone saved first) shows the
//        form filled with what is stored now and its version, and above it
//        what the viewer entered that differs, not saved (409). A missing or
//        malformed `version` is the 400 page.
//   Both are the same 404 page as for nobody when the viewer may not
//   change the record: another team, or a read under break-glass.
//
// Field names are the domain's (person_details.h, equality_record.h); each
// element's id is its field name, so an error's field is the link target,
// except "corner_<i>_id" (a person listed twice), which links to the row's
// name. Radios and checkboxes: the first item's id is the name, then
// "<name>-2", ... (frontdoor_widgets.h).
//
// Thread-safety: pure functions over plain values.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "base/error.h"
#include "domain/people/person.h"
#include "domain/people/person_details.h"
#include "http/request.h"
#include "web/layout.h"
#include "web/page_support.h"

namespace lw::web {

// A form as posted, read into the domain's terms. Nothing is checked here
// but what the form itself offers (a choice outside its list); the domain
// checks the rest when the service stores it.
struct DetailsFormInput {
  PersonDetails details;
  std::string reason;  // why, as typed; "" is fine
  std::string add;     // "corner" or "language" when an "add another" button was pressed
  // Values no form of ours sends (a relationship, contact method or
  // interpreter answer outside the lists), named as the fields.
  std::vector<FieldError> errors;
};

// Reads the form's fields (names in the header comment):
//  - list rows "corner_<i>_<member>" and "language_<i>_<member>" in the
//    order of <i> (gaps allowed); rows are kept as typed, blank ones too
//    (ValidatePersonDetails drops those), except a person whose
//    "corner_<i>_remove" is "yes", who is left out; an unknown member is
//    ignored; an error on a row is named by its position in the list read;
//  - a checkbox is on when sent as "yes" ("may_leave_message",
//    "corner_<i>_is_carer", "corner_<i>_may_contact", "language_<i>_main");
//  - "interpreter_needed": "yes", "no", or "" (not asked);
//  - each question of EqualityQuestionsForRecord(): "equality_<key>" ""
//    is not asked (its write-in and kinds are then ignored), any other
//    value is the option as sent; "_described" and every "_kinds" value
//    go with it. Fields for questions not in the table are ignored.
DetailsFormInput ParseDetailsForm(const http::Form& form);

struct DetailsFormView {
  Person person;          // whose details: the heading and the form's action
  PersonDetails details;  // the values the form shows
  long long version = 0;  // the stored version the form is based on
  std::string reason;     // as typed
  // Empty rows after the people listed and the languages ("add another").
  std::size_t empty_corner_rows = 1;
  std::size_t empty_language_rows = 1;
  std::string csrf_token;
  std::vector<FieldError> errors;  // named as the form's fields
  std::string problem;             // a refusal that names no field
  // After a conflict: what the viewer entered, not saved; the form then
  // shows what is stored now.
  std::optional<PersonDetails> not_saved;
  int status = 200;
};
Page DetailsFormPage(const DetailsFormView& view);

// The two routes (record_details_handlers.cc), from RegisterRecordPages.
void RegisterDetailsForm(http::Router& router, const SharedDeps& deps);

}  // namespace lw::web

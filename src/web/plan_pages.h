// My Story / My Plan pages (issue 6, point 1): the person's plan in their
// own words, its versions, a clean printable copy, and the document that
// travels with them. Each handler is one PlanService call (and the front
// door's directory, for workers' names); access and audit are the service's.
//
// Routes (RegisterPlanPages in page_support.h; care roles; needs deps->plans):
//   GET  /people/{id}/plan            PlanService::Get: the plan by section,
//        who changed it last, when and in whose words; links to change it,
//        its versions, print, export and import. ?done=saved|imported: a
//        success banner.
//   GET  /people/{id}/plan/edit       the form: every section a textarea,
//        the actions as rows (who, what, by when, done) with one empty row
//        and an "Add another action" button, the required "Whose words are
//        these?" radios (EnteredBy keys) and hidden `based_on`.
//   POST /people/{id}/plan/edit       PlanService::Update. `add=action`
//        saves nothing: the form again (200) with one more row. Success:
//        303 to /people/{id}/plan?done=saved. kInvalidArgument: the form
//        again (422) with the NHS error summary and what was typed. A stale
//        `based_on` (kConflict): 409 "Someone changed this plan while you
//        were writing": each section that differs, the saved text and
//        theirs side by side, then the form keeping what they wrote with
//        `based_on` the stored version, so saving again keeps their words.
//        A missing or malformed `based_on` is the 400 page.
//   GET  /people/{id}/plan/versions   PlanService::History: version, when,
//        who, whose words, what changed; a form to compare two.
//   GET  /people/{id}/plan/versions/{n}  PlanService::Version.
//   GET  /people/{id}/plan/compare?from=a&to=b  PlanService::Compare: each
//        changed section with "Before" and "After" blocks (<del>/<ins>).
//        A missing or malformed version number is the 404 page, as for a
//        version that does not exist.
//   GET  /people/{id}/plan/print      PlanService::Print: the plan for the
//        person to take away (the site's print stylesheet hides the header,
//        navigation and footer; A4 margins; black on white).
//   GET  /people/{id}/plan/export     PlanService::Export as a download
//        (services/plan_document.h), Content-Disposition attachment.
//   GET  /people/{id}/plan/import     a form to paste a plan document;
//   POST /people/{id}/plan/import     PlanService::Import of `document`
//        (based on `based_on`); success 303 to ?done=imported; a document
//        that cannot be read, or is about someone else, is 422 with the
//        error summary; a stale `based_on` is 409 with the same form.
//
// The page functions render without I/O, for tests.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/error.h"
#include "http/request.h"
#include "services/frontdoor_service.h"
#include "services/plan_service.h"
#include "web/layout.h"

namespace lw::web {

struct PlanPageView {
  PlanView view;
  FrontDoorDirectory directory;  // workers' names
  std::string done;              // ?done=
};
Page PlanPage(const PlanPageView& v);

struct PlanFormInput {
  MyPlan plan;             // sections and actions as typed
  std::string entered_by;  // as sent: an EnteredBy key, or ""
  std::optional<long long> based_on;
  std::string add;                 // "action": show one more row, save nothing
  std::vector<FieldError> errors;  // dates that are not dates, no "whose words"
};
PlanFormInput ParsePlanForm(const http::Form& form);

struct PlanEditView {
  Person person;
  MyPlan plan;  // the form's values
  std::string entered_by;
  long long based_on = 0;
  int empty_rows = 1;  // empty action rows after those typed
  std::string csrf_token;
  std::vector<FieldError> errors;
  // Someone saved first: what is stored now (the form keeps `plan`).
  std::optional<MyPlan> stored;
  FrontDoorDirectory directory;
  int status = 200;
};
Page PlanEditPage(const PlanEditView& v);

struct PlanVersionsView {
  PlanHistoryView history;
  FrontDoorDirectory directory;
};
Page PlanVersionsPage(const PlanVersionsView& v);

struct PlanOneVersionView {
  PlanVersionView version;
  FrontDoorDirectory directory;
};
Page PlanVersionPage(const PlanOneVersionView& v);

struct PlanCompareViewPage {
  PlanCompareView compare;
  FrontDoorDirectory directory;
};
Page PlanComparePage(const PlanCompareViewPage& v);

struct PlanPrintView {
  PlanView view;
  Date today;
};
Page PlanPrintPage(const PlanPrintView& v);

struct PlanImportView {
  Person person;
  long long based_on = 0;
  std::string document;  // as pasted
  std::string csrf_token;
  std::vector<FieldError> errors;
  std::string problem;
  int status = 200;
};
Page PlanImportPage(const PlanImportView& v);

}  // namespace lw::web

// A person's record as the team works with it (issue 5): their details,
// their episodes of support, open concerns and the timeline of everything
// that has happened with them, with the forms that change it; and
// break-glass, for reading a record outside one's own teams in an urgent
// case.
//
// Routes (RegisterRecordPages in page_support.h), care roles only. Each is
// one TeamService call (the record page also reads the front door's
// directory, for team and worker names):
//   GET  /people/{id}/record       TeamService::Record. "?done=<action>"
//        shows a success banner. A record that does not exist, or that the
//        viewer may not see, is the same 404 page as any missing page.
//        Read under break-glass: a warning callout saying until when, and
//        no forms (PersonRecordView::may_change is false).
//   POST /people/{id}/episodes           OpenEpisode (keyworker, started on,
//        planned end, intensity); offered while the person has no active
//        episode with the viewer's team, as "They have come back: open
//        episode N" when an earlier one has ended.
//   POST /episodes/{eid}/keyworker       ReassignKeyworker
//   POST /episodes/{eid}/review          RecordReview
//   POST /episodes/{eid}/planned-ending  PlanEnding (empty date: none)
//   POST /episodes/{eid}/ending          EndEpisode
//        The episode forms carry `version` and `person_id` (the record to
//        return to); a missing or malformed version, or a person whose
//        record does not hold the episode, is a 400 page.
//   POST /people/{id}/contacts           RecordContact: this person, with
//        the active episode in the viewer's team if any (hidden field
//        `episode_id`); the service adds the viewer to the staff.
//   POST /people/{id}/concerns           RaiseConcern, for any care role.
//   Success is a 303 to /people/{id}/record?done=<action>#<section>.
//   kInvalidArgument re-renders the record (422) with the error summary,
//   each error beside its field and what was typed; kFailedPrecondition
//   (the episode's state does not allow it) shows the service's message
//   (409); kConflict (someone else changed the episode first) explains that
//   nothing was saved and shows the latest version (409). Nothing is stored
//   by any of these. kNotFound is the 404 page.
//   GET  /people/{id}/details      the form to change their fuller details,
//   POST /people/{id}/details      and UpdateDetails (record_details_form.h);
//        the record page's summary links to it ("Change") while it may be
//        changed; success returns with ?done=details#details.
//   GET  /people/{id}/break-glass  the reason form and a clear warning; the
//        page is the same whether or not the record exists.
//   POST /people/{id}/break-glass  BreakGlassRead; 303 to the record.
//        A reason too short or too long re-renders the form (422); a record
//        the viewer can already see shows the service's message (409).
// Reads and writes are audited by the service, not here.
//
// The page functions below render without I/O, for tests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/dates.h"
#include "base/error.h"
#include "http/request.h"
#include "services/frontdoor_service.h"
#include "services/team_service.h"
#include "web/layout.h"

namespace lw::web {

// The forms on the record page.
enum class RecordAction {
  kNone,
  kOpenEpisode,
  kKeyworker,
  kReview,
  kPlannedEnding,
  kEnding,
  kContact,
  kConcern,
  kDetails,  // on a page of its own (record_details_form.h)
};
// "open-episode", "keyworker", "review", "planned-ending", "ending",
// "contact", "concern", "details": the form's id, the ?done= key, and the
// prefix of its fields' element ids.
std::string_view RecordActionKey(RecordAction action);
// The page section a form's result shows in: "episodes", "timeline",
// "concerns", "details".
std::string_view RecordSectionOf(RecordAction action);

struct RecordPageView {
  PersonRecordView record;
  FrontDoorDirectory directory;  // team and worker names; the keyworker choices
  std::string team_id;           // the viewer's team
  std::string viewer_user_id;    // left out of "others who took part"
  std::string csrf_token;
  std::string done;  // ?done= from the last action: a success banner
  // A form that was refused: which, what was typed, and why.
  RecordAction failed = RecordAction::kNone;
  http::Form typed;
  std::vector<FieldError> errors;  // named as the form fields
  std::string problem;             // a refusal that names no field
  int status = 200;
};
Page RecordPage(const RecordPageView& view);

struct BreakGlassView {
  std::string person_id;
  std::string csrf_token;
  std::string reason;              // as typed
  std::vector<FieldError> errors;  // "reason"
  std::string problem;             // a refusal that names no field
  int status = 200;
};
Page BreakGlassPage(const BreakGlassView& view);

}  // namespace lw::web

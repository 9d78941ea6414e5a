// The team's own pages (issue 5): today's huddle with its team decisions,
// a worker's caseload, and how the team's work is shared.
//
// Routes (RegisterTeamPages in page_support.h), for care roles; the
// service shows each the actor's own team, and kNotFound (a 404 page) for
// anyone without one:
//   GET  /huddle                 TeamService::Huddle: the seven sections in
//        board order, each item with its decisions and a link to its page;
//        `?done=decision|done|moved` shows a success banner.
//   GET  /huddle/items/{kind}/{subject}  TeamService::HuddleItemOnBoard: the
//        item and its decisions, with the "Record a team decision" form; 404
//        when it is not on today's board (an unknown kind included).
//   POST /huddle/items/{kind}/{subject}  TeamService::RecordDecision, about
//        what the form's hidden fields name, at today's huddle; 303 to
//        /huddle?done=decision#<item>; kInvalidArgument re-renders the
//        item's page (422) with the error summary and what was typed.
//   POST /huddle/decisions/{id}/done        TeamService::MarkDecisionDone
//   POST /huddle/decisions/{id}/reschedule  TeamService::RescheduleDecision
//        Both carry `version`; 303 to /huddle?done=done|moved#<item>;
//        kInvalidArgument is 422 as above; kFailedPrecondition (already
//        done) shows the domain's message in the error summary (409); a
//        stale version (kConflict) is a 409 page saying someone else changed
//        it, with a link back to the huddle. A missing or non-numeric
//        version, or a POST to an item path that cannot name an item (an
//        unknown kind, a subject id not made of anchor characters), is a
//        400 page.
//   GET  /caseload               TeamService::Caseload for the actor
//   GET  /caseload/{user_id}     a colleague's, in the same team (404 otherwise)
//   GET  /team/caseload          TeamService::TeamCaseload: each worker's count
//        and weighted load, those carrying more than their share flagged.
// Reads and writes are audited by the service, not here.
//
// Items are anchored by `HuddleItemAnchor` ("concern-<id>"); each form's
// element ids start with its item's anchor, so the board's forms never
// share an id. The board carries no decision form of its own: with one on
// each of 150 items it weighed 1.6 MB and held 2,000 form controls
// (docs/performance.md). The page functions render without I/O, for tests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "http/request.h"
#include "services/team_service.h"
#include "web/layout.h"

namespace lw::web {

// "<kind key>-<subject id>": unique on the board (an episode due for both a
// review and an ending is two items of different kinds).
std::string HuddleItemAnchor(const HuddleItem& item);
// "/huddle/items/<kind key>/<subject id>": the item's own page.
std::string HuddleItemPath(const HuddleItem& item);

// Which of an item's forms was sent.
enum class HuddleForm { kNone, kDecision, kDone, kMove };

struct HuddlePageView {
  HuddleView huddle;
  std::string viewer_user_id;  // ticked in "who was in the huddle"
  std::string csrf_token;
  std::string done;  // ?done= after a change: a success banner
  // A form that was refused: which, on which item, what was typed, and why.
  HuddleForm failed = HuddleForm::kNone;
  std::string failed_item;  // the item's anchor
  http::Form typed;
  std::vector<FieldError> errors;  // named as the form fields
  std::string problem;             // a refusal that names no field
  int status = 200;
};
Page HuddlePage(const HuddlePageView& view);
// One item (the only one on `view.huddle.board`), its decisions and the form
// to record one; `view.failed` kDecision shows what was typed and why not.
Page HuddleItemPage(const HuddlePageView& view);

// 409: someone else changed the decision first; a link back to the huddle.
Page DecisionConflictPage(std::string_view anchor);

struct CaseloadPageView {
  CaseloadView caseload;
  bool own = true;  // the viewer's own ("My caseload")
};
Page CaseloadPage(const CaseloadPageView& view);

struct TeamCaseloadPageView {
  TeamCaseloadView team;
  std::string viewer_user_id;  // their own row links to /caseload
};
Page TeamCaseloadPage(const TeamCaseloadPageView& view);

}  // namespace lw::web

// The front door for staff and network partners: the list of
// introductions, recording one from any route, one introduction with the
// actions its state allows, and its history.
//
// Routes (RegisterFrontDoorPages in page_support.h). Care roles use them
// all; network partners the first four, and the service then shows them
// only the introductions they made, as their introducer sees them
// (kNotFound, a 404 page, for anyone else's):
//   GET  /front-door                 FrontDoorService::List. Query:
//        sort=oldest|newest|source|state|assigned, team, neighbourhood,
//        closed=yes, page=N. An unknown sort, a page that is not a whole
//        number from 1, a team or neighbourhood that is not in the
//        directory, or closed other than "yes" is a 400 page (never
//        silently replaced by a default: a wrong link should be seen).
//   GET  /front-door/new             the form, with a one-time submission key
//   POST /front-door/new             FrontDoorService::Record; 303 to the
//        introduction (a double submission lands on the first); 422 with
//        the error summary and what was typed.
//   GET  /front-door/{id}            FrontDoorService::Get (+ Matches while
//        no record is linked); `?done=<action>` shows a success banner.
//   GET  /front-door/{id}/history    FrontDoorService::History
//   POST /front-door/{id}/assign | attempt | book | not-held | held | close
//        | link | create-person      care roles: one service call each,
//        carrying `version`; 303 back to the introduction with ?done=...;
//        kInvalidArgument re-renders the page with the errors beside the
//        form's fields (422); kFailedPrecondition (the state does not allow
//        it) shows the domain's message in the error summary (409); a
//        stale version (kConflict) is a 409 page saying someone else
//        changed it, with a link to reload; nothing is stored by any of
//        these. A missing or non-numeric version is a 400 page.
// Reads and writes are audited by the service, not here.
//
// The page functions below render without I/O, for tests.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "domain/access/actor.h"
#include "http/request.h"
#include "services/frontdoor_service.h"
#include "web/layout.h"

namespace lw::web {

// The list's sort keys in the query string.
std::optional<IntroductionOrder> ParseFrontDoorSort(std::string_view key);
std::string_view FrontDoorSortKey(IntroductionOrder order);

// The list's query string, parsed; kInvalidArgument naming the bad
// parameter. Team and neighbourhood ids are checked against the directory
// by the handler.
Result<FrontDoorQuery> ParseFrontDoorQuery(const http::Request& request);

struct FrontDoorListView {
  FrontDoorList list;
  FrontDoorDirectory directory;
  FrontDoorQuery query;  // as applied
  Timestamp now;
  FrontDoorPolicy policy;
};
Page FrontDoorListPage(const FrontDoorListView& view);

struct NewIntroductionView {
  bool partner = false;          // a network partner: they choose the team
  FrontDoorDirectory directory;  // teams for the select
  std::string default_team_id;   // the actor's team, preselected
  http::Form typed;              // what was sent, to show again
  std::string submission_key;    // the form's one-time key
  std::string csrf_token;
  std::vector<FieldError> errors;  // named as the form fields
  int status = 200;
};
Page NewIntroductionPage(const NewIntroductionView& view);

// The small forms on an introduction's page.
enum class FrontDoorAction {
  kNone,
  kAssign,
  kAttempt,
  kBook,
  kNotHeld,
  kHeld,
  kClose,
  kLink,
  kCreatePerson
};
// "attempt", "not-held" ...: the last path segment, and the ?done= key.
std::string_view FrontDoorActionKey(FrontDoorAction action);

struct IntroductionView {
  Introduction intro;
  bool whole = true;  // false: as its introducer sees it, with no actions
  FrontDoorDirectory directory;
  std::vector<MatchOffer> matches;  // while no record is linked
  Timestamp now;
  FrontDoorPolicy policy;
  std::string csrf_token;
  std::string done;  // ?done= from the last action: a success banner
  // A form that was refused: which, what was typed, and why.
  FrontDoorAction failed = FrontDoorAction::kNone;
  http::Form typed;
  std::vector<FieldError> errors;  // named as the form fields
  std::string problem;             // a refusal that names no field
  int status = 200;
};
Page IntroductionPage(const IntroductionView& view);

Page IntroductionHistoryPage(const Introduction& intro,
                             std::span<const IntroductionVersion> versions,
                             const FrontDoorDirectory& directory);

// 409: someone else changed it first; a link to load it again.
Page IntroductionConflictPage(std::string_view id);

// "Their story so far" on a person's page: each introduction in `story`
// (newest first) in the person's words, the conversation, how it ended.
// Renders nothing for an empty story.
void StorySoFar(Html& h, std::span<const Introduction> story);

}  // namespace lw::web

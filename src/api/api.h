// The JSON API under /api/v1/: thin adapters over the same service calls
// as the pages, so every rule lives in one place.
//
// Contract: `RegisterApi` adds every API route, each with its access
// declaration and RouteKind::kApi. Errors are application/problem+json
// (RFC 9457) built by `Problem`: `type` is "urn:livingwell:problem:<code>",
// `title`, `status`, `detail`, and for validation failures an `errors`
// array of {field, message}; a conflict adds `current_version`. Records
// carry an ETag of their version ("\"3\""); updates require If-Match
// (428 without it, 412 when it does not match the stored version).
#pragma once

#include <string>
#include <string_view>

#include "base/clock.h"
#include "base/error.h"
#include "http/router.h"
#include "services/auth_service.h"
#include "services/directory_finder.h"
#include "services/evaluation_service.h"
#include "services/frontdoor_service.h"
#include "services/outbox.h"
#include "services/peer_matching_service.h"
#include "services/people_service.h"
#include "services/plan_service.h"
#include "services/progress_service.h"
#include "services/provision_gaps.h"
#include "services/staffing_service.h"
#include "services/team_service.h"
#include "services/warm_introductions.h"

namespace lw::api {

struct ApiDeps {
  PeopleService& people;
  FrontDoorService& frontdoor;
  TeamService& team;
  StaffingService& staffing;
  // For days waiting and past target; not owned; null: the system clock.
  const Clock* clock = nullptr;
  // My Story / My Plan; not owned; null: the plan routes are not registered.
  PlanService* plans = nullptr;
  // Names this service in exported plan documents ("exportedBy").
  std::string service_name = "Living Well";
  // Where people reach this server (config public_url): /oruk/ names its
  // openapi.json from it.
  std::string public_url = "http://127.0.0.1:8080";
  // Goals, Wheel of Life, questionnaires and progress; not owned; null: those
  // routes are not registered.
  ProgressService* progress = nullptr;
  // The directory (issue 7); not owned; null: /oruk/ is not registered.
  NetworkDirectory* directory = nullptr;
  DirectoryFinder* directory_finder = nullptr;
  // Warm introductions into the network (issue 7); not owned.
  WarmIntroductions* warm = nullptr;
  // Peer matching (issue 7, point 6); not owned; null: those routes are not
  // registered.
  PeerMatchingService* peers = nullptr;
  // Gaps in provision (issue 7, point 7); not owned; null: those routes are
  // not registered.
  ProvisionGaps* gaps = nullptr;
  // The outbox (issue 7, point 5); not owned; null: /api/v1/outbox is not
  // registered.
  Outbox* outbox = nullptr;
  // The evaluation (issue 9); not owned; null: /api/v1/open-data and
  // /api/v1/evaluation are not registered.
  EvaluationService* evaluation = nullptr;
};

void RegisterApi(http::Router& router, const ApiDeps& deps);
// /api/v1/introductions (introductions_api.cc); called by RegisterApi.
void RegisterIntroductionsApi(http::Router& router, const ApiDeps& deps);
// /api/v1/people/{id}/record, /api/v1/episodes, /api/v1/contacts, /api/v1/concerns,
// /api/v1/huddle, /api/v1/decisions, /api/v1/caseloads (team_api*.cc).
void RegisterTeamApi(http::Router& router, const ApiDeps& deps);
// /api/v1/staffing, /api/v1/staff-posts, /api/v1/organisations and
// /api/v1/teams (staffing_api.cc).
void RegisterStaffingApi(http::Router& router, const ApiDeps& deps);
// /api/v1/people/{id}/plan, its versions, export and import (plan_api.cc);
// needs deps.plans.
void RegisterPlanApi(http::Router& router, const ApiDeps& deps);
// /api/v1/people/{id}/goals, .../wheel, .../questionnaires, .../progress and
// /api/v1/instruments (progress_api.cc); needs deps.progress.
void RegisterProgressApi(http::Router& router, const ApiDeps& deps);
// /api/v1/me/lived-experience and /api/v1/people/{id}/peer-mentor
// (peer_api.cc); needs deps.peers.
void RegisterPeerApi(http::Router& router, const ApiDeps& deps);

// /oruk/: the directory through Open Referral UK 3.0 (oruk_api.cc); public;
// needs deps.directory and deps.directory_finder.
void RegisterOrukApi(http::Router& router, const ApiDeps& deps);
}  // namespace lw::api

namespace lw {
// The text of data/oruk/openapi.json, compiled in (src/CMakeLists.txt).
std::string_view OrukOpenApiJson();
}  // namespace lw

namespace lw::api {

// /api/v1/people/{id}/warm-introductions and /api/v1/warm-introductions
// (warm_api.cc): the twins of the warm-introduction pages.
void RegisterWarmApi(http::Router& router, WarmIntroductions& warm);

// /api/v1/directory/... (directory_api.cc): the twins of the directory's
// pages; needs deps.directory and deps.directory_finder.
void RegisterDirectoryApi(http::Router& router, const ApiDeps& deps);

// /api/v1/people/{id}/unmet-needs, /api/v1/unmet-needs/{id}/in-error and
// /api/v1/gaps (gaps_api.cc): the twins of the gaps pages.
void RegisterGapsApi(http::Router& router, ProvisionGaps& gaps);

// /api/v1/outbox (outbox_api.cc): the twin of /outbox; administrators only.
void RegisterOutboxApi(http::Router& router, Outbox& outbox);

// GET /api/v1/open-data (public) and GET /api/v1/evaluation (dashboard
// roles) (evaluation_api.cc): the JSON twins of /open-data.csv and
// /evaluation.csv.
void RegisterEvaluationApi(http::Router& router, EvaluationService& evaluation);

// problem+json for a status the pipeline produced (404, 401, 403 ...).
http::Response ProblemForStatus(int status, const http::Request& request,
                                std::string_view detail = {});
// problem+json for a service error.
http::Response ProblemForError(const Error& error, const http::Request& request);

}  // namespace lw::api

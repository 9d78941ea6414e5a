// Helpers shared by the page handlers: rendering a page for the caller of
// a request, and turning a service error into the matching error page.
//
// Contract: `Respond` renders `page` in the layout for the request's
// viewer. `RespondWithError` maps the error's code to an HTTP status with
// lw::http::HttpStatusFor (the one mapping shared with the API) and renders
// that status's error page; the error's own message is not shown, because
// it may be written for an operator.
#pragma once

#include <memory>
#include <optional>
#include <string_view>

#include "base/check.h"
#include "base/error.h"
#include "http/router.h"
#include "web/layout.h"
#include "web/web.h"

namespace lw::web {

// Handlers keep the dependencies alive by sharing one copy of them.
using SharedDeps = std::shared_ptr<const WebDeps>;

inline Shell ShellOf(const WebDeps& deps) { return Shell{deps.site, deps.assets}; }

inline Viewer ViewerOf(const http::RequestContext& ctx) {
  return Viewer{ctx.actor ? &*ctx.actor : nullptr, ctx.csrf_token};
}

// The signed-in actor of a route declared for staff roles only: the
// pipeline has already refused anyone else, so a missing actor is a bug.
inline const Actor& SignedInActor(const http::RequestContext& ctx) {
  LW_CHECK(ctx.actor.has_value());
  return *ctx.actor;
}

// The request's form fields; none when it had no form body.
const http::Form& FormOf(const http::Request& request);

// A whole number typed or sent in a form, at least `least`; nullopt when
// empty, not a number, or too small.
std::optional<long long> ParseWhole(std::string_view text, long long least);

// A record version sent in a form: a whole number from 1, or nullopt.
inline std::optional<long long> ParseVersion(std::string_view text) { return ParseWhole(text, 1); }

http::Response Respond(const WebDeps& deps, const http::RequestContext& ctx, const Page& page);
http::Response RespondWithError(const WebDeps& deps, const http::RequestContext& ctx,
                                const Error& error);

// Registration of each group of pages (one file each).
void RegisterSignInPages(http::Router& router, const SharedDeps& deps);
void RegisterHomePage(http::Router& router, const SharedDeps& deps);
void RegisterPeoplePages(http::Router& router, const SharedDeps& deps);
void RegisterAccountsPage(http::Router& router, const SharedDeps& deps);
// The public "Introduce yourself" journey (introduce_pages.cc).
void RegisterIntroducePages(http::Router& router, const SharedDeps& deps);
// The front door for staff and partners (frontdoor_pages.cc).
void RegisterFrontDoorPages(http::Router& router, const SharedDeps& deps);
// A person's record with its episodes, contacts and concerns, and
// break-glass (record_pages.h).
void RegisterRecordPages(http::Router& router, const SharedDeps& deps);
// The team's huddle and caseloads (team_pages.cc).
void RegisterTeamPages(http::Router& router, const SharedDeps& deps);
// Staff posts and the staffing check (staffing_pages.h); needs deps->staffing.
void RegisterStaffingPages(http::Router& router, const SharedDeps& deps);
// My Story / My Plan (plan_pages.h); needs deps->plans.
void RegisterPlanPages(http::Router& router, const SharedDeps& deps);
// Goals, the Wheel of Life, questionnaires and progress (progress_pages.h);
// needs deps->progress.
void RegisterProgressPages(http::Router& router, const SharedDeps& deps);
// One directory entry and marking it checked (directory_pages.h); needs
// deps->directory.
void RegisterDirectoryPages(http::Router& router, const SharedDeps& deps);
// GET /directory, the search page (directory_search_page.cc); needs
// deps.directory and deps.directory_finder.
void RegisterDirectorySearchPage(http::Router& router, const SharedDeps& deps);
// Warm introductions into the network (warm_pages.cc); needs deps.warm and
// deps.directory.
void RegisterWarmIntroductionPages(http::Router& router, const SharedDeps& deps);
// My lived experience and a person's peer mentor (peer_pages.h); needs
// deps->peers.
void RegisterPeerPages(http::Router& router, const SharedDeps& deps);
// A person's unmet needs and the gaps-in-provision report (gaps_pages.cc);
// needs deps->gaps.
void RegisterGapsPages(http::Router& router, const SharedDeps& deps);
// The evaluation's dashboards and the open data (evaluation_pages.h);
// needs deps->evaluation.
void RegisterEvaluationPages(http::Router& router, const SharedDeps& deps);
// GET /outbox, administrators only (outbox_page.cc); needs deps->outbox.
void RegisterOutboxPage(http::Router& router, const SharedDeps& deps);

}  // namespace lw::web

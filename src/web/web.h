// The web pages: server-rendered HTML with the NHS.UK frontend, working
// without JavaScript. Handlers are thin: parse and validate the form, call
// one service, render.
//
// Contract: `RegisterPages` adds every page route to the router, each with
// its access declaration. `RenderErrorPage` renders the pipeline's own
// errors (404, 405, 403 CSRF, 408, 413, 429, 500, 503) as NHS-style pages
// inside the site layout. All user text is escaped by construction
// (web/html.h).
#pragma once

#include <string>

#include "base/clock.h"
#include "base/random.h"
#include "http/router.h"
#include "http/server.h"
#include "http/static_assets.h"
#include "services/account_service.h"
#include "services/auth_service.h"
#include "services/directory_finder.h"
#include "services/evaluation_service.h"
#include "services/frontdoor_service.h"
#include "services/home_service.h"
#include "services/network_directory.h"
#include "services/outbox.h"
#include "services/peer_matching_service.h"
#include "services/people_service.h"
#include "services/plan_service.h"
#include "services/progress_service.h"
#include "services/provision_gaps.h"
#include "services/staffing_service.h"
#include "services/team_service.h"
#include "services/warm_introductions.h"

namespace lw::web {

inline constexpr const char* kSessionCookie = "lw_session";
inline constexpr const char* kCsrfCookie = "lw_csrf";  // pre-session CSRF (sign-in form)

struct SiteOptions {
  std::string service_name = "Living Well";  // header title, from the locality's configuration
  std::string locality_name;                 // shown in the footer
  bool secure_cookies = false;               // Secure flag on cookies (TLS)
  // Getting help now: in the footer of every page, and at the top of every
  // page of the public journey.
  std::string crisis_text =
      "In a crisis? Call 999 if a life is at risk, NHS 111 and choose option 2 for urgent mental "
      "health help, or Samaritans free on 116 123, any time.";
};

struct WebDeps {
  AuthService& auth;
  HomeService& home;
  PeopleService& people;
  AccountService& accounts;
  FrontDoorService& frontdoor;
  TeamService& team;
  const http::StaticAssets& assets;
  const Clock& clock;
  SiteOptions site;
  // Source of the pre-session CSRF token the sign-in page sets in the
  // lw_csrf cookie. Not owned. Null: the system CSPRNG (SystemRandom).
  Random* random = nullptr;
  // Staff posts and the staffing check (staffing_pages.h). Not owned.
  // Null: the staffing pages are not registered (tests of other pages).
  StaffingService* staffing = nullptr;
  // My Story / My Plan (plan_pages.h). Not owned. Null: the plan pages are
  // not registered.
  PlanService* plans = nullptr;
  // Goals, Wheel of Life, questionnaires and progress (progress_pages.h).
  // Not owned. Null: those pages are not registered.
  ProgressService* progress = nullptr;
  // The directory of the Living Well Network and Community
  // (directory_pages.h). Not owned. Null: those pages are not registered.
  NetworkDirectory* directory = nullptr;
  // Its published snapshot and search index, for /directory. Not owned.
  // Null: the search page is not registered.
  DirectoryFinder* directory_finder = nullptr;
  // Warm introductions into the network (issue 7); not owned.
  WarmIntroductions* warm = nullptr;
  // Peer matching (peer_pages.h). Not owned. Null: those pages are not
  // registered.
  PeerMatchingService* peers = nullptr;
  // Gaps in provision (gaps_pages.cc). Not owned. Null: those pages are not
  // registered.
  ProvisionGaps* gaps = nullptr;
  // The evaluation's dashboards and open data (evaluation_pages.h). Not
  // owned. Null: those pages are not registered.
  EvaluationService* evaluation = nullptr;
  // The outbox of emails (outbox_page.cc). Not owned. Null: /outbox is not
  // registered.
  Outbox* outbox = nullptr;
};

void RegisterPages(http::Router& router, const WebDeps& deps);

http::Response RenderErrorPage(int status, const http::Request& request,
                               const http::Identity& identity, const WebDeps& deps);

}  // namespace lw::web

// Layout: the page shell every HTML page is rendered in - the NHS.UK
// frontend's template (dist/nhsuk/template.njk) without its inline script.
//
// Contract: `RenderLayout` wraps a page's <main> content in
//   <!DOCTYPE html><html lang="en-GB"> head (title "Page – Service", the
//   NHS and our CSS by hashed asset URL) / skip link / NHS header with the
//   service name linked to "/", the viewer's name and a Sign out button
//   (a POST form with the CSRF token), and navigation by role / main /
//   footer (locality, crisis numbers) / scripts (type="module").
// There are no inline scripts or styles, so the pages run under
// `script-src 'self'; style-src 'self'`: js/app.js sets the body classes
// the frontend needs and initialises its components.
//
// Navigation shows only what the viewer's role may use: Home for everyone
// signed in, Front door for care roles (Introductions for network
// partners, who see the ones they made), People for care roles, Huddle and
// My caseload for care roles in a team, Warm introductions and Your
// services (their directory entries) for network partners, Directory for
// everyone, Review (of partners' directory changes) for administrators,
// Staffing for team leads, administrators and commissioners, Accounts for
// administrators.
//
// Asset names must exist in the StaticAssets (a missing one is a bug and
// fails a check at render time).
#pragma once

#include <string>
#include <string_view>

#include "domain/access/actor.h"
#include "http/response.h"
#include "http/static_assets.h"
#include "web/html.h"
#include "web/web.h"

namespace lw::web {

enum class NavSection {
  kNone,
  kHome,
  kFrontDoor,
  kPeople,
  kHuddle,
  kCaseload,
  kDirectory,
  kYourServices,     // a network partner's own directory entries
  kDirectoryReview,  // partners' changes awaiting an administrator's review
  kWarmIntroductions,
  kStaffing,
  kGaps,
  kEvaluation,
  kAccounts,
  kOutbox
};

struct Page {
  std::string title;                       // "Sign in" -> "Sign in – Living Well"
  Html content;                            // everything inside <main>
  int status = 200;                        // HTTP status of the response
  bool has_errors = false;                 // title gets "Error: " (NHS guidance)
  NavSection section = NavSection::kNone;  // the navigation item marked current
};

// Who is looking at the page.
struct Viewer {
  const Actor* actor = nullptr;  // null when signed out; not owned
  std::string_view csrf_token;   // for the sign-out form
};

// What every page shares: the site's name and its assets. Not owned.
struct Shell {
  const SiteOptions& site;
  const http::StaticAssets& assets;
};

std::string RenderLayout(const Shell& shell, const Viewer& viewer, const Page& page);

// The rendered page as an HTML response with the page's status.
http::Response PageResponse(const Shell& shell, const Viewer& viewer, const Page& page);

}  // namespace lw::web

#include "web/layout.h"

#include "domain/access/role.h"

namespace lw::web {

namespace {

// The NHS logo from nhsuk-frontend's header template.
constexpr Markup kNhsLogo =
    "<svg class=\"nhsuk-header__logo\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 80\" "
    "height=\"40\" width=\"100\" focusable=\"false\" role=\"img\" aria-label=\"NHS\">"
    "<title>NHS</title><path fill=\"currentcolor\" d=\"M200 0v80H0V0h200Zm-27.5 5.5c-14.5 0-29 "
    "5-29 "
    "22 0 10.2 7.7 13.5 14.7 16.3l.7.3c5.4 2 10.1 3.9 10.1 8.4 0 6.5-8.5 7.5-14 "
    "7.5s-12.5-1.5-16-3.5"
    "L135 70c5.5 2 13.5 3.5 20 3.5 15.5 0 32-4.5 32-22.5 0-19.5-25.5-16.5-25.5-25.5 0-5.5 5.5-6.5 "
    "12.5-6.5a35 35 0 0 1 14.5 3l4-13.5c-4.5-2-12-3-20-3Zm-131 2h-22l-14 65H22l9-45h.5l13.5 45h21.5"
    "l14-65H64l-9 45h-.5l-13-45Zm63 0h-18l-13 65h17l6-28H117l-5.5 28H129l13.5-65H125L119.5 32h-20l5"
    "-24.5Z\"/></svg>";

constexpr Markup kUserIcon =
    "<svg class=\"nhsuk-icon nhsuk-icon--user\" xmlns=\"http://www.w3.org/2000/svg\" "
    "viewBox=\"0 0 24 24\" width=\"16\" height=\"16\" focusable=\"false\" aria-hidden=\"true\">"
    "<path d=\"M12 1a11 11 0 1 1 0 22 11 11 0 0 1 0-22Zm0 2a9 9 0 0 0-5 16.5V18a4 4 0 0 1 4-4h2a4 "
    "4 "
    "0 0 1 4 4v1.5A9 9 0 0 0 12 3Zm0 3a3.5 3.5 0 1 1-3.5 3.5A3.4 3.4 0 0 1 12 6Z\"/></svg>";

void Head(Html& h, const Shell& shell, const Page& page) {
  h << "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
  if (page.has_errors) h << "Error: ";
  h << Text(page.title) << " – " << Text(shell.site.service_name) << "</title>\n"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, "
       "viewport-fit=cover\">\n"
    << "<meta name=\"theme-color\" content=\"#005eb8\">\n"
    << "<link rel=\"icon\" href=\"" << Attr(shell.assets.Url("images/favicon.ico"))
    << "\" sizes=\"48x48\">\n"
    << "<link rel=\"icon\" href=\"" << Attr(shell.assets.Url("images/favicon.svg"))
    << "\" sizes=\"any\" type=\"image/svg+xml\">\n"
    << "<link rel=\"stylesheet\" href=\"" << Attr(shell.assets.Url("nhsuk/nhsuk-frontend.min.css"))
    << "\">\n"
    << "<link rel=\"stylesheet\" href=\"" << Attr(shell.assets.Url("css/app.css")) << "\">\n"
    << "</head>\n";
}

void NavItem(Html& h, std::string_view href, std::string_view text, bool current) {
  if (current) {
    h << "<li class=\"nhsuk-header__navigation-item nhsuk-header__navigation-item--current\">"
      << "<a class=\"nhsuk-header__navigation-link\" href=\"" << Attr(href)
      << "\" aria-current=\"page\"><strong "
         "class=\"nhsuk-header__navigation-item-current-fallback\">"
      << Text(text) << "</strong></a></li>\n";
  } else {
    h << "<li class=\"nhsuk-header__navigation-item\"><a class=\"nhsuk-header__navigation-link\" "
         "href=\""
      << Attr(href) << "\">" << Text(text) << "</a></li>\n";
  }
}

void Navigation(Html& h, const Actor& actor, NavSection section) {
  h << "<nav class=\"nhsuk-header__navigation\" aria-label=\"Menu\">\n"
       "<div class=\"nhsuk-header__navigation-container nhsuk-width-container\">\n"
       "<ul class=\"nhsuk-header__navigation-list\">\n";
  NavItem(h, "/home", "Home", section == NavSection::kHome);
  if (kCareRoles.Has(actor.role)) {
    NavItem(h, "/front-door", "Front door", section == NavSection::kFrontDoor);
  } else if (actor.role == Role::kNetworkPartner) {
    NavItem(h, "/front-door", "Introductions", section == NavSection::kFrontDoor);
  }
  if (kCareRoles.Has(actor.role)) NavItem(h, "/people", "People", section == NavSection::kPeople);
  if (kCareRoles.Has(actor.role) && !actor.team_id.empty()) {
    NavItem(h, "/huddle", "Huddle", section == NavSection::kHuddle);
    NavItem(h, "/caseload", "My caseload", section == NavSection::kCaseload);
  }
  if (actor.role == Role::kNetworkPartner) {
    NavItem(h, "/warm-introductions", "Warm introductions",
            section == NavSection::kWarmIntroductions);
  }
  if (actor.role == Role::kNetworkPartner) {
    NavItem(h, "/directory/mine", "Your services", section == NavSection::kYourServices);
  }
  NavItem(h, "/directory", "Directory", section == NavSection::kDirectory);
  if (actor.role == Role::kAdministrator) {
    NavItem(h, "/directory/review", "Review", section == NavSection::kDirectoryReview);
  }
  if (actor.role == Role::kTeamLead || actor.role == Role::kAdministrator ||
      actor.role == Role::kCommissioner) {
    NavItem(h, "/staffing", "Staffing", section == NavSection::kStaffing);
    NavItem(h, "/gaps", "Gaps in provision", section == NavSection::kGaps);
    NavItem(h, "/evaluation", "Evaluation", section == NavSection::kEvaluation);
  }
  if (actor.role == Role::kAdministrator) {
    NavItem(h, "/accounts", "Accounts", section == NavSection::kAccounts);
    NavItem(h, "/outbox", "Outbox", section == NavSection::kOutbox);
  }
  h << "<li class=\"nhsuk-header__menu\" hidden>"
       "<button class=\"nhsuk-header__menu-toggle nhsuk-header__navigation-link\" "
       "id=\"toggle-menu\" "
       "aria-expanded=\"false\"><span class=\"nhsuk-u-visually-hidden\">Browse </span>More</button>"
       "</li>\n</ul>\n</div>\n</nav>\n";
}

void Account(Html& h, const Viewer& viewer) {
  h << "<nav class=\"nhsuk-header__account\" aria-label=\"Account\">\n"
       "<ul class=\"nhsuk-header__account-list\">\n"
       "<li class=\"nhsuk-header__account-item\">"
    << kUserIcon << Text(viewer.actor->display_name) << "</li>\n"
    << "<li class=\"nhsuk-header__account-item\">\n"
       "<form class=\"nhsuk-header__account-form\" action=\"/sign-out\" method=\"post\" "
       "novalidate>\n";
  h << "<input type=\"hidden\" name=\"csrf_token\" value=\"" << Attr(viewer.csrf_token) << "\">\n"
    << "<button class=\"nhsuk-header__account-button\" type=\"submit\">Sign out</button>\n"
       "</form>\n</li>\n</ul>\n</nav>\n";
}

void Header(Html& h, const Shell& shell, const Viewer& viewer, const Page& page) {
  h << "<a class=\"nhsuk-skip-link\" data-module=\"nhsuk-skip-link\" href=\"#maincontent\">"
       "Skip to main content</a>\n"
       "<header class=\"nhsuk-header\" data-module=\"nhsuk-header\" role=\"banner\">\n"
       "<div class=\"nhsuk-header__container nhsuk-width-container\">\n"
       "<div class=\"nhsuk-header__service\">\n"
       "<a class=\"nhsuk-header__service-logo\" href=\"/\" aria-label=\"NHS "
    << Attr(shell.site.service_name) << " homepage\">\n"
    << kNhsLogo << "\n<span class=\"nhsuk-header__service-name\">" << Text(shell.site.service_name)
    << "</span>\n</a>\n</div>\n";
  if (viewer.actor != nullptr) Account(h, viewer);
  h << "</div>\n";
  if (viewer.actor != nullptr) Navigation(h, *viewer.actor, page.section);
  h << "</header>\n";
}

void Footer(Html& h, const Shell& shell) {
  h << "<footer class=\"nhsuk-footer\" role=\"contentinfo\">\n"
       "<div class=\"nhsuk-width-container\">\n<div class=\"nhsuk-footer__meta\">\n"
       "<p class=\"nhsuk-body-s lw-footer__crisis\">"
    << Text(shell.site.crisis_text) << "</p>\n<p class=\"nhsuk-body-s\">"
    << Text(shell.site.service_name);
  if (!shell.site.locality_name.empty()) h << ", " << Text(shell.site.locality_name);
  h << "</p>\n</div>\n</div>\n</footer>\n";
}

}  // namespace

std::string RenderLayout(const Shell& shell, const Viewer& viewer, const Page& page) {
  Html h;
  Head(h, shell, page);
  h << "<body>\n";
  Header(h, shell, viewer, page);
  h << "<div class=\"nhsuk-width-container\">\n"
       "<main class=\"nhsuk-main-wrapper\" id=\"maincontent\">\n"
    << page.content << "</main>\n</div>\n";
  Footer(h, shell);
  // Modules run after parsing, in order; app.js imports the frontend by the
  // URL on the data-lw-nhsuk-frontend script, so it needs no inline script.
  h << "<script type=\"module\" src=\"" << Attr(shell.assets.Url("nhsuk/nhsuk-frontend.min.js"))
    << "\" data-lw-nhsuk-frontend></script>\n"
    << "<script type=\"module\" src=\"" << Attr(shell.assets.Url("js/app.js")) << "\"></script>\n"
    << "</body>\n</html>\n";
  return std::move(h).Release();
}

http::Response PageResponse(const Shell& shell, const Viewer& viewer, const Page& page) {
  return http::Response::Html(RenderLayout(shell, viewer, page), page.status);
}

}  // namespace lw::web

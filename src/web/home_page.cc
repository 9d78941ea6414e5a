#include "web/home_page.h"

#include "domain/access/role.h"
#include "web/components.h"
#include "web/page_support.h"

namespace lw::web {

namespace {

// "1 record", "6 records".
void Count(Html& h, std::int64_t n, Markup one, Markup many) {
  h << n << " " << (n == 1 ? one : many);
}

void CareRoleHome(Html& h, const HomeSummary& summary) {
  h << "<h2 class=\"nhsuk-heading-m\">People</h2>\n<p>";
  if (summary.team_name.empty()) {
    h << "The records your team holds are on one list.";
  } else {
    h << "The records " << Text(summary.team_name) << " holds are on one list.";
  }
  h << "</p>\n<p><a href=\"/people\">See the people your team holds</a></p>\n"
       "<h2 class=\"nhsuk-heading-m\">Front door</h2>\n"
       "<p>Every introduction, from any route, until it ends somewhere.</p>\n"
       "<p><a href=\"/front-door\">See open introductions</a></p>\n";
}

// The team's own work, for care roles in a team.
void TeamWork(Html& h) {
  h << "<h2 class=\"nhsuk-heading-m\">The daily huddle</h2>\n"
       "<p>What the team looks at together each morning, and the decisions it has made.</p>\n"
       "<p><a href=\"/huddle\">Today's huddle</a></p>\n"
       "<h2 class=\"nhsuk-heading-m\">Caseloads</h2>\n"
       "<p>The people you are keyworker for, and what is due next.</p>\n"
       "<p><a href=\"/caseload\">My caseload</a></p>\n"
       "<p><a href=\"/team/caseload\">How the team's work is shared</a></p>\n"
       "<h2 class=\"nhsuk-heading-m\">My lived experience</h2>\n"
       "<p>If you are willing, the experiences you would share as a peer mentor, with your "
       "consent.</p>\n"
       "<p><a href=\"/my/lived-experience\">My lived experience</a></p>\n";
}

void AdministratorHome(Html& h, const HomeSummary& summary) {
  h << "<h2 class=\"nhsuk-heading-m\">Accounts and teams</h2>\n<p>There ";
  h << (summary.accounts == 1 ? Markup("is ") : Markup("are "));
  Count(h, summary.accounts, "staff account", "staff accounts");
  h << " and ";
  Count(h, summary.teams, "team", "teams");
  h << ".</p>\n<p><a href=\"/accounts\">See staff accounts</a></p>\n";
}

void NetworkPartnerHome(Html& h) {
  h << "<h2 class=\"nhsuk-heading-m\">Introductions</h2>\n"
       "<p>Introduce someone to Living Well through your account, with their knowledge, and "
       "see where each introduction you made has got to.</p>\n"
       "<p><a href=\"/front-door/new\">Introduce someone</a></p>\n"
       "<p><a href=\"/front-door\">Introductions you have made</a></p>\n"
       "<h2 class=\"nhsuk-heading-m\">Warm introductions</h2>\n"
       "<p>When a Living Well team introduces someone to one of your services, it is waiting "
       "for you under Warm introductions. You see only what each person has agreed to share "
       "with you. Let the team know when you are in touch, when you have met, or if it did not "
       "work out.</p>\n"
       "<p><a href=\"/warm-introductions\">Warm introductions to your services</a></p>\n"
       "<h2 class=\"nhsuk-heading-m\">Your services in the directory</h2>\n"
       "<p>Keep your entries in the directory current: opening times, how to reach you, who "
       "you are for. Teams read them when they introduce someone to you.</p>\n"
       "<p><a href=\"/directory/mine\">Your services</a></p>\n";
}

void CommissionerHome(Html& h) {
  h << "<h2 class=\"nhsuk-heading-m\">Evaluation</h2>\n"
       "<p>The Living Well measures, the same in every locality, by locality and month: compare "
       "localities, follow a trend and download the figures. They show figures, never records "
       "about people, and small numbers are hidden.</p>\n"
       "<p><a href=\"/evaluation\">Evaluation dashboards</a></p>\n"
       "<p>What the public sees: <a href=\"/open-data\">Living Well in figures</a></p>\n";
}

http::Response ShowHome(const WebDeps& deps, http::RequestContext& ctx) {
  const Actor& actor = SignedInActor(ctx);
  auto summary = deps.home.Summarise(actor);
  if (!summary) return RespondWithError(deps, ctx, summary.error());
  return Respond(deps, ctx, HomePage(actor, *summary));
}

}  // namespace

Page HomePage(const Actor& actor, const HomeSummary& summary) {
  Page page;
  page.title = "Home";
  page.section = NavSection::kHome;
  Html& h = page.content;
  h << "<h1 class=\"nhsuk-heading-l\">Home</h1>\n"
       "<dl class=\"nhsuk-summary-list\">\n";
  SummaryRow(h, "Signed in as", actor.display_name);
  SummaryRow(h, "Role", RoleDisplayName(actor.role));
  if (!summary.team_name.empty()) SummaryRow(h, "Team", summary.team_name);
  if (!summary.organisation_name.empty()) SummaryRow(h, "Organisation", summary.organisation_name);
  h << "</dl>\n";
  if (kCareRoles.Has(actor.role)) {
    CareRoleHome(h, summary);
    if (!actor.team_id.empty()) TeamWork(h);
  } else if (actor.role == Role::kAdministrator) {
    AdministratorHome(h, summary);
  } else if (actor.role == Role::kNetworkPartner) {
    NetworkPartnerHome(h);
  } else if (actor.role == Role::kCommissioner) {
    CommissionerHome(h);
  }
  return page;
}

void RegisterHomePage(http::Router& router, const SharedDeps& deps) {
  router.Add(
      "GET", "/home", RouteAccess::AnyStaff(),
      [deps](const http::Request&, http::RequestContext& ctx) { return ShowHome(*deps, ctx); });
}

}  // namespace lw::web

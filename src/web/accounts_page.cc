#include "web/accounts_page.h"

#include "domain/access/role.h"
#include "services/account_service.h"
#include "web/page_support.h"

namespace lw::web {

namespace {

http::Response ShowAccounts(const WebDeps& deps, http::RequestContext& ctx) {
  auto users = deps.accounts.ListUsers(SignedInActor(ctx));
  if (!users) return RespondWithError(deps, ctx, users.error());
  return Respond(deps, ctx, AccountsPage(*users));
}

}  // namespace

Page AccountsPage(std::span<const User> users) {
  Page page;
  page.title = "Staff accounts";
  page.section = NavSection::kAccounts;
  Html& h = page.content;
  h << "<h1 class=\"nhsuk-heading-l\">Staff accounts</h1>\n";
  if (users.empty()) {
    h << "<p>There are no staff accounts yet.</p>\n";
    return page;
  }
  h << "<table class=\"nhsuk-table\">\n"
       "<caption class=\"nhsuk-table__caption nhsuk-u-visually-hidden\">Staff accounts</caption>\n"
       "<thead class=\"nhsuk-table__head\">\n<tr class=\"nhsuk-table__row\">\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Username</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Name</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Email</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Role</th>\n"
       "</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n";
  for (const User& u : users) {
    h << "<tr class=\"nhsuk-table__row\">\n"
      << "<td class=\"nhsuk-table__cell\">" << Text(u.username);
    if (!u.active) h << " <strong class=\"nhsuk-tag nhsuk-tag--grey\">Disabled</strong>";
    h << "</td>\n<td class=\"nhsuk-table__cell\">" << Text(u.display_name) << "</td>\n"
      << "<td class=\"nhsuk-table__cell\">" << Text(u.email) << "</td>\n"
      << "<td class=\"nhsuk-table__cell\">" << Text(RoleDisplayName(u.role)) << "</td>\n"
      << "</tr>\n";
  }
  h << "</tbody>\n</table>\n";
  return page;
}

void RegisterAccountsPage(http::Router& router, const SharedDeps& deps) {
  router.Add(
      "GET", "/accounts", RouteAccess::Roles({Role::kAdministrator}),
      [deps](const http::Request&, http::RequestContext& ctx) { return ShowAccounts(*deps, ctx); });
}

}  // namespace lw::web

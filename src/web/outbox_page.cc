// GET /outbox (administrators only; 404 for anyone else): the emails the
// service has queued, newest first, with where each stands (waiting, sent,
// gave up), how many tries, and the mail server's last reply. Messages hold
// no personal data (domain/network/outbox.h), so they are shown whole.
#include <string>

#include "base/dates.h"
#include "domain/access/role.h"
#include "services/outbox.h"
#include "web/page_support.h"

namespace lw::web {
namespace {

std::string_view TagClass(OutboxState s) {
  switch (s) {
    case OutboxState::kQueued:
      return "nhsuk-tag--yellow";
    case OutboxState::kSent:
      return "nhsuk-tag--green";
    case OutboxState::kFailed:
      return "nhsuk-tag--red";
  }
  return "";
}

Page OutboxPage(const std::vector<OutboxMessage>& messages) {
  Page page;
  page.title = "Outbox";
  page.section = NavSection::kOutbox;
  Html& h = page.content;
  h << "<h1 class=\"nhsuk-heading-l\">Outbox</h1>\n"
       "<p>Emails the service sends: reminders about warm introductions that have not landed. "
       "They hold no personal details. Without a mail server configured they wait here; a "
       "message the server refuses is tried again up to 5 times, then given up.</p>\n";
  if (messages.empty()) {
    h << "<p>There are no messages.</p>\n";
    return page;
  }
  h << "<table class=\"nhsuk-table\">\n"
       "<caption class=\"nhsuk-table__caption nhsuk-u-visually-hidden\">Outbox</caption>\n"
       "<thead class=\"nhsuk-table__head\">\n<tr class=\"nhsuk-table__row\">\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Queued</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">To</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Subject</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">State</th>\n"
       "<th class=\"nhsuk-table__header nhsuk-table__header--numeric\" "
       "scope=\"col\">Tries</th>\n"
       "<th class=\"nhsuk-table__header\" scope=\"col\">Last error</th>\n"
       "</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n";
  for (const OutboxMessage& m : messages) {
    h << "<tr class=\"nhsuk-table__row\" id=\"" << Attr(m.id) << "\">\n"
      << "<td class=\"nhsuk-table__cell\">" << Text(FormatLondon(m.created_at)) << "</td>\n"
      << "<td class=\"nhsuk-table__cell\">" << Text(m.to) << "</td>\n"
      << "<td class=\"nhsuk-table__cell\">" << Text(m.subject) << "</td>\n"
      << "<td class=\"nhsuk-table__cell\"><strong class=\"nhsuk-tag " << Attr(TagClass(m.state))
      << "\">" << Text(OutboxStateDisplayName(m.state)) << "</strong>";
    if (m.sent_at) h << " " << Text(FormatLondon(*m.sent_at));
    if (m.state == OutboxState::kQueued && m.attempts > 0 && m.next_attempt_at) {
      h << " next try " << Text(FormatLondon(*m.next_attempt_at));
    }
    h << "</td>\n<td class=\"nhsuk-table__cell nhsuk-table__cell--numeric\">"
      << Text(std::to_string(m.attempts)) << "</td>\n"
      << "<td class=\"nhsuk-table__cell\">" << Text(m.last_error) << "</td>\n</tr>\n";
  }
  h << "</tbody>\n</table>\n";
  return page;
}

http::Response ShowOutbox(const WebDeps& deps, http::RequestContext& ctx) {
  auto list = deps.outbox->List(SignedInActor(ctx));
  if (!list) return RespondWithError(deps, ctx, list.error());
  return Respond(deps, ctx, OutboxPage(*list));
}

}  // namespace

void RegisterOutboxPage(http::Router& router, const SharedDeps& deps) {
  router.Add(
      "GET", "/outbox", RouteAccess::Roles({Role::kAdministrator}),
      [deps](const http::Request&, http::RequestContext& ctx) { return ShowOutbox(*deps, ctx); });
}

}  // namespace lw::web

// The JSON twin of the outbox page (web/outbox_page.cc), over the same
// Outbox::List, so the same rule: administrators only, 404 for anyone else.
//
//   GET /api/v1/outbox   every message, newest first
#include <boost/json.hpp>

#include <string>

#include "api/api.h"
#include "api/json_route.h"
#include "base/dates.h"
#include "domain/access/role.h"
#include "http/router.h"

namespace lw::api {
namespace {

namespace json = boost::json;

json::value OptTime(const std::optional<Timestamp>& t) {
  return t ? json::value(FormatUtcIso(*t)) : json::value(nullptr);
}

json::object Encode(const OutboxMessage& m) {
  return json::object{
      {"id", m.id},
      {"kind", OutboxKindKey(m.kind)},
      {"about_id", m.about_id},
      {"to", m.to},
      {"subject", m.subject},
      {"body", m.body},
      {"created_at", FormatUtcIso(m.created_at)},
      {"state", OutboxStateKey(m.state)},
      {"attempts", m.attempts},
      {"last_error", m.last_error},
      {"last_attempt_at", OptTime(m.last_attempt_at)},
      {"next_attempt_at", OptTime(m.next_attempt_at)},
      {"sent_at", OptTime(m.sent_at)},
  };
}

}  // namespace

void RegisterOutboxApi(http::Router& router, Outbox& outbox) {
  Outbox* o = &outbox;
  router.Add(
      "GET", "/api/v1/outbox", RouteAccess::Roles({Role::kAdministrator}),
      [o](const http::Request& request, http::RequestContext& ctx) {
        auto list = o->List(*ctx.actor);
        if (!list) return ProblemForError(list.error(), request);
        json::array items;
        for (const OutboxMessage& m : *list) items.push_back(Encode(m));
        return JsonOk(json::object{{"items", std::move(items)}});
      },
      http::RouteKind::kApi);
}

}  // namespace lw::api

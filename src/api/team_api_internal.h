// What team_api*.cc share: who may call the team's routes, and the shape
// of a change (If-Match, a JSON body, one TeamService call, the record as
// it now is). Private to api/.
#pragma once

#include <string>
#include <utility>

#include "api/api.h"
#include "api/json_route.h"
#include "api/team_json.h"
#include "domain/access/role.h"
#include "domain/access/route_access.h"
#include "http/router.h"

namespace lw::api::team_api {

inline constexpr std::string_view kApi = "/api/v1";

inline std::string Path(std::string_view rest) { return std::string(kApi) + std::string(rest); }

// Staff who work in a team with people: the service then decides, record
// by record, what each may see and change.
inline constexpr RouteAccess kTeamAccess = RouteAccess::Roles(kCareRoles);
// The break-glass review is a team lead's.
inline constexpr RouteAccess kLeadAccess = RouteAccess::Roles({Role::kTeamLead});

inline void Add(http::Router& router, std::string method, std::string_view rest, RouteAccess access,
                http::Handler handler) {
  router.Add(std::move(method), Path(rest), access, std::move(handler), http::RouteKind::kApi);
}

// POST .../{id}/<change> with If-Match: `read(body)` gives the input or
// field errors (422); `call(actor, id, version, input)` is the one service
// call; the answer is 200 with `render(record)` and the record's ETag.
template <typename ReadFn, typename CallFn, typename RenderFn>
http::Handler ChangeHandler(ReadFn read, CallFn call, RenderFn render) {
  return [read, call, render](const http::Request& request,
                              http::RequestContext& ctx) -> http::Response {
    auto version = IfMatch(request);
    if (!version) return version.error();
    auto body = JsonBody(request);
    if (!body) return body.error();
    auto input = read(*body);
    if (!input) return Invalid(std::move(input.error()), request);
    auto changed = call(*ctx.actor, request.Param("id"), *version, std::move(*input));
    if (!changed) return ProblemForError(changed.error(), request);
    return JsonRecord(render(*changed), changed->version);
  };
}

// 201 with the new record, its ETag and its Location.
inline http::Response Created(const boost::json::object& body, long long version,
                              std::string location) {
  http::Response r = JsonRecord(body, version, 201);
  r.SetHeader("Location", std::move(location));
  return r;
}

void RegisterRecordRoutes(http::Router& router, TeamService& team);
void RegisterEpisodeRoutes(http::Router& router, TeamService& team);
void RegisterContactRoutes(http::Router& router, TeamService& team);
void RegisterHuddleRoutes(http::Router& router, TeamService& team);

}  // namespace lw::api::team_api

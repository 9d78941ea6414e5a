// /api/v1/people/{id}/record, .../details, .../break-glass and the team
// lead's /api/v1/break-glass review: the JSON twin of the person page.
#include "api/introduction_json.h"
#include "api/team_api_internal.h"

namespace lw::api::team_api {

using http::Request;
using http::RequestContext;

void RegisterRecordRoutes(http::Router& router, TeamService& team) {
  TeamService* t = &team;

  Add(router, "GET", "/people/{id}/record", kTeamAccess,
      [t](const Request& request, RequestContext& ctx) {
        auto record = t->Record(*ctx.actor, request.Param("id"));
        if (!record) return ProblemForError(record.error(), request);
        return JsonOk(RecordJson(*record));
      });

  // If-Match: the details' version, "0" while none are recorded yet.
  Add(router, "PUT", "/people/{id}/details", kTeamAccess,
      [t](const Request& request, RequestContext& ctx) {
        auto version = IfMatch(request, /*min_version=*/0);
        if (!version) return version.error();
        auto body = JsonBody(request);
        if (!body) return body.error();
        auto input = ReadDetails(*body);
        if (!input) return Invalid(std::move(input.error()), request);
        auto updated = t->UpdateDetails(*ctx.actor, request.Param("id"), std::move(input->details),
                                        *version, input->reason);
        if (!updated) return ProblemForError(ForApi(updated.error()), request);
        return JsonRecord(DetailsJson(*updated), updated->version);
      });

  Add(router, "POST", "/people/{id}/break-glass", kTeamAccess,
      [t](const Request& request, RequestContext& ctx) {
        auto body = JsonBody(request);
        if (!body) return body.error();
        auto reason = ReadText(*body, "reason");
        if (!reason) return Invalid(std::move(reason.error()), request);
        auto grant = t->BreakGlassRead(*ctx.actor, request.Param("id"), std::move(*reason));
        if (!grant) return ProblemForError(grant.error(), request);
        // What the grant opens, for its time.
        return Created(BreakGlassJson(*grant), grant->version,
                       Path("/people/" + grant->person_id + "/record"));
      });

  Add(router, "GET", "/break-glass", kLeadAccess, [t](const Request& request, RequestContext& ctx) {
    auto grants = t->BreakGlassToReview(*ctx.actor);
    if (!grants) return ProblemForError(grants.error(), request);
    boost::json::array items;
    for (const BreakGlass& g : *grants) items.emplace_back(BreakGlassJson(g));
    return JsonOk(boost::json::object{{"items", std::move(items)}});
  });

  Add(router, "POST", "/break-glass/{id}/review", kLeadAccess,
      ChangeHandler([](const boost::json::object& body) { return ReadText(body, "note"); },
                    [t](const Actor& a, std::string_view id, long long v, std::string note) {
                      return t->ReviewBreakGlass(a, id, v, std::move(note));
                    },
                    BreakGlassJson));
}

}  // namespace lw::api::team_api

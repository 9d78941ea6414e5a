// /api/v1/contacts and /api/v1/concerns: recording and correcting
// contacts; raising and resolving concerns. Both are read through the
// person's record (GET /api/v1/people/{id}/record).
#include "api/team_api_internal.h"

namespace lw::api::team_api {

using http::Request;
using http::RequestContext;

void RegisterContactRoutes(http::Router& router, TeamService& team) {
  TeamService* t = &team;

  Add(router, "POST", "/contacts", kTeamAccess, [t](const Request& request, RequestContext& ctx) {
    auto body = JsonBody(request);
    if (!body) return body.error();
    auto draft = ReadContact(*body);
    if (!draft) return Invalid(std::move(draft.error()), request);
    auto recorded = t->RecordContact(*ctx.actor, std::move(*draft));
    if (!recorded) return ProblemForError(recorded.error(), request);
    return Created(ContactJson(*recorded), recorded->version, Path("/contacts/" + recorded->id));
  });

  // A correction: the whole contact as it should have been recorded.
  Add(router, "PUT", "/contacts/{id}", kTeamAccess,
      [t](const Request& request, RequestContext& ctx) {
        auto version = IfMatch(request);
        if (!version) return version.error();
        auto body = JsonBody(request);
        if (!body) return body.error();
        auto corrected = ReadContact(*body);
        if (!corrected) return Invalid(std::move(corrected.error()), request);
        corrected->id = std::string(request.Param("id"));
        corrected->version = *version;
        auto stored = t->CorrectContact(*ctx.actor, std::move(*corrected));
        if (!stored) return ProblemForError(stored.error(), request);
        return JsonRecord(ContactJson(*stored), stored->version);
      });

  Add(router, "POST", "/concerns", kTeamAccess, [t](const Request& request, RequestContext& ctx) {
    auto body = JsonBody(request);
    if (!body) return body.error();
    auto input = ReadConcern(*body);
    if (!input) return Invalid(std::move(input.error()), request);
    auto raised = t->RaiseConcern(*ctx.actor, input->person_id, std::move(input->text));
    if (!raised) return ProblemForError(raised.error(), request);
    return Created(ConcernJson(*raised), raised->version, Path("/concerns/" + raised->id));
  });

  Add(router, "POST", "/concerns/{id}/resolution", kTeamAccess,
      ChangeHandler([](const boost::json::object& body) { return ReadText(body, "how"); },
                    [t](const Actor& a, std::string_view id, long long v, std::string how) {
                      return t->ResolveConcern(a, id, v, std::move(how));
                    },
                    ConcernJson));
}

}  // namespace lw::api::team_api

// /api/v1/huddle, /api/v1/decisions and the caseloads: the team's daily
// huddle board, the decisions it records, and who holds whom.
#include "api/team_api_internal.h"

namespace lw::api::team_api {

using http::Request;
using http::RequestContext;

void RegisterHuddleRoutes(http::Router& router, TeamService& team) {
  TeamService* t = &team;

  Add(router, "GET", "/huddle", kTeamAccess, [t](const Request& request, RequestContext& ctx) {
    auto huddle = t->Huddle(*ctx.actor);
    if (!huddle) return ProblemForError(huddle.error(), request);
    return JsonOk(HuddleJson(*huddle));
  });

  Add(router, "POST", "/decisions", kTeamAccess, [t](const Request& request, RequestContext& ctx) {
    auto body = JsonBody(request);
    if (!body) return body.error();
    auto draft = ReadDecision(*body);
    if (!draft) return Invalid(std::move(draft.error()), request);
    auto recorded = t->RecordDecision(*ctx.actor, std::move(*draft));
    if (!recorded) return ProblemForError(recorded.error(), request);
    return Created(DecisionJson(*recorded), recorded->version, Path("/decisions/" + recorded->id));
  });

  Add(router, "POST", "/decisions/{id}/done", kTeamAccess,
      ChangeHandler([](const boost::json::object& body) { return ReadText(body, "outcome"); },
                    [t](const Actor& a, std::string_view id, long long v, std::string outcome) {
                      return t->MarkDecisionDone(a, id, v, std::move(outcome));
                    },
                    DecisionJson));

  Add(router, "POST", "/decisions/{id}/reschedule", kTeamAccess,
      ChangeHandler(
          ReadReschedule,
          [t](const Actor& a, std::string_view id, long long v, RescheduleInput in) {
            return t->RescheduleDecision(a, id, v, in.by_when, std::move(in.reason));
          },
          DecisionJson));

  Add(router, "GET", "/caseloads/me", kTeamAccess,
      [t](const Request& request, RequestContext& ctx) {
        auto caseload = t->Caseload(*ctx.actor, "");
        if (!caseload) return ProblemForError(caseload.error(), request);
        return JsonOk(CaseloadJson(*caseload));
      });

  Add(router, "GET", "/caseloads/{user_id}", kTeamAccess,
      [t](const Request& request, RequestContext& ctx) {
        // "" is the actor's own: a worker's id is never empty here.
        auto caseload = t->Caseload(*ctx.actor, request.Param("user_id"));
        if (!caseload) return ProblemForError(caseload.error(), request);
        return JsonOk(CaseloadJson(*caseload));
      });

  Add(router, "GET", "/team/caseload", kTeamAccess,
      [t](const Request& request, RequestContext& ctx) {
        auto balance = t->TeamCaseload(*ctx.actor);
        if (!balance) return ProblemForError(balance.error(), request);
        return JsonOk(TeamCaseloadJson(*balance));
      });
}

}  // namespace lw::api::team_api

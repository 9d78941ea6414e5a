// /api/v1/episodes: opening an episode of support and each change to it.
#include "api/team_api_internal.h"

namespace lw::api::team_api {

using http::Request;
using http::RequestContext;

void RegisterEpisodeRoutes(http::Router& router, TeamService& team) {
  TeamService* t = &team;

  Add(router, "POST", "/episodes", kTeamAccess, [t](const Request& request, RequestContext& ctx) {
    auto body = JsonBody(request);
    if (!body) return body.error();
    auto input = ReadOpenEpisode(*body);
    if (!input) return Invalid(std::move(input.error()), request);
    auto opened = t->OpenEpisode(*ctx.actor, std::move(*input));
    if (!opened) return ProblemForError(opened.error(), request);
    return Created(EpisodeJson(*opened), opened->version, Path("/episodes/" + opened->id));
  });

  Add(router, "GET", "/episodes/{id}", kTeamAccess,
      [t](const Request& request, RequestContext& ctx) {
        auto episode = t->GetEpisode(*ctx.actor, request.Param("id"));
        if (!episode) return ProblemForError(episode.error(), request);
        return JsonRecord(EpisodeJson(*episode), episode->version);
      });

  Add(router, "POST", "/episodes/{id}/keyworker", kTeamAccess,
      ChangeHandler(
          ReadKeyworker,
          [t](const Actor& a, std::string_view id, long long v, KeyworkerInput in) {
            return t->ReassignKeyworker(a, id, v, std::move(in.user_id), in.from,
                                        std::move(in.reason));
          },
          EpisodeJson));

  Add(router, "POST", "/episodes/{id}/reviews", kTeamAccess,
      ChangeHandler(
          ReadReview,
          [t](const Actor& a, std::string_view id, long long v, ReviewInput in) {
            return t->RecordReview(a, id, v, in.on, std::move(in.note));
          },
          EpisodeJson));

  Add(router, "POST", "/episodes/{id}/planned-ending", kTeamAccess,
      ChangeHandler(
          ReadPlannedEnding,
          [t](const Actor& a, std::string_view id, long long v, std::optional<Date> on) {
            return t->PlanEnding(a, id, v, on);
          },
          EpisodeJson));

  Add(router, "POST", "/episodes/{id}/intensity", kTeamAccess,
      ChangeHandler(
          ReadIntensity,
          [t](const Actor& a, std::string_view id, long long v, Intensity intensity) {
            return t->SetIntensity(a, id, v, intensity);
          },
          EpisodeJson));

  Add(router, "POST", "/episodes/{id}/ending", kTeamAccess,
      ChangeHandler(
          ReadEnding,
          [t](const Actor& a, std::string_view id, long long v, EpisodeEnd end) {
            return t->EndEpisode(a, id, v, std::move(end));
          },
          EpisodeJson));
}

}  // namespace lw::api::team_api

// /api/v1 for the Living Well team's work (issue 5): the JSON twin of the
// team's pages. Each route reads its input (team_json.h), calls one
// TeamService function (which decides access record by record, writes the
// audit entries and applies the domain's rules) and renders the result.
// docs/api.md describes them.
#include "api/team_api_internal.h"

namespace lw::api {

void RegisterTeamApi(http::Router& router, const ApiDeps& deps) {
  team_api::RegisterRecordRoutes(router, deps.team);
  team_api::RegisterEpisodeRoutes(router, deps.team);
  team_api::RegisterContactRoutes(router, deps.team);
  team_api::RegisterHuddleRoutes(router, deps.team);
}

}  // namespace lw::api

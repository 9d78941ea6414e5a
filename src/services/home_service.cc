#include "services/home_service.h"

namespace lw {

Result<HomeSummary> HomeService::Summarise(const Actor& actor) {
  HomeSummary summary{.team_name = actor.team_name, .organisation_name = actor.organisation_name};
  const bool need_team = summary.team_name.empty() && !actor.team_id.empty();
  const bool need_org = summary.organisation_name.empty() && !actor.organisation_id.empty();
  const bool administrator = actor.role == Role::kAdministrator;
  // A signed-in session brings the names with it: most home pages need no
  // further read.
  if (!need_team && !need_org && !administrator) return summary;
  auto done = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    if (need_org) {
      auto org = tx.GetOrganisation(actor.organisation_id);
      if (!org) return Fail(org.error());
      if (*org) summary.organisation_name = (*org)->name;
    }
    if (need_team) {
      auto team = tx.GetTeam(actor.team_id);
      if (!team) return Fail(team.error());
      if (*team) summary.team_name = (*team)->name;
    }
    if (administrator) {
      auto users = tx.CountUsers();
      if (!users) return Fail(users.error());
      summary.accounts = *users;
      auto teams = tx.ListTeams();
      if (!teams) return Fail(teams.error());
      summary.teams = static_cast<std::int64_t>(teams->size());
    }
    return Ok();
  });
  if (!done) return Fail(done.error());
  return summary;
}

}  // namespace lw

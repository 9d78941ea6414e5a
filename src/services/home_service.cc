#include "services/home_service.h"

#include "domain/access/policy.h"

namespace lw {

Result<HomeSummary> HomeService::Summarise(const Actor& actor) {
  HomeSummary summary;
  auto done = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    summary = HomeSummary{};
    if (!actor.organisation_id.empty()) {
      auto org = tx.GetOrganisation(actor.organisation_id);
      if (!org) return Fail(org.error());
      if (*org) summary.organisation_name = (*org)->name;
    }
    if (!actor.team_id.empty()) {
      auto team = tx.GetTeam(actor.team_id);
      if (!team) return Fail(team.error());
      if (*team) summary.team_name = (*team)->name;
      // Counting the team's records follows the same rule as reading them.
      if (DecidePersonAccess(actor, PersonAction::kRead, {.team_id = actor.team_id})) {
        auto n = tx.CountPeople(actor.team_id);
        if (!n) return Fail(n.error());
        summary.team_people = *n;
      }
    }
    if (actor.role == Role::kAdministrator) {
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

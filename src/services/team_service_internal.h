// What team_*.cc share: access to a person's record decided in the
// transaction, refusals worded as "not found", and audit entries.
// Internal to services.
#pragma once

#include <map>
#include <string>

#include <optional>
#include <string>
#include <string_view>

#include "base/clock.h"
#include "base/error.h"
#include "domain/access/actor.h"
#include "domain/access/break_glass.h"
#include "domain/access/policy.h"
#include "domain/people/person.h"
#include "domain/ports/store.h"
#include "services/team_service.h"
#include "services/view_cache.h"

namespace lw::team_internal {

inline Error NotFound(std::string_view what) {
  return Error::NotFound("No " + std::string(what) + " found");
}

// The person and the facts DecidePersonAccess needs, read in `tx`.
struct PersonAccess {
  Person person;
  PersonAccessFacts facts;
  std::optional<BreakGlass> grant;  // the actor's active grant, if any
};

// nullopt when there is no such person.
Result<std::optional<PersonAccess>> LoadAccess(StoreTx& tx, const Actor& actor,
                                               std::string_view person_id, Timestamp now);

// The person, if they exist and the actor may `action` their record; else
// kNotFound ("No <what> found"), with `refused` set when they exist.
Result<PersonAccess> RequirePerson(StoreTx& tx, const Actor& actor, std::string_view person_id,
                                   PersonAction action, Timestamp now, std::string_view what,
                                   bool& refused);

Status Audit(StoreTx& tx, const Actor& actor, Timestamp now, std::string_view action,
             std::string_view type, std::string_view id, std::string_view reason = {});

// Records a refused attempt on an existing person's record, in its own
// transaction (the refused one rolled back), so probing is visible.
void AuditRefusal(Store& store, const Actor& actor, Timestamp now, std::string_view person_id);

ChangeMeta ChangeBy(const Actor& actor, Timestamp now, std::string reason);

// Ok when a change was based on the stored version; else kConflict ("It
// was changed by someone else (now version N, ...)") carrying `stored`.
Status StaleVersion(long long stored, long long based_on);

// A user's display name, "Someone" when there is no such account; looked
// up once per id through `cache`.
std::string UserName(StoreTx& tx, std::map<std::string, std::string>& cache, const std::string& id);

// Whether the actor works inside a team on people's records.
bool WorksInTeam(const Actor& actor);

}  // namespace lw::team_internal

namespace lw {

// The team service's views as last read (ADR 0013): a team's whole board,
// before KeepOnly, keyed by team; a worker's caseload keyed by
// "team/worker".
struct TeamService::ViewCaches {
  ViewCache<HuddleView> boards;
  ViewCache<CaseloadView> caseloads;
};

}  // namespace lw

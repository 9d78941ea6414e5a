#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "domain/team/episode.h"
#include "services/audit_events.h"
#include "services/team_service_internal.h"
#include "storage/records/team_records.h"

namespace lw::team_internal {

Result<std::optional<PersonAccess>> LoadAccess(StoreTx& tx, const Actor& actor,
                                               std::string_view person_id, Timestamp now) {
  auto person = tx.GetPerson(person_id);
  if (!person) return Fail(person.error());
  if (!*person) return std::optional<PersonAccess>();
  PersonAccess access{.person = std::move(**person)};
  access.facts.team_id = access.person.team_id;
  auto add_team = [&](const std::string& team) {
    if (!team.empty() &&
        std::ranges::find(access.facts.team_ids, team) == access.facts.team_ids.end()) {
      access.facts.team_ids.push_back(team);
    }
  };
  auto episodes = tx.ListRecords({.kind = RecordKind::kEpisode,
                                  .person_id = std::string(person_id),
                                  .limit = 1000,
                                  .with_links = false});
  if (!episodes) return Fail(episodes.error());
  for (const StoredRecord& e : *episodes) add_team(e.index.team_id);
  auto intros = tx.ListIntroductions(
      {.person_id = std::string(person_id), .open_only = false, .limit = 1000});
  if (!intros) return Fail(intros.error());
  for (const Introduction& in : *intros) add_team(in.team_id);
  if (!actor.user_id.empty()) {
    auto grants = records::List<BreakGlass>(tx, {.owner_id = actor.user_id,
                                                 .person_id = std::string(person_id),
                                                 .sort_from = ToUnixMicros(now) + 1,
                                                 .limit = 100});
    if (!grants) return Fail(grants.error());
    for (BreakGlass& g : *grants) {
      if (BreakGlassActive(g, now)) {
        access.facts.break_glass = true;
        access.grant = std::move(g);
        break;
      }
    }
  }
  return std::optional<PersonAccess>(std::move(access));
}

Result<PersonAccess> RequirePerson(StoreTx& tx, const Actor& actor, std::string_view person_id,
                                   PersonAction action, Timestamp now, std::string_view what,
                                   bool& refused) {
  auto access = LoadAccess(tx, actor, person_id, now);
  if (!access) return Fail(access.error());
  if (!*access) return Fail(NotFound(what));
  if (!DecidePersonAccess(actor, action, (*access)->facts)) {
    refused = true;
    return Fail(NotFound(what));
  }
  return std::move(**access);
}

Status Audit(StoreTx& tx, const Actor& actor, Timestamp now, std::string_view action,
             std::string_view type, std::string_view id, std::string_view reason) {
  auto a = tx.AppendAudit(MakeAuditEvent(actor, now, action, type, id, reason));
  if (!a) return Fail(a.error());
  return Ok();
}

void AuditRefusal(Store& store, const Actor& actor, Timestamp now, std::string_view person_id) {
  (void)store.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    return Audit(tx, actor, now, "person.access_refused", "person", person_id);
  });
}

Status StaleVersion(long long stored, long long based_on) {
  if (stored == based_on) return Ok();
  return Fail(Error::Conflict("It was changed by someone else (now version " +
                                  std::to_string(stored) + ", this change was based on " +
                                  std::to_string(based_on) + ")",
                              stored));
}

std::string UserName(StoreTx& tx, std::map<std::string, std::string>& cache,
                     const std::string& id) {
  auto [it, inserted] = cache.try_emplace(id);
  if (inserted) {
    auto user = tx.GetUser(id);
    it->second = user && *user ? (*user)->display_name : std::string("Someone");
  }
  return it->second;
}

ChangeMeta ChangeBy(const Actor& actor, Timestamp now, std::string reason) {
  return ChangeMeta{.changed_by = actor.user_id, .changed_at = now, .reason = std::move(reason)};
}

bool WorksInTeam(const Actor& actor) {
  return kCareRoles.Has(actor.role) && !actor.team_id.empty();
}

}  // namespace lw::team_internal

#include "services/people_service.h"

#include "base/dates.h"
#include "base/ids.h"
#include "domain/access/policy.h"
#include "services/audit_events.h"

namespace lw {
namespace {

Error NotFoundError() { return Error::NotFound("No person found"); }

Status Audit(StoreTx& tx, const Actor& actor, Timestamp now, std::string_view action,
             std::string_view type, std::string_view id, std::string_view reason = {}) {
  auto a = tx.AppendAudit(MakeAuditEvent(actor, now, action, type, id, reason));
  if (!a) return Fail(a.error());
  return Ok();
}

// A refused attempt on an existing record is itself recorded, in its own
// transaction (the refused one rolled back), so probing is visible.
void AuditRefusal(Store& store, const Actor& actor, Timestamp now, std::string_view id) {
  (void)store.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    return Audit(tx, actor, now, "person.access_refused", "person", id);
  });
}

Status CheckReason(std::string_view reason) {
  if (reason.size() > kMaxReasonLength) {
    return Fail(Error::Invalid("There is a problem",
                               {{"reason", "Reason must be 500 characters or fewer"}}));
  }
  return Ok();
}

}  // namespace

PeopleService::PeopleService(Store& store, const Clock& clock, Random& random)
    : store_(store), clock_(clock), random_(random) {}

Result<Person> PeopleService::Create(const Actor& actor, Person draft, std::string_view reason) {
  const Timestamp now = clock_.Now();
  if (!DecidePersonAccess(actor, PersonAction::kCreate, {.team_id = actor.team_id})) {
    return Fail(ErrorCode::kPermissionDenied, "You cannot add people's records");
  }
  if (auto v = ValidatePerson(draft, Date::InLondon(now)); !v) return Fail(v.error());
  if (auto r = CheckReason(reason); !r) return Fail(r.error());
  draft.id = NewId(random_);
  draft.version = 1;
  draft.team_id = actor.team_id;
  ChangeMeta change{.changed_by = actor.user_id, .changed_at = now, .reason = std::string(reason)};
  auto written = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    if (auto s = tx.CreatePerson(draft, change); !s) return s;
    return Audit(tx, actor, now, "person.create", "person", draft.id);
  });
  if (!written) return Fail(written.error());
  return draft;
}

Result<Person> PeopleService::Get(const Actor& actor, std::string_view id) {
  if (!IsValidId(id)) return Fail(NotFoundError());
  const Timestamp now = clock_.Now();
  Person person;
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto p = tx.GetPerson(id);
    if (!p) return Fail(p.error());
    refused = *p && !DecidePersonAccess(actor, PersonAction::kRead, {.team_id = (*p)->team_id});
    if (!*p || refused) return Fail(NotFoundError());
    person = std::move(**p);
    return Audit(tx, actor, now, "person.read", "person", person.id);
  });
  if (refused) AuditRefusal(store_, actor, now, id);
  if (!done) return Fail(done.error());
  return person;
}

Result<Person> PeopleService::Update(const Actor& actor, Person draft, std::string_view reason) {
  if (!IsValidId(draft.id)) return Fail(NotFoundError());
  const Timestamp now = clock_.Now();
  if (auto v = ValidatePerson(draft, Date::InLondon(now)); !v) return Fail(v.error());
  if (auto r = CheckReason(reason); !r) return Fail(r.error());
  ChangeMeta change{.changed_by = actor.user_id, .changed_at = now, .reason = std::string(reason)};
  Person stored;
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto p = tx.GetPerson(draft.id);
    if (!p) return Fail(p.error());
    refused = *p && !DecidePersonAccess(actor, PersonAction::kUpdate, {.team_id = (*p)->team_id});
    if (!*p || refused) return Fail(NotFoundError());
    // Where the record is held is not changed by an edit of its details.
    Person next = draft;
    next.team_id = (*p)->team_id;
    if (auto s = tx.UpdatePerson(next, change); !s) return s;
    next.version = draft.version + 1;
    stored = next;
    return Audit(tx, actor, now, "person.update", "person", next.id, reason);
  });
  if (refused) AuditRefusal(store_, actor, now, draft.id);
  if (!done) return Fail(done.error());
  return stored;
}

Result<std::vector<PersonVersion>> PeopleService::History(const Actor& actor, std::string_view id) {
  if (!IsValidId(id)) return Fail(NotFoundError());
  const Timestamp now = clock_.Now();
  std::vector<PersonVersion> versions;
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto p = tx.GetPerson(id);
    if (!p) return Fail(p.error());
    refused = *p && !DecidePersonAccess(actor, PersonAction::kRead, {.team_id = (*p)->team_id});
    if (!*p || refused) return Fail(NotFoundError());
    auto v = tx.ListPersonVersions(id);
    if (!v) return Fail(v.error());
    versions = std::move(*v);
    return Audit(tx, actor, now, "person.history", "person", std::string(id));
  });
  if (refused) AuditRefusal(store_, actor, now, id);
  if (!done) return Fail(done.error());
  return versions;
}

Result<std::vector<Person>> PeopleService::ListForTeam(const Actor& actor, int limit) {
  if (!DecidePersonAccess(actor, PersonAction::kRead, {.team_id = actor.team_id})) {
    return std::vector<Person>{};
  }
  const Timestamp now = clock_.Now();
  std::vector<Person> people;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto list = tx.ListPeople({.team_id = actor.team_id, .limit = limit});
    if (!list) return Fail(list.error());
    people = std::move(*list);
    // Each record shown in the list is a read of that record.
    for (const auto& p : people) {
      if (auto s = Audit(tx, actor, now, "person.list", "person", p.id); !s) return s;
    }
    return Ok();
  });
  if (!done) return Fail(done.error());
  return people;
}

}  // namespace lw

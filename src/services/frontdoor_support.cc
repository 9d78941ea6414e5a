#include "services/frontdoor_support.h"

#include "base/dates.h"
#include "base/ids.h"
#include "services/audit_events.h"

namespace lw::frontdoor_internal {

Error NotFoundError() { return Error::NotFound("No introduction found"); }

Status Audit(StoreTx& tx, const Actor& actor, Timestamp now, std::string_view action,
             std::string_view type, std::string_view id, std::string_view reason) {
  auto a = tx.AppendAudit(MakeAuditEvent(actor, now, action, type, id, reason));
  if (!a) return Fail(a.error());
  return Ok();
}

void AuditRefusal(Store& store, const Actor& actor, Timestamp now, std::string_view id) {
  (void)store.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    return Audit(tx, actor, now, "introduction.access_refused", kType, id);
  });
}

IntroductionAccessFacts FactsOf(const Introduction& in) {
  return {.team_id = in.team_id, .made_by_user_id = in.made_by_user_id};
}

std::unexpected<Error> Invalid(std::string field, std::string message) {
  return Fail(Error::Invalid("There is a problem", {{std::move(field), std::move(message)}}));
}

// A worker the front door can name: an active account in a care role.
Result<User> RequireWorker(StoreTx& tx, std::string_view user_id, std::string_view field,
                           std::string_view missing) {
  if (user_id.empty()) return Invalid(std::string(field), std::string(missing));
  auto u = IsValidId(user_id) ? tx.GetUser(user_id) : Result<std::optional<User>>(std::nullopt);
  if (!u) return Fail(u.error());
  if (!*u || !(*u)->active || !kCareRoles.Has((*u)->role)) {
    return Invalid(std::string(field), "Choose a worker from the list");
  }
  return std::move(**u);
}

// The team whose records the actor may be offered as matches, or "" for
// every team (those who work the whole front door).
std::string MatchPoolTeam(const Actor& actor) { return IntroductionListScopeFor(actor).team_id; }

std::string DescribeChange(std::string_view what, const Introduction& next) {
  return std::string(what) + " (now " + std::string(IntroductionStateKey(next.state)) + ")";
}

Result<std::string> MakePersonRecord(StoreTx& tx, Random& random, const Actor& actor, Timestamp now,
                                     const Introduction& in, std::string reason) {
  Person person;
  person.id = NewId(random);
  person.version = 1;
  person.team_id = in.team_id;
  person.given_name = in.given_name;
  person.family_name = in.family_name;
  person.preferred_name = in.preferred_name;
  person.date_of_birth = in.date_of_birth;
  person.postcode = in.postcode;
  person.nhs_number = in.nhs_number;
  if (auto v = ValidatePerson(person, Date::InLondon(now)); !v) return Fail(v.error());
  ChangeMeta change{.changed_by = actor.user_id, .changed_at = now, .reason = std::move(reason)};
  if (auto s = tx.CreatePerson(person, change); !s) return Fail(s.error());
  if (auto s = Audit(tx, actor, now, "person.create", "person", person.id); !s) {
    return Fail(s.error());
  }
  return person.id;
}

}  // namespace lw::frontdoor_internal

// TeamService: the person's record, its fuller details, and break-glass.
#include <algorithm>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "base/ids.h"
#include "services/team_service.h"
#include "services/team_service_internal.h"
#include "storage/records/network_records.h"
#include "storage/records/team_records.h"

namespace lw {

using team_internal::AuditRefusal;
using team_internal::ChangeBy;
using team_internal::NotFound;
using team_internal::RequirePerson;

TeamService::TeamService(Store& store, const Clock& clock, Random& random, TeamSettings settings)
    : store_(store),
      clock_(clock),
      random_(random),
      settings_(settings),
      commits_(std::make_unique<GroupCommit>(store)),
      caches_(std::make_unique<ViewCaches>()) {}

TeamService::~TeamService() = default;

Result<PersonRecordView> TeamService::Record(const Actor& actor, std::string_view person_id) {
  if (!IsValidId(person_id)) return Fail(NotFound("person"));
  const Timestamp now = clock_.Now();
  PersonRecordView view;
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    view = {};
    refused = false;
    auto access = RequirePerson(tx, actor, person_id, PersonAction::kRead, now, "person", refused);
    if (!access) return Fail(access.error());
    view.person = std::move(access->person);
    view.break_glass = access->grant;
    view.may_change = DecidePersonAccess(actor, PersonAction::kUpdate, access->facts);
    const std::string id(person_id);
    auto details = records::Get<PersonDetailsRecord>(tx, id);
    if (!details) return Fail(details.error());
    view.details = details->value_or(PersonDetailsRecord{.person_id = id});
    auto episodes = records::List<Episode>(tx, {.person_id = id, .newest_first = true});
    if (!episodes) return Fail(episodes.error());
    view.episodes = std::move(*episodes);
    // Newest first by their number: two may start on the same day.
    std::ranges::sort(view.episodes, std::greater<>(), &Episode::ordinal);
    auto contacts = records::List<Contact>(
        tx, {.person_id = id, .newest_first = true, .limit = kRecordContacts});
    if (!contacts) return Fail(contacts.error());
    view.contacts = std::move(*contacts);
    auto concerns = records::List<Concern>(tx, {.person_id = id, .newest_first = true});
    if (!concerns) return Fail(concerns.error());
    view.concerns = std::move(*concerns);
    auto decisions = records::List<TeamDecision>(tx, {.person_id = id});
    if (!decisions) return Fail(decisions.error());
    view.decisions = std::move(*decisions);
    auto intros = tx.ListIntroductions({.person_id = id,
                                        .open_only = false,
                                        .order = IntroductionOrder::kNewestFirst,
                                        .limit = 100});
    if (!intros) return Fail(intros.error());
    view.introductions = std::move(*intros);
    auto warm = records::List<WarmIntroduction>(tx, {.person_id = id, .limit = kRecordContacts});
    if (!warm) return Fail(warm.error());
    auto needs = records::List<UnmetNeed>(tx, {.person_id = id, .limit = kRecordContacts});
    if (!needs) return Fail(needs.error());
    view.timeline = BuildTimeline({.person_id = id,
                                   .introductions = view.introductions,
                                   .episodes = view.episodes,
                                   .contacts = view.contacts,
                                   .concerns = view.concerns,
                                   .decisions = view.decisions,
                                   .warm_introductions = *warm,
                                   .unmet_needs = *needs});
    return team_internal::Audit(tx, actor, now,
                                view.break_glass ? "person.read.break_glass" : "person.read",
                                "person", id, view.break_glass ? view.break_glass->reason : "");
  });
  if (refused) AuditRefusal(store_, actor, now, person_id);
  if (!done) return Fail(done.error());
  return view;
}

Result<PersonDetailsRecord> TeamService::UpdateDetails(const Actor& actor,
                                                       std::string_view person_id,
                                                       PersonDetails details, long long based_on,
                                                       std::string_view reason) {
  if (!IsValidId(person_id)) return Fail(NotFound("person"));
  if (auto v = ValidatePersonDetails(details); !v) return Fail(v.error());
  // Someone new in their corner gets an id here; those listed keep theirs,
  // so changing one row never changes another's.
  for (CornerPerson& p : details.people_in_corner) {
    if (p.id.empty()) p.id = NewId(random_);
  }
  const Timestamp now = clock_.Now();
  PersonDetailsRecord next{
      .person_id = std::string(person_id), .version = based_on + 1, .details = std::move(details)};
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    auto access =
        RequirePerson(tx, actor, person_id, PersonAction::kUpdate, now, "person", refused);
    if (!access) return Fail(access.error());
    const ChangeMeta change = ChangeBy(
        actor, now, reason.empty() ? std::string("Updated the record") : std::string(reason));
    if (based_on == 0) {
      auto current = records::Get<PersonDetailsRecord>(tx, next.person_id);
      if (!current) return Fail(current.error());
      if (*current) {
        return Fail(Error::Conflict("the record was changed by someone else (now version " +
                                        std::to_string((*current)->version) + ")",
                                    (*current)->version));
      }
      if (auto s = records::Create(tx, next, change); !s) return s;
    } else if (auto s = records::Update(tx, next, change); !s) {
      return s;
    }
    return team_internal::Audit(tx, actor, now, "person.details.update", "person", next.person_id,
                                reason);
  });
  if (refused) AuditRefusal(store_, actor, now, person_id);
  if (!done) return Fail(done.error());
  return next;
}

namespace {

// Break-glass is for a person who exists and whom the actor may not see.
Status MayBreakGlassIn(StoreTx& tx, const Actor& actor, std::string_view person_id, Timestamp now) {
  auto access = team_internal::LoadAccess(tx, actor, person_id, now);
  if (!access) return Fail(access.error());
  if (!*access) return Fail(NotFound("person"));
  if (DecidePersonAccess(actor, PersonAction::kRead, (*access)->facts)) {
    return Fail(ErrorCode::kFailedPrecondition,
                "You can already see this record: there is no need to break the glass");
  }
  return Ok();
}

}  // namespace

Status TeamService::MayBreakGlass(const Actor& actor, std::string_view person_id) {
  if (!IsValidId(person_id) || !team_internal::WorksInTeam(actor)) {
    return Fail(NotFound("person"));
  }
  const Timestamp now = clock_.Now();
  return store_.Transact(TxMode::kRead,
                         [&](StoreTx& tx) { return MayBreakGlassIn(tx, actor, person_id, now); });
}

Result<BreakGlass> TeamService::BreakGlassRead(const Actor& actor, std::string_view person_id,
                                               std::string reason) {
  if (!IsValidId(person_id) || !team_internal::WorksInTeam(actor)) {
    return Fail(NotFound("person"));
  }
  const Timestamp now = clock_.Now();
  auto grant = GrantBreakGlass(actor.user_id, std::string(person_id), std::move(reason), now);
  if (!grant) return Fail(grant.error());
  grant->id = NewId(random_);
  grant->version = 1;
  grant->team_id = actor.team_id;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    if (auto s = MayBreakGlassIn(tx, actor, person_id, now); !s) return s;
    if (auto s = records::Create(tx, *grant, ChangeBy(actor, now, grant->reason)); !s) return s;
    return team_internal::Audit(tx, actor, now, "person.break_glass", "person", grant->person_id,
                                grant->reason);
  });
  if (!done) return Fail(done.error());
  return *grant;
}

Result<std::vector<BreakGlass>> TeamService::BreakGlassToReview(const Actor& actor) {
  if (actor.role != Role::kTeamLead || actor.team_id.empty()) return Fail(NotFound("grant"));
  std::vector<BreakGlass> grants;
  auto done = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto open = records::List<BreakGlass>(
        tx, {.team_id = actor.team_id, .open_only = true, .newest_first = true});
    if (!open) return Fail(open.error());
    grants = std::move(*open);
    return Ok();
  });
  if (!done) return Fail(done.error());
  return grants;
}

Result<BreakGlass> TeamService::ReviewBreakGlass(const Actor& actor, std::string_view grant_id,
                                                 long long version, std::string note) {
  if (actor.role != Role::kTeamLead || actor.team_id.empty() || !IsValidId(grant_id)) {
    return Fail(NotFound("grant"));
  }
  const Timestamp now = clock_.Now();
  BreakGlass reviewed;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto grant = records::Get<BreakGlass>(tx, std::string(grant_id));
    if (!grant) return Fail(grant.error());
    // Another team's grant reads as none.
    if (!*grant || (*grant)->team_id != actor.team_id) return Fail(NotFound("grant"));
    if ((*grant)->version != version) {
      return Fail(Error::Conflict("someone else reviewed it first", (*grant)->version));
    }
    auto next =
        lw::ReviewBreakGlass(**grant, {.by_user_id = actor.user_id, .at = now, .note = note});
    if (!next) return Fail(next.error());
    reviewed = std::move(*next);
    if (auto s = records::Update(tx, reviewed, ChangeBy(actor, now, "Reviewed")); !s) return s;
    return team_internal::Audit(tx, actor, now, "break_glass.review", "break-glass", reviewed.id);
  });
  if (!done) return Fail(done.error());
  return reviewed;
}

}  // namespace lw

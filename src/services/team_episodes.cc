// TeamService: episodes of support, contacts and concerns.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "base/ids.h"
#include "services/team_service.h"
#include "services/team_service_internal.h"
#include "storage/records/team_records.h"

namespace lw {

using team_internal::AuditRefusal;
using team_internal::ChangeBy;
using team_internal::NotFound;
using team_internal::RequirePerson;
using team_internal::StaleVersion;

namespace {

// A keyworker must be an active member of the team who works with people.
Status CheckKeyworker(StoreTx& tx, std::string_view user_id, std::string_view team_id,
                      std::string_view field) {
  auto user = tx.GetUser(user_id);
  if (!user) return Fail(user.error());
  if (!*user || !(*user)->active || (*user)->team_id != team_id || !kCareRoles.Has((*user)->role)) {
    return Fail(Error::Invalid("There is a problem",
                               {{std::string(field), "Choose someone in this team"}}));
  }
  return Ok();
}

}  // namespace

Result<Episode> TeamService::OpenEpisode(const Actor& actor, OpenEpisodeRequest request) {
  if (!IsValidId(request.person_id) || !team_internal::WorksInTeam(actor)) {
    return Fail(NotFound("person"));
  }
  const Timestamp now = clock_.Now();
  const Date today = Date::InLondon(now);
  std::optional<Episode> opened;
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    auto access =
        RequirePerson(tx, actor, request.person_id, PersonAction::kUpdate, now, "person", refused);
    if (!access) return Fail(access.error());
    if (auto s = CheckKeyworker(tx, request.keyworker_user_id, actor.team_id, "keyworker_user_id");
        !s) {
      return s;
    }
    if (!request.introduction_id.empty()) {
      auto in = tx.GetIntroduction(request.introduction_id);
      if (!in) return Fail(in.error());
      if (!*in || (*in)->person_id != request.person_id) {
        return Fail(Error::Invalid("There is a problem",
                                   {{"introduction_id", "Choose one of their introductions"}}));
      }
    }
    auto earlier = records::List<Episode>(tx, {.person_id = request.person_id});
    if (!earlier) return Fail(earlier.error());
    NewEpisode draft{
        .id = NewId(random_),
        .person_id = request.person_id,
        .team_id = actor.team_id,
        .introduction_id = request.introduction_id.empty()
                               ? std::nullopt
                               : std::optional<std::string>(request.introduction_id),
        .keyworker_user_id = request.keyworker_user_id,
        .started_on = request.started_on,
        .rhythm = settings_.rhythm,
        .planned_end_on = request.planned_end_on,
        .intensity = request.intensity,
    };
    auto episode = lw::OpenEpisode(std::move(draft), *earlier, today);
    if (!episode) return Fail(episode.error());
    opened = std::move(*episode);
    const std::string reason = opened->ordinal == 1
                                   ? std::string("Opened")
                                   : "Came back: episode " + std::to_string(opened->ordinal);
    if (auto s = records::Create(tx, *opened, ChangeBy(actor, now, reason)); !s) return s;
    return team_internal::Audit(tx, actor, now, "episode.open", "person", opened->person_id,
                                opened->id);
  });
  if (refused) AuditRefusal(store_, actor, now, request.person_id);
  if (!done) return Fail(done.error());
  return std::move(*opened);
}

// Loads the episode, checks it is the actor's team's and that they may
// change its person's record, applies `change`, stores the next version.
template <typename Change>
Result<Episode> ChangeEpisode(Store& store, const Clock& clock, const Actor& actor,
                              std::string_view episode_id, long long version,
                              std::string_view action, std::string_view reason, Change change) {
  if (!IsValidId(episode_id) || !team_internal::WorksInTeam(actor)) {
    return Fail(NotFound("episode"));
  }
  const Timestamp now = clock.Now();
  std::optional<Episode> next;
  bool refused = false;
  std::string person_id;
  auto done = store.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    auto episode = records::Get<Episode>(tx, std::string(episode_id));
    if (!episode) return Fail(episode.error());
    if (!*episode) return Fail(NotFound("episode"));
    person_id = (*episode)->person_id;
    if ((*episode)->team_id != actor.team_id) {
      refused = true;
      return Fail(NotFound("episode"));
    }
    auto access =
        RequirePerson(tx, actor, person_id, PersonAction::kUpdate, now, "episode", refused);
    if (!access) return Fail(access.error());
    if (auto s = StaleVersion((*episode)->version, version); !s) return s;
    auto changed = change(tx, **episode, Date::InLondon(now));
    if (!changed) return Fail(changed.error());
    next = std::move(*changed);
    if (auto s = records::Update(tx, *next, ChangeBy(actor, now, std::string(reason))); !s) {
      return s;
    }
    return team_internal::Audit(tx, actor, now, action, "person", person_id, next->id);
  });
  if (refused) AuditRefusal(store, actor, now, person_id);
  if (!done) return Fail(done.error());
  return std::move(*next);
}

Result<Episode> TeamService::GetEpisode(const Actor& actor, std::string_view episode_id) {
  if (!IsValidId(episode_id)) return Fail(NotFound("episode"));
  const Timestamp now = clock_.Now();
  std::optional<Episode> found;
  bool refused = false;
  std::string person_id;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    auto episode = records::Get<Episode>(tx, std::string(episode_id));
    if (!episode) return Fail(episode.error());
    if (!*episode) return Fail(NotFound("episode"));
    person_id = (*episode)->person_id;
    auto access = RequirePerson(tx, actor, person_id, PersonAction::kRead, now, "episode", refused);
    if (!access) return Fail(access.error());
    found = std::move(**episode);
    return team_internal::Audit(tx, actor, now, "episode.read", "person", person_id, found->id);
  });
  if (refused) AuditRefusal(store_, actor, now, person_id);
  if (!done) return Fail(done.error());
  return std::move(*found);
}

Result<Episode> TeamService::ReassignKeyworker(const Actor& actor, std::string_view episode_id,
                                               long long version, std::string user_id, Date from,
                                               std::string reason) {
  return ChangeEpisode(
      store_, clock_, actor, episode_id, version, "episode.reassign", "Keyworker changed",
      [&](StoreTx& tx, const Episode& e, Date today) -> Result<Episode> {
        if (auto s = CheckKeyworker(tx, user_id, e.team_id, "keyworker_user_id"); !s) {
          return Fail(s.error());
        }
        return lw::ReassignKeyworker(e, user_id, from, reason, today);
      });
}

Result<Episode> TeamService::RecordReview(const Actor& actor, std::string_view episode_id,
                                          long long version, Date on, std::string note) {
  return ChangeEpisode(store_, clock_, actor, episode_id, version, "episode.review", "Reviewed",
                       [&](StoreTx&, const Episode& e, Date today) {
                         return lw::RecordReview(
                             e, {.on = on, .by_user_id = actor.user_id, .note = note}, today);
                       });
}

Result<Episode> TeamService::PlanEnding(const Actor& actor, std::string_view episode_id,
                                        long long version, std::optional<Date> planned_end_on) {
  return ChangeEpisode(store_, clock_, actor, episode_id, version, "episode.plan_ending",
                       planned_end_on ? "Planned ending agreed" : "Planned ending removed",
                       [&](StoreTx&, const Episode& e, Date today) {
                         return lw::PlanEnding(e, planned_end_on, today);
                       });
}

Result<Episode> TeamService::SetIntensity(const Actor& actor, std::string_view episode_id,
                                          long long version, Intensity intensity) {
  return ChangeEpisode(
      store_, clock_, actor, episode_id, version, "episode.intensity", "Intensity changed",
      [&](StoreTx&, const Episode& e, Date) { return lw::SetIntensity(e, intensity); });
}

Result<Episode> TeamService::EndEpisode(const Actor& actor, std::string_view episode_id,
                                        long long version, EpisodeEnd end) {
  end.ended_by_user_id = actor.user_id;
  return ChangeEpisode(
      store_, clock_, actor, episode_id, version, "episode.end", "Ended",
      [&](StoreTx&, const Episode& e, Date today) { return lw::EndEpisode(e, end, today); });
}

// --- Contacts.

namespace {

// Every person in the contact may be changed by the actor, and each linked
// episode is that person's. A refusal is "No <what> found": "contact" for
// the people a stored contact names, so that it reads as for no contact.
Status CheckContactPeople(StoreTx& tx, const Actor& actor, const Contact& c, Timestamp now,
                          bool& refused, std::string& refused_person,
                          std::string_view what = "person") {
  for (const ContactPerson& p : c.people) {
    auto access = RequirePerson(tx, actor, p.person_id, PersonAction::kUpdate, now, what, refused);
    if (!access) {
      if (refused) refused_person = p.person_id;
      return Fail(access.error());
    }
    if (p.episode_id.empty()) continue;
    auto episode = records::Get<Episode>(tx, p.episode_id);
    if (!episode) return Fail(episode.error());
    if (!*episode || (*episode)->person_id != p.person_id) {
      return Fail(Error::Invalid("There is a problem",
                                 {{"episode_id", "Choose one of their episodes of support"}}));
    }
  }
  return Ok();
}

// Every member of staff named is an account in the store, active, and from
// the organisation given for them; those already on `before` (the stored
// version a correction replaces) stand as recorded, even if they have since
// left.
Status CheckContactStaff(StoreTx& tx, const Contact& c, const Contact* before = nullptr) {
  for (const ContactStaff& s : c.staff) {
    if (before != nullptr && std::ranges::find(before->staff, s) != before->staff.end()) continue;
    auto user = tx.GetUser(s.user_id);
    if (!user) return Fail(user.error());
    if (!*user || !(*user)->active || (*user)->organisation_id != s.organisation_id) {
      return Fail(Error::Invalid(
          "There is a problem",
          {{"staff", "Choose each member of staff and the organisation they are from"}}));
    }
  }
  return Ok();
}

}  // namespace

Result<Contact> TeamService::RecordContact(const Actor& actor, Contact draft) {
  if (!team_internal::WorksInTeam(actor)) return Fail(NotFound("person"));
  for (const ContactPerson& p : draft.people) {
    if (!IsValidId(p.person_id)) return Fail(NotFound("person"));
  }
  const Timestamp now = clock_.Now();
  if (std::ranges::none_of(draft.staff,
                           [&](const ContactStaff& s) { return s.user_id == actor.user_id; })) {
    draft.staff.insert(draft.staff.begin(),
                       {.user_id = actor.user_id, .organisation_id = actor.organisation_id});
  }
  auto contact = lw::RecordContact(std::move(draft), now);
  if (!contact) return Fail(contact.error());
  contact->id = NewId(random_);
  bool refused = false;
  std::string refused_person;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    if (auto s = CheckContactPeople(tx, actor, *contact, now, refused, refused_person); !s) {
      return s;
    }
    if (auto s = CheckContactStaff(tx, *contact); !s) return s;
    if (auto s = records::Create(tx, *contact, ChangeBy(actor, now, "Recorded")); !s) return s;
    for (const ContactPerson& p : contact->people) {
      if (auto s = team_internal::Audit(tx, actor, now, "contact.record", "person", p.person_id,
                                        contact->id);
          !s) {
        return s;
      }
    }
    return Ok();
  });
  if (refused) AuditRefusal(store_, actor, now, refused_person);
  if (!done) return Fail(done.error());
  return *contact;
}

Result<Contact> TeamService::CorrectContact(const Actor& actor, Contact corrected) {
  if (!IsValidId(corrected.id) || !team_internal::WorksInTeam(actor)) {
    return Fail(NotFound("contact"));
  }
  const Timestamp now = clock_.Now();
  Contact stored;
  bool refused = false;
  std::string refused_person;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    auto current = records::Get<Contact>(tx, corrected.id);
    if (!current) return Fail(current.error());
    if (!*current) return Fail(NotFound("contact"));
    // The people it was recorded for and the people it now names.
    if (auto s = CheckContactPeople(tx, actor, **current, now, refused, refused_person, "contact");
        !s) {
      return s;
    }
    if (auto s = StaleVersion((*current)->version, corrected.version); !s) return s;
    auto next = lw::CorrectContact(**current, corrected, now);
    if (!next) return Fail(next.error());
    if (auto s = CheckContactPeople(tx, actor, *next, now, refused, refused_person); !s) {
      return s;
    }
    if (auto s = CheckContactStaff(tx, *next, &**current); !s) return s;
    stored = std::move(*next);
    if (auto s = records::Update(tx, stored, ChangeBy(actor, now, "Corrected")); !s) return s;
    for (const ContactPerson& p : stored.people) {
      if (auto s = team_internal::Audit(tx, actor, now, "contact.correct", "person", p.person_id,
                                        stored.id);
          !s) {
        return s;
      }
    }
    return Ok();
  });
  if (refused) AuditRefusal(store_, actor, now, refused_person);
  if (!done) return Fail(done.error());
  return stored;
}

// --- Concerns.

Result<Concern> TeamService::RaiseConcern(const Actor& actor, std::string_view person_id,
                                          std::string text) {
  if (!IsValidId(person_id) || !team_internal::WorksInTeam(actor)) {
    return Fail(NotFound("person"));
  }
  const Timestamp now = clock_.Now();
  auto concern = lw::RaiseConcern({.team_id = actor.team_id,
                                   .person_id = std::string(person_id),
                                   .raised_by_user_id = actor.user_id,
                                   .raised_by_role = actor.role,
                                   .raised_at = now,
                                   .text = std::move(text)});
  if (!concern) return Fail(concern.error());
  concern->id = NewId(random_);
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    auto access =
        RequirePerson(tx, actor, person_id, PersonAction::kUpdate, now, "person", refused);
    if (!access) return Fail(access.error());
    if (auto s = records::Create(tx, *concern, ChangeBy(actor, now, "Raised")); !s) return s;
    return team_internal::Audit(tx, actor, now, "concern.raise", "person", concern->person_id,
                                concern->id);
  });
  if (refused) AuditRefusal(store_, actor, now, person_id);
  if (!done) return Fail(done.error());
  return *concern;
}

Result<Concern> TeamService::ResolveConcern(const Actor& actor, std::string_view concern_id,
                                            long long version, std::string how) {
  if (!IsValidId(concern_id) || !team_internal::WorksInTeam(actor)) {
    return Fail(NotFound("concern"));
  }
  const Timestamp now = clock_.Now();
  Concern resolved;
  bool refused = false;
  std::string person_id;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    auto concern = records::Get<Concern>(tx, std::string(concern_id));
    if (!concern) return Fail(concern.error());
    if (!*concern) return Fail(NotFound("concern"));
    person_id = (*concern)->person_id;
    if ((*concern)->team_id != actor.team_id) {
      refused = true;
      return Fail(NotFound("concern"));
    }
    if (auto s = StaleVersion((*concern)->version, version); !s) return s;
    auto next = lw::ResolveConcern(**concern, {.at = now, .by_user_id = actor.user_id, .how = how});
    if (!next) return Fail(next.error());
    resolved = std::move(*next);
    if (auto s = records::Update(tx, resolved, ChangeBy(actor, now, "Resolved")); !s) return s;
    return team_internal::Audit(tx, actor, now, "concern.resolve", "person", person_id,
                                resolved.id);
  });
  if (refused) AuditRefusal(store_, actor, now, person_id);
  if (!done) return Fail(done.error());
  return resolved;
}

}  // namespace lw

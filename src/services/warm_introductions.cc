#include "services/warm_introductions.h"

#include <algorithm>
#include <map>
#include <utility>

#include "base/ids.h"
#include "domain/directory/directory.h"
#include "services/outbox.h"
#include "services/team_service_internal.h"
#include "storage/records/directory_records.h"
#include "storage/records/network_records.h"
#include "storage/records/plan_records.h"
#include "storage/records/team_records.h"

namespace lw {

using team_internal::AuditRefusal;
using team_internal::ChangeBy;
using team_internal::RequirePerson;
using team_internal::StaleVersion;
using team_internal::UserName;

namespace {

constexpr std::string_view kWhat = "introduction";
constexpr int kListLimit = 1000;

Error NotFoundError() { return team_internal::NotFound(kWhat); }

bool ServiceSide(const Actor& actor, const WarmIntroduction& w) {
  return actor.role == Role::kNetworkPartner && !actor.organisation_id.empty() &&
         actor.organisation_id == w.partner_organisation_id;
}

std::string NameOf(const Person& p) { return p.CallName() + " " + p.family_name; }

// Fills the view's names and times; for the service side, what is shared.
Status Describe(StoreTx& tx, const WarmIntroduction& w, WarmSide reader, const Person& person,
                Date today, const WarmIntroductionRules& rules,
                std::map<std::string, std::string>& names, WarmIntroductionView& view) {
  view.introduction = w;
  view.reader = reader;
  view.days_since_made = DaysSinceMade(w, today);
  view.not_landed_in_time = NotLandedInTime(w, today, rules);
  view.made_by_name = UserName(tx, names, w.made_by_user_id);
  for (const WarmStep& s : w.steps) view.step_by_names.push_back(UserName(tx, names, s.by_user_id));
  auto team = tx.GetTeam(w.team_id);
  if (!team) return Fail(team.error());
  if (*team) view.team_name = (*team)->name;
  if (reader == WarmSide::kTeam) {
    view.person_name = NameOf(person);
    return Ok();
  }
  auto details = records::Get<PersonDetailsRecord>(tx, w.person_id);
  if (!details) return Fail(details.error());
  auto plan = records::Get<MyPlan>(tx, w.person_id);
  if (!plan) return Fail(plan.error());
  view.shared = ShareWithService(w, person, *details ? &(*details)->details : nullptr,
                                 *plan ? &**plan : nullptr);
  view.person_name = view.shared->name;
  // The service sees its own steps' notes, never the team's (they were not
  // part of the consent), nor the person's view or their words about
  // consent; once withdrawn, not even the note it was introduced with.
  WarmIntroduction& seen = view.introduction;
  for (WarmStep& s : seen.steps) {
    if (s.side == WarmSide::kTeam || view.shared->withdrawn) s.note.clear();
  }
  seen.person_view.reset();
  seen.consent.words.clear();
  if (view.shared->withdrawn) seen.note.clear();
  return Ok();
}

}  // namespace

WarmIntroductions::WarmIntroductions(Store& store, const Clock& clock, Random& random,
                                     WarmIntroductionRules rules)
    : store_(store), clock_(clock), random_(random), rules_(rules) {}

Result<WarmIntroduction> WarmIntroductions::Make(const Actor& actor,
                                                 MakeWarmIntroductionRequest request) {
  if (!IsValidId(request.person_id) || !team_internal::WorksInTeam(actor)) {
    return Fail(team_internal::NotFound("person"));
  }
  const Timestamp now = clock_.Now();
  std::optional<WarmIntroduction> made;
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    auto access =
        RequirePerson(tx, actor, request.person_id, PersonAction::kUpdate, now, "person", refused);
    if (!access) return Fail(access.error());
    std::vector<FieldError> errors;
    std::optional<Episode> episode;
    if (IsValidId(request.episode_id)) {
      auto e = records::Get<Episode>(tx, request.episode_id);
      if (!e) return Fail(e.error());
      episode = std::move(*e);
    }
    if (!episode || episode->person_id != request.person_id || episode->IsEnded()) {
      errors.push_back({"episode_id", "Choose one of their open episodes of support"});
    }
    std::optional<directory::DirectoryService> service;
    if (IsValidUuid(request.service_id)) {
      auto s = records::Get<directory::DirectoryService>(tx, request.service_id);
      if (!s) return Fail(s.error());
      service = std::move(*s);
    }
    if (!service || service->publication != directory::Publication::kPublished) {
      errors.push_back({"service_id", "Choose a service from the directory"});
    } else if (service->status != directory::ServiceStatus::kActive) {
      errors.push_back(
          {"service_id", "This service is " +
                             std::string(directory::ServiceStatusDisplayName(service->status)) +
                             ": choose another"});
    }
    std::string partner_organisation_id;
    if (errors.empty()) {
      auto org = records::Get<directory::DirectoryOrganisation>(tx, service->organisation_id);
      if (!org) return Fail(org.error());
      if (*org) partner_organisation_id = (*org)->partner_organisation_id;
    }
    WarmIntroductionDraft draft{
        .team_id = actor.team_id,
        .person_id = request.person_id,
        .episode_id = request.episode_id,
        .service_id = service ? service->id : request.service_id,
        .service_name = service ? service->name : std::string(),
        .directory_organisation_id = service ? service->organisation_id : std::string(),
        .partner_organisation_id = std::move(partner_organisation_id),
        .made_by_user_id = actor.user_id,
        .made_at = now,
        .way = request.way,
        .joint_on = request.joint_on,
        .note = std::move(request.note),
        .consent = {.parts = std::move(request.parts),
                    .given = request.consent_given,
                    .recorded_at = now,
                    .recorded_by_user_id = actor.user_id,
                    .words = std::move(request.consent_words)},
    };
    auto w = MakeWarmIntroduction(std::move(draft));
    if (!w) {
      // Every problem at once: ours (the episode, the service), then the
      // rule's, each field once.
      for (FieldError& e : w.error().field_errors) {
        if (std::ranges::none_of(errors, [&](const FieldError& f) { return f.field == e.field; })) {
          errors.push_back(std::move(e));
        }
      }
    }
    if (!errors.empty()) return Fail(Error::Invalid("There is a problem", std::move(errors)));
    w->id = NewId(random_);
    made = std::move(*w);
    if (auto s = records::Create(
            tx, *made, ChangeBy(actor, now, "Warm introduction to " + made->service_name));
        !s) {
      return s;
    }
    return team_internal::Audit(tx, actor, now, "warm_introduction.make", "person", made->person_id,
                                made->id);
  });
  if (refused) AuditRefusal(store_, actor, now, request.person_id);
  if (!done) return Fail(done.error());
  return std::move(*made);
}

Result<WarmIntroductionView> WarmIntroductions::Get(const Actor& actor, std::string_view id) {
  if (!IsValidId(id)) return Fail(NotFoundError());
  const Timestamp now = clock_.Now();
  WarmIntroductionView view;
  std::string person_id;
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    view = {};
    auto w = records::Get<WarmIntroduction>(tx, id);
    if (!w) return Fail(w.error());
    if (!*w) return Fail(NotFoundError());
    person_id = (*w)->person_id;
    std::map<std::string, std::string> names;
    if (ServiceSide(actor, **w)) {
      auto person = tx.GetPerson(person_id);
      if (!person) return Fail(person.error());
      if (!*person) return Fail(NotFoundError());
      if (auto s = Describe(tx, **w, WarmSide::kService, **person, Date::InLondon(now), rules_,
                            names, view);
          !s) {
        return s;
      }
      return team_internal::Audit(tx, actor, now, "warm_introduction.shared_read", "person",
                                  person_id, (*w)->id);
    }
    if (!team_internal::WorksInTeam(actor)) {
      refused = true;
      return Fail(NotFoundError());
    }
    auto access = RequirePerson(tx, actor, person_id, PersonAction::kRead, now, kWhat, refused);
    if (!access) return Fail(access.error());
    if (auto s = Describe(tx, **w, WarmSide::kTeam, access->person, Date::InLondon(now), rules_,
                          names, view);
        !s) {
      return s;
    }
    return team_internal::Audit(tx, actor, now, "warm_introduction.read", "person", person_id,
                                (*w)->id);
  });
  if (refused) AuditRefusal(store_, actor, now, person_id);
  if (!done) return Fail(done.error());
  return view;
}

Result<WarmIntroduction> WarmIntroductions::RecordStep(const Actor& actor, std::string_view id,
                                                       long long version, WarmStepRequest request) {
  if (!IsValidId(id)) return Fail(NotFoundError());
  const Timestamp now = clock_.Now();
  std::optional<WarmIntroduction> next;
  std::string person_id;
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    auto w = records::Get<WarmIntroduction>(tx, id);
    if (!w) return Fail(w.error());
    if (!*w) return Fail(NotFoundError());
    person_id = (*w)->person_id;
    WarmSide side = WarmSide::kService;
    if (!ServiceSide(actor, **w)) {
      if (!team_internal::WorksInTeam(actor)) {
        refused = true;
        return Fail(NotFoundError());
      }
      auto access = RequirePerson(tx, actor, person_id, PersonAction::kUpdate, now, kWhat, refused);
      if (!access) return Fail(access.error());
      side = WarmSide::kTeam;
    }
    if (auto s = StaleVersion((*w)->version, version); !s) return s;
    auto changed = RecordWarmStep(**w, {.to = request.to,
                                        .at = now,
                                        .by_user_id = actor.user_id,
                                        .side = side,
                                        .reason = request.reason,
                                        .note = std::move(request.note)});
    if (!changed) return Fail(changed.error());
    next = std::move(*changed);
    const std::string reason = std::string(WarmStateDisplayName(next->state)) + " (" +
                               std::string(WarmSideKey(side)) + ")";
    if (auto s = records::Update(tx, *next, ChangeBy(actor, now, reason)); !s) return s;
    return team_internal::Audit(tx, actor, now, "warm_introduction.step", "person", person_id,
                                next->id);
  });
  if (refused) AuditRefusal(store_, actor, now, person_id);
  if (!done) return Fail(done.error());
  return std::move(*next);
}

Result<WarmIntroduction> WarmIntroductions::RecordPersonView(const Actor& actor,
                                                             std::string_view id, long long version,
                                                             PersonFeeling feeling,
                                                             std::string words) {
  if (!IsValidId(id) || !team_internal::WorksInTeam(actor)) return Fail(NotFoundError());
  const Timestamp now = clock_.Now();
  std::optional<WarmIntroduction> next;
  std::string person_id;
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    auto w = records::Get<WarmIntroduction>(tx, id);
    if (!w) return Fail(w.error());
    if (!*w) return Fail(NotFoundError());
    person_id = (*w)->person_id;
    auto access = RequirePerson(tx, actor, person_id, PersonAction::kUpdate, now, kWhat, refused);
    if (!access) return Fail(access.error());
    if (auto s = StaleVersion((*w)->version, version); !s) return s;
    auto changed = lw::RecordPersonView(**w, {.feeling = feeling,
                                              .words = std::move(words),
                                              .recorded_at = now,
                                              .recorded_by_user_id = actor.user_id});
    if (!changed) return Fail(changed.error());
    next = std::move(*changed);
    if (auto s = records::Update(tx, *next, ChangeBy(actor, now, "Their view of how it went"));
        !s) {
      return s;
    }
    return team_internal::Audit(tx, actor, now, "warm_introduction.person_view", "person",
                                person_id, next->id);
  });
  if (refused) AuditRefusal(store_, actor, now, person_id);
  if (!done) return Fail(done.error());
  return std::move(*next);
}

Result<std::vector<WarmIntroductionView>> WarmIntroductions::ForPerson(const Actor& actor,
                                                                       std::string_view person_id) {
  if (!IsValidId(person_id) || !team_internal::WorksInTeam(actor)) {
    return Fail(team_internal::NotFound("person"));
  }
  const Timestamp now = clock_.Now();
  std::vector<WarmIntroductionView> out;
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    out.clear();
    auto access = RequirePerson(tx, actor, person_id, PersonAction::kRead, now, "person", refused);
    if (!access) return Fail(access.error());
    auto list = records::List<WarmIntroduction>(
        tx, {.person_id = std::string(person_id), .newest_first = true, .limit = kListLimit});
    if (!list) return Fail(list.error());
    std::map<std::string, std::string> names;
    for (const WarmIntroduction& w : *list) {
      WarmIntroductionView& view = out.emplace_back();
      if (auto s = Describe(tx, w, WarmSide::kTeam, access->person, Date::InLondon(now), rules_,
                            names, view);
          !s) {
        return s;
      }
    }
    return team_internal::Audit(tx, actor, now, "warm_introduction.list", "person", person_id);
  });
  if (refused) AuditRefusal(store_, actor, now, person_id);
  if (!done) return Fail(done.error());
  return out;
}

Result<std::vector<WarmIntroductionView>> WarmIntroductions::ForPartner(const Actor& actor) {
  if (actor.role != Role::kNetworkPartner || actor.organisation_id.empty()) {
    return Fail(NotFoundError());
  }
  const Timestamp now = clock_.Now();
  std::vector<WarmIntroductionView> out;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    out.clear();
    auto list = records::List<WarmIntroduction>(
        tx, {.owner_id = actor.organisation_id, .newest_first = true, .limit = kListLimit});
    if (!list) return Fail(list.error());
    std::map<std::string, std::string> names;
    for (const WarmIntroduction& w : *list) {
      auto person = tx.GetPerson(w.person_id);
      if (!person) return Fail(person.error());
      if (!*person) continue;
      WarmIntroductionView& view = out.emplace_back();
      if (auto s = Describe(tx, w, WarmSide::kService, **person, Date::InLondon(now), rules_, names,
                            view);
          !s) {
        return s;
      }
      // The list shows the name only; the page shows the rest.
      view.shared = SharedRecord{.withdrawn = view.shared->withdrawn, .name = view.shared->name};
      if (w.state == WarmState::kWithdrawn) continue;  // nothing about the person was shown
      if (auto s = team_internal::Audit(tx, actor, now, "warm_introduction.partner_list", "person",
                                        w.person_id, w.id);
          !s) {
        return s;
      }
    }
    return Ok();
  });
  if (!done) return Fail(done.error());
  std::ranges::stable_sort(out, [](const WarmIntroductionView& a, const WarmIntroductionView& b) {
    return a.introduction.IsOpen() && !b.introduction.IsOpen();
  });
  return out;
}

Result<int> RecordDueReminders(StoreTx& tx, Timestamp now, const WarmIntroductionRules& rules,
                               std::string_view public_url) {
  const Date today = Date::InLondon(now);
  // Only those made before the time limit can be due.
  const Timestamp made_before = StartOfLondonDay(today.PlusDays(-rules.land_within_days));
  auto open = records::List<WarmIntroduction>(
      tx, {.open_only = true, .sort_to = ToUnixMicros(made_before), .limit = 100000});
  if (!open) return Fail(open.error());
  int sent = 0;
  for (const WarmIntroduction& w : *open) {
    if (!ReminderDue(w, today, rules)) continue;
    WarmIntroduction next = RecordReminder(w, now);
    ChangeMeta change{.changed_by = "system",
                      .changed_at = now,
                      .reason = "Reminder: not landed within " +
                                std::to_string(rules.land_within_days) + " days"};
    if (auto s = records::Update(tx, next, change); !s) return Fail(s.error());
    if (auto q = QueueWarmReminderMail(tx, next, now, public_url); !q) return Fail(q.error());
    ++sent;
  }
  return sent;
}

Job WarmReminderJob(WarmIntroductionRules rules, Micros interval, std::string public_url) {
  return Job{.name = "warm_introductions.remind",
             .interval = interval,
             .work = [rules, public_url = std::move(public_url)](
                         StoreTx& tx, Timestamp now) -> Result<std::string> {
               auto sent = RecordDueReminders(tx, now, rules, public_url);
               if (!sent) return Fail(sent.error());
               return "recorded " + std::to_string(*sent) +
                      " reminders for warm introductions not landed";
             }};
}

}  // namespace lw

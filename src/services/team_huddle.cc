// TeamService: the daily huddle, team decisions and caseloads.
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/ids.h"
#include "domain/team/episode_schedule.h"
#include "services/team_service.h"
#include "services/team_service_internal.h"
#include "storage/records/network_records.h"
#include "storage/records/team_records.h"

namespace lw {

using team_internal::ChangeBy;
using team_internal::NotFound;

namespace {

// The team's active members who work with people, by display name.
Result<std::vector<User>> TeamMembers(StoreTx& tx, std::string_view team_id) {
  auto users = tx.ListUsers();
  if (!users) return Fail(users.error());
  std::vector<User> members;
  for (User& u : *users) {
    if (u.team_id == team_id && u.active && kCareRoles.Has(u.role)) {
      u.password_hash.clear();
      members.push_back(std::move(u));
    }
  }
  std::ranges::sort(members, {}, &User::display_name);
  return members;
}

// When each person was last seen (attended a contact), as London dates.
Result<std::map<std::string, Date, std::less<>>> LastSeen(StoreTx& tx,
                                                          const std::vector<std::string>& people) {
  auto latest = tx.LatestFlagged(RecordKind::kContact, people);
  if (!latest) return Fail(latest.error());
  std::map<std::string, Date, std::less<>> out;
  for (const auto& [person, micros] : *latest) {
    out.emplace(person, Date::InLondon(FromUnixMicros(micros)));
  }
  return out;
}

std::string NameOf(const Person& p) { return p.CallName() + " " + p.family_name; }

// The audit entries of a team view, one per person (and introduction not
// yet linked to a person) shown.
Status AuditShown(StoreTx& tx, const Actor& actor, Timestamp now, std::string_view action,
                  const std::set<std::string>& people, const std::set<std::string>& intros) {
  for (const std::string& id : people) {
    if (auto s = team_internal::Audit(tx, actor, now, action, "person", id); !s) return s;
  }
  for (const std::string& id : intros) {
    if (auto s = team_internal::Audit(tx, actor, now, "introduction.huddle", "introduction", id);
        !s) {
      return s;
    }
  }
  return Ok();
}

// Introductions on the board carry the name their introduction gives;
// every other item with a person is named from that person's record, as
// BuildHuddleBoard would have named it from HuddleInputs::person_names.
Status NameShown(StoreTx& tx, HuddleBoard& board) {
  std::vector<std::vector<HuddleItem>*> named = {&board.concerns, &board.due_this_week,
                                                 &board.warm_introductions, &board.not_seen,
                                                 &board.carried_over};
  std::set<std::string> ids;
  for (const auto* items : named) {
    for (const HuddleItem& item : *items) {
      if (!item.person_id.empty()) ids.insert(item.person_id);
    }
  }
  auto people = tx.GetPeople(std::vector<std::string>(ids.begin(), ids.end()));
  if (!people) return Fail(people.error());
  std::map<std::string, std::string, std::less<>> names;
  for (const Person& p : *people) names.emplace(p.id, NameOf(p));
  for (auto* items : named) {
    for (HuddleItem& item : *items) {
      auto name = names.find(item.person_id);
      item.person_name = name == names.end() ? std::string() : name->second;
    }
  }
  return Ok();
}

// Everything the board shows, for the team's huddle on `today`, into `view`.
Status ReadHuddle(StoreTx& tx, const std::string& team_id, const HuddleRules& rules,
                  const WarmIntroductionRules& warm, Date today, HuddleView& view) {
  auto team = tx.GetTeam(team_id);
  if (!team) return Fail(team.error());
  if (!*team) return Fail(NotFound("team"));
  view.team_name = (*team)->name;
  auto members = TeamMembers(tx, team_id);
  if (!members) return Fail(members.error());
  view.team_members = std::move(*members);

  HuddleInputs in;
  auto intros = tx.ListIntroductions({.team_id = team_id, .limit = 1000});
  if (!intros) return Fail(intros.error());
  for (const Introduction& i : *intros) {
    in.introductions.push_back(
        {.introduction_id = i.id,
         .reference = i.reference,
         .display_name =
             (i.preferred_name.empty() ? i.given_name : i.preferred_name) + " " + i.family_name,
         .received_at = i.received_at,
         .state = i.state,
         .assigned_user_id = i.assigned_user_id,
         .person_id = i.person_id});
  }
  auto concerns =
      records::List<Concern>(tx, {.team_id = team_id, .open_only = true, .limit = 1000});
  if (!concerns) return Fail(concerns.error());
  in.concerns = std::move(*concerns);
  auto episodes =
      records::List<Episode>(tx, {.team_id = team_id, .open_only = true, .limit = 5000});
  if (!episodes) return Fail(episodes.error());
  std::vector<std::string> people;
  people.reserve(episodes->size());
  for (const Episode& e : *episodes) people.push_back(e.person_id);
  auto seen = LastSeen(tx, people);
  if (!seen) return Fail(seen.error());
  for (const Episode& e : *episodes) {
    auto last = seen->find(e.person_id);
    in.episodes.push_back(
        {.episode_id = e.id,
         .person_id = e.person_id,
         .keyworker_user_id = e.keyworker_user_id,
         .next_review_due = NextReviewDue(e),
         .planned_end_on = e.planned_end_on,
         .last_seen_on = last == seen->end() ? std::nullopt : std::optional(last->second),
         .started_on = e.started_on});
  }
  // Warm introductions not landed in time (domain/network decides which).
  auto warm_open =
      records::List<WarmIntroduction>(tx, {.team_id = team_id, .open_only = true, .limit = 2000});
  if (!warm_open) return Fail(warm_open.error());
  for (const WarmIntroduction& w : *warm_open) {
    if (!NotLandedInTime(w, today, warm)) continue;
    in.warm_introductions.push_back({.id = w.id,
                                     .person_id = w.person_id,
                                     .service_name = w.service_name,
                                     .made_by_user_id = w.made_by_user_id,
                                     .made_on = w.MadeOn()});
  }
  auto open =
      records::List<TeamDecision>(tx, {.team_id = team_id, .open_only = true, .limit = 2000});
  if (!open) return Fail(open.error());
  auto recent = records::List<TeamDecision>(
      tx, {.team_id = team_id, .sort_from = today.PlusDays(-14).DayNumber(), .limit = 2000});
  if (!recent) return Fail(recent.error());
  in.decisions = std::move(*open);
  for (TeamDecision& d : *recent) {
    if (d.IsDone() && d.huddle_on == today) in.decisions.push_back(std::move(d));
  }
  view.board = BuildHuddleBoard(in, rules, today);
  // Names for the people the board shows (not every open episode's): the
  // board's order does not depend on them.
  return NameShown(tx, view.board);
}

// Leaves on the board only the item of `kind` about `subject_id`, in its
// section; false (the board emptied) when there is none.
bool KeepOnly(HuddleBoard& board, HuddleItemKind kind, std::string_view subject_id) {
  std::optional<HuddleItem> kept;
  std::vector<HuddleItem>* home = nullptr;
  for (std::vector<HuddleItem>* items :
       {&board.new_introductions, &board.waiting_past_target, &board.concerns, &board.due_this_week,
        &board.warm_introductions, &board.not_seen, &board.carried_over}) {
    for (HuddleItem& item : *items) {
      if (!kept && item.kind == kind && item.subject_id == subject_id) {
        kept = std::move(item);
        home = items;
      }
    }
    items->clear();
  }
  if (!kept) return false;
  home->push_back(std::move(*kept));
  return true;
}

Status RequireMember(const std::vector<User>& members, std::string_view user_id, std::string field,
                     std::string message) {
  if (std::ranges::any_of(members, [&](const User& u) { return u.id == user_id; })) return Ok();
  return Fail(Error::Invalid("There is a problem", {{std::move(field), std::move(message)}}));
}

// The decision is about something on this team's board: the concern,
// episode or introduction exists, is the team's, and is about the decision's
// person (filled in from it when the form left it out). A subject that does
// not exist and another team's read the same, so nothing is revealed.
Status CheckSubject(StoreTx& tx, std::string_view team_id, TeamDecision& d) {
  std::optional<std::string> team;
  std::string person;
  switch (d.about.kind) {
    case DecisionSubjectKind::kPerson:
      return Ok();  // the person's record is checked by access
    case DecisionSubjectKind::kConcern: {
      auto c = records::Get<Concern>(tx, d.about.id);
      if (!c) return Fail(c.error());
      if (*c) team = (*c)->team_id, person = (*c)->person_id;
      break;
    }
    case DecisionSubjectKind::kEpisode: {
      auto e = records::Get<Episode>(tx, d.about.id);
      if (!e) return Fail(e.error());
      if (*e) team = (*e)->team_id, person = (*e)->person_id;
      break;
    }
    case DecisionSubjectKind::kIntroduction: {
      auto i = tx.GetIntroduction(d.about.id);
      if (!i) return Fail(i.error());
      if (*i) team = (*i)->team_id, person = (*i)->person_id;
      break;
    }
    case DecisionSubjectKind::kWarmIntroduction: {
      auto w = records::Get<WarmIntroduction>(tx, d.about.id);
      if (!w) return Fail(w.error());
      if (*w) team = (*w)->team_id, person = (*w)->person_id;
      break;
    }
  }
  if (team != team_id || (!d.person_id.empty() && !person.empty() && d.person_id != person) ||
      (!d.person_id.empty() && person.empty() &&
       d.about.kind != DecisionSubjectKind::kIntroduction)) {
    return Fail(Error::Invalid("There is a problem",
                               {{"about", "Choose something on your team's huddle board"}}));
  }
  if (d.person_id.empty()) d.person_id = person;
  return Ok();
}

}  // namespace

Result<HuddleView> TeamService::Huddle(const Actor& actor) {
  return ViewHuddle(actor, std::nullopt);
}

Result<HuddleView> TeamService::HuddleItemOnBoard(const Actor& actor, HuddleItemKind kind,
                                                  std::string_view subject_id) {
  return ViewHuddle(actor, std::pair(kind, std::string(subject_id)));
}

Result<HuddleView> TeamService::ViewHuddle(
    const Actor& actor, const std::optional<std::pair<HuddleItemKind, std::string>>& only) {
  if (!team_internal::WorksInTeam(actor)) return Fail(NotFound("team"));
  const Timestamp now = clock_.Now();
  const Date today = Date::InLondon(now);
  HuddleView view{.board = BuildHuddleBoard({}, settings_.huddle, today), .team_id = actor.team_id};
  bool found = false;
  // The read and its audit entries in one write transaction on the writer
  // connection, through group commit (ADR 0011): that connection's page
  // cache stays warm, where a reader's is emptied by every commit. Nothing
  // not found fails the transaction, which would roll back the views
  // sharing its commit.
  auto done = commits_->Run([&](StoreTx& tx) -> Status {
    found = false;
    // The whole board as last read, when nothing has changed since.
    const std::optional<std::uint64_t> generation = tx.DataGeneration();
    auto cached = generation ? caches_->boards.Find(actor.team_id, *generation, today) : nullptr;
    if (cached) {
      view = *cached;
    } else {
      view = HuddleView{.board = BuildHuddleBoard({}, settings_.huddle, today),
                        .team_id = actor.team_id};
      auto read = ReadHuddle(tx, actor.team_id, settings_.huddle, settings_.warm, today, view);
      if (!read) return read.error().code == ErrorCode::kNotFound ? Ok() : read;
      if (generation) {
        caches_->boards.Put(actor.team_id, *generation, today,
                            std::make_shared<const HuddleView>(view));
      }
    }
    found = !only || KeepOnly(view.board, only->first, only->second);
    if (!found) return Ok();
    std::set<std::string> people;
    std::set<std::string> intros;
    for (HuddleSection section : kAllHuddleSections) {
      for (const HuddleItem& item : view.board.Items(section)) {
        if (!item.person_id.empty()) {
          people.insert(item.person_id);
        } else if (item.about.kind == DecisionSubjectKind::kIntroduction) {
          intros.insert(item.about.id);
        }
      }
    }
    return AuditShown(tx, actor, now, "person.huddle", people, intros);
  });
  if (!done) return Fail(done.error());
  if (!found) return Fail(NotFound(only ? "huddle item" : "team"));
  return view;
}

Result<TeamDecision> TeamService::RecordDecision(const Actor& actor, TeamDecisionDraft draft) {
  if (!team_internal::WorksInTeam(actor)) return Fail(NotFound("team"));
  const Timestamp now = clock_.Now();
  draft.team_id = actor.team_id;
  draft.recorded_by = actor.user_id;
  draft.recorded_at = now;
  if (draft.about.kind == DecisionSubjectKind::kPerson) draft.person_id = draft.about.id;
  auto decision = RecordTeamDecision(std::move(draft));
  if (!decision) return Fail(decision.error());
  decision->id = NewId(random_);
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    auto members = TeamMembers(tx, actor.team_id);
    if (!members) return Fail(members.error());
    if (auto s = RequireMember(*members, decision->who_does_it, "who_does_it",
                               "Choose who in the team does it");
        !s) {
      return s;
    }
    for (const std::string& present : decision->present) {
      if (auto s = RequireMember(*members, present, "present",
                                 "Choose who was in the huddle from the team");
          !s) {
        return s;
      }
    }
    if (auto s = CheckSubject(tx, actor.team_id, *decision); !s) return s;
    if (!decision->person_id.empty()) {
      auto access = team_internal::RequirePerson(tx, actor, decision->person_id,
                                                 PersonAction::kUpdate, now, "person", refused);
      if (!access) return Fail(access.error());
    }
    if (auto s = records::Create(tx, *decision, ChangeBy(actor, now, "Recorded at the huddle"));
        !s) {
      return s;
    }
    return team_internal::Audit(
        tx, actor, now, "decision.record", decision->person_id.empty() ? "team-decision" : "person",
        decision->person_id.empty() ? decision->id : decision->person_id, decision->id);
  });
  if (refused) team_internal::AuditRefusal(store_, actor, now, decision->person_id);
  if (!done) return Fail(done.error());
  return *decision;
}

namespace {

template <typename Change>
Result<TeamDecision> ChangeDecision(Store& store, const Clock& clock, const Actor& actor,
                                    std::string_view id, long long version, std::string_view action,
                                    Change change) {
  if (!IsValidId(id) || !team_internal::WorksInTeam(actor)) return Fail(NotFound("decision"));
  const Timestamp now = clock.Now();
  std::optional<TeamDecision> next;
  auto done = store.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto d = records::Get<TeamDecision>(tx, std::string(id));
    if (!d) return Fail(d.error());
    if (!*d || (*d)->team_id != actor.team_id) return Fail(NotFound("decision"));
    if ((*d)->version != version) {
      return Fail(Error::Conflict("It was changed by someone else", (*d)->version));
    }
    auto changed = change(**d, now);
    if (!changed) return Fail(changed.error());
    next = std::move(*changed);
    if (auto s = records::Update(tx, *next, ChangeBy(actor, now, std::string(action))); !s) {
      return s;
    }
    return team_internal::Audit(tx, actor, now, action,
                                next->person_id.empty() ? "team-decision" : "person",
                                next->person_id.empty() ? next->id : next->person_id, next->id);
  });
  if (!done) return Fail(done.error());
  return std::move(*next);
}

}  // namespace

Result<TeamDecision> TeamService::MarkDecisionDone(const Actor& actor, std::string_view decision_id,
                                                   long long version, std::string outcome) {
  return ChangeDecision(
      store_, clock_, actor, decision_id, version, "decision.done",
      [&](const TeamDecision& d, Timestamp now) {
        return MarkDone(
            d, {.on = Date::InLondon(now), .by_user_id = actor.user_id, .outcome = outcome});
      });
}

Result<TeamDecision> TeamService::RescheduleDecision(const Actor& actor,
                                                     std::string_view decision_id,
                                                     long long version, Date new_by_when,
                                                     std::string reason) {
  return ChangeDecision(store_, clock_, actor, decision_id, version, "decision.reschedule",
                        [&](const TeamDecision& d, Timestamp now) {
                          return Reschedule(d, new_by_when, reason, actor.user_id, now);
                        });
}

namespace {

// A worker's caseload in the team, into `view`; view.worker.id stays empty
// when the team has no such worker.
Status ReadCaseload(StoreTx& tx, const std::string& team_id, const std::string& worker_id,
                    Date today, CaseloadView& view) {
  auto worker = tx.GetUser(worker_id);
  if (!worker) return Fail(worker.error());
  if (!*worker || (*worker)->team_id != team_id) return Ok();
  view.worker = std::move(**worker);
  view.worker.password_hash.clear();
  auto episodes = records::List<Episode>(
      tx, {.team_id = team_id, .owner_id = worker_id, .open_only = true, .limit = 5000});
  if (!episodes) return Fail(episodes.error());
  std::vector<std::string> people;
  people.reserve(episodes->size());
  for (const Episode& e : *episodes) people.push_back(e.person_id);
  auto seen = LastSeen(tx, people);
  if (!seen) return Fail(seen.error());
  std::vector<CaseloadFact> facts;
  facts.reserve(episodes->size());
  for (const Episode& e : *episodes) {
    auto last = seen->find(e.person_id);
    facts.push_back(
        {.episode = &e,
         .intensity = e.intensity,
         .last_seen_on = last == seen->end() ? std::nullopt : std::optional(last->second)});
  }
  view.caseload = CaseloadOf(worker_id, facts, today);
  std::vector<std::string> ids;
  ids.reserve(view.caseload.lines.size());
  for (const CaseloadLine& line : view.caseload.lines) ids.push_back(line.person_id);
  auto found = tx.GetPeople(ids);
  if (!found) return Fail(found.error());
  std::map<std::string, Person, std::less<>> by_id;
  for (Person& p : *found) {
    std::string id = p.id;
    by_id.emplace(std::move(id), std::move(p));
  }
  view.people.reserve(view.caseload.lines.size());
  for (const CaseloadLine& line : view.caseload.lines) {
    auto p = by_id.find(line.person_id);
    view.people.push_back(p == by_id.end() ? Person{.id = line.person_id} : p->second);
  }
  return Ok();
}

}  // namespace

// --- Caseloads.

Result<CaseloadView> TeamService::Caseload(const Actor& actor, std::string_view user_id) {
  if (!team_internal::WorksInTeam(actor)) return Fail(NotFound("caseload"));
  const std::string worker_id = user_id.empty() ? actor.user_id : std::string(user_id);
  const Timestamp now = clock_.Now();
  const Date today = Date::InLondon(now);
  CaseloadView view;
  bool found_worker = false;
  // Read and audited in one transaction on the writer, as the huddle is. A
  // worker not found is no failure of the transaction, which would roll
  // back the views sharing its commit and send each to commit alone.
  const std::string cache_key = actor.team_id + "/" + worker_id;
  auto done = commits_->Run([&](StoreTx& tx) -> Status {
    view = CaseloadView();
    found_worker = false;
    const std::optional<std::uint64_t> generation = tx.DataGeneration();
    if (auto cached =
            generation ? caches_->caseloads.Find(cache_key, *generation, today) : nullptr) {
      view = *cached;
      found_worker = true;
    } else {
      auto read = ReadCaseload(tx, actor.team_id, worker_id, today, view);
      if (!read) return read;
      if (view.worker.id.empty()) return Ok();  // no such worker in the team
      found_worker = true;
      if (generation) {
        caches_->caseloads.Put(cache_key, *generation, today,
                               std::make_shared<const CaseloadView>(view));
      }
    }
    std::set<std::string> shown;
    for (const CaseloadLine& line : view.caseload.lines) shown.insert(line.person_id);
    return AuditShown(tx, actor, now, "person.caseload", shown, {});
  });
  if (!done) return Fail(done.error());
  if (!found_worker) return Fail(NotFound("caseload"));
  return view;
}

Result<TeamCaseloadView> TeamService::TeamCaseload(const Actor& actor) {
  if (!team_internal::WorksInTeam(actor)) return Fail(NotFound("caseload"));
  TeamCaseloadView view{.team_id = actor.team_id};
  auto read = store_.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto members = TeamMembers(tx, actor.team_id);
    if (!members) return Fail(members.error());
    view.workers = std::move(*members);
    auto episodes =
        records::List<Episode>(tx, {.team_id = actor.team_id, .open_only = true, .limit = 10000});
    if (!episodes) return Fail(episodes.error());
    std::vector<CaseloadFact> facts;
    for (const Episode& e : *episodes) facts.push_back({.episode = &e, .intensity = e.intensity});
    std::vector<std::string> ids;
    ids.reserve(view.workers.size());
    for (const User& u : view.workers) ids.push_back(u.id);
    view.balance = BalanceOf(ids, facts);
    return Ok();
  });
  if (!read) return Fail(read.error());
  return view;
}

}  // namespace lw

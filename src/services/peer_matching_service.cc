#include "services/peer_matching_service.h"

#include <algorithm>
#include <map>
#include <utility>

#include "base/ids.h"
#include "services/team_service_internal.h"
#include "storage/records/peer_records.h"
#include "storage/records/team_records.h"

namespace lw {

using team_internal::AuditRefusal;
using team_internal::ChangeBy;
using team_internal::NotFound;
using team_internal::RequirePerson;
using team_internal::StaleVersion;
using team_internal::WorksInTeam;

namespace {

constexpr std::string_view kStaff = "staff";

Status AuditPerson(StoreTx& tx, const Actor& actor, Timestamp now, std::string_view action,
                   std::string_view person_id) {
  return team_internal::Audit(tx, actor, now, action, "person", person_id);
}

Result<std::string> UserName(StoreTx& tx, std::string_view id) {
  if (id.empty()) return std::string();
  auto user = tx.GetUser(id);
  if (!user) return Fail(user.error());
  return *user ? (*user)->display_name : std::string();
}

// The actor's team as candidates: every account in it, with the profiles
// whose consent stands and the number of people each is keyworker for.
Result<std::vector<PeerCandidate>> TeamCandidates(StoreTx& tx, std::string_view team_id) {
  auto users = tx.ListUsers();
  if (!users) return Fail(users.error());
  auto profiles = records::List<SharingProfile>(tx, {.open_only = true, .limit = 100000});
  if (!profiles) return Fail(profiles.error());
  std::map<std::string, SharingProfile, std::less<>> by_user;
  for (SharingProfile& p : *profiles) by_user.emplace(p.user_id, std::move(p));
  std::vector<PeerCandidate> out;
  for (const User& u : *users) {
    if (u.team_id != team_id) continue;
    auto p = by_user.find(u.id);
    if (p == by_user.end()) continue;
    auto episodes = tx.ListRecords({.kind = RecordKind::kEpisode,
                                    .owner_id = u.id,
                                    .open_only = true,
                                    .limit = 100000,
                                    .with_links = false});
    if (!episodes) return Fail(episodes.error());
    out.push_back({.user_id = u.id,
                   .name = u.display_name,
                   .team_id = u.team_id,
                   .active = u.active,
                   .profile = p->second,
                   .caseload = static_cast<int>(episodes->size())});
  }
  return out;
}

Error NoProfile() { return Error::NotFound("No sharing profile found"); }

}  // namespace

PeerMatchingService::PeerMatchingService(Store& store, const Clock& clock)
    : store_(store), clock_(clock) {}

// --- The actor's own sharing profile.

Result<MyPeerProfileView> PeerMatchingService::MyProfile(const Actor& actor) {
  if (!WorksInTeam(actor)) return Fail(NoProfile());
  const Timestamp now = clock_.Now();
  MyPeerProfileView view;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    view = {};
    auto profile = records::Get<SharingProfile>(tx, actor.user_id);
    if (!profile) return Fail(profile.error());
    view.profile = std::move(*profile);
    auto wishes = records::List<PeerMentorWish>(
        tx, {.owner_id = actor.user_id, .open_only = true, .limit = 1000});
    if (!wishes) return Fail(wishes.error());
    for (PeerMentorWish& w : *wishes) {
      auto access = team_internal::LoadAccess(tx, actor, w.person_id, now);
      if (!access) return Fail(access.error());
      if (!*access || !DecidePersonAccess(actor, PersonAction::kUpdate, (*access)->facts)) {
        continue;  // moved to another team since: not shown
      }
      auto by = UserName(tx, w.choice->chosen_by);
      if (!by) return Fail(by.error());
      if (auto s = AuditPerson(tx, actor, now, "peer_mentor.request", w.person_id); !s) return s;
      view.requests.push_back(
          {.person = std::move((*access)->person), .wish = std::move(w), .chosen_by_name = *by});
    }
    return team_internal::Audit(tx, actor, now, "sharing_profile.read", kStaff, actor.user_id);
  });
  if (!done) return Fail(done.error());
  return view;
}

Result<SharingProfile> PeerMatchingService::SaveMyProfile(const Actor& actor,
                                                          SharingProfileDraft draft,
                                                          long long based_on) {
  if (!WorksInTeam(actor)) return Fail(NoProfile());
  const Timestamp now = clock_.Now();
  std::optional<SharingProfile> saved;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto current = records::Get<SharingProfile>(tx, actor.user_id);
    if (!current) return Fail(current.error());
    auto next = RecordSharingProfile(*current, draft, actor.user_id, now);
    if (!next) return Fail(next.error());
    if (auto s = StaleVersion(*current ? (*current)->version : 0, based_on); !s) return s;
    const ChangeMeta change = ChangeBy(actor, now, "Consent given: lived experience to share");
    auto stored =
        *current ? records::Update(tx, *next, change) : records::Create(tx, *next, change);
    if (!stored) return stored;
    saved = std::move(*next);
    return team_internal::Audit(tx, actor, now, "sharing_profile.record", kStaff, actor.user_id);
  });
  if (!done) return Fail(done.error());
  return std::move(*saved);
}

Result<SharingProfile> PeerMatchingService::WithdrawMyProfile(const Actor& actor,
                                                              long long based_on) {
  if (!WorksInTeam(actor)) return Fail(NoProfile());
  const Timestamp now = clock_.Now();
  std::optional<SharingProfile> saved;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto current = records::Get<SharingProfile>(tx, actor.user_id);
    if (!current) return Fail(current.error());
    if (!*current) return Fail(ErrorCode::kFailedPrecondition, "There is no consent to withdraw");
    if (auto s = StaleVersion((*current)->version, based_on); !s) return s;
    auto next = WithdrawSharingProfile(**current, now);
    if (!next) return Fail(next.error());
    if (auto s = records::Update(tx, *next, ChangeBy(actor, now, "Consent withdrawn")); !s) {
      return s;
    }
    saved = std::move(*next);
    return team_internal::Audit(tx, actor, now, "sharing_profile.withdraw", kStaff, actor.user_id);
  });
  if (!done) return Fail(done.error());
  return std::move(*saved);
}

// --- A person's peer mentor.

template <typename Fn>
Status PeerMatchingService::WithPerson(const Actor& actor, std::string_view person_id, Fn fn) {
  // No early refusal by role: a partner's or commissioner's probe of a real
  // person is refused by the policy below, and audited like anyone's.
  if (!IsValidId(person_id)) return Fail(NotFound("person"));
  const Timestamp now = clock_.Now();
  bool refused = false;
  auto done = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    refused = false;
    // kUpdate: the actor's own team only, never under break-glass.
    auto access =
        RequirePerson(tx, actor, person_id, PersonAction::kUpdate, now, "person", refused);
    if (!access) return Fail(access.error());
    auto wish = records::Get<PeerMentorWish>(tx, person_id);
    if (!wish) return Fail(wish.error());
    return fn(tx, access->person, *wish, now);
  });
  if (refused) AuditRefusal(store_, actor, now, person_id);
  return done;
}

Result<PeerMentorView> PeerMatchingService::PeerMentor(const Actor& actor,
                                                       std::string_view person_id) {
  PeerMentorView view;
  auto done = WithPerson(actor, person_id,
                         [&](StoreTx& tx, const Person& person,
                             const std::optional<PeerMentorWish>& wish, Timestamp now) -> Status {
                           view = PeerMentorView{.person = person, .wish = wish};
                           if (wish) {
                             auto team = TeamCandidates(tx, actor.team_id);
                             if (!team) return Fail(team.error());
                             view.suggestions = SuggestPeerMentors(*wish, actor.team_id, *team);
                             auto by = UserName(tx, wish->recorded_by);
                             if (!by) return Fail(by.error());
                             view.recorded_by_name = *by;
                             if (wish->choice) {
                               auto chosen = UserName(tx, wish->choice->peer_user_id);
                               if (!chosen) return Fail(chosen.error());
                               view.chosen_name = *chosen;
                               auto chooser = UserName(tx, wish->choice->chosen_by);
                               if (!chooser) return Fail(chooser.error());
                               view.chosen_by_name = *chooser;
                               view.may_respond =
                                   wish->choice->peer_user_id == actor.user_id &&
                                   wish->choice->response == ChoiceResponse::kAwaiting;
                             }
                           }
                           return AuditPerson(tx, actor, now, "peer_mentor.read", person_id);
                         });
  if (!done) return Fail(done.error());
  return view;
}

Result<PeerMentorWish> PeerMatchingService::RecordWish(const Actor& actor,
                                                       std::string_view person_id,
                                                       PeerMentorWishDraft draft,
                                                       long long based_on) {
  std::optional<PeerMentorWish> saved;
  auto done = WithPerson(
      actor, person_id,
      [&](StoreTx& tx, const Person&, const std::optional<PeerMentorWish>& wish,
          Timestamp now) -> Status {
        auto next = RecordPeerMentorWish(wish, draft, person_id, actor.team_id, actor.user_id, now);
        if (!next) return Fail(next.error());
        if (auto s = StaleVersion(wish ? wish->version : 0, based_on); !s) return s;
        const ChangeMeta change = ChangeBy(actor, now, "Wish for a peer mentor recorded");
        auto stored =
            wish ? records::Update(tx, *next, change) : records::Create(tx, *next, change);
        if (!stored) return stored;
        saved = std::move(*next);
        return AuditPerson(tx, actor, now, "peer_mentor.wish", person_id);
      });
  if (!done) return Fail(done.error());
  return std::move(*saved);
}

Result<PeerMentorWish> PeerMatchingService::ChoosePeerMentor(const Actor& actor,
                                                             std::string_view person_id,
                                                             std::string_view peer_user_id,
                                                             bool together_with_person,
                                                             long long based_on) {
  std::optional<PeerMentorWish> saved;
  auto done = WithPerson(
      actor, person_id,
      [&](StoreTx& tx, const Person&, const std::optional<PeerMentorWish>& wish,
          Timestamp now) -> Status {
        if (!wish) {
          return Fail(ErrorCode::kFailedPrecondition, "Record what the person would like first");
        }
        if (auto s = StaleVersion(wish->version, based_on); !s) return s;
        auto next =
            lw::ChoosePeerMentor(*wish, peer_user_id, together_with_person, actor.user_id, now);
        if (!next) return Fail(next.error());
        auto team = TeamCandidates(tx, actor.team_id);
        if (!team) return Fail(team.error());
        const auto suggestions = SuggestPeerMentors(*wish, actor.team_id, *team);
        if (std::ranges::find(suggestions, peer_user_id, &PeerSuggestion::user_id) ==
            suggestions.end()) {
          return Fail(Error::Invalid("There is a problem with the choice",
                                     {{"peer", "Choose a peer mentor from the suggestions"}}));
        }
        if (auto s = records::Update(tx, *next,
                                     ChangeBy(actor, now, "Peer mentor chosen with the person"));
            !s) {
          return s;
        }
        saved = std::move(*next);
        return AuditPerson(tx, actor, now, "peer_mentor.choose", person_id);
      });
  if (!done) return Fail(done.error());
  return std::move(*saved);
}

Result<PeerMentorWish> PeerMatchingService::RespondToChoice(const Actor& actor,
                                                            std::string_view person_id, bool accept,
                                                            std::string note, long long based_on) {
  std::optional<PeerMentorWish> saved;
  auto done = WithPerson(
      actor, person_id,
      [&](StoreTx& tx, const Person&, const std::optional<PeerMentorWish>& wish,
          Timestamp now) -> Status {
        if (!wish)
          return Fail(ErrorCode::kFailedPrecondition, "No choice is waiting for an answer");
        if (auto s = StaleVersion(wish->version, based_on); !s) return s;
        auto next = RespondToPeerChoice(*wish, actor.user_id, accept, note, now);
        if (!next) return Fail(next.error());
        if (auto s = records::Update(
                tx, *next,
                ChangeBy(actor, now, accept ? "Peer mentor accepted" : "Peer mentor declined"));
            !s) {
          return s;
        }
        saved = std::move(*next);
        return AuditPerson(tx, actor, now, accept ? "peer_mentor.accept" : "peer_mentor.decline",
                           person_id);
      });
  if (!done) return Fail(done.error());
  return std::move(*saved);
}

}  // namespace lw

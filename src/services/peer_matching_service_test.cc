#include "services/peer_matching_service.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "services/people_service.h"
#include "services/service_test_support.h"
#include "services/team_service.h"

namespace lw {
namespace peer_matching_service_test {
namespace {

using ::testing::ElementsAre;
using L = LivedExperience;

SharingProfileDraft Draft(std::vector<L> areas, std::vector<std::string> languages = {}) {
  return {.areas = std::move(areas),
          .languages = std::move(languages),
          .gender = "",
          .own_words = "",
          .consent = true};
}

class PeerMatchingServiceTest : public ::testing::Test {
 protected:
  PeerMatchingServiceTest()
      : people_(*world_.store, world_.clock, world_.random),
        team_(*world_.store, world_.clock, world_.random,
              TeamSettings{.rhythm = {}, .huddle = {.target_days = 14, .not_seen_days = 28}}),
        peers_(*world_.store, world_.clock) {
    a_ = world_.Add("alice", Role::kPractitioner, "team-a");
    a_peer_ = world_.Add("apeer", Role::kPeerWorker, "team-a", "org-vcse");
    a_peer2_ = world_.Add("apeer2", Role::kPeerWorker, "team-a", "org-vcse");
    a_lead_ = world_.Add("alead", Role::kTeamLead, "team-a");
    b_ = world_.Add("bob", Role::kPractitioner, "team-b");
    b_peer_ = world_.Add("bpeer", Role::kPeerWorker, "team-b", "org-vcse");
    partner_ = world_.Add("partner", Role::kNetworkPartner, "", "org-vcse");
    commissioner_ = world_.Add("commissioner", Role::kCommissioner);
    admin_ = world_.Add("admin", Role::kAdministrator);
    Person draft;
    draft.given_name = "Rosa";
    draft.family_name = "Diaz";
    person_ = *people_.Create(a_, draft, "Introduced");
  }

  std::size_t AuditCount(const std::string& action, const std::string& id) {
    std::size_t n = 0;
    for (const auto& e : world_.Audit()) {
      if (e.event.action == action && e.event.record_id == id) ++n;
    }
    return n;
  }

  PeerMentorWish Wish(std::vector<L> areas, std::string language = "") {
    auto w = peers_.RecordWish(a_, person_.id,
                               {.areas = std::move(areas), .language = std::move(language)}, 0);
    EXPECT_TRUE(w) << w.error().message;
    return *w;
  }

  std::vector<std::string> Suggested(const Actor& actor) {
    auto view = peers_.PeerMentor(actor, person_.id);
    EXPECT_TRUE(view) << view.error().message;
    std::vector<std::string> out;
    if (view) {
      for (const auto& s : view->suggestions) out.push_back(s.name);
    }
    return out;
  }

  testing::ServiceWorld world_;
  PeopleService people_;
  TeamService team_;
  PeerMatchingService peers_;
  Actor a_, a_peer_, a_peer2_, a_lead_, b_, b_peer_, partner_, commissioner_, admin_;
  Person person_;
};

TEST_F(PeerMatchingServiceTest, StaffRecordTheirOwnProfileVersionedAndAudited) {
  auto none = peers_.MyProfile(a_peer_);
  ASSERT_TRUE(none);
  EXPECT_FALSE(none->profile);
  auto saved = peers_.SaveMyProfile(a_peer_, Draft({L::kBereavement}, {"ur"}), 0);
  ASSERT_TRUE(saved) << saved.error().message;
  EXPECT_EQ(saved->version, 1);
  EXPECT_EQ(saved->user_id, a_peer_.user_id);
  EXPECT_EQ(saved->consent_recorded_by, a_peer_.user_id);
  EXPECT_EQ(saved->consent_given_at, world_.clock.Now());

  auto stale = peers_.SaveMyProfile(a_peer_, Draft({L::kDebt}), 0);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(stale.error().current_version, 1);

  auto again = peers_.SaveMyProfile(a_peer_, Draft({L::kDebt}), 1);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->version, 2);
  auto mine = peers_.MyProfile(a_peer_);
  ASSERT_TRUE(mine && mine->profile);
  EXPECT_THAT(mine->profile->areas, ElementsAre(L::kDebt));
  EXPECT_EQ(AuditCount("sharing_profile.record", a_peer_.user_id), 2U);
  EXPECT_EQ(AuditCount("sharing_profile.read", a_peer_.user_id), 2U);

  // Anyone's profile is their own: another worker sees none of it.
  auto other = peers_.MyProfile(a_peer2_);
  ASSERT_TRUE(other);
  EXPECT_FALSE(other->profile);
}

TEST_F(PeerMatchingServiceTest, BadInputStoresNothing) {
  auto bad = peers_.SaveMyProfile(a_peer_, {.areas = {}, .consent = false}, 0);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
  EXPECT_FALSE(peers_.MyProfile(a_peer_)->profile);
  EXPECT_EQ(AuditCount("sharing_profile.record", a_peer_.user_id), 0U);
}

TEST_F(PeerMatchingServiceTest, OnlyStaffWorkingInATeamHaveAProfile) {
  for (const Actor& who : {partner_, commissioner_, admin_}) {
    auto r = peers_.SaveMyProfile(who, Draft({L::kDebt}), 0);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::kNotFound);
    EXPECT_EQ(peers_.MyProfile(who).error().code, ErrorCode::kNotFound);
  }
  EXPECT_TRUE(peers_.SaveMyProfile(a_lead_, Draft({L::kDebt}), 0));
  EXPECT_TRUE(peers_.SaveMyProfile(a_, Draft({L::kDebt}), 0));
}

TEST_F(PeerMatchingServiceTest, SuggestionsComeFromTheTeamWithConsentRankedWithReasons) {
  ASSERT_TRUE(peers_.SaveMyProfile(a_peer_, Draft({L::kBereavement}), 0));
  ASSERT_TRUE(peers_.SaveMyProfile(a_peer2_, Draft({L::kBereavement, L::kBeingACarer}, {"ur"}), 0));
  ASSERT_TRUE(peers_.SaveMyProfile(b_peer_, Draft({L::kBereavement, L::kBeingACarer}), 0));
  // apeer keyworks Rosa: one person on their caseload.
  ASSERT_TRUE(team_.OpenEpisode(a_, {.person_id = person_.id,
                                     .keyworker_user_id = a_peer_.user_id,
                                     .started_on = Date::InLondon(world_.clock.Now())}));
  Wish({L::kBereavement, L::kBeingACarer}, "ur");

  auto view = peers_.PeerMentor(a_, person_.id);
  ASSERT_TRUE(view) << view.error().message;
  ASSERT_EQ(view->suggestions.size(), 2U);  // never bpeer, of team B
  EXPECT_EQ(view->suggestions[0].name, "apeer2");
  EXPECT_THAT(view->suggestions[0].reasons,
              ElementsAre("Shares: bereavement, being a carer", "Speaks Urdu",
                          "0 people on their caseload"));
  EXPECT_EQ(view->suggestions[1].name, "apeer");
  EXPECT_THAT(view->suggestions[1].reasons,
              ElementsAre("Shares: bereavement", "1 person on their caseload"));
  EXPECT_EQ(view->recorded_by_name, "alice");

  // Withdrawn consent: never suggested again.
  ASSERT_TRUE(peers_.WithdrawMyProfile(a_peer2_, 1));
  EXPECT_THAT(Suggested(a_), ElementsAre("apeer"));
  EXPECT_EQ(AuditCount("sharing_profile.withdraw", a_peer2_.user_id), 1U);
  auto twice = peers_.WithdrawMyProfile(a_peer2_, 2);
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code, ErrorCode::kFailedPrecondition);
}

TEST_F(PeerMatchingServiceTest, TheChoiceIsMadeWithThePersonAndAnsweredByThePeerMentor) {
  ASSERT_TRUE(peers_.SaveMyProfile(a_peer_, Draft({L::kBereavement}), 0));
  ASSERT_TRUE(peers_.SaveMyProfile(b_peer_, Draft({L::kBereavement}), 0));
  const PeerMentorWish w = Wish({L::kBereavement});

  // Someone not suggested (another team's) cannot be chosen.
  auto other = peers_.ChoosePeerMentor(a_, person_.id, b_peer_.user_id, true, w.version);
  ASSERT_FALSE(other);
  EXPECT_EQ(other.error().code, ErrorCode::kInvalidArgument);
  auto alone = peers_.ChoosePeerMentor(a_, person_.id, a_peer_.user_id, false, w.version);
  ASSERT_FALSE(alone);
  EXPECT_EQ(alone.error().field_errors.at(0).field, "together");

  auto chosen = peers_.ChoosePeerMentor(a_, person_.id, a_peer_.user_id, true, w.version);
  ASSERT_TRUE(chosen) << chosen.error().message;
  EXPECT_EQ(AuditCount("peer_mentor.choose", person_.id), 1U);

  // The peer mentor sees the request, and only they may answer it.
  auto mine = peers_.MyProfile(a_peer_);
  ASSERT_TRUE(mine);
  ASSERT_EQ(mine->requests.size(), 1U);
  EXPECT_EQ(mine->requests[0].person.id, person_.id);
  EXPECT_EQ(mine->requests[0].chosen_by_name, "alice");
  EXPECT_TRUE(peers_.MyProfile(a_peer2_)->requests.empty());
  auto not_them = peers_.RespondToChoice(a_peer2_, person_.id, true, "", chosen->version);
  ASSERT_FALSE(not_them);
  EXPECT_EQ(not_them.error().code, ErrorCode::kFailedPrecondition);

  auto view = peers_.PeerMentor(a_peer_, person_.id);
  ASSERT_TRUE(view);
  EXPECT_TRUE(view->may_respond);
  EXPECT_EQ(view->chosen_name, "apeer");

  auto stale = peers_.RespondToChoice(a_peer_, person_.id, true, "", w.version);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  auto accepted = peers_.RespondToChoice(a_peer_, person_.id, true, "Glad to", chosen->version);
  ASSERT_TRUE(accepted) << accepted.error().message;
  EXPECT_EQ(accepted->choice->response, ChoiceResponse::kAccepted);
  EXPECT_EQ(AuditCount("peer_mentor.accept", person_.id), 1U);
  EXPECT_TRUE(peers_.MyProfile(a_peer_)->requests.empty());
}

TEST_F(PeerMatchingServiceTest, OtherTeamsPartnersAndCommissionersGetNotFoundAndAreAudited) {
  Wish({L::kBereavement});
  for (const Actor& who : {b_, b_peer_, partner_, commissioner_, admin_}) {
    auto view = peers_.PeerMentor(who, person_.id);
    ASSERT_FALSE(view);
    EXPECT_EQ(view.error().code, ErrorCode::kNotFound);
    EXPECT_EQ(view.error().message, "No person found");
    auto wish = peers_.RecordWish(who, person_.id, {.areas = {L::kDebt}}, 1);
    ASSERT_FALSE(wish);
    EXPECT_EQ(wish.error().code, ErrorCode::kNotFound);
  }
  // Every probe of a real person is audited.
  EXPECT_EQ(AuditCount("person.access_refused", person_.id), 10U);
  auto missing = peers_.PeerMentor(a_, "p-does-not-exist");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().message, "No person found");
  // The person's wish is unchanged.
  EXPECT_EQ(peers_.PeerMentor(a_, person_.id)->wish->version, 1);
}

TEST_F(PeerMatchingServiceTest, TheWishIsVersionedAndAuditedAsAccessToTheRecord) {
  auto view = peers_.PeerMentor(a_, person_.id);
  ASSERT_TRUE(view);
  EXPECT_FALSE(view->wish);
  EXPECT_TRUE(view->suggestions.empty());
  PeerMentorWish w = Wish({L::kDebt});
  auto stale = peers_.RecordWish(a_, person_.id, {.areas = {L::kPrison}}, 0);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  auto next = peers_.RecordWish(a_, person_.id,
                                {.areas = {L::kPrison}, .preferences = "Someone older"}, w.version);
  ASSERT_TRUE(next);
  EXPECT_EQ(next->version, 2);
  EXPECT_EQ(AuditCount("peer_mentor.wish", person_.id), 2U);
  EXPECT_EQ(AuditCount("peer_mentor.read", person_.id), 1U);
  auto nothing_to_choose = peers_.ChoosePeerMentor(a_, "p-none", a_peer_.user_id, true, 1);
  EXPECT_EQ(nothing_to_choose.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace peer_matching_service_test
}  // namespace lw

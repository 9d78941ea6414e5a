#include "domain/peers/peer_matching.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/directory/languages.h"
#include "testing/field_errors.h"

namespace lw {
namespace peer_matching_test {
namespace {

using ::lw::testing::Fields;
using ::testing::ElementsAre;
using L = LivedExperience;

Timestamp At(int hours) {
  return FromUnixMicros(1'773'046'800'000'000) + std::chrono::hours(hours);
}

SharingProfile Consented(const std::string& user, std::vector<L> areas,
                         std::vector<std::string> languages = {}) {
  auto p = RecordSharingProfile(std::nullopt,
                                {.areas = std::move(areas),
                                 .languages = std::move(languages),
                                 .gender = "",
                                 .own_words = "",
                                 .consent = true},
                                user, At(0));
  EXPECT_TRUE(p) << p.error().message;
  return *p;
}

PeerCandidate Candidate(std::string user, std::string name, std::optional<SharingProfile> profile,
                        int caseload = 5, std::string team = "team-hyde") {
  return {.user_id = std::move(user),
          .name = std::move(name),
          .team_id = std::move(team),
          .active = true,
          .profile = std::move(profile),
          .caseload = caseload};
}

PeerMentorWish Wish(std::vector<L> areas, std::string language = "") {
  auto w = RecordPeerMentorWish(std::nullopt,
                                {.areas = std::move(areas),
                                 .language = std::move(language),
                                 .preferences = "",
                                 .in_their_words = ""},
                                "p-1", "team-hyde", "u-prac", At(1));
  EXPECT_TRUE(w) << w.error().message;
  return *w;
}

std::vector<std::string> Ids(const std::vector<PeerSuggestion>& s) {
  std::vector<std::string> out;
  out.reserve(s.size());
  for (const PeerSuggestion& x : s) out.push_back(x.user_id);
  return out;
}

TEST(SharingProfileTest, RecordingGivesConsentNowByTheUserThemselves) {
  auto p = RecordSharingProfile(std::nullopt,
                                {.areas = {L::kBeingACarer, L::kBereavement, L::kBereavement},
                                 .languages = {"ur", "ur", "bfi"},
                                 .gender = "  woman ",
                                 .own_words = "I lost my dad and cared for my mum.",
                                 .consent = true},
                                "u-peer", At(2));
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p->id, "u-peer");
  EXPECT_EQ(p->version, 1);
  EXPECT_EQ(p->consent_recorded_by, "u-peer");
  EXPECT_EQ(p->consent_given_at, At(2));
  EXPECT_THAT(p->areas, ElementsAre(L::kBereavement, L::kBeingACarer));
  EXPECT_THAT(p->languages, ElementsAre("ur", "bfi"));
  EXPECT_EQ(p->gender, "woman");
  EXPECT_TRUE(ConsentStands(*p));

  auto again = RecordSharingProfile(
      *p, {.areas = {L::kDebt}, .languages = {}, .gender = "", .own_words = "", .consent = true},
      "u-peer", At(5));
  ASSERT_TRUE(again);
  EXPECT_EQ(again->version, 2);
  EXPECT_EQ(again->consent_given_at, At(5));
}

TEST(SharingProfileTest, WithoutConsentOrAreasNothingIsRecorded) {
  auto p = RecordSharingProfile(std::nullopt,
                                {.areas = {},
                                 .languages = {"xx"},
                                 .gender = std::string(kMaxGenderWords + 1, 'a'),
                                 .own_words = std::string(kMaxOwnWords + 1, 'a'),
                                 .consent = false},
                                "u-peer", At(0));
  EXPECT_THAT(Fields(p), ElementsAre("areas", "languages", "gender", "own_words", "consent"));
  // NOLINTNEXTLINE(clang-analyzer-optin.core.EnumCastOutOfRange)
  const auto unknown = static_cast<L>(99);
  auto bad_area =
      RecordSharingProfile(std::nullopt, {.areas = {unknown}, .consent = true}, "u-peer", At(0));
  EXPECT_THAT(Fields(bad_area), ElementsAre("areas"));
}

TEST(SharingProfileTest, WithdrawingClearsWhatWasSharedAndCannotBeRepeated) {
  const SharingProfile p = Consented("u-peer", {L::kSelfHarm}, {"pl"});
  auto w = WithdrawSharingProfile(p, At(9));
  ASSERT_TRUE(w);
  EXPECT_EQ(w->version, 2);
  EXPECT_EQ(w->withdrawn_at, At(9));
  EXPECT_TRUE(w->areas.empty());
  EXPECT_TRUE(w->languages.empty());
  EXPECT_FALSE(ConsentStands(*w));
  auto twice = WithdrawSharingProfile(*w, At(10));
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().code, ErrorCode::kFailedPrecondition);
  // Consenting again is a new consent.
  auto back =
      RecordSharingProfile(*w, {.areas = {L::kSelfHarm}, .consent = true}, "u-peer", At(11));
  ASSERT_TRUE(back);
  EXPECT_TRUE(ConsentStands(*back));
  EXPECT_EQ(back->withdrawn_at, std::nullopt);
  EXPECT_EQ(back->version, 3);
}

TEST(PeerMentorWishTest, RecordingValidatesAndKeepsAChoiceMade) {
  auto bad = RecordPeerMentorWish(std::nullopt,
                                  {.areas = {},
                                   .language = "klingon",
                                   .preferences = std::string(kMaxPreferences + 1, 'a'),
                                   .in_their_words = std::string(kMaxWishWords + 1, 'a')},
                                  "p-1", "team-hyde", "u-prac", At(0));
  EXPECT_THAT(Fields(bad), ElementsAre("areas", "language", "preferences", "in_their_words"));

  PeerMentorWish w = Wish({L::kBereavement});
  auto chosen = ChoosePeerMentor(w, "u-peer", true, "u-prac", At(2));
  ASSERT_TRUE(chosen);
  auto changed =
      RecordPeerMentorWish(*chosen, {.areas = {L::kDebt}}, "p-1", "team-hyde", "u-prac", At(3));
  ASSERT_TRUE(changed);
  EXPECT_EQ(changed->version, 3);
  ASSERT_TRUE(changed->choice);
  EXPECT_EQ(changed->choice->peer_user_id, "u-peer");
}

TEST(PeerMentorWishTest, AChoiceIsMadeWithThePersonAndAnsweredByTheOneChosen) {
  PeerMentorWish w = Wish({L::kBereavement});
  EXPECT_THAT(Fields(ChoosePeerMentor(w, "", false, "u-prac", At(2))),
              ElementsAre("peer", "together"));
  auto chosen = ChoosePeerMentor(w, "u-peer", true, "u-prac", At(2));
  ASSERT_TRUE(chosen);
  EXPECT_EQ(chosen->version, 2);
  EXPECT_EQ(chosen->choice->response, ChoiceResponse::kAwaiting);
  EXPECT_TRUE(chosen->choice->together_with_person);
  EXPECT_EQ(chosen->choice->chosen_by, "u-prac");

  auto other = RespondToPeerChoice(*chosen, "u-other", true, "", At(3));
  ASSERT_FALSE(other);
  EXPECT_EQ(other.error().code, ErrorCode::kFailedPrecondition);

  auto accepted = RespondToPeerChoice(*chosen, "u-peer", true, " Happy to ", At(3));
  ASSERT_TRUE(accepted);
  EXPECT_EQ(accepted->choice->response, ChoiceResponse::kAccepted);
  EXPECT_EQ(accepted->choice->response_note, "Happy to");
  EXPECT_EQ(accepted->choice->responded_at, At(3));
  EXPECT_FALSE(RespondToPeerChoice(*accepted, "u-peer", false, "", At(4)));

  auto declined = RespondToPeerChoice(*chosen, "u-peer", false, "", At(3));
  ASSERT_TRUE(declined);
  EXPECT_EQ(declined->choice->response, ChoiceResponse::kDeclined);
  // A new choice after a decline.
  auto again = ChoosePeerMentor(*declined, "u-other", true, "u-prac", At(5));
  ASSERT_TRUE(again);
  EXPECT_EQ(again->choice->response, ChoiceResponse::kAwaiting);
  EXPECT_EQ(again->choice->peer_user_id, "u-other");
}

TEST(PeerLanguagesTest, EveryCodeHasANameAndEnglishIsNotListed) {
  for (std::string_view code : PeerLanguageCodes()) {
    EXPECT_FALSE(directory::LanguageName(code).empty()) << code;
    EXPECT_NE(code, "en");
  }
  EXPECT_EQ(PeerLanguageCodes().front(), "bfi");
}

TEST(ChoiceResponseTest, KeysRoundTrip) {
  for (ChoiceResponse r :
       {ChoiceResponse::kAwaiting, ChoiceResponse::kAccepted, ChoiceResponse::kDeclined}) {
    EXPECT_EQ(ParseChoiceResponse(ChoiceResponseKey(r)), r);
  }
  EXPECT_EQ(ChoiceResponseKey(ChoiceResponse::kDeclined), "declined");
  EXPECT_EQ(ParseChoiceResponse("maybe"), std::nullopt);
}

TEST(SuggestPeerMentorsTest, RanksByOverlapThenLanguageThenLighterCaseload) {
  const PeerMentorWish wish = Wish({L::kBereavement, L::kBeingACarer, L::kDebt}, "ur");
  const std::vector<PeerCandidate> team = {
      Candidate("u-a", "Ann", Consented("u-a", {L::kBereavement}), 2),
      Candidate("u-b", "Bilal", Consented("u-b", {L::kBereavement}, {"ur"}), 12),
      Candidate("u-c", "Cath", Consented("u-c", {L::kBereavement, L::kBeingACarer}), 20),
      Candidate("u-d", "Dev", Consented("u-d", {L::kDebt}), 1),
      Candidate("u-e", "Ed", Consented("u-e", {L::kPrison}), 0),
  };
  auto s = SuggestPeerMentors(wish, "team-hyde", team);
  EXPECT_THAT(Ids(s), ElementsAre("u-c", "u-b", "u-d", "u-a"));
  EXPECT_THAT(s[0].reasons,
              ElementsAre("Shares: bereavement, being a carer", "20 people on their caseload"));
  EXPECT_THAT(s[1].reasons,
              ElementsAre("Shares: bereavement", "Speaks Urdu", "12 people on their caseload"));
  EXPECT_THAT(s[2].reasons,
              ElementsAre("Shares: debt or money worries", "1 person on their caseload"));
  EXPECT_EQ(SuggestPeerMentors(wish, "team-hyde", team, 2).size(), 2U);
}

TEST(SuggestPeerMentorsTest, NobodyWithoutConsentEverAppears) {
  const PeerMentorWish wish = Wish({L::kBereavement});
  SharingProfile withdrawn = *WithdrawSharingProfile(Consented("u-w", {L::kBereavement}), At(3));
  withdrawn.areas = {L::kBereavement};  // even if a withdrawn version kept its areas
  SharingProfile unconsented = Consented("u-n", {L::kBereavement});
  unconsented.consent_recorded_by.clear();
  SharingProfile someone_elses = Consented("u-x", {L::kBereavement});
  PeerCandidate inactive = Candidate("u-i", "Ivy", Consented("u-i", {L::kBereavement}));
  inactive.active = false;
  const std::vector<PeerCandidate> team = {
      Candidate("u-none", "No profile", std::nullopt),
      Candidate("u-w", "Withdrawn", withdrawn),
      Candidate("u-n", "Not consented", unconsented),
      Candidate("u-y", "Someone else's profile", someone_elses),
      inactive,
      Candidate("u-ok", "Olu", Consented("u-ok", {L::kBereavement})),
  };
  EXPECT_THAT(Ids(SuggestPeerMentors(wish, "team-hyde", team)), ElementsAre("u-ok"));
}

TEST(SuggestPeerMentorsTest, OtherTeamsAreNeverSuggested) {
  const PeerMentorWish wish = Wish({L::kBereavement});
  const std::vector<PeerCandidate> people = {
      Candidate("u-g", "Glossop", Consented("u-g", {L::kBereavement}), 0, "team-glossop"),
      Candidate("u-h", "Hyde", Consented("u-h", {L::kBereavement}), 9, "team-hyde"),
      Candidate("u-none", "No team", Consented("u-none", {L::kBereavement}), 0, ""),
  };
  EXPECT_THAT(Ids(SuggestPeerMentors(wish, "team-hyde", people)), ElementsAre("u-h"));
  EXPECT_TRUE(SuggestPeerMentors(wish, "", people).empty());
}

TEST(SuggestPeerMentorsTest, AWishWithoutAreasListsEveryoneConsentingAndTiesAreStable) {
  PeerMentorWish wish = Wish({L::kBereavement});
  wish.areas.clear();
  const std::vector<PeerCandidate> team = {
      Candidate("u-2", "Sam", Consented("u-2", {L::kPrison}), 3),
      Candidate("u-1", "Sam", Consented("u-1", {L::kDebt}), 3),
      Candidate("u-3", "Al", Consented("u-3", {L::kDebt}), 3),
  };
  auto s = SuggestPeerMentors(wish, "team-hyde", team);
  EXPECT_THAT(Ids(s), ElementsAre("u-3", "u-1", "u-2"));
  EXPECT_THAT(s[0].reasons, ElementsAre("3 people on their caseload"));
}

}  // namespace
}  // namespace peer_matching_test
}  // namespace lw

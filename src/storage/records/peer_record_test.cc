#include <gtest/gtest.h>

#include "storage/records/peer_records.h"
#include "storage/records/record_test_support.h"

namespace lw::records {
namespace peer_record_test {
namespace {

using testing::At;
using testing::kAwkward;
using testing::Replace;

SharingProfile Profile() {
  return SharingProfile{.id = "u-1",
                        .version = 2,
                        .user_id = "u-1",
                        .areas = {LivedExperience::kBereavement, LivedExperience::kBeingACarer},
                        .languages = {"ur", "bfi"},
                        .gender = "woman",
                        .own_words = std::string(kAwkward),
                        .consent_given_at = At(1),
                        .consent_recorded_by = "u-1",
                        .withdrawn_at = std::nullopt};
}

PeerMentorWish Wish() {
  return PeerMentorWish{.id = "p-1",
                        .version = 3,
                        .person_id = "p-1",
                        .team_id = "team-hyde",
                        .areas = {LivedExperience::kDebt},
                        .language = "pl",
                        .preferences = "A woman, if possible",
                        .in_their_words = std::string(kAwkward),
                        .recorded_by = "u-prac",
                        .recorded_at = At(2),
                        .choice = PeerChoice{.peer_user_id = "u-1",
                                             .chosen_by = "u-prac",
                                             .chosen_at = At(3),
                                             .together_with_person = true,
                                             .response = ChoiceResponse::kDeclined,
                                             .responded_at = At(4),
                                             .response_note = "Too close to home"}};
}

TEST(SharingProfileRecordTest, EveryFieldRoundTrips) {
  for (const SharingProfile& p : {Profile(), [] {
                                    SharingProfile w = Profile();
                                    w.withdrawn_at = At(7);
                                    w.areas.clear();
                                    w.languages.clear();
                                    return w;
                                  }()}) {
    auto back = Codec<SharingProfile>::Decode(Codec<SharingProfile>::Encode(p));
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(*back, p);
  }
}

TEST(SharingProfileRecordTest, IndexIsTheUserAndWhetherConsentStands) {
  EXPECT_EQ(Codec<SharingProfile>::kKind, RecordKind::kSharingProfile);
  EXPECT_EQ(
      Codec<SharingProfile>::Index(Profile()),
      (RecordIndex{.team_id = "", .owner_id = "u-1", .open = true, .sort_key = 0, .links = {}}));
  SharingProfile withdrawn = Profile();
  withdrawn.withdrawn_at = At(9);
  EXPECT_FALSE(Codec<SharingProfile>::Index(withdrawn).open);
}

TEST(SharingProfileRecordTest, ABodyThisBuildCannotReadIsAnInternalError) {
  testing::ExpectGarbageUnreadable<SharingProfile>("id");
  const std::string text = Codec<SharingProfile>::Encode(Profile());
  testing::ExpectUnreadable<SharingProfile>(Replace(text, "\"bereavement\"", "\"grief\""), "areas");
  testing::ExpectUnreadable<SharingProfile>(
      Replace(text, "\"withdrawn_at\":null", "\"withdrawn_at\":\"x\""), "withdrawn_at");
}

TEST(SharingProfileRecordTest, StoredMemberNamesArePinned) {
  const std::string text = Codec<SharingProfile>::Encode(Profile());
  for (std::string_view pinned :
       {"\"user_id\":\"u-1\"", "\"areas\":[\"bereavement\",\"being-a-carer\"]",
        "\"languages\":[\"ur\",\"bfi\"]", "\"gender\":\"woman\"", "\"own_words\":",
        "\"consent_given_at\":", "\"consent_recorded_by\":\"u-1\"", "\"withdrawn_at\":null"}) {
    EXPECT_NE(text.find(pinned), std::string::npos) << pinned << " not in " << text;
  }
}

TEST(PeerMentorWishRecordTest, EveryFieldRoundTripsWithAndWithoutAChoice) {
  PeerMentorWish none = Wish();
  none.choice.reset();
  PeerMentorWish awaiting = Wish();
  awaiting.choice->response = ChoiceResponse::kAwaiting;
  awaiting.choice->responded_at.reset();
  for (const PeerMentorWish& w : {Wish(), none, awaiting}) {
    auto back = Codec<PeerMentorWish>::Decode(Codec<PeerMentorWish>::Encode(w));
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(*back, w);
  }
}

TEST(PeerMentorWishRecordTest, IndexIsTheTeamTheChosenMentorAndWhetherTheyMustAnswer) {
  EXPECT_EQ(Codec<PeerMentorWish>::kKind, RecordKind::kPeerMentorWish);
  PeerMentorWish w = Wish();
  EXPECT_EQ(Codec<PeerMentorWish>::Index(w),
            (RecordIndex{.team_id = "team-hyde",
                         .owner_id = "u-1",
                         .open = false,
                         .sort_key = 0,
                         .links = {{.person_id = "p-1", .flag = true}}}));
  w.choice->response = ChoiceResponse::kAwaiting;
  EXPECT_TRUE(Codec<PeerMentorWish>::Index(w).open);
  w.choice.reset();
  EXPECT_EQ(Codec<PeerMentorWish>::Index(w).owner_id, "");
  EXPECT_FALSE(Codec<PeerMentorWish>::Index(w).open);
}

TEST(PeerMentorWishRecordTest, ABodyThisBuildCannotReadIsAnInternalError) {
  testing::ExpectGarbageUnreadable<PeerMentorWish>("id");
  const std::string text = Codec<PeerMentorWish>::Encode(Wish());
  testing::ExpectUnreadable<PeerMentorWish>(Replace(text, "\"declined\"", "\"maybe\""),
                                            "choice.response");
  testing::ExpectUnreadable<PeerMentorWish>(Replace(text, "\"debt\"", "\"money\""), "areas");
}

TEST(PeerMentorWishRecordTest, StoredMemberNamesArePinned) {
  const std::string text = Codec<PeerMentorWish>::Encode(Wish());
  for (std::string_view pinned :
       {"\"person_id\":\"p-1\"", "\"team_id\":\"team-hyde\"", "\"areas\":[\"debt\"]",
        "\"language\":\"pl\"", "\"preferences\":", "\"in_their_words\":",
        "\"recorded_by\":\"u-prac\"", "\"recorded_at\":", "\"peer_user_id\":\"u-1\"",
        "\"chosen_by\":\"u-prac\"", "\"chosen_at\":", "\"together_with_person\":true",
        "\"response\":\"declined\"", "\"responded_at\":", "\"response_note\":"}) {
    EXPECT_NE(text.find(pinned), std::string::npos) << pinned << " not in " << text;
  }
}

}  // namespace
}  // namespace peer_record_test
}  // namespace lw::records

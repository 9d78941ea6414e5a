#include <gtest/gtest.h>

#include "storage/records/network_records.h"
#include "storage/records/record_test_support.h"

namespace lw::records {
namespace warm_introduction_record_test {
namespace {

using testing::At;
using testing::D;
using testing::kAwkward;
using testing::Replace;

WarmIntroduction Everything() {
  return WarmIntroduction{
      .id = "w-1",
      .version = 5,
      .team_id = "team-hyde",
      .person_id = "p-1",
      .episode_id = "e-1",
      .service_id = "s-1",
      .service_name = "Hyde Debt Advice",
      .directory_organisation_id = "d-1",
      .partner_organisation_id = "org-advice",
      .made_by_user_id = "u-1",
      .made_at = At(),
      .way = WarmWay::kJointVisit,
      .joint_on = D(2026, 3, 12),
      .note = std::string(kAwkward),
      .consent = {.parts = {SharedPart::kContactDetails, SharedPart::kGoals},
                  .given = ConsentGiven::kByPhone,
                  .recorded_at = At(),
                  .recorded_by_user_id = "u-1",
                  .words = "Not my story, please"},
      .state = WarmState::kDidNotWorkOut,
      .steps = {{.to = WarmState::kInTouch,
                 .at = At(2),
                 .by_user_id = "u-9",
                 .side = WarmSide::kService,
                 .reason = std::nullopt,
                 .note = ""},
                {.to = WarmState::kDidNotWorkOut,
                 .at = At(30),
                 .by_user_id = "u-9",
                 .side = WarmSide::kService,
                 .reason = NotLandedReason::kNoCapacity,
                 .note = "Full until May"}},
      .person_view = PersonView{.feeling = PersonFeeling::kMixed,
                                .words = "They were kind, but full",
                                .recorded_at = At(40),
                                .recorded_by_user_id = "u-1"},
      .reminders_sent = 1,
      .last_reminded_at = At(20),
  };
}

WarmIntroduction Bare() {
  return WarmIntroduction{.id = "w-2",
                          .version = 1,
                          .team_id = "team-hyde",
                          .person_id = "p-2",
                          .episode_id = "e-2",
                          .service_id = "s-2",
                          .made_by_user_id = "u-1",
                          .made_at = At(1),
                          .note = "Walking group",
                          .consent = {.recorded_by_user_id = "u-1"}};
}

TEST(WarmIntroductionRecordTest, EveryFieldRoundTrips) {
  for (const WarmIntroduction& w : {Everything(), Bare()}) {
    auto back = Codec<WarmIntroduction>::Decode(Codec<WarmIntroduction>::Encode(w));
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(*back, w);
  }
}

TEST(WarmIntroductionRecordTest, IndexIsTeamAnsweringOrganisationOpenWhenMadeAndThePerson) {
  EXPECT_EQ(Codec<WarmIntroduction>::kKind, RecordKind::kWarmIntroduction);
  EXPECT_EQ(Codec<WarmIntroduction>::Index(Everything()),
            (RecordIndex{.team_id = "team-hyde",
                         .owner_id = "org-advice",
                         .open = false,
                         .sort_key = 1'773'046'800'000'000,
                         .links = {{.person_id = "p-1", .flag = true}}}));
  EXPECT_TRUE(Codec<WarmIntroduction>::Index(Bare()).open);
  EXPECT_EQ(Codec<WarmIntroduction>::Index(Bare()).owner_id, "");
}

TEST(WarmIntroductionRecordTest, ABodyThisBuildCannotReadIsAnInternalError) {
  testing::ExpectGarbageUnreadable<WarmIntroduction>("id");
  const std::string text = Codec<WarmIntroduction>::Encode(Everything());
  testing::ExpectUnreadable<WarmIntroduction>(Replace(text, "\"no-capacity\"", "\"bored\""),
                                              "reason");
  testing::ExpectUnreadable<WarmIntroduction>(Replace(text, "\"goals\"", "\"diary\""), "parts");
}

TEST(WarmIntroductionRecordTest, StoredMemberNamesArePinned) {
  const std::string text = Codec<WarmIntroduction>::Encode(Everything());
  for (std::string_view pinned :
       {"\"state\":\"did-not-work-out\"", "\"way\":\"joint-visit\"", "\"joint_on\":\"2026-03-12\"",
        "\"parts\":[\"contact-details\",\"goals\"]", "\"given\":\"by-phone\"",
        "\"side\":\"service\"", "\"feeling\":\"mixed\"", "\"reminders_sent\":1"}) {
    EXPECT_NE(text.find(pinned), std::string::npos) << pinned << " not in " << text;
  }
}

}  // namespace
}  // namespace warm_introduction_record_test
}  // namespace lw::records

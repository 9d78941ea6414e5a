#include <gtest/gtest.h>

#include "storage/records/network_records.h"
#include "storage/records/record_test_support.h"

namespace lw::records {
namespace unmet_need_record_test {
namespace {

using testing::At;
using testing::D;
using testing::kAwkward;
using testing::Replace;

UnmetNeed Everything() {
  return UnmetNeed{.id = "g-1",
                   .version = 2,
                   .person_id = "p-1",
                   .team_id = "team-hyde",
                   .neighbourhood_id = "n-hyde",
                   .need = directory::Need::kMoneyAndDebt,
                   .reason = GapReason::kLongWait,
                   .noted_in = NeedNotedIn::kPlan,
                   .words = std::string(kAwkward),
                   .offered_wait_days = 56,
                   .noted_on = D(2026, 3, 9),
                   .noted_by_user_id = "u-1",
                   .recorded_at = At(),
                   .in_error = true,
                   .in_error_note = "Wrong person",
                   .in_error_by_user_id = "u-2",
                   .in_error_at = At(5)};
}

UnmetNeed Bare() {
  return UnmetNeed{.id = "g-2",
                   .version = 1,
                   .person_id = "p-2",
                   .team_id = "team-hyde",
                   .need = directory::Need::kCrisis,
                   .noted_on = D(2026, 3, 1),
                   .noted_by_user_id = "u-1",
                   .recorded_at = At(1)};
}

TEST(UnmetNeedRecordTest, EveryFieldRoundTrips) {
  for (const UnmetNeed& n : {Everything(), Bare()}) {
    auto back = Codec<UnmetNeed>::Decode(Codec<UnmetNeed>::Encode(n));
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(*back, n);
  }
}

TEST(UnmetNeedRecordTest, IndexIsTeamWhoNotedItStandingTheDayAndThePerson) {
  EXPECT_EQ(Codec<UnmetNeed>::kKind, RecordKind::kUnmetNeed);
  EXPECT_EQ(Codec<UnmetNeed>::Index(Everything()),
            (RecordIndex{.team_id = "team-hyde",
                         .owner_id = "u-1",
                         .open = false,
                         .sort_key = 20'521,  // 2026-03-09
                         .links = {{.person_id = "p-1", .flag = true}}}));
  EXPECT_TRUE(Codec<UnmetNeed>::Index(Bare()).open);
}

TEST(UnmetNeedRecordTest, ABodyThisBuildCannotReadIsAnInternalError) {
  testing::ExpectGarbageUnreadable<UnmetNeed>("id");
  const std::string text = Codec<UnmetNeed>::Encode(Everything());
  testing::ExpectUnreadable<UnmetNeed>(Replace(text, "\"long-wait\"", "\"bored\""), "reason");
  testing::ExpectUnreadable<UnmetNeed>(Replace(text, "\"money-and-debt\"", "\"money\""), "need");
}

TEST(UnmetNeedRecordTest, StoredMemberNamesArePinned) {
  const std::string text = Codec<UnmetNeed>::Encode(Everything());
  for (std::string_view pinned :
       {"\"need\":\"money-and-debt\"", "\"reason\":\"long-wait\"", "\"noted_in\":\"plan\"",
        "\"noted_on\":\"2026-03-09\"", "\"offered_wait_days\":56", "\"in_error\":true"}) {
    EXPECT_NE(text.find(pinned), std::string::npos) << pinned << " not in " << text;
  }
}

}  // namespace
}  // namespace unmet_need_record_test
}  // namespace lw::records

#include <gtest/gtest.h>

#include "storage/records/record_test_support.h"
#include "storage/records/team_records.h"

namespace lw::records {
namespace break_glass_record_test {
namespace {

using testing::At;
using testing::kAwkward;
using testing::Replace;

BreakGlass Everything() {
  return BreakGlass{
      .id = "bg-1",
      .version = 2,
      .user_id = "u-9",
      .team_id = "t-south",
      .person_id = "p-1",
      .reason = std::string(kAwkward),
      .granted_at = At(),
      .expires_at = At(4),
      .review = BreakGlassReview{
          .by_user_id = "u-1", .at = At(20), .note = "Appropriate: \"crisis call\"\nout of hours"}};
}

BreakGlass Bare() {
  return BreakGlass{.id = "bg-2",
                    .version = 1,
                    .user_id = "u-9",
                    .team_id = "t-south",
                    .person_id = "p-2",
                    .reason = "Crisis call out of hours",
                    .granted_at = At(1),
                    .expires_at = At(5),
                    .review = std::nullopt};
}

TEST(BreakGlassRecordTest, EveryFieldRoundTrips) {
  const BreakGlass g = Everything();
  auto back = Codec<BreakGlass>::Decode(Codec<BreakGlass>::Encode(g));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, g);
}

TEST(BreakGlassRecordTest, EmptyOptionalsRoundTrip) {
  const BreakGlass g = Bare();
  auto back = Codec<BreakGlass>::Decode(Codec<BreakGlass>::Encode(g));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, g);
  EXPECT_FALSE(back->review.has_value());
}

TEST(BreakGlassRecordTest, IndexIsWhoBrokeTheGlassTheirTeamExpiryAndThePerson) {
  EXPECT_EQ(Codec<BreakGlass>::kKind, RecordKind::kBreakGlass);
  EXPECT_EQ(Codec<BreakGlass>::Index(Bare()),
            (RecordIndex{.team_id = "t-south",
                         .owner_id = "u-9",
                         .open = true,
                         .sort_key = 1'773'046'800'000'000 + 5 * 3'600'000'000LL,
                         .links = {{.person_id = "p-2", .flag = true}}}));
  EXPECT_EQ(Codec<BreakGlass>::Index(Everything()),
            (RecordIndex{.team_id = "t-south",
                         .owner_id = "u-9",
                         .open = false,
                         .sort_key = 1'773'046'800'000'000 + 4 * 3'600'000'000LL,
                         .links = {{.person_id = "p-1", .flag = true}}}));
}

TEST(BreakGlassRecordTest, IdAndVersionAreTheGrants) {
  BreakGlass g = Bare();
  EXPECT_EQ(&Codec<BreakGlass>::Id(g), &g.id);
  Codec<BreakGlass>::SetVersion(g, 2);
  EXPECT_EQ(Codec<BreakGlass>::Version(g), 2);
}

TEST(BreakGlassRecordTest, ABodyThisBuildCannotReadIsAnInternalError) {
  testing::ExpectGarbageUnreadable<BreakGlass>("id");
  const std::string text = Codec<BreakGlass>::Encode(Everything());
  testing::ExpectUnreadable<BreakGlass>(Replace(text, "\"review\":{", "\"review\":7,\"was\":{"),
                                        "'review' has the wrong type");
  testing::ExpectUnreadable<BreakGlass>(Replace(text, "\"expires_at\":", "\"expires\":"),
                                        "missing 'expires_at'");
}

TEST(BreakGlassRecordTest, StoredMemberNamesArePinned) {
  const std::string text = Codec<BreakGlass>::Encode(Everything());
  for (std::string_view pinned :
       {"\"user\":\"u-9\"", "\"person_id\":\"p-1\"",
        "\"reason\":", "\"granted_at\":1773046800000000", "\"expires_at\":1773061200000000",
        "\"review\":{\"by\":\"u-1\""}) {
    EXPECT_NE(text.find(pinned), std::string::npos) << pinned << " not in " << text;
  }
}

}  // namespace
}  // namespace break_glass_record_test
}  // namespace lw::records

#include <gtest/gtest.h>

#include "storage/records/record_test_support.h"
#include "storage/records/team_records.h"

namespace lw::records {
namespace concern_record_test {
namespace {

using testing::At;
using testing::kAwkward;
using testing::Replace;

Concern Everything() {
  return Concern{
      .id = "cn-1",
      .version = 2,
      .team_id = "team-hyde",
      .person_id = "p-1",
      .raised_by_user_id = "u-5",
      .raised_by_role = Role::kPeerWorker,
      .raised_at = At(),
      .text = std::string(kAwkward),
      .status = ConcernStatus::kResolved,
      .resolution = ConcernResolution{.at = At(30),
                                      .by_user_id = "u-1",
                                      .how = "Spoke to her today;\n\"staying with her sister\""},
  };
}

Concern Bare() {
  return Concern{.id = "cn-2",
                 .version = 1,
                 .team_id = "team-hyde",
                 .person_id = "p-2",
                 .raised_by_user_id = "u-1",
                 .raised_by_role = Role::kPractitioner,
                 .raised_at = At(1),
                 .text = "Missed two visits",
                 .status = ConcernStatus::kOpen,
                 .resolution = std::nullopt};
}

TEST(ConcernRecordTest, EveryFieldRoundTrips) {
  const Concern c = Everything();
  auto back = Codec<Concern>::Decode(Codec<Concern>::Encode(c));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, c);
}

TEST(ConcernRecordTest, EmptyOptionalsRoundTrip) {
  const Concern c = Bare();
  auto back = Codec<Concern>::Decode(Codec<Concern>::Encode(c));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, c);
  EXPECT_FALSE(back->resolution.has_value());
}

TEST(ConcernRecordTest, IndexIsTeamWhoRaisedItWhenAndThePerson) {
  EXPECT_EQ(Codec<Concern>::kKind, RecordKind::kConcern);
  EXPECT_EQ(Codec<Concern>::Index(Bare()),
            (RecordIndex{.team_id = "team-hyde",
                         .owner_id = "u-1",
                         .open = true,
                         .sort_key = 1'773'046'800'000'000 + 3'600'000'000LL,
                         .links = {{.person_id = "p-2", .flag = true}}}));
  EXPECT_EQ(Codec<Concern>::Index(Everything()),
            (RecordIndex{.team_id = "team-hyde",
                         .owner_id = "u-5",
                         .open = false,
                         .sort_key = 1'773'046'800'000'000,
                         .links = {{.person_id = "p-1", .flag = true}}}));
}

TEST(ConcernRecordTest, IdAndVersionAreTheConcerns) {
  Concern c = Bare();
  EXPECT_EQ(&Codec<Concern>::Id(c), &c.id);
  Codec<Concern>::SetVersion(c, 9);
  EXPECT_EQ(Codec<Concern>::Version(c), 9);
}

TEST(ConcernRecordTest, ABodyThisBuildCannotReadIsAnInternalError) {
  testing::ExpectGarbageUnreadable<Concern>("id");
  const std::string text = Codec<Concern>::Encode(Everything());
  testing::ExpectUnreadable<Concern>(Replace(text, "\"peer-worker\"", "\"bystander\""),
                                     "raised_by_role");
  testing::ExpectUnreadable<Concern>(Replace(text, "\"resolved\"", "\"forgotten\""), "status");
  testing::ExpectUnreadable<Concern>(Replace(text, "\"by\":\"u-1\",", ""),
                                     "missing 'resolution.by'");
}

TEST(ConcernRecordTest, StoredMemberNamesArePinned) {
  const std::string text = Codec<Concern>::Encode(Everything());
  for (std::string_view pinned :
       {"\"team_id\":\"team-hyde\"", "\"person_id\":\"p-1\"", "\"raised_by\":\"u-5\"",
        "\"raised_by_role\":\"peer-worker\"", "\"raised_at\":1773046800000000",
        "\"status\":\"resolved\"", "\"resolution\":{", "\"how\":"}) {
    EXPECT_NE(text.find(pinned), std::string::npos) << pinned << " not in " << text;
  }
}

}  // namespace
}  // namespace concern_record_test
}  // namespace lw::records

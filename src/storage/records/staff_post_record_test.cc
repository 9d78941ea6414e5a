#include <gtest/gtest.h>

#include "storage/records/record_test_support.h"
#include "storage/records/team_records.h"

namespace lw::records {
namespace staff_post_record_test {
namespace {

using testing::Replace;

StaffPost Everything() {
  return StaffPost{.id = "sp-1",
                   .version = 3,
                   .current = false,
                   .user_id = "u-4",
                   .organisation_id = "org-mind",
                   .organisation_kind = OrganisationKind::kVoluntary,
                   .team_id = "team-hyde",
                   .neighbourhood_id = "nb-hyde",
                   .profession = Profession::kMentalHealthNurse,
                   .band = Band::k8a,
                   .hours_per_week = 22.5,
                   .safeguarding_lead = true,
                   .development_support = true};
}

StaffPost Bare() {
  return StaffPost{.id = "sp-2",
                   .version = 1,
                   .current = true,
                   .user_id = "u-5",
                   .organisation_id = "org-trust",
                   .organisation_kind = OrganisationKind::kNhsTrust,
                   .team_id = "team-hyde",
                   .neighbourhood_id = "",
                   .profession = Profession::kPeerWorker,
                   .band = std::nullopt,
                   .hours_per_week = kFullTimeHoursPerWeek,
                   .safeguarding_lead = false,
                   .development_support = false};
}

TEST(StaffPostRecordTest, EveryFieldRoundTrips) {
  const StaffPost p = Everything();
  auto back = Codec<StaffPost>::Decode(Codec<StaffPost>::Encode(p));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, p);
}

TEST(StaffPostRecordTest, EmptyOptionalsRoundTrip) {
  const StaffPost p = Bare();
  auto back = Codec<StaffPost>::Decode(Codec<StaffPost>::Encode(p));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, p);
  EXPECT_FALSE(back->band.has_value());
}

TEST(StaffPostRecordTest, HoursKeepTheirFractionsAndReadWholeNumbers) {
  for (double hours : {0.5, 7.5, 18.75, 30.0, 37.5, 48.0}) {
    StaffPost p = Bare();
    p.hours_per_week = hours;
    auto back = Codec<StaffPost>::Decode(Codec<StaffPost>::Encode(p));
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(back->hours_per_week, hours);
  }
  std::string text = Codec<StaffPost>::Encode(Everything());
  text = Replace(text, "\"hours_per_week\":2.25E1", "\"hours_per_week\":30");
  auto back = Codec<StaffPost>::Decode(text);
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(back->hours_per_week, 30.0);
}

TEST(StaffPostRecordTest, APostWrittenBeforeCurrentReadsAsCurrent) {
  std::string text = Replace(Codec<StaffPost>::Encode(Everything()), "\"current\":false,", "");
  auto back = Codec<StaffPost>::Decode(text);
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_TRUE(back->current);
}

TEST(StaffPostRecordTest, IndexIsTeamUserAndWhetherCurrent) {
  EXPECT_EQ(Codec<StaffPost>::kKind, RecordKind::kStaffPost);
  EXPECT_EQ(
      Codec<StaffPost>::Index(Bare()),
      (RecordIndex{
          .team_id = "team-hyde", .owner_id = "u-5", .open = true, .sort_key = 0, .links = {}}));
  EXPECT_EQ(
      Codec<StaffPost>::Index(Everything()),
      (RecordIndex{
          .team_id = "team-hyde", .owner_id = "u-4", .open = false, .sort_key = 0, .links = {}}));
}

TEST(StaffPostRecordTest, IdAndVersionAreThePosts) {
  StaffPost p = Bare();
  EXPECT_EQ(&Codec<StaffPost>::Id(p), &p.id);
  Codec<StaffPost>::SetVersion(p, 2);
  EXPECT_EQ(Codec<StaffPost>::Version(p), 2);
}

TEST(StaffPostRecordTest, ABodyThisBuildCannotReadIsAnInternalError) {
  testing::ExpectGarbageUnreadable<StaffPost>("id");
  const std::string text = Codec<StaffPost>::Encode(Everything());
  testing::ExpectUnreadable<StaffPost>(Replace(text, "\"mh-nurse\"", "\"wizard\""), "profession");
  testing::ExpectUnreadable<StaffPost>(Replace(text, "\"8a\"", "\"8z\""), "band");
  testing::ExpectUnreadable<StaffPost>(Replace(text, "\"voluntary\"", "\"guild\""),
                                       "organisation_kind");
  testing::ExpectUnreadable<StaffPost>(Replace(text, "2.25E1", "\"22.5\""),
                                       "'hours_per_week' has the wrong type");
}

TEST(StaffPostRecordTest, StoredMemberNamesArePinned) {
  const std::string text = Codec<StaffPost>::Encode(Everything());
  for (std::string_view pinned :
       {"\"current\":false", "\"user\":\"u-4\"", "\"organisation_id\":\"org-mind\"",
        "\"organisation_kind\":\"voluntary\"", "\"neighbourhood_id\":\"nb-hyde\"",
        "\"profession\":\"mh-nurse\"", "\"band\":\"8a\"",
        "\"hours_per_week\":", "\"safeguarding_lead\":true", "\"development_support\":true"}) {
    EXPECT_NE(text.find(pinned), std::string::npos) << pinned << " not in " << text;
  }
}

}  // namespace
}  // namespace staff_post_record_test
}  // namespace lw::records

#include <gtest/gtest.h>

#include "storage/records/record_test_support.h"
#include "storage/records/team_records.h"

namespace lw::records {
namespace contact_record_test {
namespace {

using testing::At;
using testing::kAwkward;
using testing::Replace;

Contact Everything() {
  return Contact{
      .id = "c-1",
      .version = 3,
      .occurred_at = At(2),
      .duration_minutes = 90,
      .staff = {{.user_id = "u-1", .organisation_id = "org-trust"},
                {.user_id = "u-7", .organisation_id = "org-mind"}},
      .people = {{.person_id = "p-1", .episode_id = "ep-1", .attendance = Attendance::kAttended},
                 {.person_id = "p-2",
                  .episode_id = "",
                  .attendance = Attendance::kCancelledByPerson}},
      .mode = ContactMode::kFaceToFace,
      .place = ContactPlace::kOutdoors,
      .group_session_name = "Walk and talk, Hyde Park",
      .note = std::string(kAwkward),
  };
}

Contact Bare() {
  return Contact{
      .id = "c-2",
      .version = 1,
      .occurred_at = At(),
      .duration_minutes = 0,
      .staff = {{.user_id = "u-1", .organisation_id = "org-trust"}},
      .people = {{.person_id = "p-1", .episode_id = "", .attendance = Attendance::kDidNotAttend}},
      .mode = ContactMode::kPhone,
      .place = std::nullopt,
      .group_session_name = "",
      .note = ""};
}

TEST(ContactRecordTest, EveryFieldRoundTrips) {
  const Contact c = Everything();
  auto back = Codec<Contact>::Decode(Codec<Contact>::Encode(c));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, c);
}

TEST(ContactRecordTest, EmptyOptionalsRoundTrip) {
  const Contact c = Bare();
  auto back = Codec<Contact>::Decode(Codec<Contact>::Encode(c));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, c);
  EXPECT_FALSE(back->place.has_value());
}

TEST(ContactRecordTest, IndexLinksEachPersonFlaggedWhenTheyAttended) {
  EXPECT_EQ(Codec<Contact>::kKind, RecordKind::kContact);
  EXPECT_EQ(Codec<Contact>::Index(Everything()),
            (RecordIndex{.team_id = "",
                         .owner_id = "",
                         .open = true,
                         .sort_key = 1'773'046'800'000'000 + 2 * 3'600'000'000LL,
                         .links = {{.person_id = "p-1", .flag = true},
                                   {.person_id = "p-2", .flag = false}}}));
  EXPECT_EQ(Codec<Contact>::Index(Bare()),
            (RecordIndex{.team_id = "",
                         .owner_id = "",
                         .open = true,
                         .sort_key = 1'773'046'800'000'000,
                         .links = {{.person_id = "p-1", .flag = false}}}));
}

TEST(ContactRecordTest, IdAndVersionAreTheContacts) {
  Contact c = Bare();
  EXPECT_EQ(&Codec<Contact>::Id(c), &c.id);
  Codec<Contact>::SetVersion(c, 4);
  EXPECT_EQ(Codec<Contact>::Version(c), 4);
}

TEST(ContactRecordTest, ABodyThisBuildCannotReadIsAnInternalError) {
  testing::ExpectGarbageUnreadable<Contact>("id");
  const std::string text = Codec<Contact>::Encode(Everything());
  testing::ExpectUnreadable<Contact>(Replace(text, "\"face-to-face\"", "\"telepathy\""), "mode");
  testing::ExpectUnreadable<Contact>(Replace(text, "\"outdoors\"", "\"moon\""), "place");
  testing::ExpectUnreadable<Contact>(Replace(text, "\"cancelled-by-person\"", "\"no-show\""),
                                     "people[1].attendance");
  testing::ExpectUnreadable<Contact>(Replace(text, "\"staff\":[", "\"staff\":[1,"),
                                     "'staff[0]' is not an object");
}

TEST(ContactRecordTest, StoredMemberNamesArePinned) {
  const std::string text = Codec<Contact>::Encode(Everything());
  for (std::string_view pinned :
       {"\"occurred_at\":1773054000000000", "\"duration_minutes\":90", "\"user\":\"u-7\"",
        "\"organisation_id\":\"org-mind\"", "\"episode_id\":\"ep-1\"",
        "\"attendance\":\"attended\"", "\"mode\":\"face-to-face\"", "\"place\":\"outdoors\"",
        "\"group_session_name\":\"Walk and talk, Hyde Park\""}) {
    EXPECT_NE(text.find(pinned), std::string::npos) << pinned << " not in " << text;
  }
}

}  // namespace
}  // namespace contact_record_test
}  // namespace lw::records

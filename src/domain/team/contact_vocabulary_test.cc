#include "domain/team/contact_vocabulary.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace lw {
namespace contact_vocabulary_test {
namespace {

// Every value's key parses back to it, keys are unique, and every value
// has a display name.
template <typename E, std::size_t N, typename KeyFn, typename NameFn, typename ParseFn>
void ExpectRoundTrip(const std::array<E, N>& all, KeyFn key, NameFn name, ParseFn parse) {
  std::set<std::string_view> keys;
  for (E value : all) {
    EXPECT_EQ(parse(key(value)), value) << key(value);
    EXPECT_FALSE(name(value).empty()) << key(value);
    keys.insert(key(value));
  }
  EXPECT_EQ(keys.size(), N);
}

TEST(ContactVocabularyTest, EveryKeyRoundTrips) {
  ExpectRoundTrip(kAllContactModes, ContactModeKey, ContactModeDisplayName, ParseContactMode);
  ExpectRoundTrip(kAllContactPlaces, ContactPlaceKey, ContactPlaceDisplayName, ParseContactPlace);
  ExpectRoundTrip(kAllAttendances, AttendanceKey, AttendanceDisplayName, ParseAttendance);
}

TEST(ContactVocabularyTest, StableKeys) {
  // Stored and sent in the API: changing one breaks stored data.
  EXPECT_EQ(ContactModeKey(ContactMode::kFaceToFace), "face-to-face");
  EXPECT_EQ(ContactModeKey(ContactMode::kPhone), "phone");
  EXPECT_EQ(ContactModeKey(ContactMode::kVideo), "video");
  EXPECT_EQ(ContactModeKey(ContactMode::kText), "text");
  EXPECT_EQ(ContactModeKey(ContactMode::kEmail), "email");
  EXPECT_EQ(ContactModeKey(ContactMode::kLetter), "letter");
  EXPECT_EQ(ContactPlaceKey(ContactPlace::kHome), "home");
  EXPECT_EQ(ContactPlaceKey(ContactPlace::kCommunityVenue), "community-venue");
  EXPECT_EQ(ContactPlaceKey(ContactPlace::kClinic), "clinic");
  EXPECT_EQ(ContactPlaceKey(ContactPlace::kOutdoors), "outdoors");
  EXPECT_EQ(ContactPlaceKey(ContactPlace::kOnline), "online");
  EXPECT_EQ(AttendanceKey(Attendance::kAttended), "attended");
  EXPECT_EQ(AttendanceKey(Attendance::kDidNotAttend), "did-not-attend");
  EXPECT_EQ(AttendanceKey(Attendance::kCancelledByPerson), "cancelled-by-person");
  EXPECT_EQ(AttendanceKey(Attendance::kCancelledByService), "cancelled-by-service");
}

TEST(ContactVocabularyTest, DisplayNamesArePlainEnglish) {
  EXPECT_EQ(ContactModeDisplayName(ContactMode::kFaceToFace), "Face to face");
  EXPECT_EQ(ContactPlaceDisplayName(ContactPlace::kCommunityVenue), "At a community venue");
  EXPECT_EQ(AttendanceDisplayName(Attendance::kDidNotAttend), "Did not attend");
  EXPECT_EQ(AttendanceDisplayName(Attendance::kCancelledByService), "Cancelled by the team");
}

TEST(ContactVocabularyTest, UnknownKeysAreRefused) {
  for (std::string_view key : {"", "Phone", "PHONE", " phone", "phone ", "face_to_face", "sms"}) {
    EXPECT_EQ(ParseContactMode(key), std::nullopt) << key;
  }
  EXPECT_EQ(ParseContactPlace("pub"), std::nullopt);
  EXPECT_EQ(ParseContactPlace("video"), std::nullopt);
  EXPECT_EQ(ParseAttendance("dna"), std::nullopt);
  EXPECT_EQ(ParseAttendance("cancelled"), std::nullopt);
}

TEST(ContactVocabularyTest, OutOfRangeValuesHaveNoKey) {
  EXPECT_EQ(ContactModeKey(static_cast<ContactMode>(99)), "");
  EXPECT_EQ(ContactPlaceKey(static_cast<ContactPlace>(99)), "");
  EXPECT_EQ(AttendanceKey(static_cast<Attendance>(99)), "");
}

TEST(ContactVocabularyTest, OnlyAttendedAndDidNotAttendHaveHappened) {
  EXPECT_TRUE(HasHappened(Attendance::kAttended));
  EXPECT_TRUE(HasHappened(Attendance::kDidNotAttend));
  EXPECT_FALSE(HasHappened(Attendance::kCancelledByPerson));
  EXPECT_FALSE(HasHappened(Attendance::kCancelledByService));
}

TEST(ContactVocabularyTest, FaceToFaceNeedsAPlaceThatIsNotOnline) {
  EXPECT_TRUE(ModeNeedsPlace(ContactMode::kFaceToFace));
  EXPECT_FALSE(PlaceFitsMode(ContactMode::kFaceToFace, std::nullopt));
  EXPECT_FALSE(PlaceFitsMode(ContactMode::kFaceToFace, ContactPlace::kOnline));
  for (auto p : {ContactPlace::kHome, ContactPlace::kCommunityVenue, ContactPlace::kClinic,
                 ContactPlace::kOutdoors}) {
    EXPECT_TRUE(PlaceFitsMode(ContactMode::kFaceToFace, p)) << ContactPlaceKey(p);
  }
}

TEST(ContactVocabularyTest, VideoIsOnlineOnly) {
  EXPECT_FALSE(ModeNeedsPlace(ContactMode::kVideo));
  EXPECT_TRUE(PlaceFitsMode(ContactMode::kVideo, ContactPlace::kOnline));
  EXPECT_FALSE(PlaceFitsMode(ContactMode::kVideo, ContactPlace::kHome));
  EXPECT_FALSE(PlaceFitsMode(ContactMode::kVideo, std::nullopt));
}

TEST(ContactVocabularyTest, DistanceModesHaveNoPlace) {
  for (auto m :
       {ContactMode::kPhone, ContactMode::kText, ContactMode::kEmail, ContactMode::kLetter}) {
    EXPECT_FALSE(ModeNeedsPlace(m));
    EXPECT_TRUE(PlaceFitsMode(m, std::nullopt)) << ContactModeKey(m);
    for (ContactPlace p : kAllContactPlaces) {
      EXPECT_FALSE(PlaceFitsMode(m, p)) << ContactModeKey(m) << " " << ContactPlaceKey(p);
    }
  }
}

}  // namespace
}  // namespace contact_vocabulary_test
}  // namespace lw

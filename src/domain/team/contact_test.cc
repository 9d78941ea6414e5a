#include "domain/team/contact.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>
#include "testing/field_errors.h"

namespace lw {
namespace contact_test {
namespace {

using ::lw::testing::Fields;
using ::lw::testing::MessageFor;

using namespace std::chrono;

Timestamp Utc(int y, unsigned m, unsigned d, int hour = 12, int minute = 0) {
  return Timestamp(sys_days(year{y} / month{m} / day{d}) + hours(hour) + minutes(minute));
}

const Timestamp kNow = Utc(2026, 3, 9, 15);

// A valid home visit by a keyworker with one person, an hour before now.
Contact HomeVisit() {
  Contact c;
  c.occurred_at = kNow - hours(1);
  c.duration_minutes = 45;
  c.staff = {{"u-keyworker", "org-trust"}};
  c.people = {{"p-asha", "ep-1", Attendance::kAttended}};
  c.mode = ContactMode::kFaceToFace;
  c.place = ContactPlace::kHome;
  c.note = "Talked about getting back to the allotment.";
  return c;
}

// A walk-and-talk group of three, one of whom did not come.
Contact WalkAndTalk() {
  Contact c = HomeVisit();
  c.staff = {{"u-peer", "org-mind"}, {"u-keyworker", "org-trust"}};
  c.people = {{"p-asha", "ep-1", Attendance::kAttended},
              {"p-ben", "", Attendance::kAttended},
              {"p-cara", "ep-7", Attendance::kDidNotAttend}};
  c.place = ContactPlace::kOutdoors;
  c.group_session_name = "Walk and talk, Hyde Park";
  return c;
}

Status Validate(Contact c) { return ValidateContact(c, kNow); }

TEST(ContactTest, HomeVisitIsRecordedAsVersionOne) {
  auto r = RecordContact(HomeVisit(), kNow);
  ASSERT_TRUE(r.has_value()) << r.error().message;
  EXPECT_EQ(r->version, 1);
  EXPECT_EQ(r->id, "");  // assigned by the caller
  EXPECT_EQ(r->duration_minutes, 45);
  EXPECT_EQ(r->place, ContactPlace::kHome);
  EXPECT_FALSE(IsGroupSession(*r));
}

TEST(ContactTest, GroupSessionWithStaffFromTwoOrganisationsIsValid) {
  auto r = RecordContact(WalkAndTalk(), kNow);
  ASSERT_TRUE(r.has_value()) << r.error().message;
  EXPECT_TRUE(IsGroupSession(*r));
  EXPECT_EQ(r->staff.size(), 2u);
  EXPECT_EQ(r->group_session_name, "Walk and talk, Hyde Park");
}

TEST(ContactTest, NormalisesIdsAndTextAndKeepsWordsVerbatim) {
  Contact c = WalkAndTalk();
  c.staff[0] = {" u-peer\t", " org-mind "};
  c.people[1] = {"  p-ben ", " ep-2 ", Attendance::kAttended};
  c.group_session_name = "  Walk and talk  ";
  c.note = "  <script>alert('x')</script> & <b>bold</b>\n";
  ASSERT_TRUE(ValidateContact(c, kNow).has_value());
  EXPECT_EQ(c.staff[0], (ContactStaff{"u-peer", "org-mind"}));
  EXPECT_EQ(c.people[1], (ContactPerson{"p-ben", "ep-2", Attendance::kAttended}));
  EXPECT_EQ(c.group_session_name, "Walk and talk");
  EXPECT_EQ(c.note, "<script>alert('x')</script> & <b>bold</b>");
}

TEST(ContactTest, EmptyDraftNamesEveryMissingFieldInFormOrder) {
  Status s = Validate(Contact{});
  ASSERT_FALSE(s.has_value());
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(Fields(s), (std::vector<std::string>{"occurred_at", "staff", "people", "place"}));
  EXPECT_EQ(MessageFor(s, "occurred_at"), "Enter when the contact happened");
  EXPECT_EQ(MessageFor(s, "staff"), "Add at least one member of staff who took part");
  EXPECT_EQ(MessageFor(s, "people"), "Add the person, or people, the contact was with");
  EXPECT_EQ(MessageFor(s, "place"), "Select where the contact happened");
}

TEST(ContactTest, AttendedContactMayBeUpToFiveMinutesAhead) {
  Contact c = HomeVisit();
  c.occurred_at = kNow + minutes(5);
  EXPECT_TRUE(Validate(c).has_value());
  c.occurred_at = kNow + minutes(5) + microseconds(1);
  EXPECT_EQ(Fields(Validate(c)), std::vector<std::string>{"occurred_at"});
  EXPECT_EQ(MessageFor(Validate(c), "occurred_at"),
            "When the contact happened must be in the past, unless it was cancelled");
}

TEST(ContactTest, DidNotAttendCannotBeInTheFuture) {
  Contact c = HomeVisit();
  c.people[0].attendance = Attendance::kDidNotAttend;
  c.occurred_at = kNow + hours(24);
  EXPECT_EQ(Fields(Validate(c)), std::vector<std::string>{"occurred_at"});
}

TEST(ContactTest, CancellationsMayBeInTheFuture) {
  for (auto a : {Attendance::kCancelledByPerson, Attendance::kCancelledByService}) {
    Contact c = HomeVisit();
    c.people[0].attendance = a;
    c.occurred_at = kNow + hours(24 * 7);
    EXPECT_TRUE(Validate(c).has_value()) << AttendanceKey(a);
  }
}

TEST(ContactTest, GroupWithOneCancellationIsStillCheckedForTheFuture) {
  Contact c = WalkAndTalk();
  c.people[2].attendance = Attendance::kCancelledByPerson;
  c.occurred_at = kNow + hours(2);
  EXPECT_EQ(Fields(Validate(c)), std::vector<std::string>{"occurred_at"});
}

TEST(ContactTest, AttendedDurationIsOneToSevenHundredTwentyMinutes) {
  Contact c = HomeVisit();
  for (int ok : {1, 30, 720}) {
    c.duration_minutes = ok;
    EXPECT_TRUE(Validate(c).has_value()) << ok;
  }
  for (int bad : {0, -5}) {
    c.duration_minutes = bad;
    EXPECT_EQ(MessageFor(Validate(c), "duration_minutes"),
              "Enter how long the contact lasted, in minutes")
        << bad;
  }
  c.duration_minutes = 721;
  EXPECT_EQ(MessageFor(Validate(c), "duration_minutes"),
            "A contact can last at most 720 minutes (12 hours)");
}

TEST(ContactTest, DurationIsIgnoredAndStoredAsZeroWhenNobodyAttended) {
  for (auto a : {Attendance::kDidNotAttend, Attendance::kCancelledByPerson,
                 Attendance::kCancelledByService}) {
    for (int entered : {0, 45, 9999, -1}) {
      Contact c = HomeVisit();
      c.people[0].attendance = a;
      c.duration_minutes = entered;
      auto r = RecordContact(c, kNow);
      ASSERT_TRUE(r.has_value()) << AttendanceKey(a) << " " << entered;
      EXPECT_EQ(r->duration_minutes, 0);
    }
  }
}

TEST(ContactTest, GroupWhereSomeoneAttendedNeedsADuration) {
  Contact c = WalkAndTalk();
  c.duration_minutes = 0;
  EXPECT_EQ(Fields(Validate(c)), std::vector<std::string>{"duration_minutes"});
}

TEST(ContactTest, StaffNeedUserAndOrganisationAndAppearOnce) {
  Contact c = WalkAndTalk();
  c.staff[1].organisation_id = " ";
  EXPECT_EQ(MessageFor(Validate(c), "staff"),
            "Choose each member of staff and the organisation they are from");
  c = WalkAndTalk();
  c.staff[0].user_id = "";
  EXPECT_EQ(Fields(Validate(c)), std::vector<std::string>{"staff"});
  c = WalkAndTalk();
  c.staff = {{"u-keyworker", "org-trust"}, {" u-keyworker", "org-mind"}};
  EXPECT_EQ(MessageFor(Validate(c), "staff"), "Add each member of staff only once");
}

TEST(ContactTest, PeopleNeedAnIdAndAppearOnce) {
  Contact c = WalkAndTalk();
  c.people[1].person_id = "";
  EXPECT_EQ(MessageFor(Validate(c), "people"), "Choose each person the contact was with");
  c = WalkAndTalk();
  c.people[2].person_id = "p-asha ";
  EXPECT_EQ(MessageFor(Validate(c), "people"), "Add each person only once");
  c = WalkAndTalk();
  c.people[1].attendance = static_cast<Attendance>(42);
  EXPECT_EQ(MessageFor(Validate(c), "people"), "Select whether each person attended");
}

TEST(ContactTest, EpisodeIsOptional) {
  Contact c = HomeVisit();
  c.people[0].episode_id = "";
  EXPECT_TRUE(Validate(c).has_value());
}

TEST(ContactTest, UnknownModeIsRefused) {
  Contact c = HomeVisit();
  c.mode = static_cast<ContactMode>(42);
  EXPECT_EQ(Fields(Validate(c)), std::vector<std::string>{"mode"});
  EXPECT_EQ(MessageFor(Validate(c), "mode"), "Select how the contact happened");
}

TEST(ContactTest, FaceToFaceNeedsAPlaceThatIsNotOnline) {
  Contact c = HomeVisit();
  for (ContactPlace p : {ContactPlace::kHome, ContactPlace::kCommunityVenue, ContactPlace::kClinic,
                         ContactPlace::kOutdoors}) {
    c.place = p;
    EXPECT_TRUE(Validate(c).has_value()) << ContactPlaceKey(p);
  }
  c.place.reset();
  EXPECT_EQ(MessageFor(Validate(c), "place"), "Select where the contact happened");
  c.place = ContactPlace::kOnline;
  EXPECT_EQ(MessageFor(Validate(c), "place"),
            "A face-to-face contact is not online: choose where you met, or choose video as how "
            "it happened");
  c.place = static_cast<ContactPlace>(42);
  EXPECT_EQ(MessageFor(Validate(c), "place"), "Select where the contact happened from the list");
}

TEST(ContactTest, VideoIsOnlineAndFilledInWhenLeftEmpty) {
  Contact c = HomeVisit();
  c.mode = ContactMode::kVideo;
  c.place.reset();
  ASSERT_TRUE(ValidateContact(c, kNow).has_value());
  EXPECT_EQ(c.place, ContactPlace::kOnline);
  c.place = ContactPlace::kClinic;
  EXPECT_EQ(MessageFor(Validate(c), "place"), "A video call happens online");
}

TEST(ContactTest, PhoneTextEmailAndLetterHaveNoPlace) {
  for (auto m :
       {ContactMode::kPhone, ContactMode::kText, ContactMode::kEmail, ContactMode::kLetter}) {
    Contact c = HomeVisit();
    c.mode = m;
    c.place.reset();
    EXPECT_TRUE(Validate(c).has_value()) << ContactModeKey(m);
    c.place = ContactPlace::kHome;
    EXPECT_EQ(MessageFor(Validate(c), "place"),
              "Only face-to-face and video contacts have a place: leave where empty")
        << ContactModeKey(m);
  }
}

TEST(ContactTest, GroupSessionNameNeedsTwoOrMorePeople) {
  Contact c = HomeVisit();
  c.group_session_name = "Walk and talk";
  EXPECT_EQ(Fields(Validate(c)), std::vector<std::string>{"group_session_name"});
  EXPECT_EQ(MessageFor(Validate(c), "group_session_name"),
            "A group session has two or more people: add the others, or clear the group "
            "session name");
  c.people.push_back({"p-ben", "", Attendance::kCancelledByPerson});
  EXPECT_TRUE(Validate(c).has_value());
}

TEST(ContactTest, GroupSessionNameIsOptionalAndAtMostOneHundredCharacters) {
  Contact c = WalkAndTalk();
  c.group_session_name = "";
  EXPECT_TRUE(Validate(c).has_value());
  c.group_session_name = std::string(100, 'x');
  EXPECT_TRUE(Validate(c).has_value());
  c.group_session_name = std::string(101, 'x');
  EXPECT_EQ(MessageFor(Validate(c), "group_session_name"),
            "Group session name must be 100 characters or fewer");
}

TEST(ContactTest, NoteIsAtMostFourThousandCharacters) {
  Contact c = HomeVisit();
  std::string accents;
  for (int i = 0; i < 4000; ++i) accents += "\xc3\xa9";  // "é": 2 bytes, 1 character
  c.note = accents;
  EXPECT_TRUE(Validate(c).has_value());
  c.note = std::string(4001, 'x');
  EXPECT_EQ(MessageFor(Validate(c), "note"), "Note must be 4000 characters or fewer");
  c.note = "Bad \x01 byte";
  EXPECT_EQ(MessageFor(Validate(c), "note"), "Note contains characters we cannot save");
  c.note = "";
  EXPECT_TRUE(Validate(c).has_value());
}

TEST(ContactTest, CorrectionIsTheNextVersionOfTheSameContact) {
  auto first = RecordContact(HomeVisit(), kNow);
  ASSERT_TRUE(first.has_value());
  first->id = "c-1";
  Contact fix = *first;
  fix.id = "something-else";  // ignored: a correction keeps the id
  fix.version = 99;           // ignored: it is the next version
  fix.duration_minutes = 60;
  fix.people[0].attendance = Attendance::kDidNotAttend;
  auto second = CorrectContact(*first, fix, kNow + hours(1));
  ASSERT_TRUE(second.has_value()) << second.error().message;
  EXPECT_EQ(second->id, "c-1");
  EXPECT_EQ(second->version, 2);
  EXPECT_EQ(second->duration_minutes, 0);
  EXPECT_FALSE(Attended(*second, "p-asha"));
  EXPECT_EQ(first->version, 1);  // the old version is untouched
}

TEST(ContactTest, InvalidCorrectionIsRefusedWithFieldErrors) {
  auto first = RecordContact(HomeVisit(), kNow);
  ASSERT_TRUE(first.has_value());
  Contact fix = *first;
  fix.staff.clear();
  auto r = CorrectContact(*first, fix, kNow);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  ASSERT_EQ(r.error().field_errors.size(), 1u);
  EXPECT_EQ(r.error().field_errors[0].field, "staff");
}

TEST(ContactTest, AttendedIsPerPerson) {
  Contact c = WalkAndTalk();
  EXPECT_TRUE(Attended(c, "p-asha"));
  EXPECT_TRUE(Attended(c, "p-ben"));
  EXPECT_FALSE(Attended(c, "p-cara"));  // did not attend
  EXPECT_FALSE(Attended(c, "p-dev"));   // not there at all
  EXPECT_TRUE(AnyoneAttended(c));
  for (auto& p : c.people) p.attendance = Attendance::kCancelledByService;
  EXPECT_FALSE(AnyoneAttended(c));
}

TEST(ContactTest, GroupSessionIsTwoOrMorePeopleWhateverTheirAttendance) {
  Contact c = HomeVisit();
  EXPECT_FALSE(IsGroupSession(c));
  c.people.push_back({"p-ben", "", Attendance::kDidNotAttend});
  EXPECT_TRUE(IsGroupSession(c));
}

TEST(ContactDeathTest, InvariantsCatchImpossibleContacts) {
  Contact ok = *RecordContact(HomeVisit(), kNow);
  Contact version_zero = ok;
  version_zero.version = 0;
  EXPECT_DEATH(CheckContactInvariants(version_zero), "version");
  Contact no_staff = ok;
  no_staff.staff.clear();
  EXPECT_DEATH(CheckContactInvariants(no_staff), "staff");
  Contact phone_at_home = ok;
  phone_at_home.mode = ContactMode::kPhone;
  EXPECT_DEATH(CheckContactInvariants(phone_at_home), "PlaceFitsMode");
  Contact missed_with_time = ok;
  missed_with_time.people[0].attendance = Attendance::kDidNotAttend;
  EXPECT_DEATH(CheckContactInvariants(missed_with_time), "duration_minutes == 0");
  Contact lonely_group = ok;
  lonely_group.group_session_name = "Walk and talk";
  EXPECT_DEATH(CheckContactInvariants(lonely_group), "group_session_name");
}

}  // namespace
}  // namespace contact_test
}  // namespace lw

#include "domain/synth/records.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "base/ids.h"
#include "domain/directory/validate.h"
#include "domain/frontdoor/reference.h"

namespace lw::synth {
namespace records_test {
namespace {

// Keeps every row of the organisation, people, the front door and the
// team's work.
class Rows final : public SynthSink {
 public:
  void Add(const LocalityRow& r) override { localities.push_back(r); }
  void Add(const NeighbourhoodRow& r) override { neighbourhoods.push_back(r); }
  void Add(const TeamRow& r) override { teams.push_back(r); }
  void Add(const StaffRow& r) override { staff.push_back(r); }
  void Add(const ServiceRow&) override {}
  void Add(const PersonRow& r) override { people.push_back(r); }
  void Add(const IntroductionRow& r) override { introductions.push_back(r); }
  void Add(const EpisodeRow& r) override { episodes.push_back(r); }
  void Add(const ContactRow& r) override { contacts.push_back(r); }
  void Add(const QuestionnaireRow&) override {}
  void Add(const GoalRatingRow&) override {}
  void Add(const WheelRow&) override {}
  void Add(const WarmRow&) override {}
  void Add(const ExperienceRow&) override {}

  std::vector<LocalityRow> localities;
  std::vector<NeighbourhoodRow> neighbourhoods;
  std::vector<TeamRow> teams;
  std::vector<StaffRow> staff;
  std::vector<PersonRow> people;
  std::vector<IntroductionRow> introductions;
  std::vector<EpisodeRow> episodes;
  std::vector<ContactRow> contacts;
};

const Rows& Demo() {
  static const Rows* rows = [] {
    auto* r = new Rows;
    GenerateSystem(SpecFor(Scale::kDemo, 1), *r);
    return r;
  }();
  return *rows;
}

Date Today() { return *Date::FromYmd(2026, 4, 1); }

TEST(SynthRecordsTest, IdsAreReadableAndDistinct) {
  EXPECT_EQ(LocalityId(3), "syn-locality-03");
  EXPECT_EQ(PersonId(3, 123), "syn-person-03-000123");
  EXPECT_EQ(ContactId(3, 12, 4), "syn-contact-03-000012004");
  EXPECT_EQ(OrganisationId(3, OrganisationKind::kVoluntary), "syn-org-03-voluntary");
  EXPECT_EQ(UserId(0, 12), "syn-user-00-0012");
  EXPECT_NE(IntroductionId(1, 5), IntroductionId(2, 5));
  EXPECT_NE(ResponseId(1, 5, "reqol-10", 0), ResponseId(1, 5, "experience", 0));
  // The directory's ids are UUIDs, as it requires.
  EXPECT_EQ(ServiceId(3, 123), "73796e01-0003-4000-8000-00000000007b");
  EXPECT_TRUE(IsValidUuid(ServiceId(39, 299)));
  EXPECT_TRUE(IsValidUuid(DirectoryOrganisationId(3, "Millbrook Mind")));
  EXPECT_EQ(DirectoryOrganisationId(3, "Millbrook Mind"),
            DirectoryOrganisationId(3, "Millbrook Mind"));
  EXPECT_NE(DirectoryOrganisationId(3, "Millbrook Mind"),
            DirectoryOrganisationId(4, "Millbrook Mind"));
  auto organisation = ToDirectoryOrganisation(3, "Millbrook Mind");
  directory::NormaliseOrganisation(organisation);
  EXPECT_TRUE(directory::ValidateOrganisation(organisation));
  EXPECT_EQ(organisation, ToDirectoryOrganisation(3, "Millbrook Mind"));
}

TEST(SynthRecordsTest, TheOrganisationAndStaffAreWhole) {
  const Rows& rows = Demo();
  ASSERT_EQ(rows.localities.size(), 1U);
  const Locality l = ToLocality(rows.localities[0]);
  EXPECT_EQ(l.name, "Millbrook");
  EXPECT_EQ(OrganisationsOf(rows.localities[0]).size(), 2U);
  EXPECT_EQ(ToNeighbourhood(rows.neighbourhoods[0]).locality_id, l.id);
  EXPECT_EQ(ToTeam(rows.teams[0], l.name).locality_id, l.id);
  std::set<std::string> usernames;
  for (const StaffRow& s : rows.staff) {
    const User u = ToUser(s, AtMinute(Today(), 540));
    EXPECT_EQ(u.password_hash, "!");
    EXPECT_TRUE(usernames.insert(u.username).second) << u.username;
    StaffPost post = ToStaffPost(s);
    EXPECT_TRUE(ValidateStaffPost(post)) << post.id;
    EXPECT_EQ(post.user_id, u.id);
  }
}

TEST(SynthRecordsTest, PeopleAndIntroductionsPassTheFrontDoorsChecks) {
  const Rows& rows = Demo();
  std::vector<Person> people;
  for (const PersonRow& r : rows.people) {
    Person p = ToPerson(r, TeamId(0, 0));
    Person draft = p;
    ASSERT_TRUE(ValidatePerson(draft, Today())) << p.id;
    people.push_back(p);
  }
  std::set<std::string> references;
  int held = 0;
  int open = 0;
  for (const IntroductionRow& r : rows.introductions) {
    const Introduction i = ToIntroduction(r, people[r.person], UserId(0, 0));
    CheckIntroductionInvariants(i);  // aborts on a broken one
    EXPECT_TRUE(IsReference(i.reference)) << i.reference;
    EXPECT_TRUE(references.insert(i.reference).second) << i.reference;
    EXPECT_EQ(i.person_id, people[r.person].id);
    EXPECT_EQ(i.given_name, people[r.person].given_name);
    EXPECT_EQ(Date::InLondon(i.received_at), r.received);
    if (r.conversation) {
      ++held;
      // The waiting time the front door reports is the row's.
      EXPECT_EQ(WaitingDays(i), Date::DaysBetween(r.received, *r.conversation));
    }
    if (!i.IsClosed()) ++open;
    EXPECT_EQ(i.ending, r.ending);
  }
  EXPECT_GT(held, 200);
  EXPECT_GT(open, 0);
}

TEST(SynthRecordsTest, EpisodesAndContactsPassTheTeamsChecks) {
  const Rows& rows = Demo();
  const SupportRhythm rhythm{6, 12, std::nullopt};
  for (const EpisodeRow& r : rows.episodes) {
    const Episode e = ToEpisode(r, 1, rhythm);
    CheckEpisodeInvariants(e);  // aborts on a broken one
    EXPECT_EQ(e.IsEnded(), r.ended.has_value());
    EXPECT_EQ(e.started_on, r.started);
  }
  const Timestamp now = AtMinute(Today(), 12 * 60);
  for (const ContactRow& r : rows.contacts) {
    Contact c = ToContact(r, OrganisationId(0, OrganisationKind::kNhsTrust));
    Contact draft = c;
    ASSERT_TRUE(ValidateContact(draft, now)) << c.id;
    EXPECT_EQ(draft, c) << c.id;  // nothing for validation to tidy
    EXPECT_EQ(Date::InLondon(c.occurred_at), r.on);
    EXPECT_EQ(c.people.front().attendance, r.attendance);
  }
}

}  // namespace
}  // namespace records_test
}  // namespace lw::synth

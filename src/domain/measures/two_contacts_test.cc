#include "domain/measures/two_contacts.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

namespace lw {
namespace two_contacts_test {
namespace {

using M = ContactMode;
using A = Attendance;

Date Day(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

const Date kPeriodEnd = Day(2024, 3, 31);  // window 2023-04-01 .. 2024-03-31

// Section 8.1's test person: one referral to A06, aged 30.
EpisodeFact Episode(std::string person = "p-1", std::string episode = "ep-1",
                    std::string team_type = "A06") {
  return EpisodeFact{.person_id = std::move(person),
                     .episode_id = std::move(episode),
                     .age_at_referral = 30,
                     .team_type = std::move(team_type),
                     .local_authority = "E08000008",
                     .inpatient_financial_years = {}};
}

ContactFact Fact(std::string id, Date on, M mode = M::kFaceToFace, A attendance = A::kAttended,
                 std::string person = "p-1", std::string episode = "ep-1") {
  return ContactFact{.contact_id = std::move(id),
                     .person_id = std::move(person),
                     .episode_id = std::move(episode),
                     .on = on,
                     .mode = mode,
                     .attendance = attendance};
}

Result<TwoContactsResult> Count(const std::vector<ContactFact>& contacts,
                                const std::vector<EpisodeFact>& episodes,
                                Date period_end = kPeriodEnd) {
  return CountTwoContacts(contacts, episodes, period_end);
}

// The count, failing the test when the call fails.
int Counted(const std::vector<ContactFact>& contacts, const std::vector<EpisodeFact>& episodes,
            Date period_end = kPeriodEnd) {
  auto r = Count(contacts, episodes, period_end);
  EXPECT_TRUE(r.has_value()) << r.error().message;
  return r.has_value() ? r->Count() : -1;
}

// --- The worked examples of docs/measures.md section 8.1 -------------------

TEST(TwoContactsExampleTest, A1FaceToFaceAndLateSeenTelephoneCount) {
  // AttendStatus 6 (arrived late but seen) is recorded as attended.
  auto r = Count(
      {Fact("c-1", Day(2023, 6, 1), M::kFaceToFace), Fact("c-2", Day(2023, 6, 15), M::kPhone)},
      {Episode()});
  ASSERT_TRUE(r.has_value());
  ASSERT_EQ(r->Count(), 1);
  EXPECT_EQ(r->people[0].person_id, "p-1");
  EXPECT_EQ(r->people[0].qualifying_contacts, 2);
  EXPECT_EQ(r->people[0].second_contact_on, Day(2023, 6, 15));
}

TEST(TwoContactsExampleTest, A2FaceToFaceAndDidNotAttendDoNotCount) {
  EXPECT_EQ(Counted({Fact("c-1", Day(2023, 6, 1)),
                     Fact("c-2", Day(2023, 6, 15), M::kFaceToFace, A::kDidNotAttend)},
                    {Episode()}),
            0);
}

TEST(TwoContactsExampleTest, A3VideoAndEmailDoNotCount) {
  EXPECT_EQ(
      Counted({Fact("c-1", Day(2023, 6, 1), M::kVideo), Fact("c-2", Day(2023, 6, 15), M::kEmail)},
              {Episode()}),
      0);
}

TEST(TwoContactsExampleTest, A4InpatientSpellInTheSameFinancialYearExcludes) {
  EpisodeFact episode = Episode();
  episode.inpatient_financial_years = {2023};
  EXPECT_EQ(Counted({Fact("c-1", Day(2023, 6, 1)), Fact("c-2", Day(2023, 6, 15))}, {episode}), 0);
}

TEST(TwoContactsExampleTest, A5EarlyInterventionAfterApril2023Counts) {
  EXPECT_EQ(Counted({Fact("c-1", Day(2023, 6, 1)), Fact("c-2", Day(2023, 6, 15))},
                    {Episode("p-1", "ep-1", "A14")}),
            1);
}

// --- The window --------------------------------------------------------------

TEST(TwoContactsTest, WindowIsTheTwelveCalendarMonthsEndingOnThePeriodEnd) {
  auto r = Count({}, {});
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->window_start, Day(2023, 4, 1));
  EXPECT_EQ(r->window_end, Day(2024, 3, 31));
  EXPECT_EQ(r->Count(), 0);
  auto leap = Count({}, {}, Day(2024, 2, 29));
  ASSERT_TRUE(leap.has_value());
  EXPECT_EQ(leap->window_start, Day(2023, 3, 1));
}

TEST(TwoContactsTest, BothEndsOfTheWindowAreIncluded) {
  auto r = Count({Fact("c-1", Day(2023, 4, 1)), Fact("c-2", Day(2024, 3, 31))}, {Episode()});
  ASSERT_TRUE(r.has_value());
  ASSERT_EQ(r->Count(), 1);
  EXPECT_EQ(r->people[0].second_contact_on, Day(2024, 3, 31));
}

TEST(TwoContactsTest, AFirstContactBeforeTheWindowIsNotCounted) {
  EXPECT_EQ(Counted({Fact("c-1", Day(2023, 3, 31)), Fact("c-2", Day(2023, 4, 1))}, {Episode()}), 0);
  // Two before the window and two inside: the second inside counts.
  auto r = Count({Fact("c-1", Day(2022, 5, 1)), Fact("c-2", Day(2022, 6, 1)),
                  Fact("c-3", Day(2023, 5, 1)), Fact("c-4", Day(2023, 7, 1))},
                 {Episode()});
  ASSERT_TRUE(r.has_value());
  ASSERT_EQ(r->Count(), 1);
  EXPECT_EQ(r->people[0].qualifying_contacts, 2);
  EXPECT_EQ(r->people[0].second_contact_on, Day(2023, 7, 1));
}

TEST(TwoContactsTest, ContactsAfterThePeriodEndAreNotCounted) {
  EXPECT_EQ(Counted({Fact("c-1", Day(2024, 3, 31)), Fact("c-2", Day(2024, 4, 1))}, {Episode()}), 0);
}

TEST(TwoContactsTest, PeriodMustEndOnTheLastDayOfAMonth) {
  for (Date bad : {Day(2024, 3, 30), Day(2024, 3, 1), Day(2023, 2, 27)}) {
    auto r = Count({}, {}, bad);
    ASSERT_FALSE(r.has_value()) << bad.ToIso();
    EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
    ASSERT_EQ(r.error().field_errors.size(), 1u);
    EXPECT_EQ(r.error().field_errors[0].field, "period_end");
  }
  for (Date ok : {Day(2023, 2, 28), Day(2024, 2, 29), Day(2024, 4, 30), Day(2024, 12, 31)}) {
    EXPECT_TRUE(Count({}, {}, ok).has_value()) << ok.ToIso();
  }
}

// --- Which contacts qualify ---------------------------------------------------

TEST(TwoContactsTest, OnlyAttendedFaceToFacePhoneAndVideoQualify) {
  for (M mode : kAllContactModes) {
    for (A attendance : kAllAttendances) {
      bool expected = attendance == A::kAttended &&
                      (mode == M::kFaceToFace || mode == M::kPhone || mode == M::kVideo);
      EXPECT_EQ(IsQualifyingContact(Fact("c", Day(2023, 6, 1), mode, attendance)), expected)
          << ContactModeKey(mode) << " " << AttendanceKey(attendance);
    }
  }
}

TEST(TwoContactsTest, TextEmailAndLetterNeverCountEvenBeforeOctober2021) {
  for (M mode : {M::kText, M::kEmail, M::kLetter}) {
    EXPECT_EQ(Counted({Fact("c-1", Day(2021, 3, 1)), Fact("c-2", Day(2021, 5, 1), mode)},
                      {Episode()}, Day(2021, 9, 30)),
              0)
        << ContactModeKey(mode);
  }
}

TEST(TwoContactsTest, CancellationsDoNotCount) {
  EXPECT_EQ(Counted({Fact("c-1", Day(2023, 6, 1)),
                     Fact("c-2", Day(2023, 6, 8), M::kPhone, A::kCancelledByPerson),
                     Fact("c-3", Day(2023, 6, 9), M::kPhone, A::kCancelledByService)},
                    {Episode()}),
            0);
}

TEST(TwoContactsTest, SameDayContactsCountAsTwo) {
  auto r =
      Count({Fact("c-1", Day(2023, 6, 1)), Fact("c-2", Day(2023, 6, 1), M::kPhone)}, {Episode()});
  ASSERT_TRUE(r.has_value());
  ASSERT_EQ(r->Count(), 1);
  EXPECT_EQ(r->people[0].second_contact_on, Day(2023, 6, 1));
}

TEST(TwoContactsTest, ARepeatedContactIdCountsOnce) {
  EXPECT_EQ(Counted({Fact("c-1", Day(2023, 6, 1)), Fact("c-1", Day(2023, 6, 1))}, {Episode()}), 0);
}

TEST(TwoContactsTest, GroupSessionsCountForEachPersonWhoAttended) {
  auto session = [](std::string id, int day) {
    Contact c;
    c.id = std::move(id);
    c.version = 1;
    c.occurred_at = StartOfLondonDay(Day(2023, 6, day)) + std::chrono::hours(10);
    c.duration_minutes = 90;
    c.staff = {{"u-peer", "org-mind"}};
    c.people = {{"p-1", "ep-1", A::kAttended},
                {"p-2", "ep-2", A::kAttended},
                {"p-3", "ep-3", A::kDidNotAttend}};
    c.mode = M::kFaceToFace;
    c.place = ContactPlace::kCommunityVenue;
    c.group_session_name = "Walk and talk";
    return c;
  };
  std::vector<ContactFact> facts;
  for (const Contact& c : {session("c-1", 1), session("c-2", 8)}) {
    for (ContactFact& f : FactsOf(c)) facts.push_back(std::move(f));
  }
  auto r = Count(facts, {Episode("p-1", "ep-1"), Episode("p-2", "ep-2"), Episode("p-3", "ep-3")});
  ASSERT_TRUE(r.has_value());
  ASSERT_EQ(r->Count(), 2);
  EXPECT_EQ(r->people[0].person_id, "p-1");
  EXPECT_EQ(r->people[1].person_id, "p-2");
}

// --- Episodes (referrals) -------------------------------------------------------

TEST(TwoContactsTest, ContactsOnTwoEpisodesDoNotAddUp) {
  EXPECT_EQ(Counted({Fact("c-1", Day(2023, 6, 1), M::kFaceToFace, A::kAttended, "p-1", "ep-1"),
                     Fact("c-2", Day(2023, 7, 1), M::kFaceToFace, A::kAttended, "p-1", "ep-2")},
                    {Episode("p-1", "ep-1"), Episode("p-1", "ep-2")}),
            0);
}

TEST(TwoContactsTest, ContactsWithoutAnEpisodeOrItsFactDoNotCount) {
  auto no_episode = [](std::string id, Date on) {
    return Fact(std::move(id), on, M::kFaceToFace, A::kAttended, "p-1", "");
  };
  EXPECT_EQ(Counted({no_episode("c-1", Day(2023, 6, 1)), no_episode("c-2", Day(2023, 7, 1))},
                    {Episode()}),
            0);
  EXPECT_EQ(Counted({Fact("c-1", Day(2023, 6, 1)), Fact("c-2", Day(2023, 7, 1))}, {}), 0);
  // An episode fact of someone else, with the same episode id, does not match.
  EXPECT_EQ(Counted({Fact("c-1", Day(2023, 6, 1)), Fact("c-2", Day(2023, 7, 1))},
                    {Episode("p-2", "ep-1")}),
            0);
}

TEST(TwoContactsTest, AgeAtReferralMustBeEighteenOrOverAndKnown) {
  EpisodeFact e = Episode();
  e.age_at_referral = 18;
  EXPECT_TRUE(IsQualifyingEpisode(e, kPeriodEnd));
  e.age_at_referral = 17;
  EXPECT_FALSE(IsQualifyingEpisode(e, kPeriodEnd));
  e.age_at_referral = std::nullopt;
  EXPECT_FALSE(IsQualifyingEpisode(e, kPeriodEnd));
  EXPECT_EQ(Counted({Fact("c-1", Day(2023, 6, 1)), Fact("c-2", Day(2023, 7, 1))}, {e}), 0);
}

TEST(TwoContactsTest, OnlyEnglandResidentsOrUnknownResidenceCount) {
  EpisodeFact e = Episode();
  for (std::string la : {"E08000008", "E06000001", ""}) {
    e.local_authority = la;
    EXPECT_TRUE(IsQualifyingEpisode(e, kPeriodEnd)) << la;
  }
  for (std::string la : {"W06000001", "S12000033", "N09000001"}) {
    e.local_authority = la;
    EXPECT_FALSE(IsQualifyingEpisode(e, kPeriodEnd)) << la;
  }
}

TEST(TwoContactsTest, CoreCommunityTeamTypesCount) {
  for (std::string_view type : kCmhTeamTypes) {
    EXPECT_TRUE(IsQualifyingEpisode(Episode("p", "e", std::string(type)), Day(2020, 3, 31)))
        << type;
  }
  for (std::string type : {"", "A06 ", "a06", "A07", "A14x", "Z99"}) {
    EXPECT_FALSE(IsQualifyingEpisode(Episode("p", "e", type), kPeriodEnd)) << type;
  }
}

TEST(TwoContactsTest, EarlyInterventionAndIpsCountFromApril2023) {
  for (std::string type : {"A14", "D05"}) {
    EXPECT_FALSE(IsQualifyingEpisode(Episode("p", "e", type), Day(2023, 3, 31))) << type;
    EXPECT_TRUE(IsQualifyingEpisode(Episode("p", "e", type), Day(2023, 4, 30))) << type;
  }
  EXPECT_EQ(Counted({Fact("c-1", Day(2022, 6, 1)), Fact("c-2", Day(2022, 6, 15))},
                    {Episode("p-1", "ep-1", "A14")}, Day(2023, 3, 31)),
            0);
}

TEST(TwoContactsTest, FinancialYearStartsInApril) {
  EXPECT_EQ(FinancialYearOf(Day(2024, 3, 31)), 2023);
  EXPECT_EQ(FinancialYearOf(Day(2024, 4, 1)), 2024);
  EXPECT_EQ(FinancialYearOf(Day(2024, 1, 1)), 2023);
}

TEST(TwoContactsTest, InpatientSpellExcludesOnlyThatFinancialYearsContacts) {
  // Window 2022-10-01 .. 2023-09-30 spans financial years 2022 and 2023.
  const Date end = Day(2023, 9, 30);
  EpisodeFact e = Episode();
  e.inpatient_financial_years = {2022};
  auto r = Count({Fact("c-1", Day(2022, 11, 1)), Fact("c-2", Day(2023, 2, 1)),
                  Fact("c-3", Day(2023, 5, 1)), Fact("c-4", Day(2023, 6, 1))},
                 {e}, end);
  ASSERT_TRUE(r.has_value());
  ASSERT_EQ(r->Count(), 1);
  EXPECT_EQ(r->people[0].qualifying_contacts, 2);
  EXPECT_EQ(r->people[0].second_contact_on, Day(2023, 6, 1));
  EXPECT_EQ(Counted({Fact("c-1", Day(2022, 11, 1)), Fact("c-2", Day(2023, 2, 1)),
                     Fact("c-3", Day(2023, 5, 1))},
                    {e}, end),
            0);
  e.inpatient_financial_years = {2021};  // another year: no effect
  EXPECT_EQ(Counted({Fact("c-1", Day(2022, 11, 1)), Fact("c-2", Day(2023, 2, 1))}, {e}, end), 1);
}

TEST(TwoContactsTest, DuplicateEpisodeFactsAreRefused) {
  auto r = Count({}, {Episode(), Episode()});
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  // The same episode id for two people is two episodes.
  EXPECT_TRUE(Count({}, {Episode("p-1", "ep-1"), Episode("p-2", "ep-1")}).has_value());
}

// --- People and explanations ------------------------------------------------------

TEST(TwoContactsTest, APersonCountsOnceExplainedByTheEarliestSecondContact) {
  auto on = [](std::string id, Date d, std::string episode) {
    return Fact(std::move(id), d, M::kPhone, A::kAttended, "p-1", std::move(episode));
  };
  auto r = Count({on("c-1", Day(2023, 5, 1), "ep-a"), on("c-2", Day(2023, 9, 1), "ep-a"),
                  on("c-3", Day(2023, 10, 1), "ep-a"), on("c-4", Day(2023, 6, 1), "ep-b"),
                  on("c-5", Day(2023, 7, 1), "ep-b")},
                 {Episode("p-1", "ep-a"), Episode("p-1", "ep-b")});
  ASSERT_TRUE(r.has_value());
  ASSERT_EQ(r->Count(), 1);
  EXPECT_EQ(r->people[0].episode_id, "ep-b");
  EXPECT_EQ(r->people[0].qualifying_contacts, 2);
  EXPECT_EQ(r->people[0].second_contact_on, Day(2023, 7, 1));
}

TEST(TwoContactsTest, ATieBetweenEpisodesGoesToTheLowerEpisodeId) {
  auto on = [](std::string id, Date d, std::string episode) {
    return Fact(std::move(id), d, M::kVideo, A::kAttended, "p-1", std::move(episode));
  };
  auto r = Count({on("c-1", Day(2023, 5, 1), "ep-b"), on("c-2", Day(2023, 6, 1), "ep-b"),
                  on("c-3", Day(2023, 5, 2), "ep-a"), on("c-4", Day(2023, 6, 1), "ep-a")},
                 {Episode("p-1", "ep-b"), Episode("p-1", "ep-a")});
  ASSERT_TRUE(r.has_value());
  ASSERT_EQ(r->Count(), 1);
  EXPECT_EQ(r->people[0].episode_id, "ep-a");
}

TEST(TwoContactsTest, PeopleAreListedByIdWithTheirOwnCounts) {
  auto of = [](std::string id, std::string person, Date d) {
    return Fact(std::move(id), d, M::kFaceToFace, A::kAttended, std::move(person), "ep");
  };
  auto r = Count({of("c-1", "p-b", Day(2023, 5, 1)), of("c-2", "p-b", Day(2023, 5, 2)),
                  of("c-3", "p-b", Day(2023, 5, 3)), of("c-4", "p-a", Day(2023, 8, 1)),
                  of("c-5", "p-a", Day(2023, 9, 1)), of("c-6", "p-c", Day(2023, 9, 1))},
                 {Episode("p-a", "ep"), Episode("p-b", "ep"), Episode("p-c", "ep")});
  ASSERT_TRUE(r.has_value());
  ASSERT_EQ(r->Count(), 2);
  EXPECT_EQ(r->people[0].person_id, "p-a");
  EXPECT_EQ(r->people[0].qualifying_contacts, 2);
  EXPECT_EQ(r->people[0].second_contact_on, Day(2023, 9, 1));
  EXPECT_EQ(r->people[1].person_id, "p-b");
  EXPECT_EQ(r->people[1].qualifying_contacts, 3);
  EXPECT_EQ(r->people[1].second_contact_on, Day(2023, 5, 2));
}

TEST(TwoContactsTest, FactsOfGivesOnePerPersonOnTheLondonDay) {
  Contact c;
  c.id = "c-9";
  // 23:30 UTC on 30 June is 00:30 BST on 1 July.
  c.occurred_at = StartOfLondonDay(Day(2024, 7, 1)) + std::chrono::minutes(30);
  c.mode = M::kVideo;
  c.people = {{"p-1", "ep-1", A::kAttended}, {"p-2", "", A::kCancelledByPerson}};
  std::vector<ContactFact> facts = FactsOf(c);
  ASSERT_EQ(facts.size(), 2u);
  EXPECT_EQ(facts[0].contact_id, "c-9");
  EXPECT_EQ(facts[0].person_id, "p-1");
  EXPECT_EQ(facts[0].episode_id, "ep-1");
  EXPECT_EQ(facts[0].on, Day(2024, 7, 1));
  EXPECT_EQ(facts[0].mode, M::kVideo);
  EXPECT_EQ(facts[0].attendance, A::kAttended);
  EXPECT_EQ(facts[1].person_id, "p-2");
  EXPECT_EQ(facts[1].episode_id, "");
  EXPECT_EQ(facts[1].attendance, A::kCancelledByPerson);
}

}  // namespace
}  // namespace two_contacts_test
}  // namespace lw

// "two-contacts" (MHS108) over the facts: by hand-made facts for each rule,
// and against domain/measures/two_contacts.h's CountTwoContacts (the rule
// over string facts) on many made-up records, month by month.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "base/dates.h"
#include "domain/evaluation/facts.h"
#include "domain/evaluation/measures.h"
#include "domain/measures/two_contacts.h"
#include "domain/team/contact_vocabulary.h"

namespace lw::evaluation {
namespace two_contacts_measure_test {
namespace {

Date D(int y, int m, int d) { return *Date::FromYmd(y, m, d); }
std::int32_t Day(int y, int m, int d) { return static_cast<std::int32_t>(D(y, m, d).DayNumber()); }

// Two localities: Bury (teams 0 and 1) and Oldham (team 2).
Facts TwoLocalities() {
  Facts f;
  f.places.locality_ids = {"loc-bury", "loc-oldham"};
  f.places.locality_names = {"Bury", "Oldham"};
  f.places.team_ids = {"team-bury-north", "team-bury-south", "team-oldham"};
  f.places.team_locality = {0, 0, 1};
  return f;
}

// An episode of `person` (an index) with `team`; returns its index.
std::int32_t Support(Facts& f, std::int32_t person, std::int32_t team,
                     Mhs108Episode standing = Mhs108Episode::kAlways) {
  EpisodeFacts& e = f.episodes;
  e.team.push_back(team);
  e.started.push_back(Day(2020, 1, 1));
  e.ended.push_back(kNoDay);
  e.planned.push_back(0);
  e.person.push_back(person);
  e.mhs108.push_back(static_cast<std::uint8_t>(standing));
  f.people = std::max(f.people, person + 1);
  return static_cast<std::int32_t>(e.size() - 1);
}

void Meet(Facts& f, std::int32_t episode, std::int32_t day, bool qualifying = true) {
  ContactFacts& c = f.contacts;
  c.episode.push_back(episode);
  c.day.push_back(day);
  c.mode.push_back(static_cast<std::uint8_t>(ContactMode::kFaceToFace));
  c.attendance.push_back(
      static_cast<std::uint8_t>(qualifying ? Attendance::kAttended : Attendance::kDidNotAttend));
  c.qualifying.push_back(qualifying ? 1 : 0);
}

Scope Months(Date first, Date last) { return Scope{.first_day = first, .last_day = last}; }

// The locality's figures, month by month.
std::vector<std::int64_t> Row(const Grid<std::int64_t>& g, std::int32_t locality) {
  std::vector<std::int64_t> out;
  out.reserve(static_cast<std::size_t>(g.months));
  for (std::int32_t m = 0; m < g.months; ++m) out.push_back(g.At(locality, m));
  return out;
}

TEST(TwoContactsMeasureTest, APairCountsFromTheLatersMonthToElevenMonthsAfterTheEarliers) {
  Facts f = TwoLocalities();
  const std::int32_t e = Support(f, 0, 0);
  Meet(f, e, Day(2025, 3, 10));
  Meet(f, e, Day(2025, 5, 20));
  // January 2025 to April 2026: May 2025 (the second) to February 2026
  // (twelve months from March 2025).
  auto g = TwoContacts(f, Months(D(2025, 1, 1), D(2026, 4, 30)));
  ASSERT_TRUE(g) << g.error().message;
  EXPECT_EQ(Row(*g, 0),
            (std::vector<std::int64_t>{0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0}));
  EXPECT_EQ(Row(*g, 1), std::vector<std::int64_t>(16, 0));
}

TEST(TwoContactsMeasureTest, ContactsAcrossTheWindowsEdgeCountOnlyInside) {
  Facts f = TwoLocalities();
  // The first contact is 12 months before the period end's month: a first
  // before the window and a second inside is one contact, not two.
  const std::int32_t across = Support(f, 0, 0);
  Meet(f, across, Day(2025, 2, 28));
  Meet(f, across, Day(2026, 2, 1));
  // Two inside, on the window's first and last days.
  const std::int32_t edges = Support(f, 1, 0);
  Meet(f, edges, Day(2025, 3, 1));
  Meet(f, edges, Day(2026, 2, 28));
  // The second after the period's end.
  const std::int32_t after = Support(f, 2, 0);
  Meet(f, after, Day(2026, 1, 5));
  Meet(f, after, Day(2026, 3, 1));
  auto g = TwoContacts(f, Months(D(2026, 2, 1), D(2026, 2, 28)));
  ASSERT_TRUE(g) << g.error().message;
  EXPECT_EQ(g->At(0, 0), 1);
  // In January 2026 the first pair is inside (February 2025 to January 2026)
  // but its second contact had not happened; the third person's second
  // neither.
  auto january = TwoContacts(f, Months(D(2026, 1, 1), D(2026, 1, 31)));
  ASSERT_TRUE(january);
  EXPECT_EQ(january->At(0, 0), 0);
}

TEST(TwoContactsMeasureTest, DidNotAttendAndOtherNonQualifyingContactsDoNotCount) {
  Facts f = TwoLocalities();
  const std::int32_t e = Support(f, 0, 0);
  Meet(f, e, Day(2026, 1, 5));
  Meet(f, e, Day(2026, 1, 12), /*qualifying=*/false);
  Meet(f, e, Day(2026, 1, 19), /*qualifying=*/false);
  auto g = TwoContacts(f, Months(D(2026, 1, 1), D(2026, 1, 31)));
  ASSERT_TRUE(g);
  EXPECT_EQ(g->At(0, 0), 0);
  Meet(f, e, Day(2026, 1, 26));
  g = TwoContacts(f, Months(D(2026, 1, 1), D(2026, 1, 31)));
  ASSERT_TRUE(g);
  EXPECT_EQ(g->At(0, 0), 1);
}

TEST(TwoContactsMeasureTest, TwoEpisodesOfOnePersonNeedTwoContactsInOneAndCountOnce) {
  Facts f = TwoLocalities();
  // One contact on each of two episodes: not two on one.
  Meet(f, Support(f, 0, 0), Day(2026, 1, 5));
  Meet(f, Support(f, 0, 1), Day(2026, 1, 6));
  // Another person with two episodes of two contacts each: once.
  for (int k = 0; k < 2; ++k) {
    const std::int32_t e = Support(f, 1, k);
    Meet(f, e, Day(2026, 1, 5 + k));
    Meet(f, e, Day(2026, 1, 15 + k));
  }
  auto g = TwoContacts(f, Months(D(2026, 1, 1), D(2026, 1, 31)));
  ASSERT_TRUE(g);
  EXPECT_EQ(g->At(0, 0), 1);
}

TEST(TwoContactsMeasureTest, APersonCountsOnceInEachLocalityWhereTheyQualify) {
  Facts f = TwoLocalities();
  for (std::int32_t team : {0, 2}) {
    const std::int32_t e = Support(f, 0, team);
    Meet(f, e, Day(2026, 1, 5));
    Meet(f, e, Day(2026, 1, 15));
  }
  auto g = TwoContacts(f, Months(D(2026, 1, 1), D(2026, 1, 31)));
  ASSERT_TRUE(g);
  EXPECT_EQ(g->At(0, 0), 1);
  EXPECT_EQ(g->At(1, 0), 1);
  // Only Oldham's team asked for: Bury has nobody.
  Scope oldham = Months(D(2026, 1, 1), D(2026, 1, 31));
  oldham.teams = {2};
  g = TwoContacts(f, oldham);
  ASSERT_TRUE(g);
  EXPECT_EQ(g->At(0, 0), 0);
  EXPECT_EQ(g->At(1, 0), 1);
}

TEST(TwoContactsMeasureTest, UnderEighteensNeverCountAndA14CountsFromApril2023) {
  Facts f = TwoLocalities();
  const std::int32_t child = Support(f, 0, 0, Mhs108Episode::kNever);
  const std::int32_t eip = Support(f, 1, 0, Mhs108Episode::kFromApril2023);
  for (std::int32_t e : {child, eip}) {
    Meet(f, e, Day(2023, 1, 10));
    Meet(f, e, Day(2023, 2, 10));
  }
  auto g = TwoContacts(f, Months(D(2023, 1, 1), D(2023, 6, 30)));
  ASSERT_TRUE(g);
  EXPECT_EQ(Row(*g, 0), (std::vector<std::int64_t>{0, 0, 0, 1, 1, 1}));
}

TEST(TwoContactsMeasureTest, NobodyGivesZerosAndABadScopeIsRefused) {
  Facts f = TwoLocalities();
  auto g = TwoContacts(f, Months(D(2026, 1, 1), D(2026, 3, 31)));
  ASSERT_TRUE(g);
  EXPECT_EQ(g->localities, 2);
  EXPECT_EQ(g->months, 3);
  for (std::int64_t cell : g->cells) EXPECT_EQ(cell, 0);
  EXPECT_FALSE(TwoContacts(f, Months(D(2026, 1, 2), D(2026, 3, 31))));
  Scope nowhere = Months(D(2026, 1, 1), D(2026, 3, 31));
  nowhere.localities = {5};
  EXPECT_FALSE(TwoContacts(f, nowhere));
}

// A small deterministic generator (the same numbers everywhere).
class Lcg {
 public:
  explicit Lcg(std::uint64_t seed) : state_(seed) {}
  int Below(int n) {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<int>((state_ >> 33) % static_cast<std::uint64_t>(n));
  }

 private:
  std::uint64_t state_;
};

// Records made up at random, read by FactsBuilder and measured month by
// month, give CountTwoContacts's count for each month as the period end:
// the rule in one place, two ways of computing it.
TEST(TwoContactsMeasureTest, AgreesWithCountTwoContactsForEveryPeriodEnd) {
  FactsBuilder b;
  ASSERT_TRUE(b.AddLocality({.id = "loc", .name = "Bury"}));
  ASSERT_TRUE(b.AddTeam({.id = "team-cmh", .locality_id = "loc", .name = "CMH"}));
  ASSERT_TRUE(b.AddTeam({.id = "team-eip", .locality_id = "loc", .name = "EIP"}));
  ASSERT_TRUE(b.SetMhsdsTeamType("team-eip", "A14"));
  std::vector<ContactFact> contact_facts;
  std::vector<EpisodeFact> episode_facts;
  Lcg random(2024);
  const std::int32_t start = Day(2022, 1, 1);
  int contacts = 0;
  for (int p = 0; p < 150; ++p) {
    const std::string person = "p-" + std::to_string(p);
    const Date born = D(1960 + random.Below(50), 1 + random.Below(12), 1 + random.Below(28));
    for (int k = 0; k < 1 + random.Below(2); ++k) {
      const std::string id = person + "-e" + std::to_string(k);
      const std::string team = random.Below(4) == 0 ? "team-eip" : "team-cmh";
      const Date received = Date::FromDayNumber(start + random.Below(900));
      Introduction intro{.id = "i-" + id, .team_id = team};
      intro.received_at = LondonToUtc(received, 10, 0);
      intro.date_of_birth = born;
      ASSERT_TRUE(b.AddIntroduction(intro));
      Episode e{.id = id,
                .person_id = person,
                .team_id = team,
                .introduction_id = intro.id,
                .started_on = received};
      ASSERT_TRUE(b.AddEpisode(e));
      episode_facts.push_back(EpisodeFact{.person_id = person,
                                          .episode_id = id,
                                          .age_at_referral = born.AgeOn(received),
                                          .team_type = team == "team-eip" ? "A14" : "A06",
                                          .local_authority = "",
                                          .inpatient_financial_years = {}});
      for (int n = 0, many = random.Below(7); n < many; ++n) {
        Contact c{.id = "c-" + std::to_string(contacts++)};
        c.occurred_at = LondonToUtc(received.PlusDays(random.Below(400)), 9 + random.Below(8), 0);
        c.mode = kAllContactModes[static_cast<std::size_t>(random.Below(6))];
        c.people = {{.person_id = person,
                     .episode_id = id,
                     .attendance = kAllAttendances[static_cast<std::size_t>(
                         random.Below(2) == 0 ? 0 : random.Below(4))]}};
        ASSERT_TRUE(b.AddContact(c));
        for (const ContactFact& cf : FactsOf(c)) contact_facts.push_back(cf);
      }
    }
  }
  const Facts f = b.Finish();
  const Scope scope = Months(D(2022, 6, 1), D(2025, 6, 30));
  auto g = TwoContacts(f, scope);
  ASSERT_TRUE(g) << g.error().message;
  std::int64_t counted = 0;
  int m = 0;
  for (Date end = D(2022, 6, 30); end <= scope.last_day; ++m) {
    auto expected = CountTwoContacts(contact_facts, episode_facts, end);
    ASSERT_TRUE(expected) << expected.error().message;
    EXPECT_EQ(g->At(0, m), expected->Count()) << "period ending " << end.ToIso();
    counted += g->At(0, m);
    end = end.PlusDays(1).PlusDays(31);
    end = *Date::FromYmd(end.year(), end.month(), 1);
    end = end.PlusDays(-1);
  }
  EXPECT_EQ(m, g->months);
  EXPECT_GT(counted, 100) << "the made-up records exercise the measure";
}

}  // namespace
}  // namespace two_contacts_measure_test
}  // namespace lw::evaluation

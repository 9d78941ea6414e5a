#include "domain/evaluation/measures.h"

#include <gtest/gtest.h>

#include <optional>
#include <set>
#include <string>

namespace lw::evaluation {
namespace measures_test {
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

void Introduce(Facts& f, std::int32_t team, std::int32_t received, IntroductionSource source,
               std::int32_t conversation = kNoDay, std::int32_t closed = kNoDay,
               std::uint8_t ending = kNoEnding) {
  IntroductionFacts& i = f.introductions;
  i.team.push_back(team);
  i.received.push_back(received);
  i.source.push_back(static_cast<std::uint8_t>(source));
  i.conversation.push_back(conversation);
  i.closed.push_back(closed);
  i.ending.push_back(ending);
}

void Support(Facts& f, std::int32_t team, std::int32_t started, std::int32_t ended = kNoDay,
             bool planned = false) {
  EpisodeFacts& e = f.episodes;
  e.team.push_back(team);
  e.started.push_back(started);
  e.ended.push_back(ended);
  e.planned.push_back(planned ? 1 : 0);
  e.person.push_back(static_cast<std::int32_t>(e.person.size()));
  e.mhs108.push_back(static_cast<std::uint8_t>(Mhs108Episode::kAlways));
  f.people = static_cast<std::int32_t>(e.person.size());
}

// January to March 2026.
Scope FirstQuarter() { return Scope{.first_day = D(2026, 1, 1), .last_day = D(2026, 3, 31)}; }

std::int64_t Count(const SourceCounts& c, IntroductionSource s) {
  return c[static_cast<std::size_t>(s)];
}

TEST(IntroductionsBySourceTest, CountsEachInTheMonthReceivedAndNothingOutsideThePeriod) {
  Facts f = TwoLocalities();
  Introduce(f, 0, Day(2025, 12, 31), IntroductionSource::kGp);  // before the period
  Introduce(f, 0, Day(2026, 1, 1), IntroductionSource::kGp);
  Introduce(f, 1, Day(2026, 1, 31), IntroductionSource::kGp);  // the other Bury team
  Introduce(f, 0, Day(2026, 1, 31), IntroductionSource::kSelf, Day(2026, 2, 3));
  Introduce(f, 2, Day(2026, 3, 31), IntroductionSource::kComingBack);
  Introduce(f, 2, Day(2026, 4, 1), IntroductionSource::kGp);  // after it
  auto grid = IntroductionsBySource(f, FirstQuarter());
  ASSERT_TRUE(grid.has_value()) << grid.error().message;
  EXPECT_EQ(grid->localities, 2);
  EXPECT_EQ(grid->months, 3);
  EXPECT_EQ(Count(grid->At(0, 0), IntroductionSource::kGp), 2);
  EXPECT_EQ(Count(grid->At(0, 0), IntroductionSource::kSelf), 1);  // received in January
  EXPECT_EQ(Count(grid->At(0, 1), IntroductionSource::kSelf), 0);
  EXPECT_EQ(Count(grid->At(1, 2), IntroductionSource::kComingBack), 1);
  std::int64_t total = 0;
  for (const SourceCounts& cell : grid->cells) {
    for (std::int64_t n : cell) total += n;
  }
  EXPECT_EQ(total, 4);
}

TEST(IntroductionsBySourceTest, ATeamOrALocalityNarrowsTheCount) {
  Facts f = TwoLocalities();
  Introduce(f, 0, Day(2026, 2, 2), IntroductionSource::kGp);
  Introduce(f, 1, Day(2026, 2, 3), IntroductionSource::kGp);
  Introduce(f, 2, Day(2026, 2, 4), IntroductionSource::kGp);
  Scope team = FirstQuarter();
  team.teams = {1};
  auto by_team = IntroductionsBySource(f, team);
  ASSERT_TRUE(by_team.has_value());
  EXPECT_EQ(Count(by_team->At(0, 1), IntroductionSource::kGp), 1);
  EXPECT_EQ(Count(by_team->At(1, 1), IntroductionSource::kGp), 0);
  Scope oldham = FirstQuarter();
  oldham.localities = {1};
  auto by_locality = IntroductionsBySource(f, oldham);
  ASSERT_TRUE(by_locality.has_value());
  EXPECT_EQ(Count(by_locality->At(0, 1), IntroductionSource::kGp), 0);
  EXPECT_EQ(Count(by_locality->At(1, 1), IntroductionSource::kGp), 1);
}

TEST(DaysToConversationTest, WholeDaysInTheMonthReceivedForConversationsHeldByTheEnd) {
  Facts f = TwoLocalities();
  Introduce(f, 0, Day(2026, 1, 5), IntroductionSource::kGp, Day(2026, 1, 5));  // same day: 0
  Introduce(f, 0, Day(2026, 1, 20), IntroductionSource::kGp,
            Day(2026, 2, 3));  // 14, crosses a month
  Introduce(f, 1, Day(2026, 1, 25), IntroductionSource::kGp, Day(2026, 2, 22));  // 28
  Introduce(f, 0, Day(2026, 3, 20), IntroductionSource::kGp,
            Day(2026, 4, 2));  // held after the end
  Introduce(f, 0, Day(2026, 3, 21), IntroductionSource::kGp, kNoDay, Day(2026, 3, 30),
            static_cast<std::uint8_t>(Ending::kCouldNotBeReached));  // closed without one
  Introduce(f, 2, Day(2026, 2, 1), IntroductionSource::kGp, Day(2026, 2, 15));
  Introduce(f, 2, Day(2026, 2, 2), IntroductionSource::kGp, Day(2026, 2, 16));
  auto grid = DaysToConversation(f, FirstQuarter());
  ASSERT_TRUE(grid.has_value()) << grid.error().message;
  const DayHistogram& bury_january = grid->At(0, 0);
  EXPECT_EQ(bury_january.count(), 3);
  EXPECT_EQ(bury_january.PercentileHundredths(50), 1400);
  EXPECT_EQ(bury_january.PercentileHundredths(90), 2520);  // 14 + 0.8 * 14
  EXPECT_EQ(grid->At(0, 2).count(), 0);                    // March: none held by the end
  EXPECT_EQ(grid->At(0, 2).PercentileHundredths(50), std::nullopt);
  EXPECT_EQ(grid->At(1, 1).PercentileHundredths(50), 1400);  // a tie: 14 and 14
  // The whole period, both localities: 0 14 14 14 28.
  DayHistogram all;
  for (const DayHistogram& cell : grid->cells) all.Merge(cell);
  EXPECT_EQ(all.count(), 5);
  EXPECT_EQ(all.PercentileHundredths(50), 1400);
}

TEST(WaitingAtEndTest, CountsWhoWasStillWaitingAtTheEndOfTheLastDay) {
  Facts f = TwoLocalities();
  Introduce(f, 0, Day(2025, 11, 30), IntroductionSource::kGp);  // before the period, still waiting
  Introduce(f, 0, Day(2026, 3, 17), IntroductionSource::kGp,
            Day(2026, 4, 1));                                  // held after the end
  Introduce(f, 0, Day(2026, 3, 31), IntroductionSource::kGp);  // received that day
  Introduce(f, 0, Day(2026, 3, 1), IntroductionSource::kGp, Day(2026, 3, 31));  // held that day
  Introduce(f, 1, Day(2026, 3, 2), IntroductionSource::kGp, kNoDay, Day(2026, 3, 30),
            static_cast<std::uint8_t>(Ending::kChoseNotToGoAhead));  // closed
  Introduce(f, 2, Day(2026, 4, 1), IntroductionSource::kGp);         // received after the end
  Introduce(f, 2, Day(2026, 3, 1), IntroductionSource::kGp, kNoDay, Day(2026, 4, 3),
            static_cast<std::uint8_t>(Ending::kCouldNotBeReached));  // closed after the end
  auto waiting = WaitingAtEnd(f, FirstQuarter());
  ASSERT_TRUE(waiting.has_value()) << waiting.error().message;
  ASSERT_EQ(waiting->size(), 2u);
  EXPECT_EQ((*waiting)[0].count(), 3);  // 0, 14 and 121 days
  EXPECT_EQ((*waiting)[0].PercentileHundredths(50), 1400);
  EXPECT_EQ((*waiting)[0].PercentileHundredths(100), 12100);
  EXPECT_EQ((*waiting)[1].count(), 1);
  EXPECT_EQ((*waiting)[1].PercentileHundredths(50), 3000);
}

TEST(PlannedExitsTest, ASharePerMonthEndedOfEpisodesThatEnded) {
  Facts f = TwoLocalities();
  Support(f, 0, Day(2025, 10, 1), Day(2026, 1, 10), true);
  Support(f, 0, Day(2025, 10, 2), Day(2026, 1, 11), false);
  Support(f, 1, Day(2025, 10, 3), Day(2026, 1, 31), true);
  Support(f, 0, Day(2025, 11, 1));                          // still open: not counted
  Support(f, 0, Day(2025, 9, 1), Day(2025, 12, 31), true);  // ended before the period
  Support(f, 2, Day(2026, 1, 5), Day(2026, 4, 1), true);    // ended after it
  auto grid = PlannedExits(f, FirstQuarter());
  ASSERT_TRUE(grid.has_value()) << grid.error().message;
  EXPECT_EQ(grid->At(0, 0).numerator, 2);
  EXPECT_EQ(grid->At(0, 0).denominator, 3);
  EXPECT_EQ(grid->At(0, 0).RoundedPercent(), 67);
  EXPECT_EQ(grid->At(1, 0).denominator, 0);  // nobody in the denominator
  EXPECT_EQ(grid->At(1, 0).RoundedPercent(), std::nullopt);
  EXPECT_EQ(grid->At(0, 1).denominator, 0);
}

void Warm(Facts& f, std::int32_t team, std::int32_t made, std::int32_t landed = kNoDay) {
  f.warm.team.push_back(team);
  f.warm.made.push_back(made);
  f.warm.landed.push_back(landed);
}

TEST(WarmIntroductionsLandedTest, LandedByTheEndOfMadeInTheMonthAndDaysToLand) {
  Facts f = TwoLocalities();
  Warm(f, 0, Day(2026, 1, 5), Day(2026, 1, 15));   // 10 days
  Warm(f, 1, Day(2026, 1, 30), Day(2026, 2, 3));   // 4 days, across a month
  Warm(f, 0, Day(2026, 1, 31));                    // not landed
  Warm(f, 0, Day(2026, 3, 25), Day(2026, 4, 2));   // landed after the end: not yet
  Warm(f, 0, Day(2025, 12, 31), Day(2026, 1, 2));  // made before the period
  Warm(f, 2, Day(2026, 2, 10), Day(2026, 2, 10));  // the same day: 0
  auto grid = WarmIntroductionsLanded(f, FirstQuarter());
  ASSERT_TRUE(grid.has_value()) << grid.error().message;
  const WarmLanding& bury_january = grid->At(0, 0);
  EXPECT_EQ(bury_january.landed.numerator, 2);
  EXPECT_EQ(bury_january.landed.denominator, 3);
  EXPECT_EQ(bury_january.days_to_land.PercentileHundredths(50), 700);  // 4 and 10
  EXPECT_EQ(grid->At(0, 2).landed.numerator, 0);
  EXPECT_EQ(grid->At(0, 2).landed.denominator, 1);
  EXPECT_EQ(grid->At(0, 2).days_to_land.PercentileHundredths(50), std::nullopt);
  EXPECT_EQ(grid->At(1, 1).landed.RoundedPercent(), 100);
  EXPECT_EQ(grid->At(1, 1).days_to_land.PercentileHundredths(50), 0);
}

TEST(ScopeTest, MonthsMustBeWholeAndPlacesKnown) {
  const Facts f = TwoLocalities();
  auto problem = [&](Scope s) {
    Status ok = ValidateScope(s, f.places);
    return ok ? std::string() : ok.error().message;
  };
  EXPECT_EQ(problem(FirstQuarter()), "");
  Scope s = FirstQuarter();
  s.first_day = D(2026, 1, 2);
  EXPECT_EQ(problem(s), "first_day: must be the first day of a month");
  s = FirstQuarter();
  s.last_day = D(2026, 3, 30);
  EXPECT_EQ(problem(s), "last_day: must be the last day of a month");
  s = FirstQuarter();
  s.last_day = D(2025, 12, 31);
  EXPECT_EQ(problem(s), "last_day: must not be before first_day");
  s = FirstQuarter();
  s.localities = {2};
  EXPECT_EQ(problem(s), "localities: no locality 2");
  s = FirstQuarter();
  s.teams = {-1};
  EXPECT_EQ(problem(s), "teams: no team -1");
  // Every measure refuses a bad scope the same way.
  s = FirstQuarter();
  s.teams = {3};
  EXPECT_FALSE(IntroductionsBySource(f, s).has_value());
  EXPECT_FALSE(DaysToConversation(f, s).has_value());
  EXPECT_FALSE(WaitingAtEnd(f, s).has_value());
  EXPECT_FALSE(PlannedExits(f, s).has_value());
  EXPECT_FALSE(WarmIntroductionsLanded(f, s).has_value());
}

TEST(StandardMeasuresTest, EachHasAWholeDefinitionAndItsOwnKey) {
  std::set<std::string_view> keys;
  for (const MeasureDefinition& m : StandardMeasures()) {
    EXPECT_TRUE(keys.insert(m.key).second) << m.key;
    for (std::string_view field : {m.name, m.definition, m.statistic, m.numerator, m.records,
                                   m.period, m.breakdowns, m.source}) {
      EXPECT_FALSE(field.empty()) << m.key;
    }
    EXPECT_EQ(m.denominator.empty(), !m.statistic.starts_with("share")) << m.key;
    EXPECT_EQ(FindMeasure(m.key), &m);
  }
  EXPECT_EQ(keys, (std::set<std::string_view>{"introductions-by-source", "days-to-conversation",
                                              "waiting-now", "two-contacts", "reqol-change",
                                              "goal-progress", "planned-exits",
                                              "warm-introductions", "felt-listened-to"}));
  EXPECT_EQ(FindMeasure("no-such-measure"), nullptr);
}

}  // namespace
}  // namespace measures_test
}  // namespace lw::evaluation

#include "domain/evaluation/facts.h"

#include <gtest/gtest.h>

#include <chrono>

#include "base/dates.h"

namespace lw::evaluation {
namespace facts_test {
namespace {

Date D(int y, int m, int d) { return *Date::FromYmd(y, m, d); }
std::int32_t Day(int y, int m, int d) { return static_cast<std::int32_t>(D(y, m, d).DayNumber()); }

FactsBuilder Bury() {
  FactsBuilder b;
  EXPECT_TRUE(b.AddLocality({.id = "loc-bury", .name = "Bury"}).has_value());
  EXPECT_TRUE(b.AddTeam({.id = "team-bury", .locality_id = "loc-bury", .name = "Bury"}));
  return b;
}

TEST(FactsBuilderTest, AnIntroductionBecomesItsLondonDaysSourceAndEnding) {
  FactsBuilder b = Bury();
  Introduction open{.id = "i-1", .source = IntroductionSource::kGp, .team_id = "team-bury"};
  // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
  open.received_at = LondonToUtc(D(2026, 7, 1), 0, 30);
  Introduction closed = open;
  closed.id = "i-2";
  closed.source = IntroductionSource::kSelf;
  closed.received_at = LondonToUtc(D(2026, 1, 5), 9, 0);
  closed.conversation = InitialConversation{.held_at = LondonToUtc(D(2026, 1, 19), 11, 0)};
  closed.state = IntroductionState::kClosed;
  closed.ending = Ending::kSupportBegins;
  closed.closed_at = LondonToUtc(D(2026, 1, 19), 12, 0);
  ASSERT_TRUE(b.AddIntroduction(open));
  ASSERT_TRUE(b.AddIntroduction(closed));
  const Facts f = b.Finish();
  ASSERT_EQ(f.introductions.size(), 2u);
  EXPECT_EQ(f.introductions.received[0], Day(2026, 7, 1));
  EXPECT_EQ(f.introductions.source[0], static_cast<std::uint8_t>(IntroductionSource::kGp));
  EXPECT_EQ(f.introductions.conversation[0], kNoDay);
  EXPECT_EQ(f.introductions.closed[0], kNoDay);
  EXPECT_EQ(f.introductions.ending[0], kNoEnding);
  EXPECT_EQ(f.introductions.received[1], Day(2026, 1, 5));
  EXPECT_EQ(f.introductions.conversation[1], Day(2026, 1, 19));
  EXPECT_EQ(f.introductions.closed[1], Day(2026, 1, 19));
  EXPECT_EQ(f.introductions.ending[1], static_cast<std::uint8_t>(Ending::kSupportBegins));
  EXPECT_EQ(f.introductions.team[1], 0);
  EXPECT_EQ(f.places.locality_names, std::vector<std::string>{"Bury"});
  EXPECT_EQ(f.places.team_locality, std::vector<std::int32_t>{0});
  EXPECT_EQ(f.places.team_names, std::vector<std::string>{"Bury"});
}

TEST(FactsBuilderTest, AnEpisodesExitIsPlannedAsIsPlannedTransitionSays) {
  FactsBuilder b = Bury();
  Episode open{
      .id = "e-1", .person_id = "p-1", .team_id = "team-bury", .started_on = D(2026, 1, 6)};
  Episode goals_met = open;
  goals_met.id = "e-2";
  goals_met.ending = EpisodeEnd{.reason = EpisodeEnding::kGoalsMet, .ended_on = D(2026, 3, 30)};
  Episode stopped = open;
  stopped.id = "e-3";
  stopped.ending = EpisodeEnd{.reason = EpisodeEnding::kStoppedEngaging, .ended_on = D(2026, 2, 2)};
  for (const Episode& e : {open, goals_met, stopped}) ASSERT_TRUE(b.AddEpisode(e));
  const Facts f = b.Finish();
  EXPECT_EQ(f.episodes.started,
            (std::vector<std::int32_t>{Day(2026, 1, 6), Day(2026, 1, 6), Day(2026, 1, 6)}));
  EXPECT_EQ(f.episodes.ended,
            (std::vector<std::int32_t>{kNoDay, Day(2026, 3, 30), Day(2026, 2, 2)}));
  EXPECT_EQ(f.episodes.planned, (std::vector<std::uint8_t>{0, 1, 0}));
}

TEST(FactsBuilderTest, AWarmIntroductionLandsOnTheDayOfItsStepToMet) {
  FactsBuilder b = Bury();
  WarmIntroduction met{.id = "w-1", .team_id = "team-bury"};
  met.made_at = LondonToUtc(D(2026, 2, 2), 10, 0);
  met.state = WarmState::kMet;
  met.steps = {{.to = WarmState::kInTouch, .at = LondonToUtc(D(2026, 2, 5), 9, 0)},
               {.to = WarmState::kMet, .at = LondonToUtc(D(2026, 2, 12), 14, 0)}};
  WarmIntroduction in_touch = met;
  in_touch.id = "w-2";
  in_touch.state = WarmState::kInTouch;
  in_touch.steps.pop_back();
  ASSERT_TRUE(b.AddWarmIntroduction(met));
  ASSERT_TRUE(b.AddWarmIntroduction(in_touch));
  EXPECT_FALSE(b.AddWarmIntroduction({.id = "w-9", .team_id = "team-nowhere"}));
  const Facts f = b.Finish();
  EXPECT_EQ(f.warm.made, (std::vector<std::int32_t>{Day(2026, 2, 2), Day(2026, 2, 2)}));
  EXPECT_EQ(f.warm.landed, (std::vector<std::int32_t>{Day(2026, 2, 12), kNoDay}));
}

TEST(FactsBuilderTest, RecordsOfUnknownTeamsAndPlacesTwiceAreRefused) {
  FactsBuilder b = Bury();
  Status unknown = b.AddIntroduction({.id = "i-9", .team_id = "team-nowhere"});
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().message, "i-9 belongs to team team-nowhere, which was not added");
  EXPECT_FALSE(b.AddEpisode({.id = "e-9", .team_id = "team-nowhere", .started_on = D(2026, 1, 6)}));
  EXPECT_FALSE(b.AddLocality({.id = "loc-bury", .name = "Bury again"}));
  EXPECT_FALSE(b.AddTeam({.id = "team-bury", .locality_id = "loc-bury"}));
  EXPECT_FALSE(b.AddTeam({.id = "team-x", .locality_id = "loc-nowhere"}));
  // Nothing refused was kept.
  const Facts f = b.Finish();
  EXPECT_EQ(f.introductions.size(), 0u);
  EXPECT_EQ(f.episodes.size(), 0u);
  EXPECT_EQ(f.places.team_ids.size(), 1u);
  // Finish leaves the builder empty.
  EXPECT_TRUE(b.AddLocality({.id = "loc-bury", .name = "Bury"}));
}

}  // namespace
}  // namespace facts_test
}  // namespace lw::evaluation

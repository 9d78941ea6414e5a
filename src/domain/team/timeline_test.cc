#include "domain/team/timeline.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/team/test_support.h"

namespace lw {
namespace timeline_test {
namespace {

// Declarations, not a using-directive: in a unity batch a directive would
// make team_test::Day as ambiguous as another file's Day.
using team_test::Day;
using team_test::Ended;

Timestamp At(Date day, int hour) { return Timestamp(day.ToSysDays()) + std::chrono::hours(hour); }

std::vector<std::string> Kinds(const std::vector<TimelineEntry>& entries) {
  std::vector<std::string> out;
  for (const TimelineEntry& e : entries) out.push_back(e.kind);
  return out;
}

TEST(TimelineTest, EverythingAcrossEpisodesNewestFirst) {
  Episode first = Ended();  // started 2 March, ended 29 May
  Contact call{.id = "c-1",
               .version = 1,
               .occurred_at = At(Day(2026, 4, 1), 10),
               .duration_minutes = 30,
               .staff = {{"u-sam", "org-1"}, {"u-ola", "org-2"}, {"u-kit", "org-1"}},
               .people = {{.person_id = "p-1", .episode_id = first.id}},
               .mode = ContactMode::kPhone,
               .note = "Talked about sleep"};
  Contact someone_else = call;
  someone_else.id = "c-2";
  someone_else.people = {{.person_id = "p-9"}};
  Concern worry{.id = "k-1",
                .version = 1,
                .team_id = "team-hyde",
                .person_id = "p-1",
                .raised_by_user_id = "u-peer",
                .raised_at = At(Day(2026, 5, 1), 9),
                .text = "Sounded low"};
  worry.status = ConcernStatus::kResolved;
  worry.resolution = ConcernResolution{At(Day(2026, 5, 2), 9), "u-sam", "Visited; safe"};

  std::vector<Episode> episodes = {first};
  std::vector<Contact> contacts = {call, someone_else};
  std::vector<Concern> concerns = {worry};
  auto timeline = BuildTimeline(
      {.person_id = "p-1", .episodes = episodes, .contacts = contacts, .concerns = concerns});

  EXPECT_EQ(Kinds(timeline), (std::vector<std::string>{"ending", "concern-resolved", "concern",
                                                       "contact", "episode-opened"}));
  EXPECT_EQ(timeline[0].title,
            "Episode 1 ended: " + std::string(EpisodeEndingDisplayName(first.ending->reason)));
  EXPECT_EQ(timeline[3].title, "Phone call \u2014 Attended");
  EXPECT_EQ(timeline[3].detail, "30 minutes. Talked about sleep");
  EXPECT_EQ(timeline[3].episode_id, first.id);
  EXPECT_EQ(timeline[3].by_user_id, "u-sam");
  EXPECT_EQ(timeline[3].with_user_ids, (std::vector<std::string>{"u-ola", "u-kit"}));
  EXPECT_TRUE(timeline[4].with_user_ids.empty());
  EXPECT_EQ(timeline[4].title, "Episode 1 opened");
  for (std::size_t i = 1; i < timeline.size(); ++i) {
    EXPECT_GE(timeline[i - 1].at, timeline[i].at);
  }
}

TEST(TimelineTest, ThePersonsWordsAtTheEndAreKept) {
  Episode e = Ended();
  e.ending->persons_words = "I know who to call now";
  std::vector<Episode> episodes = {e};
  auto timeline = BuildTimeline({.person_id = "p-1", .episodes = episodes});
  ASSERT_FALSE(timeline.empty());
  EXPECT_NE(timeline[0].detail.find("I know who to call now"), std::string::npos);
}

TEST(TimelineTest, WarmIntroductionsAndUnmetNeedsAreOnIt) {
  WarmIntroduction w{.id = "w-1",
                     .version = 4,
                     .team_id = "team-hyde",
                     .person_id = "p-1",
                     .episode_id = "e-1",
                     .service_name = "Hyde Debt Advice",
                     .made_by_user_id = "u-sam",
                     .made_at = At(Day(2026, 4, 1), 10),
                     .way = WarmWay::kJointVisit,
                     .joint_on = Day(2026, 4, 3)};
  w.state = WarmState::kMet;
  w.steps = {{.to = WarmState::kInTouch,
              .at = At(Day(2026, 4, 2), 9),
              .by_user_id = "u-partner",
              .side = WarmSide::kService,
              .note = "Phoned them"},
             {.to = WarmState::kMet,
              .at = At(Day(2026, 4, 3), 11),
              .by_user_id = "u-sam",
              .side = WarmSide::kTeam,
              .note = "Went together"}};
  w.person_view = PersonView{.feeling = PersonFeeling::kWentWell,
                             .words = "They listened",
                             .recorded_at = At(Day(2026, 4, 10), 15),
                             .recorded_by_user_id = "u-sam"};
  UnmetNeed housing{.id = "n-1",
                    .person_id = "p-1",
                    .need = directory::Need::kHousing,
                    .reason = GapReason::kLongWait,
                    .words = "Somewhere safe",
                    .offered_wait_days = 90,
                    .noted_on = Day(2026, 4, 5),
                    .noted_by_user_id = "u-sam"};
  UnmetNeed mistake = housing;
  mistake.id = "n-2";
  mistake.in_error = true;
  std::vector<WarmIntroduction> warm = {w};
  std::vector<UnmetNeed> needs = {housing, mistake};
  auto timeline =
      BuildTimeline({.person_id = "p-1", .warm_introductions = warm, .unmet_needs = needs});

  EXPECT_EQ(Kinds(timeline), (std::vector<std::string>{"warm-view", "unmet-need", "warm-step",
                                                       "warm-step", "warm-introduction"}))
      << "one noted in error is left off";
  EXPECT_EQ(timeline[4].title, "Warm introduction to Hyde Debt Advice");
  EXPECT_EQ(timeline[4].detail, std::string(WarmWayDisplayName(WarmWay::kJointVisit)) + ", " +
                                    Day(2026, 4, 3).ToDisplay());
  EXPECT_EQ(timeline[4].by_user_id, "u-sam");
  EXPECT_EQ(timeline[4].episode_id, "e-1");
  EXPECT_EQ(timeline[3].title,
            "Hyde Debt Advice: " + std::string(WarmStateDisplayName(WarmState::kInTouch)));
  EXPECT_EQ(timeline[3].detail, "Recorded by the service. Phoned them");
  EXPECT_EQ(timeline[3].by_user_id, "") << "the partner's people are not named as the team's";
  EXPECT_EQ(timeline[2].by_user_id, "u-sam");
  EXPECT_EQ(timeline[1].title,
            "Unmet need: " + std::string(directory::NeedDisplayName(directory::Need::kHousing)));
  EXPECT_EQ(timeline[1].detail, std::string(GapReasonDisplayName(GapReason::kLongWait)) +
                                    " (shortest wait 90 days) \u2014 In their words: "
                                    "\u201cSomewhere safe\u201d");
  EXPECT_EQ(timeline[0].title, "Hyde Debt Advice, in their view: " +
                                   std::string(PersonFeelingDisplayName(PersonFeeling::kWentWell)));
  EXPECT_EQ(timeline[0].detail, "\u201cThey listened\u201d");
}

TEST(TimelineTest, NothingRecordedIsAnEmptyTimeline) {
  EXPECT_TRUE(BuildTimeline({.person_id = "p-1"}).empty());
}

}  // namespace
}  // namespace timeline_test
}  // namespace lw

#include <gtest/gtest.h>

#include "storage/records/record_test_support.h"
#include "storage/records/team_records.h"

namespace lw::records {
namespace episode_record_test {
namespace {

using testing::D;
using testing::kAwkward;
using testing::Replace;

Episode Everything() {
  return Episode{
      .id = "ep-1",
      .version = 7,
      .ordinal = 2,
      .person_id = "p-1",
      .team_id = "team-hyde",
      .introduction_id = "i-9",
      .keyworker_user_id = "u-3",
      .keyworker_history =
          {{.user_id = "u-2", .from = D(2026, 1, 5), .to = D(2026, 2, 2), .reason = ""},
           {.user_id = "u-3",
            .from = D(2026, 2, 2),
            .to = D(2026, 3, 2),
            .reason = std::string(kAwkward)}},
      .started_on = D(2026, 1, 5),
      .rhythm = {.review_every_weeks = 12, .time_limit_weeks = 12, .session_guide = 10},
      .last_review_on = D(2026, 2, 20),
      .reviews = {{.on = D(2026, 2, 1), .by_user_id = "u-2", .note = "Going well"},
                  {.on = D(2026, 2, 20), .by_user_id = "u-3", .note = std::string(kAwkward)}},
      .planned_end_on = D(2026, 4, 1),
      .intensity = Intensity::kIntensive,
      .status = EpisodeStatus::kEnded,
      .ending = EpisodeEnd{.reason = EpisodeEnding::kMovingOn,
                           .persons_words = "\"I feel ready\"\nThanks all",
                           .moving_on_to = "Tameside Carers Centre",
                           .other_reason = "",
                           .ended_on = D(2026, 3, 2),
                           .ended_by_user_id = "u-3"},
  };
}

Episode Bare() {
  return Episode{.id = "ep-2",
                 .version = 1,
                 .ordinal = 1,
                 .person_id = "p-2",
                 .team_id = "team-hyde",
                 .introduction_id = std::nullopt,
                 .keyworker_user_id = "u-1",
                 .keyworker_history = {{.user_id = "u-1", .from = D(2026, 1, 5)}},
                 .started_on = D(2026, 1, 5),
                 .rhythm = {},
                 .last_review_on = std::nullopt,
                 .reviews = {},
                 .planned_end_on = std::nullopt,
                 .intensity = Intensity::kLight,
                 .status = EpisodeStatus::kActive,
                 .ending = std::nullopt};
}

TEST(EpisodeRecordTest, EveryFieldRoundTrips) {
  const Episode e = Everything();
  auto back = Codec<Episode>::Decode(Codec<Episode>::Encode(e));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, e);
}

TEST(EpisodeRecordTest, EmptyOptionalsRoundTrip) {
  const Episode e = Bare();
  auto back = Codec<Episode>::Decode(Codec<Episode>::Encode(e));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, e);
  EXPECT_FALSE(back->introduction_id.has_value());
  EXPECT_FALSE(back->keyworker_history[0].to.has_value());
  EXPECT_FALSE(back->rhythm.review_every_weeks.has_value());
  EXPECT_FALSE(back->ending.has_value());
}

TEST(EpisodeRecordTest, IndexIsTeamKeyworkerStartAndPerson) {
  EXPECT_EQ(Codec<Episode>::kKind, RecordKind::kEpisode);
  Episode active = Bare();
  EXPECT_EQ(Codec<Episode>::Index(active),
            (RecordIndex{.team_id = "team-hyde",
                         .owner_id = "u-1",
                         .open = true,
                         .sort_key = 20'458,  // 2026-01-05 in days since 1970-01-01
                         .links = {{.person_id = "p-2", .flag = true}}}));
  EXPECT_EQ(Codec<Episode>::Index(Everything()),
            (RecordIndex{.team_id = "team-hyde",
                         .owner_id = "u-3",
                         .open = false,
                         .sort_key = 20'458,
                         .links = {{.person_id = "p-1", .flag = true}}}));
}

TEST(EpisodeRecordTest, IdAndVersionAreTheEpisodes) {
  Episode e = Bare();
  EXPECT_EQ(&Codec<Episode>::Id(e), &e.id);
  Codec<Episode>::SetVersion(e, 5);
  EXPECT_EQ(Codec<Episode>::Version(e), 5);
  EXPECT_EQ(e.version, 5);
}

TEST(EpisodeRecordTest, ABodyThisBuildCannotReadIsAnInternalError) {
  testing::ExpectGarbageUnreadable<Episode>("id");
  const std::string text = Codec<Episode>::Encode(Everything());
  testing::ExpectUnreadable<Episode>(Replace(text, "\"ended\"", "\"paused\""), "status");
  testing::ExpectUnreadable<Episode>(Replace(text, "\"intensive\"", "\"extreme\""), "intensity");
  testing::ExpectUnreadable<Episode>(Replace(text, "\"moving-on\"", "\"vanished\""),
                                     "ending.reason");
  testing::ExpectUnreadable<Episode>(
      Replace(text, "\"started_on\":\"2026-01-05\"", "\"started_on\":\"5 Jan\""), "started_on");
  testing::ExpectUnreadable<Episode>(Replace(text, "\"ordinal\":2", "\"ordinal\":\"2\""),
                                     "'ordinal' has the wrong type");
  testing::ExpectUnreadable<Episode>(Replace(text, "\"user\":\"u-3\"", "\"who\":\"u-3\""),
                                     "missing 'keyworker_history[1].user'");
}

TEST(EpisodeRecordTest, AnEpisodeWrittenBeforeIntensityReadsAsRegular) {
  Episode e = Bare();
  std::string text = Replace(Codec<Episode>::Encode(e), "\"intensity\":\"light\",", "");
  auto back = Codec<Episode>::Decode(text);
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(back->intensity, Intensity::kRegular);
}

TEST(EpisodeRecordTest, StoredMemberNamesArePinned) {
  const std::string text = Codec<Episode>::Encode(Everything());
  for (std::string_view pinned :
       {"\"id\":\"ep-1\"", "\"version\":7", "\"ordinal\":2", "\"person_id\":\"p-1\"",
        "\"keyworker\":\"u-3\"", "\"started_on\":\"2026-01-05\"", "\"review_every_weeks\":12",
        "\"intensity\":\"intensive\"", "\"status\":\"ended\"", "\"reason\":\"moving-on\"",
        "\"ended_on\":\"2026-03-02\"", "\"introduction_id\":\"i-9\""}) {
    EXPECT_NE(text.find(pinned), std::string::npos) << pinned << " not in " << text;
  }
}

}  // namespace
}  // namespace episode_record_test
}  // namespace lw::records

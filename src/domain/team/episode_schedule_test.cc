#include "domain/team/episode_schedule.h"

#include <gtest/gtest.h>

#include "domain/team/test_support.h"

namespace lw {
namespace episode_schedule_test {
namespace {

using namespace team_test;

// Support starts on Monday 2 March 2026 (test_support.h); twelve weeks
// later is Monday 25 May 2026.
Date TwelveWeeksIn() { return Day(2026, 5, 25); }

Episode Reviewed(const Episode& e, Date on) {
  auto r = RecordReview(e, {.on = on, .by_user_id = "u-sam"}, on);
  EXPECT_TRUE(r.has_value()) << r.error().message;
  return *r;
}

TEST(EpisodeScheduleTest, TamesideReviewIsDueAtTwelveWeeksThenEveryTwelve) {
  Episode e = Opened(TamesideRhythm());
  EXPECT_EQ(TimeLimitDate(e), TwelveWeeksIn());
  EXPECT_EQ(NextReviewDue(e), TwelveWeeksIn());
  EXPECT_FALSE(ReviewDueBy(e, Day(2026, 5, 24)));
  EXPECT_TRUE(ReviewDueBy(e, TwelveWeeksIn()));

  Episode reviewed = Reviewed(e, TwelveWeeksIn());
  EXPECT_EQ(NextReviewDue(reviewed), Day(2026, 8, 17));
  EXPECT_FALSE(ReviewDueBy(reviewed, Day(2026, 8, 16)));
}

TEST(EpisodeScheduleTest, AnEarlyReviewDoesNotPostponeTheTimeLimitReview) {
  Episode e = Reviewed(Opened(TamesideRhythm()), Day(2026, 5, 11));  // week 10
  EXPECT_EQ(NextReviewDue(e), TwelveWeeksIn());
}

TEST(EpisodeScheduleTest, ATimeLimitNeverEndsTheEpisode) {
  Episode e = Opened(TamesideRhythm());
  Date long_after = Day(2026, 11, 2);  // 35 weeks in
  EXPECT_TRUE(ReviewDueBy(e, long_after));
  EXPECT_EQ(e.status, EpisodeStatus::kActive);
  Episode reviewed = Reviewed(e, long_after);
  EXPECT_EQ(reviewed.status, EpisodeStatus::kActive);
  EXPECT_EQ(NextReviewDue(reviewed), Day(2027, 1, 25));
  EXPECT_EQ(WeeksSupported(reviewed, long_after), 35);
}

TEST(EpisodeScheduleTest, SalfordHasNoTimeLimitButReviewsEveryTwelveWeeks) {
  Episode e = Opened(SalfordRhythm());
  EXPECT_FALSE(TimeLimitDate(e).has_value());
  EXPECT_EQ(NextReviewDue(e), TwelveWeeksIn());
  Episode reviewed = Reviewed(e, Day(2026, 5, 20));
  EXPECT_EQ(NextReviewDue(reviewed), Day(2026, 8, 12));
}

TEST(EpisodeScheduleTest, EdinburghReviewsComeFromSessions) {
  Episode e = Opened(EdinburghRhythm());
  EXPECT_FALSE(NextReviewDue(e).has_value());
  EXPECT_FALSE(ReviewDueBy(e, Day(2027, 1, 1)));
  EXPECT_EQ(SessionsLeft(e, 0), 12);
  EXPECT_EQ(SessionsLeft(e, 11), 1);
  EXPECT_EQ(SessionsLeft(e, 12), 0);
  EXPECT_EQ(SessionsLeft(e, 15), 0);
  EXPECT_EQ(SessionsLeft(e, -1), 12);
  EXPECT_FALSE(SessionsLeft(Opened(TamesideRhythm()), 3).has_value());
}

TEST(EpisodeScheduleTest, ATimeLimitBeforeTheRhythmComesFirst) {
  Episode e = Opened({.review_every_weeks = 12, .time_limit_weeks = 8});
  EXPECT_EQ(NextReviewDue(e), Day(2026, 4, 27));
  EXPECT_EQ(NextReviewDue(Reviewed(e, Day(2026, 4, 27))), Day(2026, 7, 20));
}

TEST(EpisodeScheduleTest, ATimeLimitAloneMakesOneReviewDue) {
  Episode e = Opened({.time_limit_weeks = 6});
  EXPECT_EQ(NextReviewDue(e), Day(2026, 4, 13));
  EXPECT_EQ(NextReviewDue(Reviewed(e, Day(2026, 4, 6))), Day(2026, 4, 13));
  EXPECT_FALSE(NextReviewDue(Reviewed(e, Day(2026, 4, 14))).has_value());
}

TEST(EpisodeScheduleTest, NothingIsDueOnceEnded) {
  Episode e = Ended();
  EXPECT_FALSE(NextReviewDue(e).has_value());
  EXPECT_FALSE(ReviewDueBy(e, Day(2027, 1, 1)));
  EXPECT_EQ(TimeLimitDate(e), TwelveWeeksIn());
  auto edinburgh =
      EndEpisode(Opened(EdinburghRhythm()), EndingFor(EpisodeEnding::kCompleted), Today());
  ASSERT_TRUE(edinburgh.has_value());
  EXPECT_FALSE(SessionsLeft(*edinburgh, 0).has_value());
}

TEST(EpisodeScheduleTest, WeeksSupportedCountsCompletedWeeks) {
  Episode e = Opened();
  EXPECT_EQ(WeeksSupported(e, Start()), 0);
  EXPECT_EQ(WeeksSupported(e, Day(2026, 3, 8)), 0);
  EXPECT_EQ(WeeksSupported(e, Day(2026, 3, 9)), 1);
  EXPECT_EQ(WeeksSupported(e, TwelveWeeksIn()), 12);
  EXPECT_EQ(WeeksSupported(e, Day(2026, 2, 1)), 0);
  // Once ended, it stops counting at the end date (29 May 2026).
  EXPECT_EQ(WeeksSupported(Ended(), Day(2027, 1, 1)), 12);
}

}  // namespace
}  // namespace episode_schedule_test
}  // namespace lw

#include "domain/outcomes/goal.h"

#include <gtest/gtest.h>

#include "testing/field_errors.h"

namespace lw {
namespace goal_test {
namespace {

using ::lw::testing::Fields;

Date D(int y, int m, int d) { return *Date::FromYmd(y, m, d); }
Date Today() { return D(2026, 5, 20); }

GoalDraft Draft() {
  return GoalDraft{.id = "g-1",
                   .person_id = "p-1",
                   .team_id = "t-1",
                   .text = "  Get back to the allotment  ",
                   .life_area = "community-and-leisure",
                   .set_on = D(2026, 5, 1),
                   .first_rating = 2,
                   .entered_by = EnteredBy::kPerson};
}

Goal Set() { return *SetGoal(Draft(), DefaultLifeAreas(), Today()); }

TEST(GoalTest, StatusKeysRoundTrip) {
  for (GoalStatus s : kAllGoalStatuses) EXPECT_EQ(ParseGoalStatus(GoalStatusKey(s)), s);
  EXPECT_EQ(GoalStatusKey(GoalStatus::kSetAside), "set-aside");
  EXPECT_EQ(GoalStatusKey(GoalStatus::kCarriedForward), "carried-forward");
  EXPECT_EQ(GoalStatusDisplayName(GoalStatus::kCarriedForward), "Carried forward");
  EXPECT_FALSE(ParseGoalStatus("Active"));
}

TEST(GoalTest, SetGoalKeepsThePersonsWordsAndTheFirstRating) {
  Goal g = Set();
  EXPECT_EQ(g.text, "Get back to the allotment");
  EXPECT_EQ(g.version, 1);
  EXPECT_EQ(g.status, GoalStatus::kActive);
  ASSERT_EQ(g.ratings.size(), 1U);
  EXPECT_EQ(g.ratings[0],
            (GoalRating{.on = D(2026, 5, 1), .rating = 2, .entered_by = EnteredBy::kPerson}));
  GoalDraft none = Draft();
  none.first_rating.reset();
  EXPECT_TRUE(SetGoal(none, DefaultLifeAreas(), Today())->ratings.empty());
}

TEST(GoalTest, SetGoalRefusesBadInputFieldByField) {
  GoalDraft d = Draft();
  d.text = "   ";
  d.life_area = "astrology";
  d.set_on = D(2026, 5, 21);
  d.first_rating = 11;
  auto g = SetGoal(d, DefaultLifeAreas(), Today());
  ASSERT_FALSE(g);
  EXPECT_EQ(g.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(Fields(g), (std::vector<std::string>{"text", "life_area", "set_on", "rating"}));
  d = Draft();
  d.text = std::string(kMaxGoalText + 1, 'a');
  EXPECT_EQ(Fields(SetGoal(d, DefaultLifeAreas(), Today())), (std::vector<std::string>{"text"}));
  d.text = std::string(kMaxGoalText, 'a');
  EXPECT_TRUE(SetGoal(d, DefaultLifeAreas(), Today()));
  d.first_rating = -1;
  EXPECT_FALSE(SetGoal(d, DefaultLifeAreas(), Today()));
  d.first_rating = 0;
  EXPECT_TRUE(SetGoal(d, DefaultLifeAreas(), Today()));
}

TEST(GoalTest, RateGoalAddsADatedRating) {
  auto next = RateGoal(Set(), {.on = D(2026, 5, 20), .rating = 10, .note = "  "}, Today());
  ASSERT_TRUE(next) << next.error().message;
  EXPECT_EQ(next->version, 2);
  ASSERT_EQ(next->ratings.size(), 2U);
  EXPECT_EQ(next->ratings[1].rating, 10);
  EXPECT_FALSE(next->ratings[1].note);  // blank is none
}

TEST(GoalTest, RateGoalRefusesOutOfRangeFutureAndBeforeItWasSet) {
  const Goal g = Set();
  EXPECT_EQ(Fields(RateGoal(g, {.on = Today(), .rating = 11}, Today())),
            (std::vector<std::string>{"rating"}));
  EXPECT_EQ(Fields(RateGoal(g, {.on = Today(), .rating = -1}, Today())),
            (std::vector<std::string>{"rating"}));
  EXPECT_EQ(Fields(RateGoal(g, {.on = D(2026, 5, 21), .rating = 3}, Today())),
            (std::vector<std::string>{"on"}));
  EXPECT_EQ(Fields(RateGoal(g, {.on = D(2026, 4, 30), .rating = 3}, Today())),
            (std::vector<std::string>{"on"}));
  EXPECT_TRUE(RateGoal(g, {.on = D(2026, 5, 1), .rating = 3}, Today()));
}

TEST(GoalTest, StatusLifecycle) {
  const Goal g = Set();
  auto achieved = ChangeGoalStatus(g, GoalStatus::kAchieved, "Went twice a week");
  ASSERT_TRUE(achieved);
  EXPECT_EQ(achieved->version, 2);
  EXPECT_EQ(achieved->status_note, "Went twice a week");
  EXPECT_FALSE(achieved->IsOpen());
  // Final: no more ratings, no more changes.
  auto rated = RateGoal(*achieved, {.on = Today(), .rating = 5}, Today());
  ASSERT_FALSE(rated);
  EXPECT_EQ(rated.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(ChangeGoalStatus(*achieved, GoalStatus::kSetAside, "").error().code,
            ErrorCode::kFailedPrecondition);
  auto aside = ChangeGoalStatus(g, GoalStatus::kSetAside, "");
  ASSERT_TRUE(aside);
  EXPECT_FALSE(RateGoal(*aside, {.on = Today(), .rating = 5}, Today()));
  // Back to active is not a change a person makes.
  EXPECT_EQ(Fields(ChangeGoalStatus(g, GoalStatus::kActive, "")),
            (std::vector<std::string>{"status"}));
}

TEST(GoalTest, CarriedForwardStaysOpenAndRateable) {
  auto carried = ChangeGoalStatus(Set(), GoalStatus::kCarriedForward, "Into the next plan");
  ASSERT_TRUE(carried);
  EXPECT_TRUE(carried->IsOpen());
  auto rated = RateGoal(*carried, {.on = Today(), .rating = 6}, Today());
  ASSERT_TRUE(rated);
  EXPECT_EQ(rated->status, GoalStatus::kCarriedForward);
  EXPECT_TRUE(ChangeGoalStatus(*rated, GoalStatus::kAchieved, ""));
  EXPECT_EQ(ChangeGoalStatus(*rated, GoalStatus::kCarriedForward, "").error().code,
            ErrorCode::kFailedPrecondition);
}

}  // namespace
}  // namespace goal_test
}  // namespace lw

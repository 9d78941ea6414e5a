#include "domain/outcomes/wheel.h"

#include <gtest/gtest.h>

#include "testing/field_errors.h"

namespace lw {
namespace wheel_test {
namespace {

using ::lw::testing::Fields;
using ::lw::testing::MessageFor;

Date D(int y, int m, int d) { return *Date::FromYmd(y, m, d); }
Date Today() { return D(2026, 5, 20); }

WheelCheckIn CheckIn(std::vector<AreaRating> ratings) {
  return WheelCheckIn{.id = "w-1",
                      .person_id = "p-1",
                      .team_id = "t-1",
                      .on = Today(),
                      .entered_by = EnteredBy::kPerson,
                      .ratings = std::move(ratings),
                      .note = " first one "};
}

TEST(WheelTest, DefaultLifeAreasAreTheIssuesEight) {
  const auto areas = DefaultLifeAreas();
  std::vector<std::string> keys;
  keys.reserve(areas.size());
  for (const auto& a : areas) keys.push_back(a.key);
  EXPECT_EQ(keys, (std::vector<std::string>{"home", "money", "work-and-learning", "health",
                                            "relationships", "community-and-leisure",
                                            "mental-wellbeing", "personal-growth"}));
  EXPECT_EQ(areas[2].name, "Work and learning");
  EXPECT_TRUE(ValidateLifeAreas(areas));
}

TEST(WheelTest, ValidateLifeAreasNamesEachProblem) {
  std::vector<LifeArea> areas = {
      {"home", "Home"}, {"home", "Again"}, {"Bad Key", "x"}, {"faith", " "}};
  auto s = ValidateLifeAreas(areas);
  ASSERT_FALSE(s);
  EXPECT_EQ(Fields(s), (std::vector<std::string>{"life_areas[1].key", "life_areas[2].key",
                                                 "life_areas[3].name"}));
  EXPECT_FALSE(ValidateLifeAreas(std::vector<LifeArea>{}));
}

TEST(WheelTest, SkippedAreasAreNotStoredAndRatingsFollowTheAreasOrder) {
  auto c = ValidateCheckIn(CheckIn({{"health", 4}, {"home", 7}}), DefaultLifeAreas(), Today());
  ASSERT_TRUE(c) << c.error().message;
  EXPECT_EQ(c->ratings, (std::vector<AreaRating>{{"home", 7}, {"health", 4}}));
  EXPECT_EQ(c->note, "first one");
  EXPECT_EQ(RatingFor(*c, "home"), 7);
  EXPECT_EQ(RatingFor(*c, "money"), std::nullopt);
}

TEST(WheelTest, UnknownAreaAndOutOfRangeAreFieldErrorsNamingTheArea) {
  auto c = ValidateCheckIn(
      CheckIn({{"home", 0}, {"astrology", 5}, {"money", 11}, {"health", 10}, {"health", 1}}),
      DefaultLifeAreas(), Today());
  ASSERT_FALSE(c);
  EXPECT_EQ(c.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(Fields(c),
            (std::vector<std::string>{"area_home", "area_astrology", "area_money", "area_health"}));
  EXPECT_EQ(MessageFor(c, "area_home"), "Rate Home from 1 to 10");
  EXPECT_EQ(MessageFor(c, "area_astrology"), "'astrology' is not one of the life areas");
}

TEST(WheelTest, AtLeastOneAreaAndNotInTheFuture) {
  EXPECT_EQ(Fields(ValidateCheckIn(CheckIn({}), DefaultLifeAreas(), Today())),
            (std::vector<std::string>{"ratings"}));
  WheelCheckIn later = CheckIn({{"home", 1}});
  later.on = D(2026, 5, 21);
  EXPECT_EQ(Fields(ValidateCheckIn(later, DefaultLifeAreas(), Today())),
            (std::vector<std::string>{"on"}));
  // A locality's own areas.
  std::vector<LifeArea> own = {{"faith", "Faith"}};
  EXPECT_TRUE(ValidateCheckIn(CheckIn({{"faith", 10}}), own, Today()));
  EXPECT_FALSE(ValidateCheckIn(CheckIn({{"home", 10}}), own, Today()));
}

}  // namespace
}  // namespace wheel_test
}  // namespace lw

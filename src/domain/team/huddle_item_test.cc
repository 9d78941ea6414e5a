#include "domain/team/huddle_item.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace lw {
namespace huddle_item_test {
namespace {

Date Day(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

TEST(HuddleVocabularyTest, ItemKindKeysAreStableAndParseBack) {
  EXPECT_EQ(HuddleItemKindKey(HuddleItemKind::kNewIntroduction), "new-introduction");
  EXPECT_EQ(HuddleItemKindKey(HuddleItemKind::kWaitingPastTarget), "waiting-past-target");
  EXPECT_EQ(HuddleItemKindKey(HuddleItemKind::kConcern), "concern");
  EXPECT_EQ(HuddleItemKindKey(HuddleItemKind::kReviewDue), "review-due");
  EXPECT_EQ(HuddleItemKindKey(HuddleItemKind::kPlannedEndingDue), "planned-ending-due");
  EXPECT_EQ(HuddleItemKindKey(HuddleItemKind::kWarmIntroductionNotLanded),
            "warm-introduction-not-landed");
  EXPECT_EQ(HuddleItemKindKey(HuddleItemKind::kNotSeen), "not-seen");
  EXPECT_EQ(HuddleItemKindKey(HuddleItemKind::kCarriedOverDecision), "carried-over-decision");
  std::set<std::string_view> keys;
  for (HuddleItemKind k : kAllHuddleItemKinds) {
    EXPECT_EQ(ParseHuddleItemKind(HuddleItemKindKey(k)), k);
    EXPECT_FALSE(HuddleItemKindDisplayName(k).empty());
    keys.insert(HuddleItemKindKey(k));
  }
  EXPECT_EQ(keys.size(), kAllHuddleItemKinds.size());
  EXPECT_EQ(ParseHuddleItemKind("ticket"), std::nullopt);
}

TEST(HuddleVocabularyTest, SectionKeysAreStableAndParseBack) {
  EXPECT_EQ(HuddleSectionKey(HuddleSection::kNewIntroductions), "new-introductions");
  EXPECT_EQ(HuddleSectionKey(HuddleSection::kWaitingPastTarget), "waiting-past-target");
  EXPECT_EQ(HuddleSectionKey(HuddleSection::kConcerns), "concerns");
  EXPECT_EQ(HuddleSectionKey(HuddleSection::kDueThisWeek), "due-this-week");
  EXPECT_EQ(HuddleSectionKey(HuddleSection::kWarmIntroductions), "warm-introductions");
  EXPECT_EQ(HuddleSectionKey(HuddleSection::kNotSeen), "not-seen");
  EXPECT_EQ(HuddleSectionKey(HuddleSection::kCarriedOver), "carried-over");
  EXPECT_EQ(HuddleSectionTitle(HuddleSection::kDueThisWeek),
            "Reviews and planned endings due this week");
  for (HuddleSection s : kAllHuddleSections) {
    EXPECT_EQ(ParseHuddleSection(HuddleSectionKey(s)), s);
    EXPECT_FALSE(HuddleSectionTitle(s).empty());
  }
  EXPECT_EQ(ParseHuddleSection("Concerns"), std::nullopt);
}

// 9 March 2026 is a Monday; 15 March the Sunday after it.
TEST(HuddleWeekTest, TheWeekEndsOnTheComingSunday) {
  EXPECT_EQ(WeekEndsOn(Day(2026, 3, 9)), Day(2026, 3, 15));   // Monday
  EXPECT_EQ(WeekEndsOn(Day(2026, 3, 11)), Day(2026, 3, 15));  // Wednesday
  EXPECT_EQ(WeekEndsOn(Day(2026, 3, 14)), Day(2026, 3, 15));  // Saturday
  EXPECT_EQ(WeekEndsOn(Day(2026, 3, 15)), Day(2026, 3, 15));  // Sunday: only today
  EXPECT_EQ(WeekEndsOn(Day(2026, 3, 16)), Day(2026, 3, 22));  // Monday again
}

TEST(HuddleWeekTest, TheWeekCrossesMonthAndYearEnds) {
  EXPECT_EQ(WeekEndsOn(Day(2026, 2, 26)), Day(2026, 3, 1));   // Thursday
  EXPECT_EQ(WeekEndsOn(Day(2026, 12, 29)), Day(2027, 1, 3));  // Tuesday
  EXPECT_EQ(WeekEndsOn(Day(2028, 2, 28)), Day(2028, 3, 5));   // leap-year Monday
}

TEST(HuddleWeekTest, DayDisplayNamesTheWeekday) {
  EXPECT_EQ(DayDisplay(Day(2026, 3, 9)), "Monday 9 March 2026");
  EXPECT_EQ(DayDisplay(Day(2026, 3, 15)), "Sunday 15 March 2026");
  EXPECT_EQ(DayDisplay(Day(2026, 3, 14)), "Saturday 14 March 2026");
}

TEST(HuddleItemTest, DiscussedOnceADecisionIsListed) {
  HuddleItem item;
  EXPECT_FALSE(item.Discussed());
  auto d = RecordTeamDecision({.team_id = "team-a",
                               .huddle_on = Day(2026, 3, 9),
                               .about = {.kind = DecisionSubjectKind::kConcern, .id = "c-1"},
                               .person_id = "p-1",
                               .what = "Ring him today",
                               .who_does_it = "u-peer",
                               .by_when = Day(2026, 3, 9),
                               .present = {"u-peer", "u-lead"},
                               .recorded_by = "u-lead",
                               .recorded_at = StartOfLondonDay(Day(2026, 3, 9))});
  ASSERT_TRUE(d.has_value());
  item.decisions.push_back(*d);
  EXPECT_TRUE(item.Discussed());
}

}  // namespace
}  // namespace huddle_item_test
}  // namespace lw

#include "domain/directory/opening_hours.h"

#include <gtest/gtest.h>

#include <chrono>
#include <vector>

#include "base/dates.h"

namespace lw::directory {
namespace opening_hours_test {
namespace {

constexpr int kMon = 0, kTue = 1, kWed = 2, kSat = 5, kSun = 6;

int At(int hour, int minute = 0) { return hour * 60 + minute; }

Timestamp Utc(int y, unsigned mo, unsigned d, int h, int mi = 0) {
  using namespace std::chrono;
  return sys_days{year{y} / month{mo} / day{d}} + hours{h} + minutes{mi};
}

// Tuesday and Wednesday 10am-4pm; a Sunday late shift 10pm into Monday 2am.
std::vector<WeeklyOpening> Hours() {
  return {{kTue, At(10), At(16)},
          {kWed, At(10), At(16)},
          {kSun, At(22), kMinutesPerDay},
          {kMon, 0, At(2)}};
}

TEST(OpeningHoursTest, OpenWithinAnOpeningAndClosedAtItsEnd) {
  const auto h = Hours();
  EXPECT_FALSE(IsOpenAt(h, kTue, At(9, 59)));
  EXPECT_TRUE(IsOpenAt(h, kTue, At(10)));
  EXPECT_TRUE(IsOpenAt(h, kTue, At(15, 59)));
  EXPECT_FALSE(IsOpenAt(h, kTue, At(16)));
  EXPECT_FALSE(IsOpenAt(h, kSat, At(12)));
  EXPECT_EQ(ClosesAt(h, kTue, At(11)), (WeekTime{kTue, At(16)}));
  EXPECT_EQ(ClosesAt(h, kSat, At(11)), std::nullopt);
}

TEST(OpeningHoursTest, SundayNightRunsIntoMondayMorning) {
  const auto h = Hours();
  EXPECT_TRUE(IsOpenAt(h, kSun, At(23, 30)));
  EXPECT_TRUE(IsOpenAt(h, kMon, At(0)));
  EXPECT_TRUE(IsOpenAt(h, kMon, At(1, 59)));
  EXPECT_FALSE(IsOpenAt(h, kMon, At(2)));
  EXPECT_EQ(ClosesAt(h, kSun, At(23)), (WeekTime{kMon, At(2)}));
  EXPECT_EQ(DescribeOpening(h, kSun, At(23)), "Open now until 2am tomorrow");
  EXPECT_EQ(DescribeOpening(h, kMon, At(1)), "Open now until 2am");
}

TEST(OpeningHoursTest, NextOpeningWrapsRoundTheWeek) {
  const auto h = Hours();
  EXPECT_EQ(NextOpening(h, kMon, At(9)), (WeekTime{kTue, At(10)}));
  EXPECT_EQ(NextOpening(h, kTue, At(8)), (WeekTime{kTue, At(10)}));
  EXPECT_EQ(NextOpening(h, kWed, At(17)), (WeekTime{kSun, At(22)}));
  EXPECT_EQ(NextOpening(h, kTue, At(11)), std::nullopt);  // open now
  const std::vector<WeeklyOpening> only_tuesday = {{kTue, At(10), At(16)}};
  EXPECT_EQ(NextOpening(only_tuesday, kTue, At(17)), (WeekTime{kTue, At(10)}));
  EXPECT_EQ(DescribeOpening(only_tuesday, kTue, At(17)), "Opens Tuesday 10am");
  EXPECT_EQ(NextOpening({}, kTue, At(17)), std::nullopt);
}

TEST(OpeningHoursTest, DescribesForAPerson) {
  const auto h = Hours();
  EXPECT_EQ(DescribeOpening(h, kTue, At(12)), "Open now until 4pm");
  EXPECT_EQ(DescribeOpening(h, kTue, At(8)), "Opens 10am today");
  EXPECT_EQ(DescribeOpening(h, kMon, At(9)), "Opens tomorrow 10am");
  EXPECT_EQ(DescribeOpening(h, kWed, At(17)), "Opens Sunday 10pm");
  EXPECT_EQ(DescribeOpening({}, kWed, At(17)), std::nullopt);
  const std::vector<WeeklyOpening> evening = {{kSat, At(18), kMinutesPerDay}};
  EXPECT_EQ(DescribeOpening(evening, kSat, At(19)), "Open now until midnight");
  const std::vector<WeeklyOpening> overnight = {
      {kSat, At(18), kMinutesPerDay}, {kSun, 0, kMinutesPerDay}, {kMon, 0, At(9)}};
  EXPECT_EQ(DescribeOpening(overnight, kSat, At(19)), "Open now until Monday 9am");
}

TEST(OpeningHoursTest, OpenRoundTheClockNeverCloses) {
  std::vector<WeeklyOpening> always;
  always.reserve(7);
  for (int d = 0; d < 7; ++d) always.push_back({d, 0, kMinutesPerDay});
  EXPECT_TRUE(IsOpenAt(always, kWed, At(3)));
  EXPECT_EQ(ClosesAt(always, kWed, At(3)), std::nullopt);
  EXPECT_EQ(DescribeOpening(always, kWed, At(3)), "Open all week");
}

TEST(OpeningHoursTest, BadInputIsClosedNeverACrash) {
  const std::vector<WeeklyOpening> bad = {
      {9, At(10), At(12)}, {kTue, At(12), At(10)}, {kTue, -5, At(1)}, {kTue, At(20), 2000}};
  for (int m : {At(0), At(11), At(21)}) EXPECT_FALSE(IsOpenAt(bad, kTue, m));
  EXPECT_FALSE(IsOpenAt(Hours(), 7, At(11)));
  EXPECT_FALSE(IsOpenAt(Hours(), kTue, -1));
  EXPECT_FALSE(IsOpenAt(Hours(), kTue, kMinutesPerDay));
  EXPECT_EQ(NextOpening(bad, kTue, At(9)), std::nullopt);
  EXPECT_EQ(DescribeOpening(Hours(), -1, 0), std::nullopt);
}

TEST(OpeningHoursTest, FormatsClockTimesTheGovUkWay) {
  EXPECT_EQ(FormatClockTime(0), "midnight");
  EXPECT_EQ(FormatClockTime(kMinutesPerDay), "midnight");
  EXPECT_EQ(FormatClockTime(At(12)), "midday");
  EXPECT_EQ(FormatClockTime(At(16)), "4pm");
  EXPECT_EQ(FormatClockTime(At(10, 30)), "10:30am");
  EXPECT_EQ(FormatClockTime(At(0, 5)), "12:05am");
  EXPECT_EQ(FormatClockTime(At(12, 45)), "12:45pm");
  EXPECT_EQ(WeekdayName(kTue), "Tuesday");
  EXPECT_EQ(WeekdayName(7), "");
}

TEST(LondonWeekTimeTest, WinterIsUtc) {
  // Monday 23 November 2026, 14:05 UTC = 14:05 GMT.
  EXPECT_EQ(LondonWeekTime(Utc(2026, 11, 23, 14, 5)), (WeekTime{kMon, At(14, 5)}));
}

TEST(LondonWeekTimeTest, SummerIsAnHourAhead) {
  // Sunday 5 July 2026, 23:30 UTC is Monday 00:30 BST.
  EXPECT_EQ(LondonWeekTime(Utc(2026, 7, 5, 23, 30)), (WeekTime{kMon, At(0, 30)}));
}

TEST(LondonWeekTimeTest, FollowsTheClocksChangingInMarchAndOctober) {
  // Sunday 29 March 2026: clocks go forward at 01:00 UTC.
  EXPECT_EQ(LondonWeekTime(Utc(2026, 3, 29, 0, 59)), (WeekTime{kSun, At(0, 59)}));
  EXPECT_EQ(LondonWeekTime(Utc(2026, 3, 29, 1, 0)), (WeekTime{kSun, At(2, 0)}));
  // Sunday 25 October 2026: back at 01:00 UTC (02:00 BST becomes 01:00 GMT).
  EXPECT_EQ(LondonWeekTime(Utc(2026, 10, 25, 0, 59)), (WeekTime{kSun, At(1, 59)}));
  EXPECT_EQ(LondonWeekTime(Utc(2026, 10, 25, 1, 0)), (WeekTime{kSun, At(1, 0)}));
  // A service open 9am-5pm on Monday 30 March (BST) is open at 08:30 UTC.
  const std::vector<WeeklyOpening> monday = {{kMon, At(9), At(17)}};
  const WeekTime t = LondonWeekTime(Utc(2026, 3, 30, 8, 30));
  EXPECT_TRUE(IsOpenAt(monday, t.weekday, t.minute));
  const WeekTime winter = LondonWeekTime(Utc(2026, 11, 23, 8, 30));
  EXPECT_FALSE(IsOpenAt(monday, winter.weekday, winter.minute));
}

TEST(OpeningHoursTest, WeekdaysParseFromByDayCodesAndNames) {
  EXPECT_EQ(ParseWeekday("MO"), kMon);
  EXPECT_EQ(ParseWeekday("su"), kSun);
  EXPECT_EQ(ParseWeekday("Tuesday"), kTue);
  EXPECT_EQ(ParseWeekday("SATURDAY"), kSat);
  for (const char* bad : {"", "M", "Mon", "Mondays", "XX", "0", "funday"}) {
    EXPECT_EQ(ParseWeekday(bad), std::nullopt) << bad;
  }
  for (int d = 0; d < 7; ++d) EXPECT_EQ(ParseWeekday(ByDayCode(d)), d);
  EXPECT_EQ(ByDayCode(7), "");
}

TEST(OpeningHoursTest, ClockTimesParseWithOrWithoutSeconds) {
  EXPECT_EQ(ParseClockTime("09:30"), At(9, 30));
  EXPECT_EQ(ParseClockTime("17:05:00"), At(17, 5));
  EXPECT_EQ(ParseClockTime("00:00"), 0);
  EXPECT_EQ(ParseClockTime("24:00"), kMinutesPerDay);
  EXPECT_EQ(ParseClockTime("24:00:00"), kMinutesPerDay);
  for (const char* bad :
       {"", "9:30", "09:60", "24:01", "25:00", "09:30:60", "09-30", "9am", "09:30:0", "24:00:01"}) {
    EXPECT_EQ(ParseClockTime(bad), std::nullopt) << bad;
  }
}

TEST(OpeningHoursTest, OpeningWithinMatchesDayAndBothBounds) {
  const std::vector<WeeklyOpening> week = {{kMon, At(9), At(17)}, {kSat, At(10), At(12)}};
  EXPECT_TRUE(HasOpeningWithin(week, std::nullopt, std::nullopt, std::nullopt));
  EXPECT_TRUE(HasOpeningWithin(week, kMon, std::nullopt, std::nullopt));
  EXPECT_FALSE(HasOpeningWithin(week, kTue, std::nullopt, std::nullopt));
  EXPECT_TRUE(HasOpeningWithin(week, std::nullopt, At(8), At(18)));
  EXPECT_TRUE(HasOpeningWithin(week, std::nullopt, At(9), At(17))) << "bounds are inclusive";
  EXPECT_FALSE(HasOpeningWithin(week, kMon, At(10), std::nullopt)) << "Monday opens at 9";
  EXPECT_TRUE(HasOpeningWithin(week, std::nullopt, At(10), std::nullopt)) << "Saturday at 10";
  EXPECT_FALSE(HasOpeningWithin(week, kSat, std::nullopt, At(11)));
  EXPECT_FALSE(HasOpeningWithin({}, std::nullopt, std::nullopt, std::nullopt))
      << "no openings: no match";
  EXPECT_FALSE(HasOpeningWithin({{kMon, At(17), At(9)}}, kMon, std::nullopt, std::nullopt))
      << "an invalid opening is ignored";
}

}  // namespace
}  // namespace opening_hours_test
}  // namespace lw::directory

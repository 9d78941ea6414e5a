#include "base/dates.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace lw {
namespace dates_test {
namespace {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

Date D(int y, int m, int d) {
  auto r = Date::FromYmd(y, m, d);
  EXPECT_TRUE(r.has_value()) << y << "-" << m << "-" << d;
  return *r;
}

Timestamp Utc(int y, unsigned mo, unsigned d, int h = 0, int mi = 0, int s = 0, long us = 0) {
  using namespace std::chrono;
  return sys_days{year{y} / month{mo} / day{d}} + hours{h} + minutes{mi} + seconds{s} + Micros{us};
}

constexpr Micros kOneMicro{1};

// --- Parse and FromYmd

TEST(DateParseTest, AcceptsIsoDates) {
  auto d = Date::Parse("2026-03-09");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->year(), 2026);
  EXPECT_EQ(d->month(), 3);
  EXPECT_EQ(d->day(), 9);
}

TEST(DateParseTest, AcceptsLeapDayInLeapYear) {
  EXPECT_TRUE(Date::Parse("2024-02-29").has_value());
  EXPECT_TRUE(Date::Parse("2000-02-29").has_value());  // divisible by 400
}

TEST(DateParseTest, RejectsDatesThatDoNotExist) {
  for (const char* s :
       {"2026-02-31", "2023-02-29", "1900-02-29", "2100-02-29", "2026-04-31", "2026-06-31",
        "2026-13-01", "2026-00-10", "2026-01-00", "2026-01-32", "2026-99-99"}) {
    auto d = Date::Parse(s);
    ASSERT_FALSE(d.has_value()) << s;
    EXPECT_EQ(d.error().code, ErrorCode::kInvalidArgument) << s;
    EXPECT_FALSE(d.error().message.empty()) << s;
  }
}

TEST(DateParseTest, RejectsOtherShapes) {
  for (const char* s :
       {"", "2024-1-01", "2024-01-1", "24-01-01", "2024-01-011", "2024/01/01", "20240101",
        "abcd-ef-gh", "2024-0a-01", "2024-01-0x", "+024-01-01", "-024-01-01", "2024--1-01",
        " 2024-01-01", "2024-01-01 ", "2024-01-01T00", "2024-+1-01", "2024- 1-01"}) {
    auto d = Date::Parse(s);
    ASSERT_FALSE(d.has_value()) << '"' << s << '"';
    EXPECT_EQ(d.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(d.error().message, "Date must be written as YYYY-MM-DD") << s;
  }
}

TEST(DateParseTest, YearBounds) {
  EXPECT_TRUE(Date::Parse("1900-01-01").has_value());
  EXPECT_TRUE(Date::Parse("2200-12-31").has_value());
  EXPECT_FALSE(Date::Parse("1899-12-31").has_value());
  EXPECT_FALSE(Date::Parse("2201-01-01").has_value());
  EXPECT_FALSE(Date::Parse("0000-01-01").has_value());
  EXPECT_FALSE(Date::Parse("9999-12-31").has_value());
}

TEST(DateFromYmdTest, ValidatesEveryPart) {
  EXPECT_TRUE(Date::FromYmd(2026, 12, 31).has_value());
  EXPECT_FALSE(Date::FromYmd(2026, 12, 32).has_value());
  EXPECT_FALSE(Date::FromYmd(2026, 1, 0).has_value());
  EXPECT_FALSE(Date::FromYmd(2026, 1, -1).has_value());
  EXPECT_FALSE(Date::FromYmd(2026, 0, 1).has_value());
  EXPECT_FALSE(Date::FromYmd(2026, 13, 1).has_value());
  EXPECT_FALSE(Date::FromYmd(2026, -3, 1).has_value());
  EXPECT_FALSE(Date::FromYmd(1899, 12, 31).has_value());
  EXPECT_FALSE(Date::FromYmd(2201, 1, 1).has_value());
}

TEST(DateFromYmdTest, RejectsDaysThatWrapInAByte) {
  // std::chrono::day holds 0..255; 257 must not wrap round to 1.
  EXPECT_FALSE(Date::FromYmd(2026, 1, 257).has_value());
  EXPECT_FALSE(Date::FromYmd(2026, 1, 256 + 15).has_value());
  EXPECT_FALSE(Date::FromYmd(2026, 1, 65536 + 1).has_value());
}

// --- Formatting

TEST(DateFormatTest, ToIsoPadsWithZeros) {
  EXPECT_EQ(D(2026, 3, 9).ToIso(), "2026-03-09");
  EXPECT_EQ(D(1900, 1, 1).ToIso(), "1900-01-01");
  EXPECT_EQ(D(2200, 12, 31).ToIso(), "2200-12-31");
}

TEST(DateFormatTest, ToDisplayUsesUkStyle) {
  EXPECT_EQ(D(2026, 3, 9).ToDisplay(), "9 March 2026");
  EXPECT_EQ(D(1900, 1, 1).ToDisplay(), "1 January 1900");
  EXPECT_EQ(D(2024, 2, 29).ToDisplay(), "29 February 2024");
  EXPECT_EQ(D(2200, 12, 31).ToDisplay(), "31 December 2200");
}

TEST(DateFormatTest, EveryMonthHasItsName) {
  const char* names[] = {"January", "February", "March",     "April",   "May",      "June",
                         "July",    "August",   "September", "October", "November", "December"};
  for (int m = 1; m <= 12; ++m) {
    EXPECT_EQ(D(2026, m, 10).ToDisplay(), std::string("10 ") + names[m - 1] + " 2026");
  }
}

TEST(DateFormatTest, ParseOfToIsoRoundTrips) {
  for (Date d : {D(1900, 1, 1), D(2024, 2, 29), D(2026, 10, 25), D(2200, 12, 31)}) {
    auto back = Date::Parse(d.ToIso());
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, d);
  }
}

TEST(DateCompareTest, OrdersChronologically) {
  EXPECT_LT(D(2026, 1, 31), D(2026, 2, 1));
  EXPECT_LT(D(2025, 12, 31), D(2026, 1, 1));
  EXPECT_EQ(D(2026, 3, 9), *Date::Parse("2026-03-09"));
  EXPECT_GT(D(2026, 3, 10), D(2026, 3, 9));
}

// --- Arithmetic

TEST(DaysBetweenTest, SameDayIsZero) {
  EXPECT_EQ(Date::DaysBetween(D(2026, 3, 9), D(2026, 3, 9)), 0);
}

TEST(DaysBetweenTest, AcrossMonths) {
  EXPECT_EQ(Date::DaysBetween(D(2026, 1, 31), D(2026, 2, 1)), 1);
  EXPECT_EQ(Date::DaysBetween(D(2026, 1, 31), D(2026, 3, 1)), 29);  // 2026 is not a leap year
  EXPECT_EQ(Date::DaysBetween(D(2026, 3, 9), D(2026, 4, 9)), 31);
}

TEST(DaysBetweenTest, AcrossLeapDays) {
  EXPECT_EQ(Date::DaysBetween(D(2024, 2, 28), D(2024, 3, 1)), 2);
  EXPECT_EQ(Date::DaysBetween(D(2023, 2, 28), D(2023, 3, 1)), 1);
  EXPECT_EQ(Date::DaysBetween(D(1900, 2, 28), D(1900, 3, 1)), 1);  // 1900 was not leap
  EXPECT_EQ(Date::DaysBetween(D(2000, 2, 28), D(2000, 3, 1)), 2);  // 2000 was
  EXPECT_EQ(Date::DaysBetween(D(2024, 1, 1), D(2025, 1, 1)), 366);
  EXPECT_EQ(Date::DaysBetween(D(2025, 1, 1), D(2026, 1, 1)), 365);
}

TEST(DaysBetweenTest, NegativeWhenToIsEarlier) {
  EXPECT_EQ(Date::DaysBetween(D(2026, 3, 1), D(2026, 1, 31)), -29);
  EXPECT_EQ(Date::DaysBetween(D(2025, 1, 1), D(2024, 1, 1)), -366);
}

TEST(AgeOnTest, BeforeOnAndAfterBirthday) {
  Date born = D(1990, 6, 15);
  EXPECT_EQ(born.AgeOn(D(2026, 6, 14)), 35);
  EXPECT_EQ(born.AgeOn(D(2026, 6, 15)), 36);
  EXPECT_EQ(born.AgeOn(D(2026, 6, 16)), 36);
  EXPECT_EQ(born.AgeOn(D(2026, 5, 31)), 35);  // earlier month, later day
  EXPECT_EQ(born.AgeOn(D(2026, 7, 1)), 36);   // later month, earlier day
  EXPECT_EQ(born.AgeOn(D(2026, 1, 1)), 35);
  EXPECT_EQ(born.AgeOn(D(2026, 12, 31)), 36);
}

TEST(AgeOnTest, NewbornIsZero) {
  Date born = D(2026, 3, 9);
  EXPECT_EQ(born.AgeOn(born), 0);
  EXPECT_EQ(born.AgeOn(D(2027, 3, 8)), 0);
  EXPECT_EQ(born.AgeOn(D(2027, 3, 9)), 1);
}

TEST(AgeOnTest, LeapDayBirthdayCountsFromFirstOfMarch) {
  Date born = D(2004, 2, 29);
  EXPECT_EQ(born.AgeOn(D(2025, 2, 28)), 20);
  EXPECT_EQ(born.AgeOn(D(2025, 3, 1)), 21);
  EXPECT_EQ(born.AgeOn(D(2024, 2, 29)), 20);
  EXPECT_EQ(born.AgeOn(D(2024, 2, 28)), 19);
}

// --- Instants

TEST(FormatUtcIsoTest, ExactString) {
  EXPECT_EQ(FormatUtcIso(Utc(2026, 3, 9, 14, 5)), "2026-03-09T14:05:00.000000Z");
  EXPECT_EQ(FormatUtcIso(Utc(2026, 3, 9, 14, 5, 7, 123456)), "2026-03-09T14:05:07.123456Z");
  EXPECT_EQ(FormatUtcIso(Utc(2026, 12, 31, 23, 59, 59, 999999)), "2026-12-31T23:59:59.999999Z");
  EXPECT_EQ(FormatUtcIso(Utc(2026, 1, 1, 0, 0, 0, 1)), "2026-01-01T00:00:00.000001Z");
  EXPECT_EQ(FormatUtcIso(FromUnixMicros(0)), "1970-01-01T00:00:00.000000Z");
}

TEST(FormatUtcIsoTest, IgnoresLondonSummerTime) {
  EXPECT_EQ(FormatUtcIso(Utc(2026, 7, 1, 12, 0)), "2026-07-01T12:00:00.000000Z");
}

TEST(LondonOffsetTest, BstStartsAt0100UtcOnLastSundayOfMarch2026) {
  Timestamp start = Utc(2026, 3, 29, 1, 0);
  EXPECT_EQ(LondonOffset(start - kOneMicro), minutes{0});
  EXPECT_EQ(LondonOffset(start), minutes{60});
  EXPECT_EQ(LondonOffset(start + kOneMicro), minutes{60});
  // The Sunday before is still GMT at the same hour.
  EXPECT_EQ(LondonOffset(start - days{7}), minutes{0});
}

TEST(LondonOffsetTest, BstEndsAt0100UtcOnLastSundayOfOctober2026) {
  Timestamp end = Utc(2026, 10, 25, 1, 0);
  EXPECT_EQ(LondonOffset(end - kOneMicro), minutes{60});
  EXPECT_EQ(LondonOffset(end), minutes{0});
  EXPECT_EQ(LondonOffset(end + kOneMicro), minutes{0});
  EXPECT_EQ(LondonOffset(end - days{7}), minutes{60});
}

TEST(LondonOffsetTest, WinterAndSummer) {
  EXPECT_EQ(LondonOffset(Utc(2026, 1, 1)), minutes{0});
  EXPECT_EQ(LondonOffset(Utc(2026, 7, 1, 12, 0)), minutes{60});
  EXPECT_EQ(LondonOffset(Utc(2026, 12, 31, 23, 59, 59, 999999)), minutes{0});
}

TEST(LondonOffsetTest, TransitionsInOtherYears) {
  // Checked against the IANA tz database (Europe/London).
  struct Year {
    int year;
    unsigned march_day;
    unsigned october_day;
  };
  for (Year y : {Year{2024, 31, 27}, Year{2025, 30, 26}, Year{2027, 28, 31}}) {
    Timestamp start = Utc(y.year, 3, y.march_day, 1, 0);
    Timestamp end = Utc(y.year, 10, y.october_day, 1, 0);
    EXPECT_EQ(LondonOffset(start - kOneMicro), minutes{0}) << y.year;
    EXPECT_EQ(LondonOffset(start), minutes{60}) << y.year;
    EXPECT_EQ(LondonOffset(end - kOneMicro), minutes{60}) << y.year;
    EXPECT_EQ(LondonOffset(end), minutes{0}) << y.year;
  }
}

TEST(DateInLondonTest, SummerEveningIsTomorrowInLondon) {
  EXPECT_EQ(Date::InLondon(Utc(2026, 6, 30, 23, 30)), D(2026, 7, 1));
  EXPECT_EQ(Date::InLondon(Utc(2026, 6, 30, 23, 0)), D(2026, 7, 1));
  EXPECT_EQ(Date::InLondon(Utc(2026, 6, 30, 23, 0) - kOneMicro), D(2026, 6, 30));
}

TEST(DateInLondonTest, WinterMatchesUtc) {
  EXPECT_EQ(Date::InLondon(Utc(2026, 12, 31, 23, 59, 59, 999999)), D(2026, 12, 31));
  EXPECT_EQ(Date::InLondon(Utc(2027, 1, 1)), D(2027, 1, 1));
}

TEST(FormatLondonTest, WinterAfternoon) {
  EXPECT_EQ(FormatLondon(Utc(2026, 3, 9, 14, 5)), "9 March 2026, 2:05pm");
  // Seconds are not shown and do not round up.
  EXPECT_EQ(FormatLondon(Utc(2026, 3, 9, 14, 5, 59, 999999)), "9 March 2026, 2:05pm");
}

TEST(FormatLondonTest, MidnightAndNoon) {
  EXPECT_EQ(FormatLondon(Utc(2026, 1, 1, 0, 0)), "1 January 2026, 12:00am");
  EXPECT_EQ(FormatLondon(Utc(2026, 1, 1, 0, 30)), "1 January 2026, 12:30am");
  EXPECT_EQ(FormatLondon(Utc(2026, 1, 1, 1, 0)), "1 January 2026, 1:00am");
  EXPECT_EQ(FormatLondon(Utc(2026, 1, 1, 11, 59)), "1 January 2026, 11:59am");
  EXPECT_EQ(FormatLondon(Utc(2026, 1, 1, 12, 0)), "1 January 2026, 12:00pm");
  EXPECT_EQ(FormatLondon(Utc(2026, 1, 1, 12, 59)), "1 January 2026, 12:59pm");
  EXPECT_EQ(FormatLondon(Utc(2026, 1, 1, 13, 0)), "1 January 2026, 1:00pm");
  EXPECT_EQ(FormatLondon(Utc(2026, 1, 1, 23, 59)), "1 January 2026, 11:59pm");
}

TEST(FormatLondonTest, SummerTimeShiftsTheHourAndTheDate) {
  EXPECT_EQ(FormatLondon(Utc(2026, 7, 1, 11, 30)), "1 July 2026, 12:30pm");
  EXPECT_EQ(FormatLondon(Utc(2026, 7, 1, 9, 7)), "1 July 2026, 10:07am");
  EXPECT_EQ(FormatLondon(Utc(2026, 6, 30, 23, 5)), "1 July 2026, 12:05am");
  EXPECT_EQ(FormatLondon(Utc(2026, 6, 30, 22, 59)), "30 June 2026, 11:59pm");
}

TEST(FormatLondonTest, AcrossTheClockChanges) {
  // Spring forward: 00:59 GMT is followed by 02:00 BST.
  EXPECT_EQ(FormatLondon(Utc(2026, 3, 29, 0, 59)), "29 March 2026, 12:59am");
  EXPECT_EQ(FormatLondon(Utc(2026, 3, 29, 1, 0)), "29 March 2026, 2:00am");
  // Fall back: 01:59 BST is followed by 01:00 GMT.
  EXPECT_EQ(FormatLondon(Utc(2026, 10, 25, 0, 59)), "25 October 2026, 1:59am");
  EXPECT_EQ(FormatLondon(Utc(2026, 10, 25, 1, 0)), "25 October 2026, 1:00am");
}

TEST(LondonToUtcTest, WinterIsGmtAndSummerIsBst) {
  auto d = [](const char* iso) { return *Date::Parse(iso); };
  EXPECT_EQ(FormatUtcIso(LondonToUtc(d("2026-01-15"), 14, 30)), "2026-01-15T14:30:00.000000Z");
  EXPECT_EQ(FormatUtcIso(LondonToUtc(d("2026-07-15"), 14, 30)), "2026-07-15T13:30:00.000000Z");
  EXPECT_EQ(FormatLondon(LondonToUtc(d("2026-07-15"), 9, 5)), "15 July 2026, 9:05am");
}

TEST(LondonToUtcTest, ClockChangesResolveToOneInstant) {
  auto d = [](const char* iso) { return *Date::Parse(iso); };
  // 29 March 2026: 01:00 GMT becomes 02:00 BST; 01:30 never happens on the clock.
  EXPECT_EQ(FormatUtcIso(LondonToUtc(d("2026-03-29"), 0, 30)), "2026-03-29T00:30:00.000000Z");
  EXPECT_EQ(FormatUtcIso(LondonToUtc(d("2026-03-29"), 2, 30)), "2026-03-29T01:30:00.000000Z");
  // 25 October 2026: 01:30 happens twice; the first (BST) is taken.
  EXPECT_EQ(FormatUtcIso(LondonToUtc(d("2026-10-25"), 1, 30)), "2026-10-25T00:30:00.000000Z");
  EXPECT_EQ(FormatUtcIso(LondonToUtc(d("2026-10-25"), 3, 0)), "2026-10-25T03:00:00.000000Z");
  EXPECT_EQ(Date::InLondon(StartOfLondonDay(d("2026-07-01"))), d("2026-07-01"));
  EXPECT_EQ(Date::InLondon(StartOfLondonDay(d("2026-07-01")) - std::chrono::microseconds(1)),
            d("2026-06-30"));
}

TEST(DateTest, PlusDaysCrossesMonthsYearsAndLeapDays) {
  Date d = *Date::FromYmd(2028, 2, 28);
  EXPECT_EQ(d.PlusDays(1), *Date::FromYmd(2028, 2, 29));
  EXPECT_EQ(d.PlusDays(2), *Date::FromYmd(2028, 3, 1));
  EXPECT_EQ(d.PlusDays(-59), *Date::FromYmd(2027, 12, 31));
  EXPECT_EQ(d.PlusDays(0), d);
}

TEST(DateTest, DayNumbersCountFromTheEpochAndRoundTrip) {
  EXPECT_EQ(Date::FromYmd(1970, 1, 1)->DayNumber(), 0);
  EXPECT_EQ(Date::FromYmd(1970, 1, 2)->DayNumber(), 1);
  EXPECT_EQ(Date::FromYmd(1969, 12, 31)->DayNumber(), -1);
  Date d = *Date::FromYmd(2026, 11, 22);
  EXPECT_EQ(Date::FromDayNumber(d.DayNumber()), d);
}

}  // namespace
}  // namespace dates_test
}  // namespace lw

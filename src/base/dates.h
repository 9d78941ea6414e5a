// Calendar dates and times as livingwell shows and stores them.
//
// Contract: a `Date` is a calendar date (no time, no zone) - dates of birth,
// dates of introduction. Times are `Timestamp`s in UTC (base/clock.h) and are
// shown in Europe/London, whose offset rule (BST from 01:00 UTC on the last
// Sunday of March to 01:00 UTC on the last Sunday of October) is encoded
// here because GCC 12's standard library has no time-zone database.
//
// Parsing never throws; it returns an Error naming what is wrong.
#pragma once

#include <chrono>
#include <compare>
#include <string>
#include <string_view>

#include "base/clock.h"
#include "base/error.h"

namespace lw {

class Date {
 public:
  // Validates: real calendar date (no 31 February), year 1900..2200.
  static Result<Date> FromYmd(int year, int month, int day);
  // Strict ISO 8601 "YYYY-MM-DD".
  static Result<Date> Parse(std::string_view iso);
  // The UK calendar date (Europe/London) of an instant.
  static Date InLondon(Timestamp t);

  int year() const { return static_cast<int>(ymd_.year()); }
  int month() const { return static_cast<int>(static_cast<unsigned>(ymd_.month())); }
  int day() const { return static_cast<int>(static_cast<unsigned>(ymd_.day())); }

  std::string ToIso() const;      // "2026-03-09"
  std::string ToDisplay() const;  // "9 March 2026"
  std::chrono::sys_days ToSysDays() const { return std::chrono::sys_days(ymd_); }

  // Whole calendar days from `from` to `to` (negative if `to` is earlier).
  static int DaysBetween(Date from, Date to);
  // The date `days` calendar days later (earlier if negative).
  Date PlusDays(int days) const;
  // Days since 1970-01-01 (negative before), and back: for storing and sorting.
  long long DayNumber() const { return ToSysDays().time_since_epoch().count(); }
  static Date FromDayNumber(long long day);
  // Completed years of age on `on`.
  int AgeOn(Date on) const;

  auto operator<=>(const Date&) const = default;

 private:
  explicit Date(std::chrono::year_month_day ymd) : ymd_(ymd) {}
  std::chrono::year_month_day ymd_;
};

// "2026-03-09T14:05:00.000000Z"
std::string FormatUtcIso(Timestamp t);
// Offset of Europe/London from UTC at instant `t` (0 or 1 hour).
std::chrono::minutes LondonOffset(Timestamp t);
// "9 March 2026, 2:05pm" in Europe/London.
std::string FormatLondon(Timestamp t);
// The instant a Europe/London wall-clock time names. In the hour the clocks
// go back (which happens twice) it is the first; in the hour they skip
// forward (which never happens) it is read as GMT, an hour later in BST.
Timestamp LondonToUtc(Date date, int hour, int minute);
// Midnight starting `date` in Europe/London.
inline Timestamp StartOfLondonDay(Date date) { return LondonToUtc(date, 0, 0); }

}  // namespace lw

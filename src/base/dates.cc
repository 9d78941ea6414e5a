#include "base/dates.h"

#include <array>
#include <charconv>
#include <cstdio>

namespace lw {
namespace {

using namespace std::chrono;

constexpr std::array<const char*, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool ParseInt(std::string_view s, int& out) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size();
}

// 01:00 UTC on the last Sunday of `m` in year `y`.
sys_seconds LastSundayAt1Utc(int y, unsigned m) {
  year_month_weekday_last last{year{y} / month{m} / weekday_last{Sunday}};
  return sys_days(last) + hours{1};
}

}  // namespace

Result<Date> Date::FromYmd(int y, int m, int d) {
  if (y < 1900 || y > 2200)
    return Fail(ErrorCode::kInvalidArgument, "Year must be between 1900 and 2200");
  if (m < 1 || m > 12) return Fail(ErrorCode::kInvalidArgument, "Month must be between 1 and 12");
  // std::chrono::day holds only 0..255, so range-check before constructing it.
  if (d < 1 || d > 31) return Fail(ErrorCode::kInvalidArgument, "Date must be a real date");
  std::chrono::year_month_day ymd{std::chrono::year{y},
                                  std::chrono::month{static_cast<unsigned>(m)},
                                  std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return Fail(ErrorCode::kInvalidArgument, "Date must be a real date");
  return Date(ymd);
}

Result<Date> Date::Parse(std::string_view iso) {
  int y = 0, m = 0, d = 0;
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-' || !ParseInt(iso.substr(0, 4), y) ||
      !ParseInt(iso.substr(5, 2), m) || !ParseInt(iso.substr(8, 2), d)) {
    return Fail(ErrorCode::kInvalidArgument, "Date must be written as YYYY-MM-DD");
  }
  return FromYmd(y, m, d);
}

Date Date::InLondon(Timestamp t) {
  auto local = t + LondonOffset(t);
  return Date(std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(local)});
}

std::string Date::ToIso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year(), month(), day());
  return buf;
}

std::string Date::ToDisplay() const {
  return std::to_string(day()) + " " + kMonthNames[static_cast<std::size_t>(month() - 1)] + " " +
         std::to_string(year());
}

int Date::DaysBetween(Date from, Date to) {
  return static_cast<int>((to.ToSysDays() - from.ToSysDays()).count());
}

int Date::AgeOn(Date on) const {
  int age = on.year() - year();
  if (on.month() < month() || (on.month() == month() && on.day() < day())) --age;
  return age;
}

std::string FormatUtcIso(Timestamp t) {
  auto dp = floor<days>(t);
  year_month_day ymd{dp};
  hh_mm_ss<Micros> hms{t - dp};
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%06lldZ",
                static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()), static_cast<int>(hms.hours().count()),
                static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()),
                static_cast<long long>(hms.subseconds().count()));
  return buf;
}

std::chrono::minutes LondonOffset(Timestamp t) {
  int y = static_cast<int>(year_month_day{floor<days>(t)}.year());
  auto start = LastSundayAt1Utc(y, 3);
  auto end = LastSundayAt1Utc(y, 10);
  return (t >= start && t < end) ? minutes{60} : minutes{0};
}

Timestamp LondonToUtc(Date date, int hour, int minute) {
  const Timestamp naive =
      Timestamp(date.ToSysDays().time_since_epoch()) + hours{hour} + minutes{minute};
  // BST wall-clock times are an hour ahead of UTC: try that reading first,
  // so the repeated hour in October resolves to its first (BST) instant.
  const Timestamp as_bst = naive - minutes{60};
  if (LondonOffset(as_bst) == minutes{60}) return as_bst;
  return naive;
}

std::string FormatLondon(Timestamp t) {
  auto local = t + LondonOffset(t);
  auto dp = floor<days>(local);
  Date date = Date::InLondon(t);
  hh_mm_ss<Micros> hms{local - dp};
  int h = static_cast<int>(hms.hours().count());
  int m = static_cast<int>(hms.minutes().count());
  int h12 = h % 12 == 0 ? 12 : h % 12;
  char buf[32];
  std::snprintf(buf, sizeof buf, ", %d:%02d%s", h12, m, h < 12 ? "am" : "pm");
  return date.ToDisplay() + buf;
}

Date Date::PlusDays(int days) const {
  return Date(std::chrono::year_month_day(ToSysDays() + std::chrono::days(days)));
}

Date Date::FromDayNumber(long long day) {
  return Date(std::chrono::year_month_day(std::chrono::sys_days(std::chrono::days(day))));
}

}  // namespace lw

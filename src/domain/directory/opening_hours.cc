#include "domain/directory/opening_hours.h"

#include <algorithm>
#include <array>
#include <chrono>

#include "base/dates.h"

namespace lw::directory {
namespace {

constexpr int kMinutesPerWeek = 7 * kMinutesPerDay;

bool Valid(const WeeklyOpening& o) {
  return o.weekday >= 0 && o.weekday <= 6 && o.opens_at >= 0 && o.closes_at <= kMinutesPerDay &&
         o.opens_at < o.closes_at;
}

bool ValidMoment(int weekday, int minute) {
  return weekday >= 0 && weekday <= 6 && minute >= 0 && minute < kMinutesPerDay;
}

// Minutes since Monday 00:00.
int WeekMinute(int weekday, int minute) { return weekday * kMinutesPerDay + minute; }

WeekTime FromWeekMinute(int m) {
  m %= kMinutesPerWeek;
  // A closing at exactly midnight reads as 24:00 of the day before.
  if (m == 0) return {6, kMinutesPerDay};
  if (m % kMinutesPerDay == 0) return {m / kMinutesPerDay - 1, kMinutesPerDay};
  return {m / kMinutesPerDay, m % kMinutesPerDay};
}

// The end (in week minutes, possibly past the week's end) of the opening
// covering week minute `m`, or -1.
int EndCovering(const std::vector<WeeklyOpening>& openings, int m) {
  int best = -1;
  for (const WeeklyOpening& o : openings) {
    if (!Valid(o)) continue;
    const int start = WeekMinute(o.weekday, o.opens_at);
    const int end = WeekMinute(o.weekday, o.closes_at);
    if (m >= start && m < end && end > best) best = end;
  }
  return best;
}

}  // namespace

WeekTime LondonWeekTime(Timestamp t) {
  using std::chrono::days;
  using std::chrono::floor;
  const auto local = t + LondonOffset(t);
  const auto day = floor<days>(local);
  const long long day_number = day.time_since_epoch().count();
  // 1970-01-01 was a Thursday (weekday 3 when Monday is 0).
  const int weekday = static_cast<int>(((day_number + 3) % 7 + 7) % 7);
  const auto minute = std::chrono::duration_cast<std::chrono::minutes>(local - day).count();
  return {weekday, static_cast<int>(minute)};
}

bool IsOpenAt(const std::vector<WeeklyOpening>& openings, int weekday, int minute) {
  if (!ValidMoment(weekday, minute)) return false;
  return EndCovering(openings, WeekMinute(weekday, minute)) >= 0;
}

std::optional<WeekTime> ClosesAt(const std::vector<WeeklyOpening>& openings, int weekday,
                                 int minute) {
  if (!ValidMoment(weekday, minute)) return std::nullopt;
  const int now = WeekMinute(weekday, minute);
  int end = EndCovering(openings, now);
  if (end < 0) return std::nullopt;
  // Follow openings that begin as this one ends, wrapping round the week.
  while (end - now < kMinutesPerWeek) {
    const int next = EndCovering(openings, end % kMinutesPerWeek);
    if (next < 0) break;
    end += next - end % kMinutesPerWeek;
  }
  if (end - now >= kMinutesPerWeek) return std::nullopt;  // never closes
  return FromWeekMinute(end);
}

std::optional<WeekTime> NextOpening(const std::vector<WeeklyOpening>& openings, int weekday,
                                    int minute) {
  if (!ValidMoment(weekday, minute)) return std::nullopt;
  const int now = WeekMinute(weekday, minute);
  if (EndCovering(openings, now) >= 0) return std::nullopt;
  int best_delay = -1;
  WeekTime best{};
  for (const WeeklyOpening& o : openings) {
    if (!Valid(o)) continue;
    const int start = WeekMinute(o.weekday, o.opens_at);
    const int delay = ((start - now) % kMinutesPerWeek + kMinutesPerWeek) % kMinutesPerWeek;
    if (best_delay < 0 || delay < best_delay) {
      best_delay = delay;
      best = {o.weekday, o.opens_at};
    }
  }
  if (best_delay < 0) return std::nullopt;
  return best;
}

std::string FormatClockTime(int minute) {
  if (minute == 0 || minute == kMinutesPerDay) return "midnight";
  if (minute == 12 * 60) return "midday";
  const int hour = minute / 60 % 24;
  const int mins = minute % 60;
  const int twelve = hour % 12 == 0 ? 12 : hour % 12;
  std::string out = std::to_string(twelve);
  if (mins != 0) out += (mins < 10 ? ":0" : ":") + std::to_string(mins);
  out += hour < 12 ? "am" : "pm";
  return out;
}

std::string_view WeekdayName(int weekday) {
  static constexpr std::array<std::string_view, 7> kNames = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  if (weekday < 0 || weekday > 6) return {};
  return kNames[static_cast<std::size_t>(weekday)];
}

std::string_view ByDayCode(int weekday) {
  static constexpr std::array<std::string_view, 7> kCodes = {"MO", "TU", "WE", "TH",
                                                             "FR", "SA", "SU"};
  if (weekday < 0 || weekday > 6) return {};
  return kCodes[static_cast<std::size_t>(weekday)];
}

std::optional<int> ParseWeekday(std::string_view text) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  auto same = [&](std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [&](char x, char y) { return lower(x) == lower(y); });
  };
  for (int d = 0; d < 7; ++d) {
    if (same(text, ByDayCode(d)) || same(text, WeekdayName(d))) return d;
  }
  return std::nullopt;
}

std::optional<int> ParseClockTime(std::string_view s) {
  if (s.size() != 5 && s.size() != 8) return std::nullopt;
  auto digit = [&](std::size_t i) { return s[i] >= '0' && s[i] <= '9'; };
  if (!digit(0) || !digit(1) || s[2] != ':' || !digit(3) || !digit(4)) return std::nullopt;
  if (s.size() == 8 && (s[5] != ':' || !digit(6) || !digit(7))) return std::nullopt;
  const int h = (s[0] - '0') * 10 + (s[1] - '0');
  const int m = (s[3] - '0') * 10 + (s[4] - '0');
  const int sec = s.size() == 8 ? (s[6] - '0') * 10 + (s[7] - '0') : 0;
  if (h == 24 && m == 0 && sec == 0) return kMinutesPerDay;
  if (h > 23 || m > 59 || sec > 59) return std::nullopt;
  return h * 60 + m;
}

bool HasOpeningWithin(const std::vector<WeeklyOpening>& openings, std::optional<int> weekday,
                      std::optional<int> from, std::optional<int> until) {
  return std::ranges::any_of(openings, [&](const WeeklyOpening& o) {
    return Valid(o) && (!weekday || o.weekday == *weekday) && (!from || o.opens_at >= *from) &&
           (!until || o.closes_at <= *until);
  });
}

std::optional<std::string> DescribeOpening(const std::vector<WeeklyOpening>& openings, int weekday,
                                           int minute) {
  if (!ValidMoment(weekday, minute)) return std::nullopt;
  if (IsOpenAt(openings, weekday, minute)) {
    const auto closes = ClosesAt(openings, weekday, minute);
    if (!closes) return "Open all week";
    std::string out = "Open now until " + FormatClockTime(closes->minute);
    // 24:00 is the end of today, whatever it is called.
    const int days_on = ((closes->weekday - weekday) % 7 + 7) % 7;
    if (days_on == 1 && closes->minute != kMinutesPerDay) {
      out += " tomorrow";
    } else if (days_on > 1 || (days_on == 1 && closes->minute == kMinutesPerDay)) {
      out = "Open now until " + std::string(WeekdayName(closes->weekday)) + " " +
            FormatClockTime(closes->minute);
    }
    return out;
  }
  const auto next = NextOpening(openings, weekday, minute);
  if (!next) return std::nullopt;
  const std::string at = FormatClockTime(next->minute);
  const int days_on = ((next->weekday - weekday) % 7 + 7) % 7;
  if (days_on == 0 && next->minute > minute) return "Opens " + at + " today";
  if (days_on == 1) return "Opens tomorrow " + at;
  return "Opens " + std::string(WeekdayName(next->weekday)) + " " + at;
}

}  // namespace lw::directory

// Opening hours: is a service open at a moment of the week, until when, and
// when does it next open ("Open now until 4pm", "Opens Tuesday 10am").
//
// A week is Monday 00:00 to Sunday 24:00, Europe/London wall-clock minutes,
// as `WeeklyOpening` holds them. Openings that meet (Sunday 22:00-24:00 and
// Monday 00:00-02:00) are one spell: a service open then is open until
// Monday 2am, and the week wraps from Sunday night into Monday morning.
//
// Input is not trusted: a weekday outside 0..6 or a minute outside 0..1439
// is "closed" / no answer, and an opening with closes_at <= opens_at (or
// outside the day, 0..1440) is ignored, never a crash.
//
// Thread-safety: pure functions.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "domain/directory/directory.h"

namespace lw::directory {

inline constexpr int kMinutesPerDay = 24 * 60;

// A moment of the week: weekday 0 Monday .. 6 Sunday, minute 0..1439
// after midnight. In a closing time, minute may be 1440 (midnight).
struct WeekTime {
  int weekday = 0;
  int minute = 0;
  auto operator<=>(const WeekTime&) const = default;
};

// The Europe/London weekday and minute of an instant (BST-aware, through
// base/dates.h LondonOffset).
WeekTime LondonWeekTime(Timestamp t);

// True when one of `openings` covers [opens_at, closes_at) at that moment.
bool IsOpenAt(const std::vector<WeeklyOpening>& openings, int weekday, int minute);

// When open at that moment: when this spell of opening ends, following
// openings that start exactly as one ends, across midnight and from Sunday
// into Monday. Nothing when closed then (or when open all week round).
std::optional<WeekTime> ClosesAt(const std::vector<WeeklyOpening>& openings, int weekday,
                                 int minute);

// When closed at that moment: the next time it opens, later this week or,
// wrapping round, next week (possibly the same weekday a week on). Nothing
// when open then, or when there are no openings.
std::optional<WeekTime> NextOpening(const std::vector<WeeklyOpening>& openings, int weekday,
                                    int minute);

// "4pm", "10:30am", "midday", "midnight" (GOV.UK style) for minutes after
// midnight (0..1440).
std::string FormatClockTime(int minute);

// "Monday" .. "Sunday"; "" outside 0..6.
std::string_view WeekdayName(int weekday);

// "MO" .. "SU", the HSDS/RFC 5545 byday code; "" outside 0..6.
std::string_view ByDayCode(int weekday);

// A weekday from its byday code ("MO") or English name ("monday", any
// case); nothing for anything else.
std::optional<int> ParseWeekday(std::string_view text);

// "09:30" or "09:30:00" as minutes after midnight; "24:00" (or "24:00:00")
// is midnight at the end of the day, 1440. Nothing for anything else.
std::optional<int> ParseClockTime(std::string_view text);

// The ORUK time filters (`day`, `start_time`, `end_time`): true when one of
// `openings` is on `weekday` (any day if not given), opens at or after
// `from` and closes at or before `until` (either bound may be missing).
// A service with no openings never matches. Invalid openings are ignored.
bool HasOpeningWithin(const std::vector<WeeklyOpening>& openings, std::optional<int> weekday,
                      std::optional<int> from, std::optional<int> until);

// One line for a person: "Open now until 4pm", "Open now until 2am tomorrow",
// "Open now until Tuesday 9am", "Opens 6pm today", "Opens tomorrow 10am",
// "Opens Tuesday 10am", "Open all week"; nothing when there are no openings.
std::optional<std::string> DescribeOpening(const std::vector<WeeklyOpening>& openings, int weekday,
                                           int minute);

}  // namespace lw::directory

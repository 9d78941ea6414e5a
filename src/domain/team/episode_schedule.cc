#include "domain/team/episode_schedule.h"

#include <algorithm>
#include <chrono>

namespace lw {
namespace {

// Dates past Date's calendar (year 2200) are none.
std::optional<Date> AddDays(Date d, int days) {
  const std::chrono::year_month_day ymd{d.ToSysDays() + std::chrono::days(days)};
  auto r = Date::FromYmd(static_cast<int>(ymd.year()),
                         static_cast<int>(static_cast<unsigned>(ymd.month())),
                         static_cast<int>(static_cast<unsigned>(ymd.day())));
  if (!r) return std::nullopt;
  return *r;
}

}  // namespace

std::optional<Date> TimeLimitDate(const Episode& e) {
  if (!e.rhythm.time_limit_weeks) return std::nullopt;
  return AddDays(e.started_on, *e.rhythm.time_limit_weeks * 7);
}

std::optional<Date> NextReviewDue(const Episode& e) {
  if (e.IsEnded()) return std::nullopt;
  std::optional<Date> due;
  if (e.rhythm.review_every_weeks) {
    due = AddDays(e.last_review_on.value_or(e.started_on), *e.rhythm.review_every_weeks * 7);
  }
  auto limit = TimeLimitDate(e);
  bool limit_reviewed = limit && e.last_review_on && *e.last_review_on >= *limit;
  if (limit && !limit_reviewed && (!due || *limit < *due)) due = limit;
  return due;
}

bool ReviewDueBy(const Episode& e, Date day) {
  auto due = NextReviewDue(e);
  return due && *due <= day;
}

std::optional<int> SessionsLeft(const Episode& e, int sessions_since_review) {
  if (e.IsEnded() || !e.rhythm.session_guide) return std::nullopt;
  return std::max(0, *e.rhythm.session_guide - std::max(0, sessions_since_review));
}

int WeeksSupported(const Episode& e, Date today) {
  Date until = e.ending ? e.ending->ended_on : today;
  return std::max(0, Date::DaysBetween(e.started_on, until)) / 7;
}

}  // namespace lw

// When an episode's next review is due, and how long it has run: the
// queries behind the caseload and the daily huddle's "reviews due" list.
//
// The episode's rhythm (a SupportRhythm snapshot, support_rhythm.h) paces
// it. A review is due review_every_weeks after the last review (or the
// start); a time limit makes one due on its date if no review has been held
// on or after it; a session guide makes one due once that many sessions
// have been attended since the last review. None of these ends the episode:
// being past a time limit changes nothing but what is due.
//
// Weeks are 7 calendar days counted from the start date, so a 12-week
// review of support that started on Monday 2 March 2026 is due on Monday
// 25 May 2026.
//
// Contract: pure functions of their arguments, safe from any thread; they
// never fail. A due date past the calendar Date supports (year 2200) is
// reported as none.
#pragma once

#include <optional>

#include "base/dates.h"
#include "domain/team/episode.h"

namespace lw {

// started_on + time_limit_weeks, whether or not it has passed or the
// episode has ended; nullopt when the rhythm has no limit.
std::optional<Date> TimeLimitDate(const Episode& episode);

// When the next review is due: review_every_weeks after the last review (or
// the start), or the time-limit date if that comes first and no review has
// been held on or after it. nullopt when ended, or when the rhythm sets
// neither (a session guide alone: see SessionsLeft).
std::optional<Date> NextReviewDue(const Episode& episode);

// NextReviewDue is set and on or before `day`.
bool ReviewDueBy(const Episode& episode, Date day);

// Sessions left before the session guide makes a review due, counting the
// sessions attended since the last review (or the start); 0 means a review
// is due. nullopt when ended or when the rhythm has no session guide.
std::optional<int> SessionsLeft(const Episode& episode, int sessions_since_review);

// Completed weeks from the start to the ending (or to `today` while
// active); never negative.
int WeeksSupported(const Episode& episode, Date today);

}  // namespace lw

// SupportRhythm: how a locality paces an episode of Living Well support,
// taken from its configuration and snapshotted into each episode when it
// opens (so changing the locality's rhythm later does not rewrite the
// episodes already running).
//
// The localities differ (GM Guide; product.md):
//   Tameside & Glossop  a keyworker for usually 12 weeks, then a review;
//   Salford             no time limit;
//   Edinburgh           around 12 sessions.
//
// A time limit or a session guide NEVER ends an episode by itself. Reaching
// it makes a review due: the person and their keyworker talk about what is
// working and agree what happens next, which may well be more support ("we
// don't like to say no"). Only EndEpisode (episode.h) ends an episode.
//
// Contract: plain values and pure functions; safe from any thread.
// ValidateSupportRhythm returns kInvalidArgument with one FieldError per bad
// field, named as the configuration form's fields: "review_every_weeks",
// "time_limit_weeks", "session_guide".
#pragma once

#include <optional>

#include "base/error.h"

namespace lw {

inline constexpr int kMinRhythmWeeks = 1;
inline constexpr int kMaxRhythmWeeks = 104;  // two years
inline constexpr int kMinSessionGuide = 1;
inline constexpr int kMaxSessionGuide = 200;

// Each field unset means "none".
struct SupportRhythm {
  // A review with the person is due this many weeks after the start, and
  // again this many weeks after each review.
  std::optional<int> review_every_weeks;
  // Weeks from the start after which a review is due whatever the rhythm
  // above says: a prompt to review, not an end date.
  std::optional<int> time_limit_weeks;
  // The number of sessions support usually takes; once the person has had
  // this many since the last review (or the start), a review is due.
  std::optional<int> session_guide;

  bool operator==(const SupportRhythm&) const = default;
};

// Weeks in kMinRhythmWeeks..kMaxRhythmWeeks, sessions in
// kMinSessionGuide..kMaxSessionGuide, for each field that is set.
Status ValidateSupportRhythm(const SupportRhythm& rhythm);

// Presets, for documentation, tests and a new locality's first settings.
// Tameside & Glossop: reviews every 12 weeks, and a 12-week time limit that
// prompts the first review (never a forced end).
SupportRhythm TamesideRhythm();
// Salford: no time limit. We still review every 12 weeks: a review is a
// conversation about what is working, not a gate, and without one nothing
// would ever prompt the team to ask.
SupportRhythm SalfordRhythm();
// Edinburgh: around 12 sessions; reviews come from the sessions, not weeks.
SupportRhythm EdinburghRhythm();

}  // namespace lw

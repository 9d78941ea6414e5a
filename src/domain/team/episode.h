// Episode: a spell of Living Well support for one person with one team,
// from its start with a keyworker to its ending. A person can come back at
// any time: each return is a new episode on the same person record,
// numbered ("episode 2"), never a re-opened old one.
//
// States and the transitions allowed (anything else is refused):
//
//   from \ to   active                                  ended
//   (none)      OpenEpisode *                           -
//   active      ReassignKeyworker, RecordReview,        EndEpisode (any reason)
//               PlanEnding (the state does not change)
//   ended       -                                       -
//
//   * refused while the person has an active episode with the same team
//     (support continues there); allowed after an ended one (re-access:
//     no waiting, no starting again) and alongside an active episode with
//     another team.
//
// Nothing changes an ended episode. Nothing ends one but EndEpisode: a time
// limit or session guide makes a review due (support_rhythm.h; when, in
// episode_schedule.h), and a
// planned end date is what was agreed with the person, not an automatic
// close. moving-on needs where they are moving on to; other needs a short
// description; the person's words are kept whenever they gave them.
//
// `Episode` is a plain value, never overwritten: each change returns the
// next version (version + 1) and the store keeps them all, refusing a
// change based on anything but the latest (kConflict), as for an
// Introduction. The keyworker history is never lost: reassigning closes the
// current spell and opens a new one.
//
// Contract for every transition: on success, the next version with its
// invariants checked (CheckEpisodeInvariants). On failure the input is
// untouched and the Error is kFailedPrecondition, with a message saying why
// and what to do, when the state does not allow the change; or
// kInvalidArgument with field errors named as form fields when the data
// given is bad. Dates are calendar days; none may be after `today` (the
// caller's Europe/London date), nor before the episode started. Text is
// trimmed and otherwise kept as written.
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/dates.h"
#include "base/error.h"
#include "domain/team/episode_vocabulary.h"
#include "domain/team/support_rhythm.h"

namespace lw {

// Longest text accepted for each kind of field, in characters.
inline constexpr std::size_t kMaxEpisodeIdText = 100;     // ids of people, teams, users
inline constexpr std::size_t kMaxEpisodeLineText = 200;   // destination, reasons
inline constexpr std::size_t kMaxEpisodeNoteText = 2000;  // review notes, the person's words

// One keyworker's time with the person. `to` is unset for the current one.
struct KeyworkerSpell {
  std::string user_id;
  Date from;
  std::optional<Date> to;
  std::string reason;  // why they took over: "Sam is on leave"; "" for the first
  bool operator==(const KeyworkerSpell&) const = default;
};

// A review with the person of what is working and what happens next.
struct EpisodeReview {
  Date on;
  std::string by_user_id;
  std::string note;  // what was agreed; optional
  bool operator==(const EpisodeReview&) const = default;
};

// How an episode ended. Only the field that the reason needs is kept:
// moving_on_to for moving-on, other_reason for other (EndEpisode clears
// the other one).
struct EpisodeEnd {
  EpisodeEnding reason = EpisodeEnding::kCompleted;
  std::string persons_words;  // how they saw it, in their words, where they gave them
  std::string moving_on_to;   // "Tameside Carers Centre"; required for moving-on
  std::string other_reason;   // required for other
  Date ended_on;
  std::string ended_by_user_id;
  bool operator==(const EpisodeEnd&) const = default;
};

// What OpenEpisode needs. `id` comes from the caller (it is random).
struct NewEpisode {
  std::string id;
  std::string person_id;
  std::string team_id;
  std::optional<std::string> introduction_id;  // the introduction it came from, if any
  std::string keyworker_user_id;
  Date started_on;
  SupportRhythm rhythm;  // the locality's (or team's) rhythm on the day it opens
  std::optional<Date> planned_end_on;
  Intensity intensity = Intensity::kRegular;
};

// Fields are in the order a person reads the record, not packed by size.
struct Episode {  // NOLINT(clang-analyzer-optin.performance.Padding)
  std::string id;
  long long version = 0;
  int ordinal = 1;  // 1 for the person's first episode, 2 when they come back, ...
  std::string person_id;
  std::string team_id;
  std::optional<std::string> introduction_id;

  std::string keyworker_user_id;                  // the current keyworker
  std::vector<KeyworkerSpell> keyworker_history;  // oldest first; the last is current

  Date started_on;
  SupportRhythm rhythm;  // snapshot taken when it opened
  std::optional<Date> last_review_on;
  std::vector<EpisodeReview> reviews;         // in date order
  std::optional<Date> planned_end_on;         // agreed with the person
  Intensity intensity = Intensity::kRegular;  // the team's judgement now (caseload.h)

  EpisodeStatus status = EpisodeStatus::kActive;
  std::optional<EpisodeEnd> ending;

  bool IsEnded() const { return status == EpisodeStatus::kEnded; }
  bool operator==(const Episode&) const = default;
};

// Aborts (LW_CHECK) if `episode` breaks an invariant:
//  - version >= 1, ordinal >= 1;
//  - ended <=> ending set;
//  - the keyworker history is not empty, starts on started_on, each spell
//    ends the day the next begins, the last is open while active and ends
//    on ended_on when ended, and names keyworker_user_id;
//  - reviews are in date order, on or after the start (and on or before the
//    end), and last_review_on is the last one's date (unset when none);
//  - a planned end is on or after the start;
//  - the ending is on or after the start and the last review; moving_on_to
//    is set exactly for moving-on and other_reason exactly for other.
void CheckEpisodeInvariants(const Episode& episode);

// -> active, version 1. `persons_episodes` are the person's earlier
// episodes with any team (others' are ignored): the new one is numbered
// one more than the highest of them. Refused (kFailedPrecondition) while
// one with the same team is active; its start may not be before an ended
// one with the same team ended.
Result<Episode> OpenEpisode(NewEpisode request, std::span<const Episode> persons_episodes,
                            Date today);

// Active. Closes the current spell on `from` and opens one for `user_id`.
// `from` is on or after the current spell began; `reason` is optional.
Result<Episode> ReassignKeyworker(const Episode& episode, std::string user_id, Date from,
                                  std::string reason, Date today);

// Active. Reviews may be recorded late, in any order: they are kept sorted.
Result<Episode> RecordReview(const Episode& episode, EpisodeReview review, Date today);

// Active. Sets (or, with nullopt, clears) the end date agreed with the
// person: today or later, since a past end is recorded with EndEpisode.
Result<Episode> PlanEnding(const Episode& episode, std::optional<Date> planned_end_on, Date today);
// Records the team's judgement of how much support is needed now.
// kFailedPrecondition once the episode has ended.
Result<Episode> SetIntensity(const Episode& episode, Intensity intensity);

// Active -> ended, on or after the start, the last review and the current
// keyworker's start.
Result<Episode> EndEpisode(const Episode& episode, EpisodeEnd end, Date today);

}  // namespace lw

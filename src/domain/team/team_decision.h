// TeamDecision: what the team agreed at a daily huddle about one thing on
// the board, who does it and by when, and who was there, so the risk is
// held by the team and not by one person.
//
// A decision needs the team: at least two distinct people present. The
// person doing it need not have been present (the keyworker may be out on
// a visit during the huddle, and the team still gives them the action);
// `WasPresent` lets a page say "not at the huddle: make sure they know".
// An undone decision is never lost: `CarriedOver` brings it back to every
// later huddle until it is marked done.
//
// `about` names what the decision is about by what its id names (a
// concern, an introduction, an episode, a warm introduction, or the
// person), not by the board section it was on: an introduction moves from
// "new" to "waiting past target" overnight and its decisions follow it.
//
// Lifecycle (anything else is refused):
//
//   open --MarkDone--> done
//   open --Reschedule--> open   (by_when changes; the change is kept in
//                                by_when_history with its reason)
//
// `TeamDecision` is a plain value, never overwritten: each change returns
// the next version (version + 1) and the store keeps them all (kConflict
// for a change based on an old version). `CheckTeamDecisionInvariants`
// aborts (LW_CHECK) on an impossible value; it runs after every change.
//
// Failure contract: every fallible call returns kInvalidArgument with one
// FieldError per bad field (named as form fields) when the data is bad,
// and kFailedPrecondition when the decision is already done. On failure the
// input is untouched. Text is trimmed and otherwise kept as written.
//
// Dates are Europe/London calendar dates (base/dates.h).
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"
#include "base/error.h"

namespace lw {

// What a decision's subject id names.
enum class DecisionSubjectKind : std::uint8_t {
  kPerson,
  kIntroduction,
  kConcern,
  kEpisode,
  kWarmIntroduction,
};
inline constexpr std::array<DecisionSubjectKind, 5> kAllDecisionSubjectKinds = {
    DecisionSubjectKind::kPerson, DecisionSubjectKind::kIntroduction, DecisionSubjectKind::kConcern,
    DecisionSubjectKind::kEpisode, DecisionSubjectKind::kWarmIntroduction};
std::string_view DecisionSubjectKindKey(DecisionSubjectKind kind);          // "warm-introduction"
std::string_view DecisionSubjectKindDisplayName(DecisionSubjectKind kind);  // "Warm introduction"
std::optional<DecisionSubjectKind> ParseDecisionSubjectKind(std::string_view key);

struct DecisionSubject {
  DecisionSubjectKind kind = DecisionSubjectKind::kPerson;
  std::string id;  // the concern's, introduction's, episode's ... id
  bool operator==(const DecisionSubject&) const = default;
};

// What someone records at the huddle.
struct TeamDecisionDraft {
  std::string team_id;
  Date huddle_on;
  DecisionSubject about;
  // The person it concerns: "" when not known yet (an introduction not
  // linked to a person record). Filled from `about` when about a person.
  std::string person_id;
  std::string what;         // "Ring Sam today and offer a walk on Thursday"
  std::string who_does_it;  // user id
  Date by_when;
  std::vector<std::string> present;  // user ids of who was in the huddle
  std::string recorded_by;           // user id
  Timestamp recorded_at;
};

// One change to by_when, kept so the board can say "moved twice".
struct ByWhenChange {
  Date from;
  Date to;
  std::string reason;  // "Sam asked to meet next week instead"
  std::string by_user_id;
  Timestamp at;
  bool operator==(const ByWhenChange&) const = default;
};

struct DecisionDone {
  Date on;
  std::string by_user_id;
  std::string outcome;  // what happened, for the team to read
  bool operator==(const DecisionDone&) const = default;
};

struct TeamDecision {
  std::string id;  // assigned by the caller after RecordTeamDecision
  long long version = 0;
  std::string team_id;
  Date huddle_on;
  DecisionSubject about;
  std::string person_id;  // "" when not known; == about.id when about a person
  std::string what;
  std::string who_does_it;
  Date by_when;
  std::vector<std::string> present;  // at least 2, distinct, in the order given
  std::string recorded_by;
  Timestamp recorded_at;
  std::vector<ByWhenChange> by_when_history;  // oldest first
  std::optional<DecisionDone> done;           // nullopt while still open

  bool IsDone() const { return done.has_value(); }
  bool operator==(const TeamDecision&) const = default;
};

// Aborts (LW_CHECK) if `decision` breaks an invariant:
//  - version >= 1; what, who_does_it and about.id are not empty;
//  - at least 2 present, all distinct and not empty;
//  - huddle_on <= by_when; recorded on or after the huddle's day;
//  - about a person => person_id == about.id;
//  - the by_when history is a chain: the first change starts from a date
//    on or after huddle_on, each starts where the last ended, each changes
//    the date, and the last ends at by_when;
//  - done => done.on >= huddle_on.
void CheckTeamDecisionInvariants(const TeamDecision& decision);

// A new, open decision at version 1 (id empty: the caller assigns it).
// Needs the team, what it is about, what (at most 1000 characters), who
// does it, a by_when on or after the huddle, at least two distinct people
// present (blank entries are dropped, repeats removed), who recorded it,
// and a recorded_at not before the huddle's day.
Result<TeamDecision> RecordTeamDecision(TeamDecisionDraft draft);

// Open -> done. `done.on` may not be before the huddle; who did it is
// required; the outcome (at most 1000 characters) is required, because
// the team reads it at the next huddle.
Result<TeamDecision> MarkDone(const TeamDecision& decision, DecisionDone done);

// Open -> open with a new by_when, kept in by_when_history. The new date
// must differ from the current one and be on or after both the huddle and
// the day of `at`; the reason (at most 1000 characters) and who moved it
// are required.
Result<TeamDecision> Reschedule(const TeamDecision& decision, Date new_by_when, std::string reason,
                                std::string by_user_id, Timestamp at);

// Not done and by_when is before `today` (due today is not overdue).
bool Overdue(const TeamDecision& decision, Date today);

// Was `user_id` in the huddle that made the decision?
bool WasPresent(const TeamDecision& decision, std::string_view user_id);

// Every decision not done that was made at a huddle before `today`: they
// come back every day until done. Ordered by by_when (so the overdue come
// first), then the huddle day, then when recorded, then id.
std::vector<TeamDecision> CarriedOver(std::span<const TeamDecision> decisions, Date today);

}  // namespace lw

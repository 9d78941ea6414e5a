// Change between a person's first and latest score on one measure, and
// its classification (issue 6, point 6), as measures.md section 1 defines
// it for every paired measure and each instrument's section sets its
// thresholds.
//
// Section 1.2, with d = latest - baseline, T the reliable-change threshold
// and g = +1 when higher is better, -1 otherwise:
//   reliable improvement    g.d > 0 and |d| >= T   (>=, not >, at T)
//   reliable deterioration  g.d < 0 and |d| >= T
//   no reliable change      |d| < T
//   reliable recovery (clinically significant improvement): baseline on
//     the clinical side of the cut-off, latest on the other side, and a
//     reliable improvement. Only people whose baseline is clinical are in
//     its denominator: for anyone else it is "not applicable".
// An instrument with no published threshold (UCLA-3, ONS4) has no
// reliability, only a direction (better, worse, the same): section 6.1's
// "felt less lonely" is the latest score lower than the first.
//
// Thresholds come from the instrument's definition; a locality overrides
// them where sources disagree (the ReQoL-10 cut-off 25 (NHS England) or 24
// (Franklin 2021); CORE-10's reliable change 6, or 5 in NHS Digital's CYP
// outcomes) with `ChangeThresholds`.
//
// Section 1.3 (NHS England's pairing): only valid scores (within the
// range) count; the baseline is the first, the follow-up the latest score
// dated after it. Scores are per episode and per measure (per goal for
// GBO): grouping them is the caller's job.
//
// Section 5: GBO goals are classified one by one; `SummariseProgress`
// counts them for a person (progress on at least one / two goals, by any
// change or by reliable change, and NHS Digital's "meaningful improvement").
//
// Thread-safety: plain values and pure functions. `ClassifyChange` never
// allocates.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "base/dates.h"
#include "base/error.h"
#include "domain/outcomes/instrument.h"
#include "domain/outcomes/points.h"

namespace lw {

// A locality's own thresholds for one instrument; unset: the definition's.
struct ChangeThresholds {
  std::optional<Points> reliable_change;      // points, more than 0
  std::optional<Points> cut_off;              // within the score range
  std::optional<ClinicalSide> clinical_side;  // needs a cut-off (the definition's or this one)
  bool operator==(const ChangeThresholds&) const = default;
};

// The rule change is classified by.
struct ChangeRule {
  Polarity polarity = Polarity::kHigherIsBetter;
  std::optional<Points> reliable_change;  // unset: direction only
  std::optional<ClinicalCutOff> cut_off;  // unset: no recovery
  bool operator==(const ChangeRule&) const = default;
};

// The rule for `instrument`'s score, or for item `item_id` of an each_item
// instrument (its own polarity), with a locality's overrides. Fails with
// kInvalidArgument when an override is out of range (fields
// "reliable_change", "cut_off", "clinical_side"), when `item_id` is not an
// item, or when it is missing for (or given to) an instrument that is (is
// not) scored item by item (field "item").
Result<ChangeRule> ChangeRuleFor(const Instrument& instrument,
                                 const ChangeThresholds& overrides = {},
                                 std::string_view item_id = {});

enum class Direction : std::uint8_t { kBetter, kWorse, kSame };
enum class Reliability : std::uint8_t {
  kReliableImprovement,
  kReliableDeterioration,
  kNoReliableChange,
  kNotAssessed,  // no reliable-change threshold
};
// The headline the person and practitioner see: recovery when there was
// one, otherwise the reliability.
enum class ChangeOutcome : std::uint8_t {
  kReliableRecovery,
  kReliableImprovement,
  kReliableDeterioration,
  kNoReliableChange,
  kNotAssessed,
};
std::string_view DirectionKey(Direction direction);        // "better", "worse", "same"
std::string_view ReliabilityKey(Reliability reliability);  // "reliable-improvement", ...
// "reliable-recovery", "reliable-improvement", "reliable-deterioration",
// "no-reliable-change", "not-assessed"
std::string_view ChangeOutcomeKey(ChangeOutcome outcome);

struct ChangeClassification {
  Points baseline;
  Points latest;
  Points change;  // latest - baseline
  Direction direction = Direction::kSame;
  Reliability reliability = Reliability::kNotAssessed;
  std::optional<bool> clinical_at_baseline;  // unset: no cut-off
  std::optional<bool> clinical_at_latest;
  // Unset when not applicable: no cut-off, no threshold, or a baseline
  // outside the clinical range (not in the denominator).
  std::optional<bool> reliable_recovery;

  ChangeOutcome outcome() const;
  bool operator==(const ChangeClassification&) const = default;
};

ChangeClassification ClassifyChange(const ChangeRule& rule, Points baseline, Points latest);

// --- Pairing (section 1.3) ---------------------------------------------------

struct DatedScore {
  Date on;
  Points score;
  bool operator==(const DatedScore&) const = default;
};

struct ScorePair {
  DatedScore baseline;
  DatedScore follow_up;
  bool operator==(const ScorePair&) const = default;
};

// The baseline (the first valid score) and follow-up (the latest valid
// score dated after the baseline's day) from one person's scores on one
// measure for one episode, in any order; nullopt when there is no such
// pair. Valid: within [lowest, highest]. NHS England orders by date only;
// CHOICE: of several scores on the first day, the one given first is the
// baseline, and of several on the last day, the one given last is the
// follow-up (as a later entry on the same day replaces an earlier one).
// A follow-up on the baseline's own day does not pair (NHS Digital's
// `a2.Der_AssToolCompDate > a1.Der_AssToolCompDate`). Duplicates change
// nothing, as the rule counts them once.
std::optional<ScorePair> PairScores(std::span<const DatedScore> scores, Points lowest,
                                    Points highest);

// --- Several classifications for one person (GBO goals, section 5) ----------

enum class ProgressRule : std::uint8_t {
  kAnyProgress,       // any change in the better direction (GBO: d > 0)
  kReliableProgress,  // a reliable improvement (GBO: d >= 3)
};

struct ProgressSummary {
  int paired = 0;           // classifications counted
  int better = 0;           // changes in the better direction
  int reliably_better = 0;  // reliable improvements
  int reliably_worse = 0;   // reliable deteriorations
  // NHS Digital CYP "meaningful improvement": a reliable improvement on at
  // least one and a reliable deterioration on none.
  bool meaningful_improvement() const { return reliably_better > 0 && reliably_worse == 0; }
  // Progress on at least `goals` of them by `rule`; nullopt (not
  // applicable) when fewer than `goals` are paired. Which rule a published
  // figure used (Salford's 83% / 74%) is UNCONFIRMED: report both.
  std::optional<bool> AtLeast(int goals, ProgressRule rule) const;
  bool operator==(const ProgressSummary&) const = default;
};

ProgressSummary SummariseProgress(std::span<const ChangeClassification> changes);

}  // namespace lw

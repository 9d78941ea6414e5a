// Progress: for one person, each measure's scores over time, its first and
// latest score and the change between them classified (issue 6, point 6),
// and each goal's first and latest GBO rating (measures.md section 5).
// Nothing here decides a rule: pairing is PairScores, classification
// ClassifyChange under ChangeRuleFor's rule (change.h), item scores
// ItemScore (score.h).
//
// `MeasureProgressFor` takes one instrument and one person's responses to
// it (any order) and gives one MeasureProgress for the score, or, for an
// each_item instrument (ONS4, DIALOG, GBO), one per item. Responses are put
// in date order, and on one day in the order recorded, which is the order
// PairScores's CHOICE reads. A response without a score (partial, not
// scorable) is listed (`not_scored`) and never paired.
//
// `GoalProgressFor` pairs each goal's ratings (range 0..10) and classifies
// them under `rule` (the GBO instrument's item rule, or direction only
// when no GBO instrument is loaded), and summarises them with
// SummariseProgress.
//
// Failure contract: kInvalidArgument when a threshold override is out of
// range (ChangeRuleFor's fields). Thread-safety: pure functions.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/dates.h"
#include "base/error.h"
#include "domain/outcomes/change.h"
#include "domain/outcomes/goal.h"
#include "domain/outcomes/instrument.h"
#include "domain/outcomes/questionnaire_response.h"

namespace lw {

struct ScorePoint {
  Date on;
  Points score;
  std::string response_id;
  Occasion occasion = Occasion::kAdHoc;
  bool operator==(const ScorePoint&) const = default;
};

struct MeasureProgress {
  std::string instrument_id;
  std::string name;                // the instrument's name, with the item's text for each_item
  std::string item_id;             // each_item: the item; "" for the total score
  ChangeRule rule;                 // what the change was classified by
  Points lowest, highest;          // the score's range (the chart's axis)
  std::vector<ScorePoint> series;  // scored responses, in date order
  int not_scored = 0;              // responses with no score for this
  std::optional<ScorePair> pair;   // first and latest (PairScores)
  std::optional<ChangeClassification> change;  // set with pair
  bool operator==(const MeasureProgress&) const = default;
};

Result<std::vector<MeasureProgress>> MeasureProgressFor(
    const Instrument& instrument, const ChangeThresholds& thresholds,
    std::span<const QuestionnaireResponse> responses);

// "Reliable recovery (clinically significant improvement)", "Reliable
// improvement", "Reliable deterioration", "No reliable change", and for a
// measure with no threshold "Better" / "Worse" / "No change".
std::string ChangeInWords(const ChangeClassification& change);

struct GoalProgress {
  std::string goal_id;
  std::optional<GoalRating> first;   // the first rating, if any
  std::optional<GoalRating> latest;  // the latest, if any
  std::optional<ScorePair> pair;     // PairScores over the ratings
  std::optional<ChangeClassification> change;
  bool operator==(const GoalProgress&) const = default;
};

struct GoalsProgress {
  ChangeRule rule;
  std::vector<GoalProgress> goals;  // in the order given
  ProgressSummary summary;          // over the goals with a change
};

GoalsProgress GoalProgressFor(const ChangeRule& rule, std::span<const Goal> goals);

}  // namespace lw

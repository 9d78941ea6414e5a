// Scoring one completed (or partly completed) questionnaire exactly as
// measures.md specifies: reverse-scored items, the instrument's
// missing-item rule, prorating where it allows, the SWEMWBS raw -> metric
// table, rounding half up (points.h). Item-level answers are always kept;
// the total is never the only thing stored (issue 6, point 5).
//
// Two ways in:
//  - `ScoreAnswers`: the hot path. Answers are small integers in item order
//    (`kNoAnswer` for an unanswered item); nothing is allocated unless the
//    answers are refused. The benchmark (bench/scoring_bench.cc) scores a
//    million pairs with it.
//  - `ScoreQuestionnaire`: answers by item id, as a form or the API gives
//    them; returns every item's answer and score with the total and a
//    sentence saying why the score is what it is.
//
// Contract, for both:
//  - An answer that is not one of the item's response values, or an answer
//    to an item the instrument does not have, is refused: kInvalidArgument
//    with one FieldError per problem, `field` the item id ("q3"), or for
//    ScoreAnswers a count that does not match the instrument ("answers").
//  - Otherwise the status is one of:
//      complete          every scored item answered: the score
//      partial-scored    some unanswered, within the missing-item rule:
//                        the score (prorated / mean of the answered /
//                        each answered item scored)
//      partial-not-scorable  more unanswered than the rule allows, or the
//                        rule allows none: no score, the answers kept
//    Items with scored = false never count towards either.
//  - `raw` is the sum of the answered scored items after reverse-coding
//    (for every rule but each_item); `score` is the final score: the sum,
//    the sum scaled to every item (prorate: total x items / answered), the
//    mean, or the table's metric for the raw sum. A score that is not whole
//    is rounded half up to the instrument's `decimals`.
//    each_item instruments have no total: each answered item's score is
//    its own (`ItemScore`, or `QuestionnaireScore::items`).
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "domain/outcomes/instrument.h"
#include "domain/outcomes/points.h"

namespace lw {

inline constexpr std::int16_t kNoAnswer = std::numeric_limits<std::int16_t>::min();

enum class ScoreStatus : std::uint8_t { kComplete, kPartialScored, kPartialNotScorable };
// "complete", "partial-scored", "partial-not-scorable"
std::string_view ScoreStatusKey(ScoreStatus status);

// Why the score is what it is.
enum class ScoreBasis : std::uint8_t {
  kAllAnswered,       // complete
  kProratedSum,       // partial-scored: the sum scaled up to every item
  kMeanOfAnswered,    // partial-scored: the mean of the answered items
  kEachAnsweredItem,  // partial-scored (each_item): answered items scored, the rest not
  kNoMissingAllowed,  // partial-not-scorable: the instrument allows no unanswered item
  kTooManyMissing,    // partial-not-scorable: more unanswered than the rule allows
};

struct TotalScore {
  ScoreStatus status = ScoreStatus::kPartialNotScorable;
  ScoreBasis basis = ScoreBasis::kNoMissingAllowed;
  std::uint16_t answered = 0;   // scored items answered
  std::uint16_t missing = 0;    // scored items not answered
  std::optional<Points> raw;    // see the contract
  std::optional<Points> score;  // see the contract
};

// `answers` holds one value per item of `instrument`, in item order.
Result<TotalScore> ScoreAnswers(const Instrument& instrument,
                                std::span<const std::int16_t> answers);

// Item `index`'s score for `answer` (reverse-coded where the item is
// reversed); nullopt when unanswered. `answer` must be valid or kNoAnswer.
std::optional<Points> ItemScore(const Instrument& instrument, std::size_t index,
                                std::int16_t answer);

// --- The convenience API: answers by item id --------------------------------

// Item id -> the value chosen, or nullopt for a question left unanswered.
// An item not in the map is unanswered too.
using QuestionnaireAnswers = std::map<std::string, std::optional<int>, std::less<>>;

struct ItemResult {
  std::string item_id;
  std::optional<int> answer;    // as given; nullopt unanswered
  std::optional<Points> score;  // reverse-coded where reversed; nullopt unanswered
  bool scored = true;           // false: kept, never counted
  bool operator==(const ItemResult&) const = default;
};

struct QuestionnaireScore {
  std::string instrument_id;
  std::vector<ItemResult> items;  // every item, in the instrument's order
  TotalScore total;
  std::string why;  // "Scored 17.78: 9 of 10 items answered, total 16 scaled to 10 items (up to 1
                    // may be missing)."
};

Result<QuestionnaireScore> ScoreQuestionnaire(const Instrument& instrument,
                                              const QuestionnaireAnswers& answers);

}  // namespace lw

// The outcome measures of the GM standard set (issue 9, point 2) over the
// facts (facts.h, ADR 0019): change in ReQoL-10 scores, progress towards
// goals, and whether people felt listened to. Their definitions are in StandardMeasures()
// (measures.h) with the others.
//
// The rules are the outcomes folder's, never written again here: scores
// are paired by PairScores (the first valid score against the latest valid
// one on a later day, measures.md 1.3), classified by ClassifyChange under
// the instrument's rule (facts.rules, from ChangeRuleFor), and goals
// summed up by SummariseProgress (section 5).
//
// Pairs are per episode (the MHSDS referral). The follow-up is the latest
// score up to the scope's last day, so an episode counts once, in the month
// of its follow-up; over a whole window the months add up to every pair.
//
// Thread-safety: pure functions over constant facts.
#pragma once

#include "base/error.h"
#include "domain/evaluation/facts.h"
#include "domain/evaluation/measures.h"
#include "domain/evaluation/statistics.h"

namespace lw::evaluation {

// One month's ReQoL-10 pairs.
struct ReqolChange {
  Share improved;      // reliable improvement, of episodes paired
  Share deteriorated;  // reliable deterioration, of episodes paired
  Share recovered;     // reliable recovery, of episodes paired whose first score was clinical
};

// "reqol-change": each episode with a ReQoL-10 pair whose follow-up falls
// in the scope, in the month of the follow-up, by its team's locality.
// kFailedPrecondition when the facts were built without the ReQoL-10
// definition (FactsBuilder::SetReqol10).
Result<Grid<ReqolChange>> ReqolChanges(const Facts& facts, const Scope& scope);

// One month's episodes with goals paired.
struct GoalProgressShares {
  Share one_any;       // progress on at least one goal: any improvement
  Share two_any;       // on at least two: any improvement
  Share one_reliable;  // on at least one: reliable improvement
  Share two_reliable;  // on at least two: reliable improvement
};

// "goal-progress": each episode with at least one goal paired (rated on two
// days up to the scope's last day), in the month of its latest follow-up
// rating, by its team's locality; every share's denominator is those
// episodes. kFailedPrecondition when the facts have no GBO rule with a
// reliable change (FactsBuilder::SetGoalRule).
Result<Grid<GoalProgressShares>> ProgressTowardsGoals(const Facts& facts, const Scope& scope);

// "felt-listened-to": answers to the end-of-support question "I felt
// listened to", in the month answered, by the locality of the response's
// team: agreed or strongly agreed, of those answering it. Empty when the
// facts were built without the experience definition.
Result<Grid<Share>> FeltListenedTo(const Facts& facts, const Scope& scope);

}  // namespace lw::evaluation

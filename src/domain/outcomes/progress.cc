#include "domain/outcomes/progress.h"

#include <algorithm>
#include <utility>

namespace lw {
namespace {

// Date order, and within a day the order recorded.
std::vector<const QuestionnaireResponse*> InOrder(std::span<const QuestionnaireResponse> rs) {
  std::vector<const QuestionnaireResponse*> out;
  for (const QuestionnaireResponse& r : rs) out.push_back(&r);
  std::ranges::stable_sort(out, [](const QuestionnaireResponse* a, const QuestionnaireResponse* b) {
    if (a->on != b->on) return a->on < b->on;
    return a->recorded_at < b->recorded_at;
  });
  return out;
}

void Pair(MeasureProgress& m) {
  std::vector<DatedScore> scores;
  scores.reserve(m.series.size());
  for (const ScorePoint& p : m.series) scores.push_back({p.on, p.score});
  m.pair = PairScores(scores, m.lowest, m.highest);
  if (m.pair) m.change = ClassifyChange(m.rule, m.pair->baseline.score, m.pair->follow_up.score);
}

}  // namespace

Result<std::vector<MeasureProgress>> MeasureProgressFor(
    const Instrument& instrument, const ChangeThresholds& thresholds,
    std::span<const QuestionnaireResponse> responses) {
  const InstrumentDefinition& d = instrument.definition();
  const std::vector<const QuestionnaireResponse*> ordered = InOrder(responses);
  std::vector<MeasureProgress> out;
  if (instrument.rule() != ScoringRule::kEachItem) {
    auto rule = ChangeRuleFor(instrument, thresholds);
    if (!rule) return Fail(rule.error());
    MeasureProgress m{.instrument_id = d.id,
                      .name = d.name,
                      .rule = *rule,
                      .lowest = d.min_score,
                      .highest = d.max_score};
    for (const QuestionnaireResponse* r : ordered) {
      if (r->instrument_id != d.id) continue;
      if (!r->score) {
        ++m.not_scored;
        continue;
      }
      m.series.push_back({r->on, *r->score, r->id, r->occasion});
    }
    Pair(m);
    out.push_back(std::move(m));
    return out;
  }
  for (std::size_t i = 0; i < d.items.size(); ++i) {
    const InstrumentItem& item = d.items[i];
    if (!item.scored) continue;
    auto rule = ChangeRuleFor(instrument, thresholds, item.id);
    if (!rule) return Fail(rule.error());
    const Instrument::ItemRule& range = instrument.item(i);
    MeasureProgress m{.instrument_id = d.id,
                      .name = d.name + ": " + item.text,
                      .item_id = item.id,
                      .rule = *rule,
                      .lowest = Points::Whole(range.lowest),
                      .highest = Points::Whole(range.highest)};
    for (const QuestionnaireResponse* r : ordered) {
      if (r->instrument_id != d.id) continue;
      auto answer = std::ranges::find(r->answers, item.id, &ResponseAnswer::item_id);
      std::optional<Points> score;
      if (answer != r->answers.end() && answer->value &&
          instrument.IsValidAnswer(i, static_cast<std::int16_t>(*answer->value))) {
        score = ItemScore(instrument, i, static_cast<std::int16_t>(*answer->value));
      }
      if (!score) {
        ++m.not_scored;
        continue;
      }
      m.series.push_back({r->on, *score, r->id, r->occasion});
    }
    Pair(m);
    out.push_back(std::move(m));
  }
  return out;
}

std::string ChangeInWords(const ChangeClassification& c) {
  switch (c.outcome()) {
    case ChangeOutcome::kReliableRecovery:
      return "Reliable recovery (clinically significant improvement)";
    case ChangeOutcome::kReliableImprovement:
      return "Reliable improvement";
    case ChangeOutcome::kReliableDeterioration:
      return "Reliable deterioration";
    case ChangeOutcome::kNoReliableChange:
      return "No reliable change";
    case ChangeOutcome::kNotAssessed:
      break;
  }
  switch (c.direction) {
    case Direction::kBetter:
      return "Better";
    case Direction::kWorse:
      return "Worse";
    case Direction::kSame:
      break;
  }
  return "No change";
}

GoalsProgress GoalProgressFor(const ChangeRule& rule, std::span<const Goal> goals) {
  GoalsProgress out{.rule = rule};
  std::vector<ChangeClassification> changes;
  for (const Goal& g : goals) {
    GoalProgress p{.goal_id = g.id};
    std::vector<const GoalRating*> ordered;
    ordered.reserve(g.ratings.size());
    for (const GoalRating& r : g.ratings) ordered.push_back(&r);
    std::ranges::stable_sort(ordered, {}, &GoalRating::on);
    if (!ordered.empty()) {
      p.first = *ordered.front();
      p.latest = *ordered.back();
    }
    std::vector<DatedScore> scores;
    scores.reserve(ordered.size());
    for (const GoalRating* r : ordered) scores.push_back({r->on, Points::Whole(r->rating)});
    p.pair =
        PairScores(scores, Points::Whole(kLowestGoalRating), Points::Whole(kHighestGoalRating));
    if (p.pair) {
      p.change = ClassifyChange(rule, p.pair->baseline.score, p.pair->follow_up.score);
      changes.push_back(*p.change);
    }
    out.goals.push_back(std::move(p));
  }
  out.summary = SummariseProgress(changes);
  return out;
}

}  // namespace lw

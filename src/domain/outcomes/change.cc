#include "domain/outcomes/change.h"

#include <string>
#include <vector>

namespace lw {

Result<ChangeRule> ChangeRuleFor(const Instrument& instrument, const ChangeThresholds& overrides,
                                 std::string_view item_id) {
  const InstrumentDefinition& d = instrument.definition();
  std::vector<FieldError> errors;
  ChangeRule rule{
      .polarity = d.polarity,
      .reliable_change = overrides.reliable_change ? overrides.reliable_change : d.reliable_change,
      .cut_off = d.cut_off};
  const bool each_item = d.rule == ScoringRule::kEachItem;
  if (each_item && item_id.empty()) {
    errors.push_back({"item", d.name + " is scored item by item: say which item"});
  } else if (!each_item && !item_id.empty()) {
    errors.push_back({"item", d.name + " has one score, not one per item"});
  } else if (each_item) {
    if (auto index = instrument.ItemIndex(item_id)) {
      rule.polarity = instrument.item(*index).polarity;
    } else {
      errors.push_back({"item", "There is no item " + std::string(item_id) + " in " + d.name});
    }
  }
  const std::string range = d.min_score.ToString() + " to " + d.max_score.ToString();
  if (overrides.reliable_change && *overrides.reliable_change <= Points{}) {
    errors.push_back({"reliable_change", "The reliable change threshold must be more than 0"});
  }
  if (overrides.cut_off) {
    if (*overrides.cut_off < d.min_score || *overrides.cut_off > d.max_score) {
      errors.push_back({"cut_off", "The cut-off must be within " + range});
    }
    rule.cut_off =
        ClinicalCutOff{.value = *overrides.cut_off,
                       .clinical = rule.cut_off ? rule.cut_off->clinical : ClinicalSide::kBelow};
  }
  if (overrides.clinical_side) {
    if (!rule.cut_off) {
      errors.push_back({"clinical_side", d.name + " has no cut-off: give one with the side"});
    } else {
      rule.cut_off->clinical = *overrides.clinical_side;
    }
  } else if (overrides.cut_off && !d.cut_off) {
    errors.push_back({"clinical_side", d.name + " has no cut-off of its own: say which side of " +
                                           overrides.cut_off->ToString() + " is clinical"});
  }
  if (!errors.empty()) {
    return Fail(
        Error::Invalid("The change thresholds for " + d.id + " are not valid", std::move(errors)));
  }
  return rule;
}

std::string_view DirectionKey(Direction direction) {
  switch (direction) {
    case Direction::kBetter:
      return "better";
    case Direction::kWorse:
      return "worse";
    case Direction::kSame:
      return "same";
  }
  return "";
}

std::string_view ReliabilityKey(Reliability reliability) {
  switch (reliability) {
    case Reliability::kReliableImprovement:
      return "reliable-improvement";
    case Reliability::kReliableDeterioration:
      return "reliable-deterioration";
    case Reliability::kNoReliableChange:
      return "no-reliable-change";
    case Reliability::kNotAssessed:
      return "not-assessed";
  }
  return "";
}

std::string_view ChangeOutcomeKey(ChangeOutcome outcome) {
  switch (outcome) {
    case ChangeOutcome::kReliableRecovery:
      return "reliable-recovery";
    case ChangeOutcome::kReliableImprovement:
      return "reliable-improvement";
    case ChangeOutcome::kReliableDeterioration:
      return "reliable-deterioration";
    case ChangeOutcome::kNoReliableChange:
      return "no-reliable-change";
    case ChangeOutcome::kNotAssessed:
      return "not-assessed";
  }
  return "";
}

ChangeOutcome ChangeClassification::outcome() const {
  if (reliable_recovery.value_or(false)) return ChangeOutcome::kReliableRecovery;
  switch (reliability) {
    case Reliability::kReliableImprovement:
      return ChangeOutcome::kReliableImprovement;
    case Reliability::kReliableDeterioration:
      return ChangeOutcome::kReliableDeterioration;
    case Reliability::kNoReliableChange:
      return ChangeOutcome::kNoReliableChange;
    case Reliability::kNotAssessed:
      break;
  }
  return ChangeOutcome::kNotAssessed;
}

ChangeClassification ClassifyChange(const ChangeRule& rule, Points baseline, Points latest) {
  ChangeClassification c;
  c.baseline = baseline;
  c.latest = latest;
  c.change = latest - baseline;
  // g.d: positive when the change is in the better direction.
  const std::int32_t signed_change =
      rule.polarity == Polarity::kHigherIsBetter ? c.change.hundredths : -c.change.hundredths;
  c.direction = signed_change > 0   ? Direction::kBetter
                : signed_change < 0 ? Direction::kWorse
                                    : Direction::kSame;
  if (rule.reliable_change) {
    if (Abs(c.change) < *rule.reliable_change) {
      c.reliability = Reliability::kNoReliableChange;
    } else {
      c.reliability = signed_change > 0 ? Reliability::kReliableImprovement
                                        : Reliability::kReliableDeterioration;
    }
  }
  if (rule.cut_off) {
    c.clinical_at_baseline = IsClinical(*rule.cut_off, baseline);
    c.clinical_at_latest = IsClinical(*rule.cut_off, latest);
    if (*c.clinical_at_baseline && rule.reliable_change) {
      c.reliable_recovery =
          !*c.clinical_at_latest && c.reliability == Reliability::kReliableImprovement;
    }
  }
  return c;
}

std::optional<ScorePair> PairScores(std::span<const DatedScore> scores, Points lowest,
                                    Points highest) {
  const DatedScore* first = nullptr;
  const DatedScore* last = nullptr;
  for (const DatedScore& s : scores) {
    if (s.score < lowest || s.score > highest) continue;
    if (first == nullptr || s.on < first->on) first = &s;
    if (last == nullptr || s.on >= last->on) last = &s;
  }
  if (first == nullptr || !(first->on < last->on)) return std::nullopt;
  return ScorePair{.baseline = *first, .follow_up = *last};
}

std::optional<bool> ProgressSummary::AtLeast(int goals, ProgressRule rule) const {
  if (paired < goals) return std::nullopt;
  return (rule == ProgressRule::kAnyProgress ? better : reliably_better) >= goals;
}

ProgressSummary SummariseProgress(std::span<const ChangeClassification> changes) {
  ProgressSummary s;
  for (const ChangeClassification& c : changes) {
    ++s.paired;
    s.better += c.direction == Direction::kBetter ? 1 : 0;
    s.reliably_better += c.reliability == Reliability::kReliableImprovement ? 1 : 0;
    s.reliably_worse += c.reliability == Reliability::kReliableDeterioration ? 1 : 0;
  }
  return s;
}

}  // namespace lw

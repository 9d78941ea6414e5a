#include "domain/outcomes/score.h"

#include <string>
#include <utility>

namespace lw {
namespace {

std::string OptionList(const Instrument& instrument, std::size_t index) {
  std::string out;
  const auto& options = instrument.OptionsFor(index);
  for (std::size_t i = 0; i < options.size(); ++i) {
    if (i > 0) out += i + 1 == options.size() ? " or " : ", ";
    out += std::to_string(options[i].value);
  }
  return out;
}

FieldError OutOfRange(const Instrument& instrument, std::size_t index, long long answer) {
  const std::string& id = instrument.definition().items[index].id;
  return FieldError{id, "The answer to " + id + " must be " + OptionList(instrument, index) +
                            ", not " + std::to_string(answer)};
}

// The total from the answered scored items' sum and counts (answers valid).
TotalScore Total(const Instrument& instrument, std::int32_t sum, int answered, int missing) {
  const InstrumentDefinition& d = instrument.definition();
  TotalScore t;
  t.answered = static_cast<std::uint16_t>(answered);
  t.missing = static_cast<std::uint16_t>(missing);
  if (d.rule == ScoringRule::kEachItem) {
    if (missing == 0) {
      t.status = ScoreStatus::kComplete;
      t.basis = ScoreBasis::kAllAnswered;
    } else if (d.missing == MissingRule::kSkip && missing <= d.max_missing) {
      t.status = ScoreStatus::kPartialScored;
      t.basis = ScoreBasis::kEachAnsweredItem;
    } else {
      t.basis = d.missing == MissingRule::kNone ? ScoreBasis::kNoMissingAllowed
                                                : ScoreBasis::kTooManyMissing;
    }
    return t;
  }
  if (missing > 0) {
    if (d.missing == MissingRule::kNone) {
      t.basis = ScoreBasis::kNoMissingAllowed;
      return t;
    }
    if (missing > d.max_missing) {
      t.basis = ScoreBasis::kTooManyMissing;
      return t;
    }
  }
  t.raw = Points::Whole(sum);
  const int items = answered + missing;
  switch (d.rule) {
    case ScoringRule::kSum:
      // Prorated: total x items / answered; the sum itself when complete.
      t.score = missing == 0
                    ? *t.raw
                    : RoundedQuotient(static_cast<std::int64_t>(sum) * items, answered, d.decimals);
      t.basis = missing == 0 ? ScoreBasis::kAllAnswered : ScoreBasis::kProratedSum;
      break;
    case ScoringRule::kMean:
      t.score = RoundedQuotient(sum, answered, d.decimals);
      t.basis = missing == 0 ? ScoreBasis::kAllAnswered : ScoreBasis::kMeanOfAnswered;
      break;
    case ScoringRule::kSumThenTable:
      // Validation allows no missing item with a table, and the table
      // covers every sum the items allow.
      t.score = instrument.Metric(sum);
      t.basis = ScoreBasis::kAllAnswered;
      break;
    case ScoringRule::kEachItem:
      break;
  }
  t.status = missing == 0 ? ScoreStatus::kComplete : ScoreStatus::kPartialScored;
  return t;
}

std::string Why(const Instrument& instrument, const TotalScore& t) {
  const InstrumentDefinition& d = instrument.definition();
  const std::string items = std::to_string(t.answered + t.missing);
  const std::string answered = std::to_string(t.answered) + " of " + items + " items answered";
  const std::string allowed = "up to " + std::to_string(d.max_missing) + " may be unanswered";
  switch (t.basis) {
    case ScoreBasis::kAllAnswered:
      if (d.rule == ScoringRule::kEachItem) return "Complete: each item is its own score.";
      if (d.rule == ScoringRule::kSumThenTable) {
        return "Complete: raw total " + t.raw->ToString() + ", " + t.score->ToString(2) +
               " on the metric scale.";
      }
      if (d.rule == ScoringRule::kMean) {
        return "Complete: the mean of " + items + " items is " + t.score->ToString() + ".";
      }
      return "Complete: the total of " + items + " items is " + t.score->ToString() + ".";
    case ScoreBasis::kProratedSum:
      return "Partial, scored " + t.score->ToString() + ": " + answered + ", total " +
             t.raw->ToString() + " scaled to " + items + " items (" + allowed + ").";
    case ScoreBasis::kMeanOfAnswered:
      return "Partial, scored " + t.score->ToString() + ": the mean of the " +
             std::to_string(t.answered) + " items answered (" + allowed + ").";
    case ScoreBasis::kEachAnsweredItem:
      return "Partial: " + answered + "; each answered item is its own score (" + allowed + ").";
    case ScoreBasis::kNoMissingAllowed:
      return "Partial, not scored: " + answered + ", and " + d.name +
             " is scored only when every item is answered.";
    case ScoreBasis::kTooManyMissing:
      return "Partial, not scored: " + answered + ", and " + allowed + ".";
  }
  return "";
}

}  // namespace

std::string_view ScoreStatusKey(ScoreStatus status) {
  switch (status) {
    case ScoreStatus::kComplete:
      return "complete";
    case ScoreStatus::kPartialScored:
      return "partial-scored";
    case ScoreStatus::kPartialNotScorable:
      return "partial-not-scorable";
  }
  return "";
}

Result<TotalScore> ScoreAnswers(const Instrument& instrument,
                                std::span<const std::int16_t> answers) {
  const std::size_t n = instrument.item_count();
  if (answers.size() != n) {
    return Fail(Error::Invalid(
        "Wrong number of answers",
        {{"answers", "There are " + std::to_string(answers.size()) + " answers for the " +
                         std::to_string(n) + " items of " + std::string(instrument.id())}}));
  }
  std::int32_t sum = 0;
  int answered = 0;
  int missing = 0;
  bool refused = false;
  for (std::size_t i = 0; i < n; ++i) {
    const std::int16_t a = answers[i];
    const Instrument::ItemRule& rule = instrument.item(i);
    if (a == kNoAnswer) {
      missing += rule.scored ? 1 : 0;
      continue;
    }
    if (!instrument.IsValidAnswer(i, a)) [[unlikely]] {
      refused = true;
      continue;
    }
    if (!rule.scored) continue;
    ++answered;
    sum += rule.reverse ? rule.lowest + rule.highest - a : a;
  }
  if (refused) [[unlikely]] {
    std::vector<FieldError> errors;
    for (std::size_t i = 0; i < n; ++i) {
      if (answers[i] != kNoAnswer && !instrument.IsValidAnswer(i, answers[i])) {
        errors.push_back(OutOfRange(instrument, i, answers[i]));
      }
    }
    return Fail(Error::Invalid("Some answers are not among the choices offered", errors));
  }
  return Total(instrument, sum, answered, missing);
}

std::optional<Points> ItemScore(const Instrument& instrument, std::size_t index,
                                std::int16_t answer) {
  if (answer == kNoAnswer) return std::nullopt;
  return instrument.ItemScore(index, answer);
}

Result<QuestionnaireScore> ScoreQuestionnaire(const Instrument& instrument,
                                              const QuestionnaireAnswers& answers) {
  const InstrumentDefinition& d = instrument.definition();
  std::vector<FieldError> errors;
  for (const auto& [id, value] : answers) {
    if (!instrument.ItemIndex(id)) {
      errors.push_back({id, "There is no question " + id + " in " + d.name});
    }
  }
  std::vector<std::int16_t> values(instrument.item_count(), kNoAnswer);
  for (std::size_t i = 0; i < d.items.size(); ++i) {
    auto it = answers.find(d.items[i].id);
    if (it == answers.end() || !it->second) continue;
    const int a = *it->second;
    if (a < -kMaxResponseValue || a > kMaxResponseValue ||
        !instrument.IsValidAnswer(i, static_cast<std::int16_t>(a))) {
      errors.push_back(OutOfRange(instrument, i, a));
      continue;
    }
    values[i] = static_cast<std::int16_t>(a);
  }
  if (!errors.empty()) {
    return Fail(Error::Invalid("Some answers are not among the choices offered", errors));
  }
  auto total = ScoreAnswers(instrument, values);
  if (!total) return Fail(total.error());
  QuestionnaireScore out{.instrument_id = d.id, .items = {}, .total = *total, .why = {}};
  out.items.reserve(d.items.size());
  for (std::size_t i = 0; i < d.items.size(); ++i) {
    const bool given = values[i] != kNoAnswer;
    out.items.push_back({.item_id = d.items[i].id,
                         .answer = given ? std::optional<int>(values[i]) : std::nullopt,
                         .score = ItemScore(instrument, i, values[i]),
                         .scored = d.items[i].scored});
  }
  out.why = Why(instrument, out.total);
  return out;
}

}  // namespace lw

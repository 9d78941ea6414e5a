// Scoring and classifying outcome questionnaires (issue 6's benchmark: one
// million paired questionnaires in under one second on one core).
//
//   BM_ScoreAndClassifyPairs   one million pairs (baseline and latest) of the
//                              shipped definitions (config/instruments): 70%
//                              ReQoL-10, 10% SWEMWBS, 10% CORE-10, 10% GBO.
//                              Each questionnaire is scored (ScoreAnswers),
//                              each scored pair classified (ClassifyChange);
//                              GBO goal by goal, then summarised per person
//                              (SummariseProgress). About 5% of questionnaires
//                              have an unanswered item (for GBO, a goal not
//                              set), so some are prorated (CORE-10) and some
//                              not scorable (ReQoL-10, SWEMWBS).
//   BM_ScoreQuestionnaireById  the convenience API (answers by item id, every
//                              item's result and a sentence), per questionnaire.
//
// Answers are generated before timing with a fixed LCG seed, so every run
// scores the same million pairs; the counters (outcomes per run) are the
// same every run and make the work observable.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string>
#include <vector>

#include "app/instrument_files.h"
#include "domain/outcomes/change.h"
#include "domain/outcomes/score.h"

namespace lw {
namespace {

constexpr std::size_t kPairs = 1'000'000;

class Lcg {
 public:
  explicit Lcg(std::uint64_t seed) : state_(seed) {}
  int Below(int n) {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<int>((state_ >> 33) % static_cast<std::uint64_t>(n));
  }

 private:
  std::uint64_t state_;
};

struct Measure {
  Instrument instrument;
  std::vector<ChangeRule> rules;  // one; or one per item for each_item
};

struct PairRef {
  std::uint8_t measure = 0;
  std::uint32_t offset = 0;  // baseline answers at offset, latest right after
};

struct Workload {
  std::vector<Measure> measures;  // reqol-10, swemwbs, core-10, gbo
  std::vector<std::int16_t> answers;
  std::vector<PairRef> pairs;
};

Instrument Load(const std::vector<Instrument>& all, std::string_view id) {
  for (const Instrument& i : all) {
    if (i.id() == id) return i;
  }
  std::abort();  // the shipped directory lost an instrument: the bench cannot run
}

// One questionnaire's answers: each item near the person's level (`level`
// in 0..100 of the item's range), a few left unanswered.
void Generate(const Instrument& instrument, int level, Lcg& lcg, std::vector<std::int16_t>& out) {
  const bool each_item = instrument.rule() == ScoringRule::kEachItem;
  const int missing_at =
      lcg.Below(100) < 5 ? lcg.Below(static_cast<int>(instrument.item_count())) : -1;
  for (std::size_t i = 0; i < instrument.item_count(); ++i) {
    const Instrument::ItemRule& r = instrument.item(i);
    if (static_cast<int>(i) == missing_at || (each_item && i > 0 && lcg.Below(100) < 20)) {
      out.push_back(kNoAnswer);
      continue;
    }
    const int span = r.highest - r.lowest;
    int value = r.lowest + (span * level + 50) / 100 + lcg.Below(3) - 1;
    value = std::clamp(value, static_cast<int>(r.lowest), static_cast<int>(r.highest));
    // Reversed items are answered the other way round by the same person.
    if (r.reverse) value = r.lowest + r.highest - value;
    out.push_back(static_cast<std::int16_t>(value));
  }
}

Workload Build() {
  auto all = LoadInstrumentDir(std::string(LW_SOURCE_DIR) + "/config/instruments");
  if (!all) std::abort();
  Workload w;
  for (const char* id : {"reqol-10", "swemwbs", "core-10", "gbo"}) {
    Measure m{.instrument = Load(*all, id), .rules = {}};
    if (m.instrument.rule() == ScoringRule::kEachItem) {
      for (const auto& item : m.instrument.definition().items) {
        m.rules.push_back(*ChangeRuleFor(m.instrument, {}, item.id));
      }
    } else {
      m.rules.push_back(*ChangeRuleFor(m.instrument));
    }
    w.measures.push_back(std::move(m));
  }
  Lcg lcg(20261123);
  w.pairs.reserve(kPairs);
  w.answers.reserve(kPairs * 2 * 10);
  for (std::size_t p = 0; p < kPairs; ++p) {
    const int roll = lcg.Below(100);
    const std::uint8_t measure = roll < 70 ? 0 : roll < 80 ? 1 : roll < 90 ? 2 : 3;
    const Instrument& instrument = w.measures[measure].instrument;
    w.pairs.push_back({measure, static_cast<std::uint32_t>(w.answers.size())});
    // Most people are doing better at review; some worse.
    const int baseline = 15 + lcg.Below(50);
    const int latest = std::clamp(baseline + lcg.Below(45) - 12, 0, 100);
    // CORE-10: higher is worse, so a better latest is a lower level.
    const bool worse_is_higher = instrument.definition().polarity == Polarity::kHigherIsWorse;
    Generate(instrument, worse_is_higher ? 100 - baseline : baseline, lcg, w.answers);
    Generate(instrument, worse_is_higher ? 100 - latest : latest, lcg, w.answers);
  }
  return w;
}

const Workload& TheWorkload() {
  static const Workload w = Build();
  return w;
}

struct Tally {
  std::int64_t classified = 0;
  std::int64_t not_scorable = 0;
  std::array<std::int64_t, 5> outcomes{};  // by ChangeOutcome
  std::int64_t meaningful = 0;             // GBO people with a meaningful improvement
};

void ScorePair(const Workload& w, const PairRef& pair, Tally& tally) {
  const Measure& m = w.measures[pair.measure];
  const std::size_t n = m.instrument.item_count();
  const std::span<const std::int16_t> base(w.answers.data() + pair.offset, n);
  const std::span<const std::int16_t> latest(w.answers.data() + pair.offset + n, n);
  auto first = ScoreAnswers(m.instrument, base);
  auto last = ScoreAnswers(m.instrument, latest);
  if (!first || !last) std::abort();  // generated answers are always valid
  if (m.instrument.rule() != ScoringRule::kEachItem) {
    if (!first->score || !last->score) {
      ++tally.not_scorable;
      return;
    }
    const ChangeClassification c = ClassifyChange(m.rules[0], *first->score, *last->score);
    ++tally.classified;
    ++tally.outcomes[static_cast<std::size_t>(c.outcome())];
    return;
  }
  std::array<ChangeClassification, 8> goals;
  std::size_t paired = 0;
  for (std::size_t i = 0; i < n && paired < goals.size(); ++i) {
    if (base[i] == kNoAnswer || latest[i] == kNoAnswer) continue;
    goals[paired] = ClassifyChange(m.rules[i], m.instrument.ItemScore(i, base[i]),
                                   m.instrument.ItemScore(i, latest[i]));
    ++tally.outcomes[static_cast<std::size_t>(goals[paired].outcome())];
    ++paired;
  }
  tally.classified += static_cast<std::int64_t>(paired);
  const ProgressSummary s = SummariseProgress(std::span(goals.data(), paired));
  tally.meaningful += s.meaningful_improvement() ? 1 : 0;
}

void BM_ScoreAndClassifyPairs(benchmark::State& state) {
  const Workload& w = TheWorkload();
  Tally tally;
  for (auto _ : state) {  // NOLINT(clang-analyzer-deadcode.DeadStores): the benchmark loop
    tally = Tally{};
    for (const PairRef& pair : w.pairs) ScorePair(w, pair, tally);
    benchmark::DoNotOptimize(tally);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(kPairs));
  state.counters["pairs"] = static_cast<double>(kPairs);
  state.counters["classified"] = static_cast<double>(tally.classified);
  state.counters["not_scorable"] = static_cast<double>(tally.not_scorable);
  state.counters["recovered"] = static_cast<double>(
      tally.outcomes[static_cast<std::size_t>(ChangeOutcome::kReliableRecovery)]);
  state.counters["improved"] = static_cast<double>(
      tally.outcomes[static_cast<std::size_t>(ChangeOutcome::kReliableImprovement)]);
  state.counters["deteriorated"] = static_cast<double>(
      tally.outcomes[static_cast<std::size_t>(ChangeOutcome::kReliableDeterioration)]);
  state.counters["gbo_meaningful"] = static_cast<double>(tally.meaningful);
}
BENCHMARK(BM_ScoreAndClassifyPairs)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_ScoreQuestionnaireById(benchmark::State& state) {
  const Workload& w = TheWorkload();
  const Instrument& reqol = w.measures[0].instrument;
  QuestionnaireAnswers answers;
  for (std::size_t i = 0; i < reqol.item_count(); ++i) {
    answers[reqol.definition().items[i].id] = static_cast<int>(i % 5);
  }
  for (auto _ : state) {  // NOLINT(clang-analyzer-deadcode.DeadStores): the benchmark loop
    auto q = ScoreQuestionnaire(reqol, answers);
    benchmark::DoNotOptimize(q);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ScoreQuestionnaireById);

}  // namespace
}  // namespace lw

BENCHMARK_MAIN();

// synth_bench: the synthetic-data generator's speed and memory (issue 8,
// point 5): at least 1 million contacts a second from the generator itself
// (before any writing), and the whole gm scale written as CSV, in constant
// memory. Figures in docs/performance.md ("Generating synthetic systems").
//
//   build-release/bench/synth_bench                      # gm
//   build-release/bench/synth_bench --benchmark_filter=National   # 40 localities
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <string>

#include "domain/synth/system.h"
#include "services/synth_files.h"

namespace lw {
namespace {

using namespace lw::synth;

// Counts rows and keeps one value of each so nothing is optimised away.
class CountingSink final : public SynthSink {
 public:
  void Add(const LocalityRow&) override { ++rows; }
  void Add(const NeighbourhoodRow&) override { ++rows; }
  void Add(const TeamRow&) override { ++rows; }
  void Add(const StaffRow&) override { ++rows; }
  void Add(const ServiceRow&) override { ++rows; }
  void Add(const PersonRow& r) override {
    ++rows;
    sum += r.person;
  }
  void Add(const IntroductionRow& r) override {
    ++rows;
    sum += static_cast<std::uint64_t>(r.received.DayNumber());
  }
  void Add(const EpisodeRow&) override { ++rows; }
  void Add(const ContactRow& r) override {
    ++rows;
    ++contacts;
    sum += static_cast<std::uint64_t>(r.on.DayNumber()) + static_cast<std::uint64_t>(r.mode);
  }
  void Add(const QuestionnaireRow& r) override {
    ++rows;
    sum += static_cast<std::uint64_t>(r.total);
  }
  void Add(const GoalRatingRow&) override { ++rows; }
  void Add(const WheelRow&) override { ++rows; }
  void Add(const WarmRow&) override { ++rows; }
  void Add(const ExperienceRow&) override { ++rows; }
  long long rows = 0;
  long long contacts = 0;
  std::uint64_t sum = 0;
};

double PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // KiB on Linux
}

void Generate(benchmark::State& state, Scale scale) {
  const SystemSpec spec = SpecFor(scale, 1);
  long long contacts = 0;
  long long rows = 0;
  for (auto _ : state) {
    CountingSink sink;
    const SystemTruth truth = GenerateSystem(spec, sink);
    benchmark::DoNotOptimize(sink.sum);
    benchmark::DoNotOptimize(truth.localities.size());
    contacts = sink.contacts;
    rows = sink.rows;
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * contacts);
  state.counters["contacts"] = static_cast<double>(contacts);
  state.counters["rows"] = static_cast<double>(rows);
  state.counters["peak_rss_mb"] = PeakRssMb();
}

void BM_GenerateGm(benchmark::State& state) { Generate(state, Scale::kGm); }
BENCHMARK(BM_GenerateGm)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_GenerateNational(benchmark::State& state) { Generate(state, Scale::kNational); }
BENCHMARK(BM_GenerateNational)->Unit(benchmark::kMillisecond)->Iterations(1);

// The gm scale as CSV, truth and manifest, into a fresh folder each time.
void BM_WriteGmCsv(benchmark::State& state) {
  const SystemSpec spec = SpecFor(Scale::kGm, 1);
  const std::filesystem::path root =
      std::filesystem::temp_directory_path() / ("synth_bench_" + std::to_string(::getpid()));
  long long contacts = 0;
  long long bytes = 0;
  int run = 0;
  for (auto _ : state) {
    const auto folder = root / std::to_string(run++);
    auto written = WriteSynthFiles(spec, folder);
    if (!written) {
      state.SkipWithError(written.error().message.c_str());
      break;
    }
    contacts = written->truth.Total().contacts;
    bytes = 0;
    for (const auto& f : written->files) bytes += f.bytes;
    state.PauseTiming();
    std::filesystem::remove_all(folder);
    state.ResumeTiming();
  }
  std::filesystem::remove_all(root);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * contacts);
  state.counters["mb_written"] = static_cast<double>(bytes) / 1e6;
  state.counters["peak_rss_mb"] = PeakRssMb();
}
BENCHMARK(BM_WriteGmCsv)->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace
}  // namespace lw

BENCHMARK_MAIN();

// `livingwell generate`: the synthetic-data generator's command.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>

#include "app/app.h"
#include "app/instrument_files.h"
#include "base/clock.h"
#include "cli/commands.h"
#include "domain/synth/system.h"
#include "services/synth_files.h"
#include "services/synth_load.h"

namespace lw::cli {
namespace {

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int RunGenerate(const Config& config, const GenerateArgs& args) {
  const auto scale = synth::ParseScale(args.scale);
  if (!scale) {
    std::fprintf(stderr,
                 "livingwell: configuration error: scale: \"%s\" is not one of demo, locality, "
                 "gm or national\n",
                 args.scale.c_str());
    return 2;
  }
  if (args.out.empty() && !args.load) {
    std::fprintf(stderr,
                 "livingwell: configuration error: generate: say where it goes: --out DIR, "
                 "--load, or both\n");
    return 2;
  }
  const synth::SystemSpec spec = synth::SpecFor(*scale, args.seed);
  if (!args.out.empty()) {
    const auto start = std::chrono::steady_clock::now();
    auto written = WriteSynthFiles(spec, args.out);
    if (!written) {
      std::fprintf(stderr, "livingwell: generate: %s\n", written.error().message.c_str());
      return 1;
    }
    const double seconds = SecondsSince(start);
    long long contacts = 0;
    for (const SynthFileSummary& f : written->files) {
      std::printf("%-24s %12lld rows %14lld bytes\n", f.name.c_str(), f.rows, f.bytes);
      if (f.name == "contacts.csv") contacts = f.rows;
    }
    std::printf("generated the %s scale (seed %llu) in %s in %.1f s: %.0f contacts a second\n",
                args.scale.c_str(), static_cast<unsigned long long>(args.seed), args.out.c_str(),
                seconds, seconds > 0 ? static_cast<double>(contacts) / seconds : 0.0);
  }
  if (args.load) {
    const auto start = std::chrono::steady_clock::now();
    // Millions of records: a page cache that holds a locality's indexes.
    Config load_config = config;
    load_config.sqlite_cache_mb = std::max(config.sqlite_cache_mb, 256);
    auto store = OpenStore(load_config);
    if (!store) {
      std::fprintf(stderr, "livingwell: generate: %s\n", store.error().message.c_str());
      return 1;
    }
    auto instruments = config.instruments.empty() ? LoadShippedInstruments()
                                                  : LoadInstrumentDir(config.instruments);
    if (!instruments) {
      std::fprintf(stderr, "livingwell: generate: %s\n", instruments.error().message.c_str());
      return 1;
    }
    const auto clock = ClockFor(config);
    auto loaded = LoadSynthSystem(**store, spec, *instruments, *clock);
    if (!loaded) {
      std::fprintf(stderr, "livingwell: generate: %s\n", loaded.error().message.c_str());
      return 1;
    }
    const double seconds = SecondsSince(start);
    std::printf(
        "stored the %s scale (seed %llu) in the %s store: %lld records in %lld transactions "
        "in %.1f s (%.0f a second)\n",
        args.scale.c_str(), static_cast<unsigned long long>(args.seed),
        std::string((*store)->Kind()).c_str(), loaded->records, loaded->transactions, seconds,
        seconds > 0 ? static_cast<double>(loaded->records) / seconds : 0.0);
  }
  return 0;
}

}  // namespace lw::cli

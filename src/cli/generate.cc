// `livingwell generate`: the synthetic-data generator's command.
#include <chrono>
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "domain/synth/system.h"
#include "services/synth_files.h"

namespace lw::cli {

int RunGenerate(const GenerateArgs& args) {
  const auto scale = synth::ParseScale(args.scale);
  if (!scale) {
    std::fprintf(stderr,
                 "livingwell: configuration error: scale: \"%s\" is not one of demo, locality, "
                 "gm or national\n",
                 args.scale.c_str());
    return 2;
  }
  const synth::SystemSpec spec = synth::SpecFor(*scale, args.seed);
  const auto start = std::chrono::steady_clock::now();
  auto written = WriteSynthFiles(spec, args.out);
  if (!written) {
    std::fprintf(stderr, "livingwell: generate: %s\n", written.error().message.c_str());
    return 1;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  long long contacts = 0;
  for (const SynthFileSummary& f : written->files) {
    std::printf("%-24s %12lld rows %14lld bytes\n", f.name.c_str(), f.rows, f.bytes);
    if (f.name == "contacts.csv") contacts = f.rows;
  }
  std::printf("generated the %s scale (seed %llu) in %s in %.1f s: %.0f contacts a second\n",
              args.scale.c_str(), static_cast<unsigned long long>(args.seed), args.out.c_str(),
              seconds, seconds > 0 ? static_cast<double>(contacts) / seconds : 0.0);
  return 0;
}

}  // namespace lw::cli

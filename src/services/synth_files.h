// A synthetic Living Well system (domain/synth/system.h) written to a
// folder as plain CSV tables, one per kind of row, with the generator's
// truth and a manifest (issue 8, points 5 and 6), so that the same data can
// be loaded into PostgreSQL, SQLite and DuckDB for side-by-side measures.
//
// The tables and their columns are described in docs/synthetic-data.md.
// Ids are integers, unique across the whole system:
//   locality L; team, neighbourhood L*100+n; staff L*10000+n;
//   service L*100000+n; person L*1000000+n;
//   introduction (and its episode) L*10000000+n; contact introduction*1000+n.
// Dates are ISO 8601, booleans true/false, an empty field is "not recorded".
//
// The output is byte-identical for the same spec on every machine: it is
// formatted with integer arithmetic only (std::to_chars on integers), and
// the manifest holds each file's SHA-256 so two runs can be compared.
//
// Thread-safety: one writer per thread.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "base/error.h"
#include "domain/synth/system.h"

namespace lw {

struct SynthFileSummary {
  std::string name;  // "contacts.csv"
  long long rows = 0;
  long long bytes = 0;
  std::string sha256;  // hex
};

struct SynthOutput {
  synth::SystemTruth truth;
  std::vector<SynthFileSummary> files;  // in manifest order, truth.json last
};

// Generates `spec` into `folder` (created if missing; it must not already
// hold a manifest.json: kAlreadyExists). kUnavailable when a file cannot be
// written. Writes the CSV tables, truth.json and manifest.json.
Result<SynthOutput> WriteSynthFiles(const synth::SystemSpec& spec,
                                    const std::filesystem::path& folder);

// The truth as JSON text (what truth.json holds): the spec it was made
// from, the figures aimed for, and each locality's and the whole system's
// exact figures.
std::string TruthJson(const synth::SystemSpec& spec, const synth::SystemTruth& truth);

}  // namespace lw

// SynthStream: the synthetic-data generator's randomness (issue 8).
//
// Deterministic on every machine, so that the same seed and scale give
// byte-identical output anywhere: it uses only integer arithmetic
// (xoshiro256**, seeded through splitmix64) and IEEE-754 double addition,
// multiplication and division, which every conforming machine rounds alike.
// It never uses <random>'s distributions (their algorithms differ between
// standard libraries) nor libm (log, exp and cos may differ in the last bit
// between C libraries). Shapes that would need them are given as quantile
// tables instead (quantile_table.h).
//
// Streams are keyed: SynthStream(seed, "locality/3/person/1234") gives the
// same numbers whatever else was generated before it, so a scale can be
// generated in pieces, or in parallel, and still come out the same.
//
// Not for secrets: base/random.h's SystemRandom is.
//
// Thread-safety: a plain value; give each thread its own.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace lw::synth {

// FNV-1a, 64 bits: a stream key's hash, the same everywhere.
std::uint64_t KeyHash(std::string_view key);

class SynthStream {
 public:
  SynthStream(std::uint64_t seed, std::string_view key);

  std::uint64_t U64();
  // [0, 1), from the top 53 bits.
  double Uniform();
  // [0, n), unbiased (rejection); n > 0.
  std::uint64_t Below(std::uint64_t n);
  // [lo, hi], both included; lo <= hi.
  int Between(int lo, int hi);
  // True with probability p (p <= 0: never; p >= 1: always).
  bool Chance(double p);
  // An index into `weights` with probability proportional to its weight.
  // Weights are non-negative and at least one is above 0 (LW_CHECK).
  std::size_t Weighted(std::span<const double> weights);

 private:
  std::uint64_t s_[4];
};

}  // namespace lw::synth

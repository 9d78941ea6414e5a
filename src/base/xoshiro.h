// xoshiro256** (Blackman and Vigna), seeded through splitmix64: the one
// implementation of the project's deterministic generator. SeededRandom
// (random.h) runs it behind a mutex; synth::SynthStream runs it bare, for
// the generator's speed. Integer arithmetic only, so a seed gives the same
// sequence on every machine.
//
// Thread-safety: functions over the caller's state; one state per thread.
#pragma once

#include <cstdint>
#include <span>

namespace lw {

// splitmix64: advances `x` and returns the next output.
inline std::uint64_t SplitMix64(std::uint64_t& x) {
  std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

inline std::uint64_t RotateLeft(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

// Fills `state` with four splitmix64 outputs from `seed`.
inline void Xoshiro256Seed(std::span<std::uint64_t, 4> state, std::uint64_t seed) {
  for (std::uint64_t& s : state) s = SplitMix64(seed);
}

// The next output; advances `state`.
inline std::uint64_t Xoshiro256Next(std::span<std::uint64_t, 4> s) {
  const std::uint64_t result = RotateLeft(s[1] * 5, 7) * 9;
  const std::uint64_t t = s[1] << 17;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = RotateLeft(s[3], 45);
  return result;
}

}  // namespace lw

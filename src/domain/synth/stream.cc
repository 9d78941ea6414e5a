#include "domain/synth/stream.h"

#include "base/check.h"
#include "base/xoshiro.h"

namespace lw::synth {

std::uint64_t KeyHash(std::string_view key) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : key) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

SynthStream::SynthStream(std::uint64_t seed, std::string_view key) {
  Xoshiro256Seed(s_, seed ^ RotateLeft(KeyHash(key), 17));
}

std::uint64_t SynthStream::U64() { return Xoshiro256Next(s_); }

double SynthStream::Uniform() { return static_cast<double>(U64() >> 11) * 0x1.0p-53; }

std::uint64_t SynthStream::Below(std::uint64_t n) {
  LW_CHECK(n > 0);
  // Reject the lowest (2^64 mod n) values so every remainder is equally likely.
  const std::uint64_t threshold = (0 - n) % n;
  for (;;) {
    const std::uint64_t r = U64();
    if (r >= threshold) return r % n;
  }
}

int SynthStream::Between(int lo, int hi) {
  LW_CHECK(lo <= hi);
  const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(hi) - lo) + 1;
  return static_cast<int>(lo + static_cast<std::int64_t>(Below(span)));
}

bool SynthStream::Chance(double p) {
  if (p <= 0) return false;
  if (p >= 1) return true;
  return Uniform() < p;
}

std::size_t SynthStream::Weighted(std::span<const double> weights) {
  double total = 0;
  for (double w : weights) {
    LW_CHECK(w >= 0);
    total += w;
  }
  LW_CHECK(total > 0);
  const double target = Uniform() * total;
  double running = 0;
  std::size_t last = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (weights[i] == 0) continue;
    running += weights[i];
    last = i;
    if (target < running) return i;
  }
  return last;  // rounding at the very top
}

}  // namespace lw::synth

// Random: the only source of randomness.
//
// Contract: `Fill` writes unpredictable bytes. `SystemRandom` uses the
// kernel's CSPRNG (getrandom) and is suitable for secrets (session tokens,
// ids). `SeededRandom` is deterministic for tests and the simulator and must
// never be used for secrets in production.
//
// Thread-safety: SystemRandom is safe from any thread; SeededRandom is
// guarded by a mutex so it may be shared, but its sequence then depends on
// call order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <span>
#include <string>

namespace lw {

class Random {
 public:
  virtual ~Random() = default;
  virtual void Fill(std::span<std::byte> out) = 0;

  std::uint64_t NextU64();
  // `n` random bytes as lower-case hex (2n characters).
  std::string Hex(std::size_t n);
};

class SystemRandom final : public Random {
 public:
  void Fill(std::span<std::byte> out) override;
};

// xoshiro256** seeded through splitmix64.
class SeededRandom final : public Random {
 public:
  explicit SeededRandom(std::uint64_t seed);
  void Fill(std::span<std::byte> out) override;

 private:
  std::uint64_t Next();
  std::mutex mu_;
  std::uint64_t s_[4];
};

}  // namespace lw

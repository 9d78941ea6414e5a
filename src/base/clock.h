// Clock: the only way livingwell code learns the time.
//
// Contract: `Now()` returns UTC wall-clock time at microsecond resolution.
// Production uses `SystemClock`; tests and the simulator inject a
// `ManualClock` they advance explicitly, so no test reads the wall clock.
// `StartedClock` starts at a chosen instant and runs at the real pace: the
// server under browser tests uses it (`--clock-start`), so that a run
// crossing midnight still sees one day.
//
// Thread-safety: every implementation is safe to call from any thread.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>

namespace lw {

using Micros = std::chrono::microseconds;
using Timestamp = std::chrono::sys_time<Micros>;

inline std::int64_t ToUnixMicros(Timestamp t) { return t.time_since_epoch().count(); }
inline Timestamp FromUnixMicros(std::int64_t us) { return Timestamp(Micros(us)); }

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Timestamp Now() const = 0;
};

class SystemClock final : public Clock {
 public:
  Timestamp Now() const override;
};

// A clock that reads `start` when constructed and then runs forward with
// the machine's steady clock, never backwards.
class StartedClock final : public Clock {
 public:
  explicit StartedClock(Timestamp start)
      : start_(start), began_(std::chrono::steady_clock::now()) {}
  Timestamp Now() const override;

 private:
  Timestamp start_;
  std::chrono::steady_clock::time_point began_;
};

// A clock that moves only when told. Starts at `start`.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(Timestamp start) : now_us_(ToUnixMicros(start)) {}
  Timestamp Now() const override { return FromUnixMicros(now_us_.load()); }
  void Advance(Micros by) { now_us_.fetch_add(by.count()); }
  void Set(Timestamp t) { now_us_.store(ToUnixMicros(t)); }

 private:
  std::atomic<std::int64_t> now_us_;
};

}  // namespace lw

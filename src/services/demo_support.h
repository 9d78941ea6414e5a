// What the demo's loaders (demo_team_work, demo_plans, demo_progress) share:
// a clock set some days back, so the demo's records have a history, and a
// check that turns a Result into a Status. Internal to services/.
#pragma once

#include <chrono>

#include "base/clock.h"
#include "base/error.h"

namespace lw::demo {

// `base`'s time, `DaysAgo(n)` days back (0 at first).
class DaysAgoClock final : public Clock {
 public:
  explicit DaysAgoClock(const Clock& base) : base_(base) {}
  Timestamp Now() const override { return base_.Now() - back_; }
  void DaysAgo(int days) { back_ = std::chrono::days(days); }

 private:
  const Clock& base_;
  Micros back_{0};
};

template <typename T>
Status Check(const Result<T>& r) {
  if (!r) return Fail(r.error());
  return Ok();
}

}  // namespace lw::demo

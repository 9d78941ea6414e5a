#include "base/clock.h"

namespace lw {

Timestamp SystemClock::Now() const {
  return std::chrono::time_point_cast<Micros>(std::chrono::system_clock::now());
}

Timestamp StartedClock::Now() const {
  return start_ + std::chrono::duration_cast<Micros>(std::chrono::steady_clock::now() - began_);
}

}  // namespace lw

#include "domain/jobs/job_run.h"

#include "base/check.h"

namespace lw {

Timestamp JobSlot(Timestamp now, Micros interval) {
  LW_CHECK(interval.count() > 0);
  std::int64_t t = ToUnixMicros(now);
  std::int64_t step = interval.count();
  // Floor division, so times before the epoch round down too.
  std::int64_t slot = (t >= 0 ? t / step : (t - step + 1) / step) * step;
  return FromUnixMicros(slot);
}

}  // namespace lw

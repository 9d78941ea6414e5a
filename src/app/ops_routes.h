// The operational endpoints: /healthz (the process is alive), /readyz (the
// store answers and every migration is applied) and /metrics (Prometheus
// text). They are public by declaration; put them behind the proxy's
// allow-list in production (docs/operating.md).
#pragma once

#include <atomic>

#include "domain/ports/store.h"
#include "http/metrics.h"
#include "http/router.h"

namespace lw {

// `prepared`: the app has finished what it does in the store at start
// (false while a database that was down at start-up is awaited).
void RegisterOpsRoutes(http::Router& router, Store& store, http::Metrics& metrics,
                       const std::atomic<bool>& prepared);

}  // namespace lw

#include "app/ops_routes.h"

namespace lw {

void RegisterOpsRoutes(http::Router& router, Store& store, http::Metrics& metrics,
                       const std::atomic<bool>& prepared) {
  router.Add(
      "GET", "/healthz", RouteAccess::Public(),
      [](const http::Request&, http::RequestContext&) { return http::Response::Text("ok\n"); },
      http::RouteKind::kApi);
  router.Add(
      "GET", "/readyz", RouteAccess::Public(),
      [&store, &prepared](const http::Request&, http::RequestContext&) {
        if (auto ping = store.Ping(); !ping) {
          return http::Response::Text("not ready: store unreachable\n", 503);
        }
        auto applied = store.AppliedSchemaVersion();
        if (!applied) return http::Response::Text("not ready: store unreachable\n", 503);
        if (*applied < store.LatestSchemaVersion()) {
          return http::Response::Text("not ready: migrations pending (" + std::to_string(*applied) +
                                          " of " + std::to_string(store.LatestSchemaVersion()) +
                                          ")\n",
                                      503);
        }
        if (!prepared) return http::Response::Text("not ready: starting\n", 503);
        return http::Response::Text("ready\n");
      },
      http::RouteKind::kApi);
  router.Add(
      "GET", "/metrics", RouteAccess::Public(),
      [&metrics, &store](const http::Request&, http::RequestContext&) {
        const StoreStats stats = store.Stats();
        const std::string kind(store.Kind());
        std::string text = metrics.Render();
        text +=
            "# HELP livingwell_store_connections Database connections held by this server.\n"
            "# TYPE livingwell_store_connections gauge\n"
            "livingwell_store_connections{store=\"" +
            kind + "\",state=\"open\"} " + std::to_string(stats.connections_open) +
            "\n"
            "livingwell_store_connections{store=\"" +
            kind + "\",state=\"idle\"} " + std::to_string(stats.connections_idle) +
            "\n"
            "# HELP livingwell_store_transactions_retried_total Transactions run again after "
            "a serialization failure or deadlock.\n"
            "# TYPE livingwell_store_transactions_retried_total counter\n"
            "livingwell_store_transactions_retried_total{store=\"" +
            kind + "\"} " + std::to_string(stats.transactions_retried) + "\n";
        http::Response r = http::Response::Text(std::move(text));
        r.content_type = "text/plain; version=0.0.4; charset=utf-8";
        return r;
      },
      http::RouteKind::kApi);
}

}  // namespace lw

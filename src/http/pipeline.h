// Pipeline: what the server does with one complete request, free of
// sockets and Beast so it can be tested directly. The connection reads a
// request, calls `Handle`, serializes with `Head`, writes, then `Record`s.
//
// `Handle` runs, in order: static assets (GET/HEAD under /assets/, public)
// -> route lookup (404, or 405 with Allow) -> identity (hooks.authenticate)
// -> access (MayUseRoute: anonymous page -> 303 to /sign-in?next=<target>,
// anonymous API -> 401 with WWW-Authenticate: Bearer, wrong role -> 404)
// -> form decoding and CSRF on POST/PUT/PATCH/DELETE (400 for a malformed
// form; 403 unless the `csrf_token` field or X-CSRF-Token header equals the
// identity's token, required when the identity came from a session cookie
// or the route is a public page) -> the handler (anything thrown is logged
// with the request id and becomes 500). Identity cookies are appended to
// whatever comes back. Errors are rendered by hooks.render_error; if that
// is missing or throws, a plain-text page is used instead.
//
// `LimitError` renders a failure the connection detected before a request
// was complete (400, 408, 413, 503). `Record` adds to the metrics and
// writes the one JSON log line per request (path only, never the query).
//
// Thread-safety: immutable after construction; all methods may be called
// from any thread at once (handlers and hooks must allow that).
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

#include "http/log.h"
#include "http/metrics.h"
#include "http/request.h"
#include "http/response.h"
#include "http/router.h"
#include "http/server.h"
#include "http/static_assets.h"

namespace lw::http {

// Route labels for metrics and logs when no route applies.
inline constexpr std::string_view kUnmatchedLabel = "unmatched";
inline constexpr std::string_view kAssetsLabel = "assets";

class Pipeline {
 public:
  Pipeline(const ServerOptions& options, Router router, ServerHooks hooks,
           const StaticAssets* assets, Logger& logger, Metrics& metrics);

  // Sets request.request_id: the client's X-Request-Id when it is 1-64
  // characters of [A-Za-z0-9_-], otherwise 16 random hex digits.
  void AssignRequestId(Request& request) const;

  // Runs the request (whose id is assigned) through the pipeline. Sets
  // `route_label` to the route's name, "assets" or "unmatched"; the label
  // stays valid as long as the pipeline.
  Response Handle(Request& request, std::string_view& route_label) const;

  Response LimitError(int status, const Request& request) const;

  // Serializes the status line and headers into `out`; returns whether the
  // body follows.
  bool Head(const Request& request, const Response& response, bool keep_alive, bool http10,
            std::string& out) const;

  void Record(const Request& request, int status, std::string_view route_label,
              std::chrono::microseconds latency, std::size_t bytes) const;

  Logger& logger() const { return logger_; }

 private:
  Response ServeAsset(const Request& request) const;
  Response Routed(Request& request, const Route& route, const Identity& identity) const;
  Response RenderError(int status, RouteKind kind, const Request& request,
                       const Identity& identity) const;

  ServerOptions options_;
  Router router_;
  ServerHooks hooks_;
  const StaticAssets* assets_;
  Logger& logger_;
  Metrics& metrics_;
};

// True when `presented` equals `expected` (compared in constant time); an
// empty expected token never matches.
bool CsrfTokenMatches(std::string_view presented, std::string_view expected);

// The metrics label for a method: known methods as they are, others "OTHER".
std::string_view MethodLabel(std::string_view method);

}  // namespace lw::http

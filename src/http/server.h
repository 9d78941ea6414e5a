// Server: the HTTP/1.1 server (Boost.Beast on Asio, asynchronous, a small
// pool of threads). This header is Beast-free; the implementation is the
// only code in livingwell that sees Beast.
//
// Every request goes through one pipeline, in order:
//   limits (header/body size, request time, connection count)
//   -> request id -> static assets (GET/HEAD under /assets/, public)
//   -> route lookup (404 / 405)
//   -> identity (hooks.authenticate: session cookie or bearer token)
//   -> access (MayUseRoute: anonymous on a page -> 303 to /sign-in,
//      anonymous on the API -> 401, wrong role -> 404 so nothing leaks)
//   -> CSRF on POST/PUT/PATCH/DELETE made with a session cookie
//   -> handler (exceptions become a logged 500)
//   -> security headers, request id, metrics, one JSON log line.
// Errors the pipeline itself produces are rendered by hooks.render_error as
// a page or problem+json according to the route kind.
//
// Limits: an over-long header or body gets 413; a request not received
// within `request_timeout` gets 408; a malformed request gets 400; above
// `max_connections` a new connection gets 503 and is closed.
//
// Shutdown: `Shutdown()` stops accepting, lets in-flight requests finish
// (answering them with `Connection: close`), closes idle keep-alive
// connections, and returns when all are done or `shutdown_grace` has
// passed. The store is closed by the caller afterwards.
//
// Thread-safety: Start/Shutdown/Wait from one controlling thread. Handlers
// and hooks run on the pool's threads, concurrently.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/error.h"
#include "http/router.h"

namespace lw::http {

class Logger;
class Metrics;
class StaticAssets;

struct ServerOptions {
  std::string bind = "127.0.0.1";                         // address to listen on
  int port = 8080;                                        // 0: any free port (tests)
  int threads = 2;                                        // I/O threads; handlers run on them too
  std::size_t max_header_bytes = std::size_t{16} * 1024;  // larger -> 413
  std::size_t max_body_bytes = std::size_t{1024} * 1024;  // larger -> 413
  std::chrono::milliseconds request_timeout{10'000};      // whole request must arrive -> else 408
  std::chrono::milliseconds idle_timeout{60'000};         // keep-alive connection idle -> closed
  int max_connections = 1024;                             // more -> 503 and close
  std::chrono::milliseconds shutdown_grace{10'000};       // wait for in-flight requests
  bool secure_cookies = false;  // set Secure on cookies (served over TLS, here or at a proxy)
  // Peers whose X-Forwarded-For is believed: the client address is then its
  // last entry (the one the proxy added). Empty: the peer is the client.
  std::vector<std::string> trusted_proxies;
};

// The caller's identity, resolved from a request.
struct Identity {
  std::optional<Actor> actor;
  std::string csrf_token;           // the session's token, or the pre-session cookie's
  bool via_session_cookie = false;  // CSRF applies to state changes made this way
  // The caller presented a session or token that could not be checked
  // because the store is unavailable: a route that is not public answers
  // 503, not "sign in" (which would be untrue and loses the person's place).
  bool unverified = false;
  // Cookies to set on the response, as (name, value), e.g. a new lw_csrf
  // cookie. Each is written HttpOnly, SameSite=Lax, Path=/, as a session
  // cookie (Secure with options.secure_cookies); an empty value deletes it.
  std::vector<std::pair<std::string, std::string>> set_cookies;
};

struct ServerHooks {
  // Must not throw. Called once per routed request.
  std::function<Identity(const Request&)> authenticate;
  // Renders an error the pipeline produced (404, 405, 403 CSRF, 408, 413,
  // 500 ...) for a page or API route. `route_kind` is kPage when unknown and
  // the path is not under /api/.
  std::function<Response(int status, RouteKind route_kind, const Request& request,
                         const Identity& identity)>
      render_error;
};

class Server {
 public:
  // Binds and starts serving. Fails with kUnavailable when the address
  // cannot be bound (the message names the address and the reason).
  static Result<std::unique_ptr<Server>> Start(const ServerOptions& options, Router router,
                                               ServerHooks hooks, const StaticAssets* assets,
                                               Logger& logger, Metrics& metrics);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  int port() const;  // the bound port (useful with port 0)
  void Shutdown();   // graceful; idempotent
  // Blocks until SIGTERM or SIGINT arrives (then shuts down gracefully) or
  // Shutdown() is called from another thread. The server catches both
  // signals from Start until it stops, so one that arrives before this is
  // called is not lost; only the first is caught: a second one takes the
  // default action (ends the process), as does any signal after shutdown.
  void WaitForSignal();

  class Impl;

  // Only Server can make a PassKey, so only Start can use this constructor
  // (it exists so that Start can use std::make_unique).
  class PassKey {
    friend class Server;
    PassKey() = default;
  };
  Server(PassKey key, std::unique_ptr<Impl> impl);

 private:
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lw::http

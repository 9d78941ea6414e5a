// Router: maps method + path to a handler, and holds each route's access
// declaration.
//
// Contract: every route is registered with a RouteAccess (there is no
// overload without one), so "deny by default" is enforced by the type
// system and checked again by tests that walk `routes()`. Patterns are
// literal segments and `{name}` parameters: "/people/{id}/versions".
// `Find` returns the matching route and fills parameters; when the path
// matches but the method does not, `Find` says so (405).
//
// Thread-safety: build on one thread before the server starts; read-only
// (and so safe from many threads) afterwards.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/access/actor.h"
#include "domain/access/route_access.h"
#include "http/request.h"
#include "http/response.h"

namespace lw::http {

// What the pipeline knows about the caller when a handler runs.
struct RequestContext {
  std::optional<Actor> actor;
  std::string csrf_token;  // to embed in forms rendered by this request
  bool secure = false;     // served over TLS (directly or via a trusted proxy)
};

using Handler = std::function<Response(const Request&, RequestContext&)>;

// How errors on this route are shown: an HTML page or problem+json.
enum class RouteKind { kPage, kApi };

struct Route {
  std::string method;
  std::string pattern;
  RouteAccess access;
  Handler handler;
  RouteKind kind = RouteKind::kPage;
  std::string name;  // metrics label; defaults to the pattern
};

class Router {
 public:
  void Add(std::string method, std::string pattern, RouteAccess access, Handler handler,
           RouteKind kind = RouteKind::kPage);

  struct Match {
    const Route* route = nullptr;  // null when nothing matched
    bool method_not_allowed = false;
    std::unordered_map<std::string, std::string> params;
  };
  Match Find(std::string_view method, std::string_view path) const;

  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace lw::http

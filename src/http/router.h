// Router: maps method + path to a handler, and holds each route's access
// declaration.
//
// Contract: every route is registered with a RouteAccess (there is no
// overload without one), so "deny by default" is enforced by the type
// system and checked again by tests that walk `routes()`. Patterns are
// literal segments and `{name}` parameters: "/people/{id}/versions".
// `Find` returns the matching route and fills parameters; when the path
// matches but the method does not, `Find` says so (405). Where several
// patterns match, the most specific wins: at the first segment where they
// differ a literal beats a parameter ("/people/new" beats "/people/{id}").
// A GET route also answers HEAD. Registering the same method and pattern
// twice (parameter names aside), a malformed pattern or a null handler is a
// bug and fails an LW_CHECK. A route's `name` defaults to its pattern.
//
// Thread-safety: build on one thread before the server starts; read-only
// (and so safe from many threads) afterwards.
#pragma once

#include <cstddef>
#include <cstdint>
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
    // When method_not_allowed: the methods the path accepts, for the Allow
    // header ("GET, HEAD, POST"). HEAD is accepted wherever GET is.
    std::string allow;
  };
  Match Find(std::string_view method, std::string_view path) const;

  const std::vector<Route>& routes() const { return routes_; }

  // Patterns and paths have at most this many segments.
  static constexpr std::size_t kMaxSegments = 32;

 private:
  // A pattern split into segments.
  struct Segment {
    std::string text;  // the literal, or the parameter's name
    bool is_param = false;
  };
  struct Compiled {
    std::vector<Segment> segments;
    std::uint32_t literal_mask = 0;  // bit (31 - i) set: segment i is literal
  };
  static bool Matches(const Compiled& compiled, const std::string_view* parts, std::size_t count);

  std::vector<Route> routes_;
  std::vector<Compiled> compiled_;  // parallel to routes_
};

}  // namespace lw::http

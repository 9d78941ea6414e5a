// RouteAccess: the access declaration every HTTP route must make.
//
// Contract: a route is either public (anyone, signed in or not) or open to
// a non-empty set of roles. There is no default: the router refuses to
// register a route without one, and `MayUseRoute` denies anything not
// explicitly allowed (an empty role set allows nobody).
#pragma once

#include <optional>

#include "domain/access/actor.h"
#include "domain/access/role.h"

namespace lw {

class RouteAccess {
 public:
  static constexpr RouteAccess Public() { return RouteAccess(true, {}); }
  static constexpr RouteAccess Roles(RoleSet roles) { return RouteAccess(false, roles); }
  static constexpr RouteAccess AnyStaff() { return RouteAccess(false, RoleSet::All()); }

  constexpr bool is_public() const { return public_; }
  constexpr RoleSet roles() const { return roles_; }

 private:
  constexpr RouteAccess(bool is_public, RoleSet roles) : public_(is_public), roles_(roles) {}
  bool public_;
  RoleSet roles_;
};

// Deny by default: true only for a public route or a signed-in actor whose
// role the route names.
bool MayUseRoute(const std::optional<Actor>& actor, const RouteAccess& access);

}  // namespace lw

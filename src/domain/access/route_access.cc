#include "domain/access/route_access.h"

namespace lw {

bool MayUseRoute(const std::optional<Actor>& actor, const RouteAccess& access) {
  if (access.is_public()) return true;
  if (!actor.has_value()) return false;
  return access.roles().Has(actor->role);
}

}  // namespace lw

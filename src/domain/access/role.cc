#include "domain/access/role.h"

namespace lw {

std::string_view RoleKey(Role role) {
  switch (role) {
    case Role::kAdministrator:
      return "administrator";
    case Role::kFrontDoor:
      return "front-door";
    case Role::kPractitioner:
      return "practitioner";
    case Role::kPeerWorker:
      return "peer-worker";
    case Role::kTeamLead:
      return "team-lead";
    case Role::kNetworkPartner:
      return "network-partner";
    case Role::kCommissioner:
      return "commissioner";
  }
  return "unknown";
}

std::string_view RoleDisplayName(Role role) {
  switch (role) {
    case Role::kAdministrator:
      return "Administrator";
    case Role::kFrontDoor:
      return "Front door";
    case Role::kPractitioner:
      return "Practitioner";
    case Role::kPeerWorker:
      return "Peer worker";
    case Role::kTeamLead:
      return "Team lead";
    case Role::kNetworkPartner:
      return "Network partner";
    case Role::kCommissioner:
      return "Commissioner";
  }
  return "Unknown";
}

std::optional<Role> ParseRole(std::string_view key) {
  for (Role r : kAllRoles) {
    if (RoleKey(r) == key) return r;
  }
  return std::nullopt;
}

bool RoleBelongsToTeam(Role role) { return kCareRoles.Has(role); }

}  // namespace lw

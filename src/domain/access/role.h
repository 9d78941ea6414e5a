// Staff roles and sets of roles.
//
// Contract: `Role` is the fixed, standard set of access roles. A locality
// may give roles local names in its configuration; the access rules always
// speak of these. `RoleKey` is the stable machine name used in the store,
// configuration files, the command line and the API.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>

namespace lw {

enum class Role : std::uint8_t {
  kAdministrator,
  kFrontDoor,
  kPractitioner,
  kPeerWorker,
  kTeamLead,
  kNetworkPartner,
  kCommissioner,
};

inline constexpr std::array<Role, 7> kAllRoles = {
    Role::kAdministrator, Role::kFrontDoor,      Role::kPractitioner, Role::kPeerWorker,
    Role::kTeamLead,      Role::kNetworkPartner, Role::kCommissioner};

std::string_view RoleKey(Role role);          // "front-door"
std::string_view RoleDisplayName(Role role);  // "Front door"
std::optional<Role> ParseRole(std::string_view key);

// Does this role work inside a Living Well team (and so need a team)?
bool RoleBelongsToTeam(Role role);

class RoleSet {
 public:
  constexpr RoleSet() = default;
  constexpr RoleSet(std::initializer_list<Role> roles) {
    for (Role r : roles) bits_ |= Bit(r);
  }
  static constexpr RoleSet All() {
    RoleSet s;
    for (Role r : kAllRoles) s.bits_ |= Bit(r);
    return s;
  }
  constexpr bool Has(Role r) const { return (bits_ & Bit(r)) != 0; }
  constexpr bool Empty() const { return bits_ == 0; }
  constexpr bool operator==(const RoleSet&) const = default;

 private:
  static constexpr std::uint32_t Bit(Role r) { return 1u << static_cast<unsigned>(r); }
  std::uint32_t bits_ = 0;
};

// Staff who work with people's records day to day.
inline constexpr RoleSet kCareRoles = {Role::kFrontDoor, Role::kPractitioner, Role::kPeerWorker,
                                       Role::kTeamLead};

}  // namespace lw

#include "domain/access/route_access.h"

#include <gtest/gtest.h>

#include <optional>

namespace lw {
namespace route_access_test {
namespace {

std::optional<Actor> Signed(Role role) {
  Actor a;
  a.user_id = "u1";
  a.role = role;
  a.team_id = RoleBelongsToTeam(role) ? "team-a" : "";
  return a;
}

const std::optional<Actor> kAnonymous = std::nullopt;

TEST(RouteAccessTest, PublicAllowsAnonymousAndEveryRole) {
  RouteAccess access = RouteAccess::Public();
  EXPECT_TRUE(access.is_public());
  EXPECT_TRUE(MayUseRoute(kAnonymous, access));
  for (Role r : kAllRoles) {
    EXPECT_TRUE(MayUseRoute(Signed(r), access)) << RoleKey(r);
  }
}

TEST(RouteAccessTest, RolesAllowsOnlyTheListedRoles) {
  RouteAccess access = RouteAccess::Roles({Role::kTeamLead, Role::kPractitioner});
  EXPECT_FALSE(access.is_public());
  EXPECT_EQ(access.roles(), (RoleSet{Role::kTeamLead, Role::kPractitioner}));
  EXPECT_FALSE(MayUseRoute(kAnonymous, access));
  for (Role r : kAllRoles) {
    bool listed = r == Role::kTeamLead || r == Role::kPractitioner;
    EXPECT_EQ(MayUseRoute(Signed(r), access), listed) << RoleKey(r);
  }
}

TEST(RouteAccessTest, SingleRole) {
  RouteAccess access = RouteAccess::Roles({Role::kAdministrator});
  EXPECT_TRUE(MayUseRoute(Signed(Role::kAdministrator), access));
  EXPECT_FALSE(MayUseRoute(Signed(Role::kTeamLead), access));
  EXPECT_FALSE(MayUseRoute(kAnonymous, access));
}

TEST(RouteAccessTest, EmptyRoleSetAllowsNobody) {
  RouteAccess access = RouteAccess::Roles({});
  EXPECT_FALSE(access.is_public());
  EXPECT_TRUE(access.roles().Empty());
  EXPECT_FALSE(MayUseRoute(kAnonymous, access));
  for (Role r : kAllRoles) {
    EXPECT_FALSE(MayUseRoute(Signed(r), access)) << RoleKey(r);
  }
}

TEST(RouteAccessTest, AnyStaffAllowsEverySignedInRoleButNotAnonymous) {
  RouteAccess access = RouteAccess::AnyStaff();
  EXPECT_FALSE(access.is_public());
  EXPECT_FALSE(MayUseRoute(kAnonymous, access));
  for (Role r : kAllRoles) {
    EXPECT_TRUE(MayUseRoute(Signed(r), access)) << RoleKey(r);
  }
}

TEST(RouteAccessTest, DecisionDependsOnRoleNotTeam) {
  RouteAccess access = RouteAccess::Roles({Role::kFrontDoor});
  Actor a;
  a.role = Role::kFrontDoor;
  a.team_id = "";
  EXPECT_TRUE(MayUseRoute(a, access));
}

}  // namespace
}  // namespace route_access_test
}  // namespace lw

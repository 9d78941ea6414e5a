#include "domain/access/role.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace lw {
namespace role_test {
namespace {

TEST(RoleTest, KeysAreStable) {
  EXPECT_EQ(RoleKey(Role::kAdministrator), "administrator");
  EXPECT_EQ(RoleKey(Role::kFrontDoor), "front-door");
  EXPECT_EQ(RoleKey(Role::kPractitioner), "practitioner");
  EXPECT_EQ(RoleKey(Role::kPeerWorker), "peer-worker");
  EXPECT_EQ(RoleKey(Role::kTeamLead), "team-lead");
  EXPECT_EQ(RoleKey(Role::kNetworkPartner), "network-partner");
  EXPECT_EQ(RoleKey(Role::kCommissioner), "commissioner");
}

TEST(RoleTest, DisplayNames) {
  EXPECT_EQ(RoleDisplayName(Role::kAdministrator), "Administrator");
  EXPECT_EQ(RoleDisplayName(Role::kFrontDoor), "Front door");
  EXPECT_EQ(RoleDisplayName(Role::kPractitioner), "Practitioner");
  EXPECT_EQ(RoleDisplayName(Role::kPeerWorker), "Peer worker");
  EXPECT_EQ(RoleDisplayName(Role::kTeamLead), "Team lead");
  EXPECT_EQ(RoleDisplayName(Role::kNetworkPartner), "Network partner");
  EXPECT_EQ(RoleDisplayName(Role::kCommissioner), "Commissioner");
}

TEST(RoleTest, AllRolesListsEachRoleOnce) {
  std::set<Role> roles(kAllRoles.begin(), kAllRoles.end());
  EXPECT_EQ(roles.size(), 7u);
  std::set<std::string_view> keys;
  for (Role r : kAllRoles) {
    keys.insert(RoleKey(r));
  }
  EXPECT_EQ(keys.size(), 7u);
}

TEST(RoleTest, ParseRoleRoundTripsEveryRole) {
  for (Role r : kAllRoles) {
    auto parsed = ParseRole(RoleKey(r));
    ASSERT_TRUE(parsed.has_value()) << RoleKey(r);
    EXPECT_EQ(*parsed, r);
  }
}

TEST(RoleTest, ParseRoleRejectsUnknownKeys) {
  for (const char* key : {"", "admin", "Administrator", "FRONT-DOOR", "front_door", "front door",
                          " practitioner", "practitioner ", "unknown", "system"}) {
    EXPECT_EQ(ParseRole(key), std::nullopt) << '"' << key << '"';
  }
}

TEST(RoleTest, CareRolesBelongToATeam) {
  EXPECT_TRUE(RoleBelongsToTeam(Role::kFrontDoor));
  EXPECT_TRUE(RoleBelongsToTeam(Role::kPractitioner));
  EXPECT_TRUE(RoleBelongsToTeam(Role::kPeerWorker));
  EXPECT_TRUE(RoleBelongsToTeam(Role::kTeamLead));
  EXPECT_FALSE(RoleBelongsToTeam(Role::kAdministrator));
  EXPECT_FALSE(RoleBelongsToTeam(Role::kNetworkPartner));
  EXPECT_FALSE(RoleBelongsToTeam(Role::kCommissioner));
}

TEST(RoleSetTest, DefaultAndEmptyListAreEmpty) {
  EXPECT_TRUE(RoleSet().Empty());
  EXPECT_TRUE(RoleSet({}).Empty());
  for (Role r : kAllRoles) {
    EXPECT_FALSE(RoleSet().Has(r)) << RoleKey(r);
  }
}

TEST(RoleSetTest, HasExactlyTheListedRoles) {
  RoleSet s = {Role::kTeamLead, Role::kAdministrator};
  EXPECT_FALSE(s.Empty());
  for (Role r : kAllRoles) {
    bool listed = r == Role::kTeamLead || r == Role::kAdministrator;
    EXPECT_EQ(s.Has(r), listed) << RoleKey(r);
  }
}

TEST(RoleSetTest, AllHasEveryRole) {
  RoleSet all = RoleSet::All();
  EXPECT_FALSE(all.Empty());
  for (Role r : kAllRoles) {
    EXPECT_TRUE(all.Has(r)) << RoleKey(r);
  }
}

TEST(RoleSetTest, EqualityIgnoresOrderAndDuplicates) {
  EXPECT_EQ((RoleSet{Role::kPeerWorker, Role::kFrontDoor}),
            (RoleSet{Role::kFrontDoor, Role::kPeerWorker, Role::kFrontDoor}));
  EXPECT_NE((RoleSet{Role::kPeerWorker}), (RoleSet{Role::kFrontDoor}));
  EXPECT_EQ(RoleSet::All(),
            (RoleSet{Role::kAdministrator, Role::kFrontDoor, Role::kPractitioner, Role::kPeerWorker,
                     Role::kTeamLead, Role::kNetworkPartner, Role::kCommissioner}));
}

TEST(RoleSetTest, UsableAtCompileTime) {
  static_assert(RoleSet{Role::kCommissioner}.Has(Role::kCommissioner));
  static_assert(!RoleSet{Role::kCommissioner}.Has(Role::kAdministrator));
  static_assert(RoleSet().Empty());
  static_assert(RoleSet::All().Has(Role::kNetworkPartner));
}

TEST(CareRolesTest, Membership) {
  EXPECT_TRUE(kCareRoles.Has(Role::kFrontDoor));
  EXPECT_TRUE(kCareRoles.Has(Role::kPractitioner));
  EXPECT_TRUE(kCareRoles.Has(Role::kPeerWorker));
  EXPECT_TRUE(kCareRoles.Has(Role::kTeamLead));
  EXPECT_FALSE(kCareRoles.Has(Role::kAdministrator));
  EXPECT_FALSE(kCareRoles.Has(Role::kNetworkPartner));
  EXPECT_FALSE(kCareRoles.Has(Role::kCommissioner));
}

}  // namespace
}  // namespace role_test
}  // namespace lw

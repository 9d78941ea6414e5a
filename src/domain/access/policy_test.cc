#include "domain/access/policy.h"

#include <gtest/gtest.h>

#include <string>

namespace lw {
namespace {

constexpr PersonAction kActions[] = {PersonAction::kRead, PersonAction::kCreate,
                                     PersonAction::kUpdate};

const char* ActionName(PersonAction a) {
  switch (a) {
    case PersonAction::kRead:
      return "read";
    case PersonAction::kCreate:
      return "create";
    case PersonAction::kUpdate:
      return "update";
  }
  return "?";
}

Actor ActorIn(Role role, std::string team) {
  Actor a;
  a.user_id = "u1";
  a.role = role;
  a.organisation_id = "org1";
  a.team_id = std::move(team);
  return a;
}

bool May(Role role, const std::string& actor_team, PersonAction action,
         const std::string& record_team) {
  return DecidePersonAccess(ActorIn(role, actor_team), action, PersonAccessFacts{record_team});
}

// Written out, not derived from kCareRoles, so a change to either shows here.
bool IsCareRole(Role r) {
  return r == Role::kFrontDoor || r == Role::kPractitioner || r == Role::kPeerWorker ||
         r == Role::kTeamLead;
}

TEST(PersonAccessPolicyTest, EveryRoleTeamAndAction) {
  for (Role role : kAllRoles) {
    for (PersonAction action : kActions) {
      SCOPED_TRACE(std::string(RoleKey(role)) + " " + ActionName(action));
      // Same team: only care roles.
      EXPECT_EQ(May(role, "team-a", action, "team-a"), IsCareRole(role));
      // Another team's record: nobody.
      EXPECT_FALSE(May(role, "team-a", action, "team-b"));
      // A record with no team: nobody.
      EXPECT_FALSE(May(role, "team-a", action, ""));
      // An actor with no team: nobody, even against a record with no team.
      EXPECT_FALSE(May(role, "", action, "team-a"));
      EXPECT_FALSE(May(role, "", action, ""));
    }
  }
}

TEST(PersonAccessPolicyTest, CareRolesInTheirOwnTeam) {
  for (Role role : {Role::kFrontDoor, Role::kPractitioner, Role::kPeerWorker, Role::kTeamLead}) {
    for (PersonAction action : kActions) {
      EXPECT_TRUE(May(role, "team-a", action, "team-a"))
          << RoleKey(role) << " " << ActionName(action);
    }
  }
}

TEST(PersonAccessPolicyTest, NonCareRolesAlwaysDenied) {
  for (Role role : {Role::kAdministrator, Role::kNetworkPartner, Role::kCommissioner}) {
    for (PersonAction action : kActions) {
      for (const char* actor_team : {"team-a", "team-b", ""}) {
        for (const char* record_team : {"team-a", "team-b", ""}) {
          EXPECT_FALSE(May(role, actor_team, action, record_team))
              << RoleKey(role) << " " << ActionName(action) << " actor team '" << actor_team
              << "' record team '" << record_team << "'";
        }
      }
    }
  }
}

TEST(PersonAccessPolicyTest, TeamIdsCompareExactly) {
  EXPECT_FALSE(May(Role::kPractitioner, "team-a", PersonAction::kRead, "Team-A"));
  EXPECT_FALSE(May(Role::kPractitioner, "team-a", PersonAction::kRead, "team-a "));
  EXPECT_FALSE(May(Role::kPractitioner, "team", PersonAction::kRead, "team-a"));
}

}  // namespace
}  // namespace lw

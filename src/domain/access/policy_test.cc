#include "domain/access/policy.h"

#include <gtest/gtest.h>

#include <string>

namespace lw {
namespace policy_test {
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

TEST(PersonAccessPolicyTest, ATeamSupportingOrIntroducedToThePersonWorksWithTheRecord) {
  const PersonAccessFacts facts{.team_id = "team-b", .team_ids = {"team-c", "team-a"}};
  for (Role role : kAllRoles) {
    for (PersonAction action : kActions) {
      SCOPED_TRACE(std::string(RoleKey(role)) + " " + ActionName(action));
      EXPECT_EQ(DecidePersonAccess(ActorIn(role, "team-a"), action, facts), IsCareRole(role));
      EXPECT_FALSE(DecidePersonAccess(ActorIn(role, "team-d"), action, facts));
    }
  }
}

TEST(PersonAccessPolicyTest, BreakGlassLetsACareRoleReadButNeverChange) {
  const PersonAccessFacts facts{.team_id = "team-b", .break_glass = true};
  for (Role role : kAllRoles) {
    SCOPED_TRACE(RoleKey(role));
    EXPECT_EQ(DecidePersonAccess(ActorIn(role, "team-a"), PersonAction::kRead, facts),
              IsCareRole(role));
    EXPECT_FALSE(DecidePersonAccess(ActorIn(role, "team-a"), PersonAction::kUpdate, facts));
    EXPECT_FALSE(DecidePersonAccess(ActorIn(role, "team-a"), PersonAction::kCreate, facts));
    EXPECT_FALSE(DecidePersonAccess(ActorIn(role, ""), PersonAction::kRead, facts));
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

// --- Introductions.

bool MayIntro(Role role, const std::string& actor_team, IntroductionAction action,
              const std::string& intro_team, const std::string& made_by) {
  return DecideIntroductionAccess(ActorIn(role, actor_team), action,
                                  IntroductionAccessFacts{intro_team, made_by});
}

constexpr IntroductionAction kIntroActions[] = {
    IntroductionAction::kCreate, IntroductionAction::kRead, IntroductionAction::kUpdate};

TEST(IntroductionAccessTest, FrontDoorAndTeamLeadsWorkEveryTeam) {
  for (Role r : {Role::kFrontDoor, Role::kTeamLead}) {
    for (auto a : kIntroActions) {
      EXPECT_TRUE(MayIntro(r, "t1", a, "t1", ""));
      EXPECT_TRUE(MayIntro(r, "t1", a, "t2", "someone"));
    }
    EXPECT_TRUE(SeesWholeIntroduction(ActorIn(r, "t1")));
    auto scope = IntroductionListScopeFor(ActorIn(r, "t1"));
    EXPECT_TRUE(scope.allowed);
    EXPECT_EQ(scope.team_id, "");
    EXPECT_EQ(scope.made_by_user_id, "");
  }
}

TEST(IntroductionAccessTest, PractitionersAndPeersWorkTheirOwnTeam) {
  for (Role r : {Role::kPractitioner, Role::kPeerWorker}) {
    for (auto a : kIntroActions) {
      EXPECT_TRUE(MayIntro(r, "t1", a, "t1", ""));
      EXPECT_FALSE(MayIntro(r, "t1", a, "t2", ""));
      EXPECT_FALSE(MayIntro(r, "", a, "", ""));
    }
    auto scope = IntroductionListScopeFor(ActorIn(r, "t1"));
    EXPECT_TRUE(scope.allowed);
    EXPECT_EQ(scope.team_id, "t1");
    EXPECT_FALSE(IntroductionListScopeFor(ActorIn(r, "")).allowed);
  }
}

TEST(IntroductionAccessTest, PartnersMakeAndReadBackOnlyTheirOwnAndNeverChange) {
  EXPECT_TRUE(MayIntro(Role::kNetworkPartner, "", IntroductionAction::kCreate, "t1", "u1"));
  EXPECT_TRUE(MayIntro(Role::kNetworkPartner, "", IntroductionAction::kRead, "t1", "u1"));
  EXPECT_FALSE(MayIntro(Role::kNetworkPartner, "", IntroductionAction::kRead, "t1", "u2"));
  EXPECT_FALSE(MayIntro(Role::kNetworkPartner, "", IntroductionAction::kRead, "t1", ""));
  EXPECT_FALSE(MayIntro(Role::kNetworkPartner, "", IntroductionAction::kUpdate, "t1", "u1"));
  EXPECT_FALSE(SeesWholeIntroduction(ActorIn(Role::kNetworkPartner, "")));
  auto scope = IntroductionListScopeFor(ActorIn(Role::kNetworkPartner, ""));
  EXPECT_TRUE(scope.allowed);
  EXPECT_EQ(scope.made_by_user_id, "u1");
}

TEST(IntroductionAccessTest, AdministratorsAndCommissionersSeeNone) {
  for (Role r : {Role::kAdministrator, Role::kCommissioner}) {
    for (auto a : kIntroActions) {
      EXPECT_FALSE(MayIntro(r, "t1", a, "t1", "u1"));
    }
    EXPECT_FALSE(SeesWholeIntroduction(ActorIn(r, "t1")));
    EXPECT_FALSE(IntroductionListScopeFor(ActorIn(r, "t1")).allowed);
  }
}

TEST(IntroductionAccessTest, NoTeamMeansNoAccess) {
  for (Role r : kAllRoles) {
    for (auto a : kIntroActions) EXPECT_FALSE(MayIntro(r, "t1", a, "", "u1"));
  }
}

}  // namespace
}  // namespace policy_test
}  // namespace lw

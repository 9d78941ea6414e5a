#include "domain/access/policy.h"

#include <algorithm>

namespace lw {

bool DecidePersonAccess(const Actor& actor, PersonAction action, const PersonAccessFacts& facts) {
  if (!kCareRoles.Has(actor.role)) return false;
  if (actor.team_id.empty() || facts.team_id.empty()) return false;
  const bool own_team = actor.team_id == facts.team_id ||
                        std::ranges::find(facts.team_ids, actor.team_id) != facts.team_ids.end();
  switch (action) {
    case PersonAction::kRead:
      return own_team || facts.break_glass;
    case PersonAction::kCreate:
    case PersonAction::kUpdate:
      return own_team;
  }
  return false;
}

namespace {

bool WorksWholeFrontDoor(Role role) { return role == Role::kFrontDoor || role == Role::kTeamLead; }

bool WorksOwnTeam(Role role) { return role == Role::kPractitioner || role == Role::kPeerWorker; }

}  // namespace

bool DecideIntroductionAccess(const Actor& actor, IntroductionAction action,
                              const IntroductionAccessFacts& facts) {
  if (facts.team_id.empty()) return false;
  if (WorksWholeFrontDoor(actor.role)) return true;
  if (WorksOwnTeam(actor.role)) return !actor.team_id.empty() && actor.team_id == facts.team_id;
  if (actor.role == Role::kNetworkPartner && !actor.user_id.empty()) {
    switch (action) {
      case IntroductionAction::kCreate:
      case IntroductionAction::kRead:
        return facts.made_by_user_id == actor.user_id;
      case IntroductionAction::kUpdate:
        return false;
    }
  }
  return false;
}

bool SeesWholeIntroduction(const Actor& actor) {
  return WorksWholeFrontDoor(actor.role) || WorksOwnTeam(actor.role);
}

IntroductionListScope IntroductionListScopeFor(const Actor& actor) {
  if (WorksWholeFrontDoor(actor.role)) return {.allowed = true};
  if (WorksOwnTeam(actor.role) && !actor.team_id.empty()) {
    return {.allowed = true, .team_id = actor.team_id};
  }
  if (actor.role == Role::kNetworkPartner && !actor.user_id.empty()) {
    return {.allowed = true, .made_by_user_id = actor.user_id};
  }
  return {};
}

}  // namespace lw

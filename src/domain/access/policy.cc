#include "domain/access/policy.h"

namespace lw {

bool DecidePersonAccess(const Actor& actor, PersonAction action, const PersonAccessFacts& facts) {
  if (!kCareRoles.Has(actor.role)) return false;
  if (actor.team_id.empty() || facts.team_id.empty()) return false;
  switch (action) {
    case PersonAction::kRead:
    case PersonAction::kCreate:
    case PersonAction::kUpdate:
      return actor.team_id == facts.team_id;
  }
  return false;
}

}  // namespace lw

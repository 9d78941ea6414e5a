// The access policy for people's records: one function decides.
//
// Contract: `DecidePersonAccess` returns whether `actor` may perform
// `action` on a person's record given the facts about that record. Deny by
// default: any combination not explicitly allowed below is refused. Callers
// turn a refusal into kNotFound (not kPermissionDenied) so that nothing
// reveals whether a record exists.
//
// Rules (issue 5, "Access"):
//   - front door, practitioner, peer worker and team lead may read, create
//     and update the records held by their own team, and of people their
//     team supports or was introduced to (`team_ids`: the teams with an
//     episode of support or an introduction for the person);
//   - anyone in those roles holding an active break-glass grant for the
//     person may read (never change) the record: an urgent case outside
//     their team (break_glass.h);
//   - administrators manage accounts and configuration, not records;
//   - network partners and commissioners see no identifiable record.
#pragma once
#include <string>
#include <vector>
#include "domain/access/actor.h"
namespace lw {
enum class PersonAction { kRead, kCreate, kUpdate };
struct PersonAccessFacts {
  std::string team_id;                // the team that holds the person's record
  std::vector<std::string> team_ids;  // teams supporting them or introduced to them
  bool break_glass = false;           // the actor holds an active grant for them
};
bool DecidePersonAccess(const Actor& actor, PersonAction action, const PersonAccessFacts& facts);

// Introductions to the front door (domain/frontdoor). Rules:
//   - the front door and team leads work the whole locality's front door:
//     they may make, read and change introductions for any team;
//   - practitioners and peer workers, those of their own team;
//   - a network partner may make introductions (to any team) and read
//     back only the ones they made, as the introducer sees them
//     (ForIntroducer); never change them;
//   - administrators and commissioners see none.
enum class IntroductionAction { kCreate, kRead, kUpdate };

struct IntroductionAccessFacts {
  std::string team_id;          // the team it is (or would be) with
  std::string made_by_user_id;  // who made it; "" for the public form
};

bool DecideIntroductionAccess(const Actor& actor, IntroductionAction action,
                              const IntroductionAccessFacts& facts);

// Whether a reader sees the whole introduction (true) or only what its
// introducer may (false). Only meaningful when kRead is allowed.
bool SeesWholeIntroduction(const Actor& actor);

// The introductions a list may show the actor: none (`allowed` false),
// every team's (`team_id` ""), one team's, or only those `made_by_user_id`.
struct IntroductionListScope {
  bool allowed = false;
  std::string team_id;
  std::string made_by_user_id;
};
IntroductionListScope IntroductionListScopeFor(const Actor& actor);

}  // namespace lw

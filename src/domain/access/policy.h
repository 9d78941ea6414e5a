// The access policy for people's records: one function decides.
//
// Contract: `DecidePersonAccess` returns whether `actor` may perform
// `action` on a person's record given the facts about that record. Deny by
// default: any combination not explicitly allowed below is refused. Callers
// turn a refusal into kNotFound (not kPermissionDenied) so that nothing
// reveals whether a record exists.
//
// Rules today (later issues add relationships such as keyworker, partner
// holding a warm introduction, and break-glass):
//   - front door, practitioner, peer worker and team lead may read, create
//     and update the records held by their own team;
//   - administrators manage accounts and configuration, not records;
//   - network partners and commissioners see no identifiable record.
#pragma once

#include <string>

#include "domain/access/actor.h"

namespace lw {

enum class PersonAction { kRead, kCreate, kUpdate };

struct PersonAccessFacts {
  std::string team_id;  // the team that holds the person's record
};

bool DecidePersonAccess(const Actor& actor, PersonAction action, const PersonAccessFacts& facts);

}  // namespace lw

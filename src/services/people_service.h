// PeopleService: reading and changing people's records.
//
// Contract: every call takes the actor; access is decided by
// DecidePersonAccess (domain/access/policy.h). A refusal is reported as
// kNotFound, exactly as for a record that does not exist, so nothing
// reveals whether a person is known. Every read and write of a record
// appends an audit entry in the same transaction: "person.read",
// "person.create", "person.update", "person.history", and "person.list"
// (one entry for each person a listing shows). A refused attempt on an
// existing record is recorded too ("person.access_refused"), in a
// transaction of its own. Changes are new versions:
// `Update` takes the version the change was based on (draft.version) and
// fails with kConflict, carrying the current version, if someone else
// changed the record first; nothing is overwritten.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "base/random.h"
#include "domain/access/actor.h"
#include "domain/ports/store.h"

namespace lw {

class PeopleService {
 public:
  PeopleService(Store& store, const Clock& clock, Random& random);

  // The record is held by the actor's team. Returns the stored version 1.
  Result<Person> Create(const Actor& actor, Person draft, std::string_view reason);
  Result<Person> Get(const Actor& actor, std::string_view id);
  Result<Person> Update(const Actor& actor, Person draft, std::string_view reason);
  Result<std::vector<PersonVersion>> History(const Actor& actor, std::string_view id);
  Result<std::vector<Person>> ListForTeam(const Actor& actor, int limit);

 private:
  Store& store_;
  const Clock& clock_;
  Random& random_;
};

}  // namespace lw

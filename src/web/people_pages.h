// People's records: the team's list and one person's record with its
// history of versions.
//
// Routes (RegisterPeoplePages), care roles only:
//   GET /people        PeopleService::ListForTeam (up to kPeopleListLimit)
//                      as an NHS table: name (linking to the record),
//                      preferred name, date of birth, postcode.
//   GET /people/{id}   PeopleService::Get and ::History: the record as a
//                      summary list with its version number, then every
//                      version, newest first, with who, when (Europe/London)
//                      and why. A record that does not exist, or that the
//                      viewer may not see, is the same 404 page.
//                      Links to the fuller record (record_pages.h).
// Reads are audited by the service, not here.
#pragma once

#include <span>

#include "domain/people/person.h"
#include "web/layout.h"

namespace lw::web {

inline constexpr int kPeopleListLimit = 200;

Page PeopleListPage(std::span<const Person> people);
Page PersonPage(const Person& person, std::span<const PersonVersion> history);

}  // namespace lw::web

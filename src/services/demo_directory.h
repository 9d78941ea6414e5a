// The demo's directory (issue 7): a realistic directory of the Living Well
// Network and Community for the demo locality, Tameside & Glossop, so that
// search, distance and warm introductions have something to find.
//
// Contract:
//  - `DemoDirectory(today, seed)` builds the entries, the same for the same
//    arguments (its own SeededRandom; ids are UUIDs from it): about 40
//    Living Well Network services (debt advice, housing options, Citizens
//    Advice, talking therapies, carers' centre, recovery college, peer
//    support, drugs and alcohol, domestic abuse, crisis café, advocacy ...)
//    and about 280 community assets (walking groups, allotments, choirs,
//    men's sheds, faith groups, sports clubs, libraries, Listening Lounges,
//    food banks, craft groups, language cafés, cultural groups ...) across
//    the real towns (Ashton-under-Lyne, Hyde, Stalybridge, Denton, Droylsden,
//    Dukinfield, Mossley, Glossop, Hadfield). Places carry postcodes from
//    the demo's postcode fixture (DemoPostcodesCsv) and their coordinates.
//    Some entries are stale (checked over a year before `today`, or never),
//    some have a typical wait over six weeks. Every entry passes
//    ValidateService / ValidateOrganisation. Names are invented; contact
//    details use example.org and the 0161 496 / 01632 drama ranges.
//  - `partner_organisation_id`: the livingwell organisation whose network
//    partners keep the demo's money advice organisation current ("" none).
//  - `LoadDemoDirectory` loads the fixture's postcodes (if the table is
//    empty) and imports the entries as `admin` through
//    NetworkDirectory::ImportEntries: one transaction, audited.
//
// Thread-safety: pure, apart from the store.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"
#include "base/error.h"
#include "base/random.h"
#include "domain/access/actor.h"
#include "domain/directory/directory.h"
#include "domain/ports/store.h"

namespace lw {

struct DemoDirectoryEntries {
  std::vector<directory::DirectoryOrganisation> organisations;
  std::vector<directory::DirectoryService> services;
};

DemoDirectoryEntries DemoDirectory(Date today, const std::string& partner_organisation_id,
                                   std::uint64_t seed = 2026);

Status LoadDemoDirectory(Store& store, const Clock& clock, Random& random, const Actor& admin,
                         const std::string& partner_organisation_id);

}  // namespace lw

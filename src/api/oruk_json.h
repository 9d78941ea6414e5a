// Open Referral UK 3.0 (HSDS-UK-3.0) JSON for the directory: pure encoders
// the /oruk/ endpoints (the lead's) and `livingwell export` write from.
//
// Contract:
//  - Each function returns one JSON document as text (Boost.JSON stays in
//    oruk_json.cc). Every member the profile's schemas require is written
//    (../shared/standards/oruk-3.0/compiled/): HSDS enums exactly
//    (status "temporarily closed", location_type and address_type
//    "physical" / "virtual", freq "WEEKLY"); every id a lower-case UUID;
//    "email" and "uri" members only when the stored value has that shape
//    (otherwise left out, never written invalid); date-times RFC 3339 UTC.
//  - Ids the directory does not keep (schedules, addresses, phones,
//    languages, contacts, cost options, attributes, service_at_location)
//    are derived from the owner's id (`OrukDerivedId`, a UUID version 8):
//    the same on every request, so a consumer can follow them.
//  - Schedules: one per WeeklyOpening, freq WEEKLY, interval 1, byday
//    MO..SU, opens_at/closes_at "HH:MM" (midnight as closes_at "00:00"),
//    the opening notes in `notes`. Needs are attributes linking the terms
//    of the taxonomy "livingwell-needs" (fixed ids); other terms an import
//    kept are attributes whose term has a derived id and no taxonomy.
//    Eligibility ages are minimum_age / maximum_age, its words
//    eligibility_description; cost is `fees` plus one cost_option
//    ("Free" with amount 0, or "Fee" with the words in amount_description);
//    languages carry `name` and `code` (HSDS 3.0 language members beyond
//    the UK profile); phone and email are a contact with `email` and
//    `phones`; how introductions work is `application_process`; when it
//    was last checked is `assured_date`.
//  - Our own facts with no HSDS member (offer, kind, introduction route,
//    gender and cultural focus, who checked it, typical wait, publication,
//    neighbourhoods, version) go in ONE extra object member, "livingwell",
//    on the service (and on the organisation and location). The profile's
//    schemas allow extra members; oruk_import.h reads it back, so
//    decode(encode(x)) == x.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/directory/directory.h"

namespace lw::api {

struct OrukOptions {
  // HSDS requires address.state_province; the directory keeps no county.
  std::string state_province = "England";
  std::string country = "GB";  // ISO 3166-1 alpha-2
};

// A UUID (version 8, RFC 9562) derived from `seed`: the same seed, the same id.
std::string OrukDerivedId(std::string_view seed);

// GET /organizations/{id}: the organisation with its identifiers.
std::string EncodeOrukOrganization(const directory::DirectoryOrganisation& organisation);

// GET /services/{id}: fully nested. `organisation` (may be null) is nested
// as `organization`.
std::string EncodeOrukService(const directory::DirectoryService& service,
                              const directory::DirectoryOrganisation* organisation,
                              const OrukOptions& options = {});

// One element of GET /services `contents` (compiled/service_list.json):
// the service's own members and its organization, nothing nested further.
std::string EncodeOrukServiceListItem(const directory::DirectoryService& service,
                                      const directory::DirectoryOrganisation* organisation);

// GET /service_at_locations/{id}: the service at its place `place_index`
// (compiled/service_at_location.json), with its location and the service.
// Its id is OrukServiceAtLocationId(service.id, place.id).
std::string EncodeOrukServiceAtLocation(const directory::DirectoryService& service,
                                        std::size_t place_index,
                                        const directory::DirectoryOrganisation* organisation,
                                        const OrukOptions& options = {});
std::string OrukServiceAtLocationId(std::string_view service_id, std::string_view place_id);

// GET /taxonomies/{id}: the needs taxonomy with its terms.
std::string EncodeOrukNeedsTaxonomy();
// GET /taxonomy_terms/{id}: one need as a term.
std::string EncodeOrukNeedTerm(directory::Need need);

// The paged envelope of interop.md §3.3 around `contents` (each already a
// JSON document from the encoders above). `page` counts from 1.
std::string EncodeOrukPage(const std::vector<std::string>& contents, std::size_t total_items,
                           std::size_t page, std::size_t per_page);

// A package (HSDS 3 service_package): a JSON array of fully nested services.
std::string EncodeOrukServicePackage(
    const std::vector<directory::DirectoryService>& services,
    const std::vector<directory::DirectoryOrganisation>& organisations,
    const OrukOptions& options = {});

}  // namespace lw::api

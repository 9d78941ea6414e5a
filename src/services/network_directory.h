// NetworkDirectory: the directory of the Living Well Network and Community
// (issue 7, points 1 and 4): organisations, services and community assets,
// kept as versioned records (storage/records/directory_records.h), with
// who may change which entry, partners' changes awaiting review where the
// locality asks for it, and the postcode directory for distance.
//
// Contract (as PlanService, services/plan_service.h, for what applies):
//  - Every call but LocatePostcode takes the actor. Access is decided inside
//    the store transaction. A refusal is kNotFound worded as for an entry
//    that does not exist ("No service found", "No organisation found") and
//    is audited ("directory.access_refused") in a transaction of its own.
//  - Reading: every signed-in staff role, commissioners included (the
//    directory is not about people, and gaps in provision are theirs to
//    see). Reads are NOT audited.
//  - What readers see: teams and partners see what is published. When the
//    current version of a service awaits review, they see its latest
//    published version (a service never yet published is not listed, and
//    is kNotFound to them). Administrators, and the partner who may change
//    the service, see the current version (`pending` tells them).
//  - Changing: an administrator any entry; a network partner only the
//    services of a DirectoryOrganisation whose partner_organisation_id is
//    the partner's own organisation (Actor::organisation_id), creating them
//    too; nobody else. Organisations: administrators only. A partner's
//    change is stored awaiting review when the locality's
//    review_partner_changes is set, else published; an administrator's is
//    published. `Publish` (administrators) publishes the current version.
//  - Every change is one new version, audited in its transaction:
//    "directory.organisation.create" / ".update",
//    "directory.service.create" / ".update" / ".check" / ".publish"; record
//    type "directory-organisation" / "directory-service", id the entry's.
//  - Versions are never overwritten: Update*, MarkChecked and Publish store
//    the next version based on the version the writer saw; a stale
//    `based_on` is kConflict carrying the stored version, nothing stored.
//  - Input: Normalise* then Validate* (domain/directory/validate.h):
//    kInvalidArgument with field errors; an empty id on Create gets a new
//    UUID; a service must name an organisation that exists
//    (kInvalidArgument, field "organisation_id"); `checked.on` may not be
//    after today. An id already taken is kAlreadyExists.
//  - A service's `checked` is never taken from the caller: CreateService
//    records it as checked today by the actor, UpdateService keeps the
//    stored one, and only MarkChecked changes it.
//  - `Generation()` grows after every committed change made through this
//    object, so a caller may cache what it built from ListServices (the
//    search index) until it moves. Changes made by another server process
//    are not seen by it.
//
// Thread-safety: as safe as the Store; Generation is atomic.
#pragma once

#include <atomic>
#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "base/random.h"
#include "domain/access/actor.h"
#include "domain/directory/directory.h"
#include "domain/org/locality_config.h"
#include "domain/ports/store.h"

namespace lw {

// One service as a reader sees it, with its organisation's name: a row of
// the search index.
struct DirectoryEntry {
  directory::DirectoryService service;
  std::string organisation_name;
};

struct DirectoryServiceView {
  directory::DirectoryService service;
  directory::DirectoryOrganisation organisation;
  bool stale = false;       // not checked within the locality's stale_after_days
  bool pending = false;     // the current version awaits an administrator's review
  bool may_change = false;  // the actor may change it (and mark it checked)
  bool may_publish = false;
};

// What ImportEntries did.
struct DirectoryImportResult {
  int organisations_created = 0;
  int organisations_updated = 0;
  int services_created = 0;
  int services_updated = 0;
  int unchanged = 0;  // entries identical to what is stored: no new version
};

struct DirectoryServiceVersion {
  directory::DirectoryService service;
  ChangeMeta change;
};

// One version in History with the name of whoever made it, for pages.
struct DirectoryServiceChange {
  DirectoryServiceVersion version;
  // "Chris Ellis (Millbrook Money Advice)": the account's display name (its
  // username when it has none) and its organisation's name; "" when the
  // change was made by no account still stored.
  std::string changed_by_name;
};

class NetworkDirectory {
 public:
  NetworkDirectory(Store& store, const Clock& clock, Random& random,
                   DirectorySettings settings = {})
      : store_(store), clock_(clock), random_(random), settings_(settings) {}

  // Every service readers see (see above), in name order, each with its
  // organisation's name; inactive ones too (the caller filters).
  Result<std::vector<DirectoryEntry>> ListServices(const Actor& actor);
  // Services whose current version awaits review: an administrator's
  // queue (empty for anyone else).
  Result<std::vector<DirectoryEntry>> ListAwaitingReview(const Actor& actor);
  Result<DirectoryServiceView> GetService(const Actor& actor, std::string_view id);
  // Every version of the service, newest first (to those who see the
  // current version; others kNotFound).
  Result<std::vector<DirectoryServiceVersion>> History(const Actor& actor, std::string_view id);
  Result<std::vector<directory::DirectoryOrganisation>> ListOrganisations(const Actor& actor);
  Result<directory::DirectoryOrganisation> GetOrganisation(const Actor& actor, std::string_view id);

  Result<directory::DirectoryOrganisation> CreateOrganisation(
      const Actor& actor, directory::DirectoryOrganisation organisation);
  Result<directory::DirectoryOrganisation> UpdateOrganisation(
      const Actor& actor, directory::DirectoryOrganisation organisation, long long based_on);
  Result<directory::DirectoryService> CreateService(const Actor& actor,
                                                    directory::DirectoryService service);
  Result<directory::DirectoryService> UpdateService(const Actor& actor,
                                                    directory::DirectoryService service,
                                                    long long based_on);
  // Administrators: many entries at once, from a feed (ORUK, CSV) or the
  // demo, in ONE transaction: all stored or none. Each entry is created, or
  // stored as the next version of the entry with its id (the feed is
  // authoritative: no conflict check), or left alone when identical to what
  // is stored; each published. Every entry is normalised and validated
  // first: kInvalidArgument with every problem, its field prefixed
  // "organisations[i]." or "services[i]."; an id twice in the batch, or a
  // service naming an organisation neither in the batch nor stored, is one
  // too. Audited per entry as Create/Update are, with `source` as reason.
  Result<DirectoryImportResult> ImportEntries(
      const Actor& actor, std::vector<directory::DirectoryOrganisation> organisations,
      std::vector<directory::DirectoryService> services, std::string_view source);
  // A new version with checked = today, by the actor.
  Result<directory::DirectoryService> MarkChecked(const Actor& actor, std::string_view id,
                                                  long long based_on);
  // Administrators: a new version of an entry awaiting review, published.
  // kFailedPrecondition when it is already published.
  Result<directory::DirectoryService> Publish(const Actor& actor, std::string_view id,
                                              long long based_on);

  // Where a postcode typed by a person is: kInvalidArgument ("Enter a real
  // postcode, like SK14 2QR", field "postcode") when it is not a postcode,
  // kNotFound ("We do not know the postcode SK14 9ZZ") when the postcode
  // directory does not have it.
  Result<PostcodePoint> LocatePostcode(std::string_view text);

  std::uint64_t Generation() const { return generation_.load(std::memory_order_acquire); }
  const DirectorySettings& settings() const { return settings_; }

  // ---- For the pages where partners keep their entries current --------
  // The organisations whose services the actor may change and add to: all
  // of them for an administrator, those linked to a network partner's own
  // organisation for a partner, none for anyone else. In name order.
  Result<std::vector<directory::DirectoryOrganisation>> ChangeableOrganisations(const Actor& actor);
  // A network partner's own services: those of ChangeableOrganisations, each
  // as GetService shows it to them (the current version, `pending` when it
  // awaits review, never-published ones included), in name order. Empty
  // for every other role (administrators have ListAwaitingReview).
  Result<std::vector<DirectoryServiceView>> PartnerServices(const Actor& actor);
  // History, each version with who made it by name (same access).
  Result<std::vector<DirectoryServiceChange>> HistoryWithNames(const Actor& actor,
                                                               std::string_view id);
  // A new id for a place a form adds to a service (a UUID).
  std::string NewPlaceId();

 private:
  std::unexpected<Error> Refused(const Actor& actor, std::string_view type, std::string_view id);
  void Changed() { generation_.fetch_add(1, std::memory_order_acq_rel); }

  Store& store_;
  const Clock& clock_;
  Random& random_;
  DirectorySettings settings_;
  std::atomic<std::uint64_t> generation_ = 1;
};

}  // namespace lw

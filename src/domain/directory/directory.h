// The directory of the Living Well Network and Community (issue 7): the
// organisations, services and community assets a team can introduce a person
// to, shaped after Open Referral UK 3.0 / HSDS 3.0 (docs/interop.md §3) so
// that a feed maps onto it field by field.
//
// The units of change are a `DirectoryOrganisation` and a
// `DirectoryService`. A service carries its own locations (HSDS
// service_at_location + location + address), schedules, contact and
// eligibility, so that one version of a service is everything a person needs
// to know about it, and a partner's edit is one new version. Two services
// held at the same place name the same location id; the ORUK API lists each
// location once.
//
// Ids are UUIDs (HSDS requires the uuid format), lower case, kept as an
// import gave them so that a feed re-imported updates rather than duplicates.
//
// What each service offers is drawn from one taxonomy of needs (`Need`),
// published through ORUK as the taxonomy "livingwell-needs" whose term ids
// are fixed here and never change. Terms of other taxonomies that an import
// could not map to a need are kept, by name, in `other_terms`.
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"

namespace lw::directory {

// ---- The taxonomy of needs ------------------------------------------------

enum class Need : std::uint8_t {
  kHousing,
  kMoneyAndDebt,
  kBenefitsAndWelfare,
  kEmploymentAndLearning,
  kPhysicalHealth,
  kPsychologicalTherapy,
  kPeerSupport,
  kCarersSupport,
  kDrugsAndAlcohol,
  kDomesticAbuse,
  kLonelinessAndConnection,
  kArtsAndCreativity,
  kPhysicalActivity,
  kFaithAndCulture,
  kAdvocacy,
  kCrisis,
  kFoodAndEssentials,
  kFamilyAndParenting,
  kBereavement,
  kLegalAdvice,
};
inline constexpr std::size_t kNeedCount = 20;
extern const std::array<Need, kNeedCount> kAllNeeds;

std::string_view NeedKey(Need need);          // "money-and-debt" (stored; never change)
std::string_view NeedDisplayName(Need need);  // "Money and debt"
std::string_view NeedDescription(Need need);  // one sentence, for ORUK term descriptions
std::string_view NeedTermId(Need need);       // fixed UUID of the ORUK taxonomy term
std::optional<Need> ParseNeed(std::string_view key);
std::optional<Need> NeedForTermId(std::string_view term_id);

// The ORUK taxonomy the needs are published as.
inline constexpr std::string_view kNeedsTaxonomyId = "a9ccd98f-52c7-5237-8b32-543db6556e1e";
inline constexpr std::string_view kNeedsTaxonomyName = "livingwell-needs";

// ---- Small vocabularies ---------------------------------------------------

// Part of the commissioned Living Well Network, or a community asset that
// anyone can use (GM Guide features 6 and 7).
enum class Offer : std::uint8_t { kNetwork, kCommunityAsset };
std::string_view OfferKey(Offer offer);          // "network", "community-asset"
std::string_view OfferDisplayName(Offer offer);  // "Living Well Network", "Community asset"
std::optional<Offer> ParseOffer(std::string_view key);

// What kind of place or offer it is.
enum class ServiceKind : std::uint8_t {
  kService,
  kGroup,
  kSpace,
  kFaithGroup,
  kSportsClub,
  kLibrary,
  kListeningLounge,
  kOther,
};
std::string_view ServiceKindKey(ServiceKind kind);          // "listening-lounge"
std::string_view ServiceKindDisplayName(ServiceKind kind);  // "Listening Lounge"
std::optional<ServiceKind> ParseServiceKind(std::string_view key);

// HSDS service.status, with its exact keys.
enum class ServiceStatus : std::uint8_t { kActive, kInactive, kDefunct, kTemporarilyClosed };
std::string_view ServiceStatusKey(ServiceStatus status);  // "temporarily closed"
std::string_view ServiceStatusDisplayName(ServiceStatus status);
std::optional<ServiceStatus> ParseServiceStatus(std::string_view key);

// Who a service is for, by gender.
enum class GenderFocus : std::uint8_t { kAnyone, kWomen, kMen, kTransAndNonBinary };
std::string_view GenderFocusKey(
    GenderFocus focus);  // "anyone", "women", "men", "trans-and-non-binary"
std::string_view GenderFocusDisplayName(GenderFocus focus);
std::optional<GenderFocus> ParseGenderFocus(std::string_view key);

// How an introduction to the service is made.
enum class IntroductionRoute : std::uint8_t {
  kWarmHandover,  // the team calls or emails the service with the person's consent
  kSelfReferral,  // the person gets in touch themselves (with help if they want it)
  kDropIn,        // just turn up
  kOnlineForm,
};
std::string_view IntroductionRouteKey(IntroductionRoute route);  // "warm-handover"
std::string_view IntroductionRouteDisplayName(IntroductionRoute route);
std::optional<IntroductionRoute> ParseIntroductionRoute(std::string_view key);

// Publication (issue 7 point 4): a partner's change may wait for an
// administrator's review before the public and the teams see it.
enum class Publication : std::uint8_t { kPublished, kAwaitingReview };
std::string_view PublicationKey(Publication publication);  // "published", "awaiting-review"
std::optional<Publication> ParsePublication(std::string_view key);

// ---- Values ---------------------------------------------------------------

// One weekly opening: HSDS schedule with freq WEEKLY, one byday.
struct WeeklyOpening {
  int weekday = 0;    // 0 Monday .. 6 Sunday
  int opens_at = 0;   // minutes after midnight, Europe/London
  int closes_at = 0;  // minutes after midnight; > opens_at
  bool operator==(const WeeklyOpening&) const = default;
};

struct Eligibility {
  std::optional<int> minimum_age;
  std::optional<int> maximum_age;
  GenderFocus gender = GenderFocus::kAnyone;
  std::string cultural_focus;  // "South Asian women", "African and Caribbean communities"
  std::string description;     // anything else: "lives in Tameside", "carers of someone ..."
  bool operator==(const Eligibility&) const = default;
};

struct Contact {
  std::string phone;
  std::string email;
  std::string website;  // absolute http(s) URL
  bool operator==(const Contact&) const = default;
};

// Where a service is offered: HSDS location (+ its address), kept inside the
// service as its service_at_location.
struct Place {
  std::string id;           // location UUID; shared by services held at the same place
  bool is_virtual = false;  // online or phone only: no address
  std::string name;         // "Hyde Library"
  std::string address_1;
  std::string city;
  std::string postcode;  // normalised ("SK14 2QR"); "" for a virtual place
  std::optional<double> latitude;
  std::optional<double> longitude;
  std::string neighbourhood_id;            // our neighbourhood, when known
  std::vector<std::string> accessibility;  // "Step-free access", "Hearing loop" ...
  bool operator==(const Place&) const = default;
};

// Who checked an entry last, and when (stale entries are flagged).
struct Checked {
  std::optional<Date> on;
  std::string by_user_id;  // "" when imported
  std::string by_name;     // as shown: "Asha Patel (Tameside Living Well)", or the feed's name
  bool operator==(const Checked&) const = default;
};

struct DirectoryOrganisation {
  std::string id;  // UUID
  long long version = 0;
  std::string name;
  std::string description;
  Contact contact;
  std::string charity_number;  // HSDS organization_identifier; "" if none
  // The livingwell organisation (domain/org) whose network partners may keep
  // this organisation's services current; "" for none.
  std::string partner_organisation_id;
  Checked checked;
  bool operator==(const DirectoryOrganisation&) const = default;
};

struct DirectoryService {
  std::string id;  // UUID
  long long version = 0;
  std::string organisation_id;  // a DirectoryOrganisation
  std::string name;
  std::string description;
  ServiceStatus status = ServiceStatus::kActive;
  ServiceKind kind = ServiceKind::kService;
  Offer offer = Offer::kNetwork;
  std::vector<Need> needs;
  std::vector<std::string> other_terms;  // taxonomy terms no need matched, by name
  Eligibility eligibility;
  std::vector<std::string> languages;  // ISO 639-1 where known ("en", "ur", "pl")
  Contact contact;
  IntroductionRoute introduction_route = IntroductionRoute::kWarmHandover;
  std::string how_to_introduce;  // the service's own words on how introductions work
  std::vector<WeeklyOpening> opening;
  std::string opening_notes;  // "term time only", "ring first"
  bool free = true;
  std::string cost;                      // when not free: "£3 a session, concessions"
  std::optional<int> typical_wait_days;  // how long before a first meeting, when known
  std::vector<Place> places;
  std::vector<std::string> neighbourhood_ids;  // areas served; empty: the whole locality
  Checked checked;
  Publication publication = Publication::kPublished;
  Timestamp updated_at{};
  bool operator==(const DirectoryService&) const = default;
};

// An entry not checked for longer than `max_age_days` (or never) is stale.
bool IsStale(const Checked& checked, Date today, int max_age_days);

}  // namespace lw::directory

// Professions, Agenda for Change bands and a locality's own names for
// roles: what a member of a Living Well team does, as opposed to what they
// may do in the software (that is `Role`, domain/access/role.h).
//
// Contract:
//  - `Profession` is the standard set of job roles in a Living Well team,
//    drawn from the GM Living Well Guide (features 4, 5 and 9) and the
//    issue. Each has a stable key ("mh-nurse": stored, in forms and the API,
//    never renamed once released) and a display name in plain English.
//    `ParseProfession` returns nullopt for a key it does not know.
//  - `Band` is an Agenda for Change pay band, "2" to "9" with "8a" to "8d"
//    between 7 and 9 (band 1 is closed to new staff). Bands compare in pay
//    order, so "band 7 or above" is `band >= Band::k7`. `ParseBand` takes the
//    key exactly ("8a", not "8A" or "Band 8a") and returns nullopt otherwise.
//  - `RoleNames` is a locality's naming convention (feature 9: "some places
//    may choose to call everybody a Living Well practitioner, irrespective of
//    role or professional qualification"). Several professions may share one
//    local title; each profession has at most one. `Make` returns
//    kInvalidArgument with a field error per bad row ("names[2].local_title")
//    when a title is empty, longer than 80 characters, not valid UTF-8 or
//    holds control characters; when a profession is named twice; or when a
//    local title is the standard display name of another profession that
//    keeps its standard name (two professions would then look the same).
//    Titles are trimmed; they compare ignoring ASCII case.
//
// Thread-safety: pure functions over constant tables; a `RoleNames` is an
// immutable value, safe to share once built.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/error.h"

namespace lw {

enum class Profession : std::uint8_t {
  kMentalHealthNurse,
  kOccupationalTherapist,
  kSocialWorker,
  kPsychologist,
  kPsychiatrist,
  kPeerWorker,
  kRecoveryWorker,
  kSupportWorker,
  kWellbeingWorker,
  kCoach,
  kSocialPrescriber,
  kCommunityConnector,
  kEmploymentAdvisor,
  kHousingAdvisor,
  kDebtAdvisor,
  kWelfareAdvisor,
  kAdvocate,
  kPharmacist,
  kGp,
  kOperationalManager,
  kAdministrator,
  kOther,  // a local role with no standard equivalent; give it a local title
};
inline constexpr std::size_t kProfessionCount = 22;
inline constexpr std::array<Profession, kProfessionCount> kAllProfessions = {
    Profession::kMentalHealthNurse,
    Profession::kOccupationalTherapist,
    Profession::kSocialWorker,
    Profession::kPsychologist,
    Profession::kPsychiatrist,
    Profession::kPeerWorker,
    Profession::kRecoveryWorker,
    Profession::kSupportWorker,
    Profession::kWellbeingWorker,
    Profession::kCoach,
    Profession::kSocialPrescriber,
    Profession::kCommunityConnector,
    Profession::kEmploymentAdvisor,
    Profession::kHousingAdvisor,
    Profession::kDebtAdvisor,
    Profession::kWelfareAdvisor,
    Profession::kAdvocate,
    Profession::kPharmacist,
    Profession::kGp,
    Profession::kOperationalManager,
    Profession::kAdministrator,
    Profession::kOther};

std::string_view ProfessionKey(Profession profession);          // "mh-nurse"
std::string_view ProfessionDisplayName(Profession profession);  // "Mental health nurse"
std::optional<Profession> ParseProfession(std::string_view key);

// The GM minimum's "MH practitioners": "Any combination of OT, Social worker
// and/or MH nurse" (feature 9).
bool IsMentalHealthPractitioner(Profession profession);

enum class Band : std::uint8_t { k2, k3, k4, k5, k6, k7, k8a, k8b, k8c, k8d, k9 };
inline constexpr std::size_t kBandCount = 11;
inline constexpr std::array<Band, kBandCount> kAllBands = {
    Band::k2,  Band::k3,  Band::k4,  Band::k5,  Band::k6, Band::k7,
    Band::k8a, Band::k8b, Band::k8c, Band::k8d, Band::k9};

std::string_view BandKey(Band band);          // "8a"
std::string_view BandDisplayName(Band band);  // "Band 8a"
std::optional<Band> ParseBand(std::string_view key);

inline constexpr std::size_t kMaxLocalTitleChars = 80;

struct LocalRoleName {
  std::string local_title;  // "Living Well practitioner"
  Profession profession = Profession::kOther;
  bool operator==(const LocalRoleName&) const = default;
};

class RoleNames {
 public:
  // Every profession under its standard display name.
  RoleNames() = default;
  static Result<RoleNames> Make(std::vector<LocalRoleName> names);

  // The locality's title for `profession`, or its standard display name.
  std::string_view TitleFor(Profession profession) const;
  // The professions a title stands for: those given it locally, else the one
  // whose standard display name it is (so "Social worker" still finds social
  // workers where they are called "Living Well practitioner"); empty when
  // nothing matches. Ignores ASCII case and surrounding whitespace.
  std::vector<Profession> ProfessionsFor(std::string_view title) const;
  // The profession when the title stands for exactly one; nullopt when it
  // stands for none or is shared ("Living Well practitioner").
  std::optional<Profession> ProfessionFor(std::string_view title) const;

  std::span<const LocalRoleName> names() const { return names_; }

 private:
  explicit RoleNames(std::vector<LocalRoleName> names) : names_(std::move(names)) {}
  const LocalRoleName* Find(Profession profession) const;

  std::vector<LocalRoleName> names_;  // validated, trimmed, in the order given
};

}  // namespace lw

#include "domain/org/organisation.h"

#include <array>

namespace lw {
namespace {
constexpr std::array<OrganisationKind, 5> kKinds = {
    OrganisationKind::kNhsTrust, OrganisationKind::kCouncil, OrganisationKind::kVoluntary,
    OrganisationKind::kPrimaryCare, OrganisationKind::kOther};
}  // namespace

std::string_view OrganisationKindKey(OrganisationKind kind) {
  switch (kind) {
    case OrganisationKind::kNhsTrust:
      return "nhs-trust";
    case OrganisationKind::kCouncil:
      return "council";
    case OrganisationKind::kVoluntary:
      return "voluntary";
    case OrganisationKind::kPrimaryCare:
      return "primary-care";
    case OrganisationKind::kOther:
      return "other";
  }
  return "other";
}

std::string_view OrganisationKindName(OrganisationKind kind) {
  switch (kind) {
    case OrganisationKind::kNhsTrust:
      return "NHS trust";
    case OrganisationKind::kCouncil:
      return "Council";
    case OrganisationKind::kVoluntary:
      return "Voluntary organisation";
    case OrganisationKind::kPrimaryCare:
      return "Primary care network";
    case OrganisationKind::kOther:
      return "Other";
  }
  return "Other";
}

std::optional<OrganisationKind> ParseOrganisationKind(std::string_view key) {
  for (auto k : kKinds) {
    if (OrganisationKindKey(k) == key) return k;
  }
  return std::nullopt;
}

}  // namespace lw

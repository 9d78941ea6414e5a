// The shape of a Living Well system: localities, neighbourhoods,
// organisations and teams. Reference data, not records about people.
//
// A locality is one of the places running Living Well (e.g. Tameside &
// Glossop); it has neighbourhoods; teams serve a neighbourhood and draw
// staff from several organisations (NHS trust, council, voluntary sector).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lw {

struct Locality {
  std::string id;
  std::string name;          // "Tameside and Glossop"
  std::string service_name;  // what people call the service here: "Living Life Well"
};

struct Neighbourhood {
  std::string id;
  std::string locality_id;
  std::string name;
};

enum class OrganisationKind { kNhsTrust, kCouncil, kVoluntary, kPrimaryCare, kOther };

std::string_view OrganisationKindKey(OrganisationKind kind);   // "nhs-trust"
std::string_view OrganisationKindName(OrganisationKind kind);  // "NHS trust"
std::optional<OrganisationKind> ParseOrganisationKind(std::string_view key);

struct Organisation {
  std::string id;
  std::string name;
  OrganisationKind kind = OrganisationKind::kOther;
  bool network_partner = false;  // part of the Living Well Network, outside the team
};

struct Team {
  std::string id;
  std::string locality_id;
  std::string neighbourhood_id;  // may be empty for a locality-wide team
  std::string name;
};

}  // namespace lw

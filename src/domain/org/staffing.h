// Staff posts in a locality's Living Well teams, and the check of them
// against the GM minimum staffing (GM Living Well Guide, feature 9,
// "Staffing"), which reads:
//
//   "By end Mar 2024:
//    - Each neighbourhood should expect to have access to a minimum of 3 MH
//      practitioners (Any combination of OT, Social worker and/or MH nurse)
//      with at least one band 7 (or band 6 with support to develop), 1
//      recovery worker and 1 peer worker (connected to a wider peer offer)
//    - Each locality should also expect to have access to an Operational
//      manager, Psychiatrist, Psychologist, Social worker (Safeguarding lead)
//      and a balanced complement of VCSE staff"
//
// How the check reads it (the Guide does not say; these are our choices):
//  - People, not hours: a clause counts distinct user ids (someone with two
//    posts counts once), whatever their hours. Whole-time equivalent (hours
//    / 37.5, summed over the posts counted) is shown alongside so a manager
//    can see three heads that add up to 0.6 of a practitioner.
//  - "band 7" means band 7 or above; band 6 counts only with
//    `development_support`. The senior practitioner is one of the MH
//    practitioners, so an OT at band 7 satisfies both neighbourhood clauses.
//  - Neighbourhood clauses count only posts in that neighbourhood. A
//    locality-wide post (neighbourhood_id "") counts towards no
//    neighbourhood: one person cannot be every neighbourhood's minimum.
//  - Locality clauses count every post in the locality: locality-wide posts
//    and posts in any of its neighbourhoods. Posts in a neighbourhood not
//    passed to `CheckLocality` belong to another locality and are ignored.
//  - "a balanced complement of VCSE staff" is a judgement; the check asks for
//    at least one post employed by a voluntary organisation
//    (OrganisationKind::kVoluntary) and shows how many there are.
//  - The safeguarding lead clause needs a social worker post with
//    `safeguarding_lead` set.
//
// Contract: `ValidateStaffPost` returns kInvalidArgument with field errors
// named as form fields (user_id, organisation_id, team_id, hours_per_week).
// The checks never fail: they take posts as given (validated when stored)
// and report every clause, met or not. Clauses come in a fixed order, with
// user ids sorted.
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "domain/org/organisation.h"
#include "domain/org/profession.h"

namespace lw {

inline constexpr double kFullTimeHoursPerWeek = 37.5;  // Agenda for Change: 1 WTE
inline constexpr double kMaxHoursPerWeek = 48;         // Working Time Regulations average

// Fields are in the order a person reads a post, not packed by size.
struct StaffPost {  // NOLINT(clang-analyzer-optin.performance.Padding)
  std::string id;   // the post's own id, stored; "" before it is first saved
  long long version = 0;
  bool current = true;  // false once the post has ended (kept, never deleted)
  std::string user_id;
  std::string organisation_id;  // the employer
  OrganisationKind organisation_kind = OrganisationKind::kOther;
  std::string team_id;
  std::string neighbourhood_id;  // "" = locality-wide
  Profession profession = Profession::kOther;
  std::optional<Band> band;  // Agenda for Change; none for most VCSE posts
  double hours_per_week = kFullTimeHoursPerWeek;
  bool safeguarding_lead = false;
  bool development_support = false;  // supported to develop to the next band
  bool operator==(const StaffPost&) const = default;
};

// Ok, or kInvalidArgument: ids missing, or hours not in (0, 48].
Status ValidateStaffPost(const StaffPost& post);

// Hours as a fraction of a full-time week: 18.75 hours is 0.5.
double WholeTimeEquivalent(double hours_per_week);

enum class StaffingClause : std::uint8_t {
  // Per neighbourhood.
  kMentalHealthPractitioners,
  kSeniorPractitioner,
  kRecoveryWorker,
  kPeerWorker,
  // Per locality.
  kOperationalManager,
  kPsychiatrist,
  kPsychologist,
  kSafeguardingLead,
  kVcseStaff,
};
inline constexpr std::array<StaffingClause, 4> kNeighbourhoodClauses = {
    StaffingClause::kMentalHealthPractitioners, StaffingClause::kSeniorPractitioner,
    StaffingClause::kRecoveryWorker, StaffingClause::kPeerWorker};
inline constexpr std::array<StaffingClause, 5> kLocalityClauses = {
    StaffingClause::kOperationalManager, StaffingClause::kPsychiatrist,
    StaffingClause::kPsychologist, StaffingClause::kSafeguardingLead, StaffingClause::kVcseStaff};

// Stable key, "mh-practitioners"; never renamed once released.
std::string_view StaffingClauseKey(StaffingClause clause);
// Plain English: "At least 3 mental health practitioners (OT, social worker
// or MH nurse)".
std::string_view StaffingClauseDescription(StaffingClause clause);
// How many people the clause asks for.
int StaffingClauseRequired(StaffingClause clause);

struct ClauseCheck {
  StaffingClause clause = StaffingClause::kMentalHealthPractitioners;
  std::string_view key;          // StaffingClauseKey(clause)
  std::string_view description;  // StaffingClauseDescription(clause)
  int required = 0;
  int found = 0;                      // distinct people
  double found_wte = 0;               // their posts' whole-time equivalent
  std::vector<std::string> user_ids;  // who satisfies it, sorted, distinct
  bool met = false;
  // What to do, for a manager: "Needs 1 more mental health practitioner (OT,
  // social worker or MH nurse)"; "" when met.
  std::string gap;
};

struct NeighbourhoodStaffingCheck {
  std::string neighbourhood_id;
  std::vector<ClauseCheck> clauses;  // kNeighbourhoodClauses, in order
  bool Met() const;
};

struct LocalityStaffingCheck {
  std::vector<ClauseCheck> clauses;                        // kLocalityClauses, in order
  std::vector<NeighbourhoodStaffingCheck> neighbourhoods;  // in the order passed
  // Every locality clause and every neighbourhood's clauses are met.
  bool Met() const;
};

NeighbourhoodStaffingCheck CheckNeighbourhood(std::string_view neighbourhood_id,
                                              std::span<const StaffPost> posts);
LocalityStaffingCheck CheckLocality(std::span<const StaffPost> posts,
                                    std::span<const Neighbourhood> neighbourhoods);

}  // namespace lw

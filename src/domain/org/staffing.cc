#include "domain/org/staffing.h"

#include <algorithm>
#include <utility>

namespace lw {
namespace {

using C = StaffingClause;

// One row per clause, in enum order: the single place its words are written.
struct ClauseText {
  C clause;
  std::string_view key;
  std::string_view description;
  int required;
  std::string_view gap_one;   // missing one: "Needs a recovery worker"
  std::string_view gap_many;  // missing several, after "Needs N more "
};

constexpr std::array<ClauseText, 9> kClauses = {{
    {C::kMentalHealthPractitioners, "mh-practitioners",
     "At least 3 mental health practitioners (any combination of OT, social worker or MH nurse)", 3,
     "mental health practitioner (OT, social worker or MH nurse)",
     "mental health practitioners (OT, social worker or MH nurse)"},
    {C::kSeniorPractitioner, "senior-practitioner",
     "At least one of them at band 7 or above, or at band 6 with support to develop", 1,
     "Needs a mental health practitioner at band 7 or above, or at band 6 with support to "
     "develop",
     ""},
    {C::kRecoveryWorker, "recovery-worker", "A recovery worker", 1, "Needs a recovery worker", ""},
    {C::kPeerWorker, "peer-worker", "A peer worker, connected to a wider peer offer", 1,
     "Needs a peer worker, connected to a wider peer offer", ""},
    {C::kOperationalManager, "operational-manager", "An operational manager", 1,
     "Needs an operational manager", ""},
    {C::kPsychiatrist, "psychiatrist", "A psychiatrist", 1, "Needs a psychiatrist", ""},
    {C::kPsychologist, "psychologist", "A psychologist", 1, "Needs a psychologist", ""},
    {C::kSafeguardingLead, "safeguarding-lead", "A social worker who is the safeguarding lead", 1,
     "Needs a social worker who is the safeguarding lead", ""},
    {C::kVcseStaff, "vcse-staff",
     "A balanced complement of staff from voluntary, community and social enterprise (VCSE) "
     "organisations: at least one",
     1, "Needs staff from a voluntary, community or social enterprise (VCSE) organisation", ""},
}};

const ClauseText& Text(C clause) { return kClauses[static_cast<std::size_t>(clause)]; }

bool IsSenior(const StaffPost& post) {
  if (!IsMentalHealthPractitioner(post.profession) || !post.band.has_value()) return false;
  return *post.band >= Band::k7 || (*post.band == Band::k6 && post.development_support);
}

bool Satisfies(C clause, const StaffPost& post) {
  switch (clause) {
    case C::kMentalHealthPractitioners:
      return IsMentalHealthPractitioner(post.profession);
    case C::kSeniorPractitioner:
      return IsSenior(post);
    case C::kRecoveryWorker:
      return post.profession == Profession::kRecoveryWorker;
    case C::kPeerWorker:
      return post.profession == Profession::kPeerWorker;
    case C::kOperationalManager:
      return post.profession == Profession::kOperationalManager;
    case C::kPsychiatrist:
      return post.profession == Profession::kPsychiatrist;
    case C::kPsychologist:
      return post.profession == Profession::kPsychologist;
    case C::kSafeguardingLead:
      return post.profession == Profession::kSocialWorker && post.safeguarding_lead;
    case C::kVcseStaff:
      return post.organisation_kind == OrganisationKind::kVoluntary;
  }
  return false;
}

// Checks `clause` over the posts for which `counts(post)` holds.
template <typename Counts>
ClauseCheck Check(C clause, std::span<const StaffPost> posts, Counts counts) {
  const ClauseText& text = Text(clause);
  ClauseCheck check{.clause = clause,
                    .key = text.key,
                    .description = text.description,
                    .required = text.required};
  for (const StaffPost& post : posts) {
    if (!counts(post) || !Satisfies(clause, post)) continue;
    check.found_wte += WholeTimeEquivalent(post.hours_per_week);
    check.user_ids.push_back(post.user_id);
  }
  std::ranges::sort(check.user_ids);
  auto [first, last] = std::ranges::unique(check.user_ids);
  check.user_ids.erase(first, last);
  check.found = static_cast<int>(check.user_ids.size());
  check.met = check.found >= check.required;
  if (!check.met) {
    int missing = check.required - check.found;
    if (check.required == 1) {
      check.gap = std::string(text.gap_one);
    } else {
      check.gap = "Needs " + std::to_string(missing) + " more " +
                  std::string(missing == 1 ? text.gap_one : text.gap_many);
    }
  }
  return check;
}

bool AllMet(const std::vector<ClauseCheck>& clauses) {
  return std::ranges::all_of(clauses, [](const ClauseCheck& c) { return c.met; });
}

}  // namespace

Status ValidateStaffPost(const StaffPost& post) {
  std::vector<FieldError> errors;
  if (post.user_id.empty()) errors.push_back({"user_id", "Choose who holds this post"});
  if (post.organisation_id.empty()) {
    errors.push_back({"organisation_id", "Choose the organisation that employs them"});
  }
  if (post.team_id.empty()) errors.push_back({"team_id", "Choose the team this post is in"});
  // Written so that NaN fails too.
  if (!(post.hours_per_week > 0 && post.hours_per_week <= kMaxHoursPerWeek)) {
    errors.push_back({"hours_per_week", "Hours per week must be more than 0 and no more than 48"});
  }
  if (errors.empty()) return Ok();
  return Fail(Error::Invalid("There is a problem with the staff post", std::move(errors)));
}

double WholeTimeEquivalent(double hours_per_week) { return hours_per_week / kFullTimeHoursPerWeek; }

std::string_view StaffingClauseKey(C clause) { return Text(clause).key; }
std::string_view StaffingClauseDescription(C clause) { return Text(clause).description; }
int StaffingClauseRequired(C clause) { return Text(clause).required; }

bool NeighbourhoodStaffingCheck::Met() const { return AllMet(clauses); }

bool LocalityStaffingCheck::Met() const {
  return AllMet(clauses) &&
         std::ranges::all_of(neighbourhoods,
                             [](const NeighbourhoodStaffingCheck& n) { return n.Met(); });
}

NeighbourhoodStaffingCheck CheckNeighbourhood(std::string_view neighbourhood_id,
                                              std::span<const StaffPost> posts) {
  NeighbourhoodStaffingCheck out{.neighbourhood_id = std::string(neighbourhood_id)};
  // "" marks a locality-wide post, never a neighbourhood.
  auto here = [&](const StaffPost& post) {
    return !post.neighbourhood_id.empty() && post.neighbourhood_id == neighbourhood_id;
  };
  for (C clause : kNeighbourhoodClauses) out.clauses.push_back(Check(clause, posts, here));
  return out;
}

LocalityStaffingCheck CheckLocality(std::span<const StaffPost> posts,
                                    std::span<const Neighbourhood> neighbourhoods) {
  LocalityStaffingCheck out;
  auto in_locality = [&](const StaffPost& post) {
    if (post.neighbourhood_id.empty()) return true;
    return std::ranges::any_of(
        neighbourhoods, [&](const Neighbourhood& n) { return n.id == post.neighbourhood_id; });
  };
  for (C clause : kLocalityClauses) out.clauses.push_back(Check(clause, posts, in_locality));
  for (const Neighbourhood& n : neighbourhoods) {
    out.neighbourhoods.push_back(CheckNeighbourhood(n.id, posts));
  }
  return out;
}

}  // namespace lw

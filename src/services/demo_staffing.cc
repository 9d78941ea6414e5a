#include "services/demo_staffing.h"

#include <optional>
#include <string>

#include "services/auth_service.h"
#include "services/staffing_service.h"

namespace lw {

namespace {

// Indexes into `users`.
enum DemoUser : std::size_t {
  kAdmin = 0,
  kFrontDoor = 1,
  kPractitioner = 2,
  kPeer = 3,
  kTeamLead = 4,
  kOwen = 7,
  kRavi = 8,
  kHannah = 9,
  kTariq = 10,
};

// Organisations, as LoadDemoData makes them.
enum DemoOrganisation : std::size_t { kTrust = 0, kCouncil = 1, kMind = 2 };

}  // namespace

Status LoadDemoStaffing(Store& store, const Clock& clock, Random& random,
                        const std::vector<User>& users,
                        const std::vector<Organisation>& organisations, const Team& north,
                        const Team& south) {
  StaffingService staffing(store, clock, random, StaffingSettings{});
  const Actor lead = ActorFor(users[kTeamLead], AuthMethod::kSession);
  const Actor admin = ActorFor(users[kAdmin], AuthMethod::kSession);
  struct Post {  // NOLINT(clang-analyzer-optin.performance.Padding): read as a table
    std::size_t user;
    std::size_t organisation;
    const Team* team;
    bool locality_wide;
    Profession profession;
    std::optional<Band> band;
    double hours;
    bool safeguarding_lead = false;
    bool development_support = false;
  };
  using P = Profession;
  const Post posts[] = {
      // North: three MH practitioners, two at band 7; a recovery worker and
      // a peer worker from Mind.
      {kPractitioner, kTrust, &north, false, P::kMentalHealthNurse, Band::k7, 37.5},
      {kTeamLead, kCouncil, &north, false, P::kSocialWorker, Band::k7, 30, true},
      {kOwen, kTrust, &north, false, P::kOccupationalTherapist, Band::k6, 37.5, false, true},
      {kFrontDoor, kMind, &north, false, P::kRecoveryWorker, std::nullopt, 37.5},
      {kPeer, kMind, &north, false, P::kPeerWorker, std::nullopt, 30},
      // South: one MH nurse at band 6 and a part-time peer worker.
      {kHannah, kTrust, &south, false, P::kMentalHealthNurse, Band::k5, 37.5},
      {kTariq, kMind, &south, false, P::kPeerWorker, std::nullopt, 22.5},
      // Across the locality: a manager and a psychiatrist, no psychologist.
      {kAdmin, kTrust, &north, true, P::kOperationalManager, Band::k8a, 37.5},
      {kRavi, kTrust, &north, true, P::kPsychiatrist, std::nullopt, 15},
  };
  std::optional<StaffPostView> hannah;
  for (const Post& p : posts) {
    auto added = staffing.AddPost(
        lead, StaffPost{.user_id = users[p.user].id,
                        .organisation_id = organisations[p.organisation].id,
                        .team_id = p.team->id,
                        .neighbourhood_id = p.locality_wide ? std::string(kLocalityWide) : "",
                        .profession = p.profession,
                        .band = p.band,
                        .hours_per_week = p.hours,
                        .safeguarding_lead = p.safeguarding_lead,
                        .development_support = p.development_support});
    if (!added) return Fail(added.error());
    if (p.user == kHannah) hannah = std::move(*added);
  }
  // Hannah's post was regraded: its history has two versions.
  StaffPost regraded = hannah->post;
  regraded.band = Band::k6;
  auto changed = staffing.UpdatePost(admin, regraded);
  if (!changed) return Fail(changed.error());
  return Ok();
}

}  // namespace lw

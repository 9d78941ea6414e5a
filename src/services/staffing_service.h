// StaffingService: the posts in a locality's Living Well teams and the
// check of them against the GM minimum staffing (issue 5, point 6;
// domain/org/staffing.h says what the check counts and how it reads the
// Guide).
//
// Contract:
//  - Access is by role, decided inside the store transaction, deny by
//    default: a team lead or an administrator sees every post with the
//    names of the staff holding them and may add, change and end posts; a
//    commissioner sees the check only (counts, whole-time equivalents and
//    gaps), with no user ids, names or posts; anyone else gets kNotFound,
//    worded as for a post that does not exist ("No staff post found"). A
//    refused attempt on a post that exists is audited
//    ("staff_post.access_refused") in a transaction of its own.
//  - `Organisations` and `Teams` (reference data, names and kinds) are open
//    to every role that works in a team, to team leads, administrators and
//    commissioners; network partners get kNotFound.
//  - The check counts current posts only, over the store's neighbourhoods
//    (every locality the store holds: one installation is one locality).
//  - Adding or changing a post: the employer's kind is the stored
//    organisation's (whatever the input says); the user must be an active
//    account in the team's work (not a network partner or commissioner),
//    and the organisation, team and neighbourhood must exist, else
//    kInvalidArgument with FieldErrors
//    named as the form fields ("user_id", "organisation_id", "team_id",
//    "neighbourhood_id", "hours_per_week"), all of them at once, and
//    nothing is stored. The input's `neighbourhood_id` is "" for the team's
//    own neighbourhood (locality-wide when the team has none),
//    `kLocalityWide` for a locality-wide post, or a neighbourhood's id; a
//    post read from here and sent back must name its neighbourhood with
//    `NeighbourhoodChoiceOf` ("" would mean the team's).
//  - Posts are versioned records: `UpdatePost` stores the version after
//    `post.version` and fails with kConflict, carrying the stored version,
//    when that is not the stored one; `EndPost` likewise with `version`.
//    An ended post is kept (current = false), never deleted, and can no
//    longer be changed (kFailedPrecondition). Every change is audited in
//    its transaction (type "staff_post": "staff_post.add", ".update",
//    ".end").
//  - Lists are sorted for display: current posts first, then by
//    neighbourhood (locality-wide last), profession title and holder.
//
// Thread-safety: all calls may run concurrently from any thread.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "base/random.h"
#include "domain/access/actor.h"
#include "domain/org/organisation.h"
#include "domain/org/profession.h"
#include "domain/org/staffing.h"
#include "domain/org/user.h"
#include "domain/ports/store.h"

namespace lw {

// The neighbourhood a locality-wide post names in forms and the API.
inline constexpr std::string_view kLocalityWide = "locality";

struct StaffingSettings {
  RoleNames role_names;  // the locality's own titles for professions
};

// "Living Well practitioner (Mental health nurse)" where the locality has
// its own title for the profession, else the standard name.
std::string ProfessionTitle(const RoleNames& names, Profession profession);

// A post's neighbourhood as forms and the API name it: its id, or
// kLocalityWide.
std::string_view NeighbourhoodChoiceOf(const StaffPost& post);

// A post with its names resolved for display.
struct StaffPostView {
  StaffPost post;
  std::string user_name;          // the holder's display name
  std::string organisation_name;  // the employer
  std::string team_name;
  std::string neighbourhood_name;  // "" for a locality-wide post
  std::string profession_title;    // ProfessionTitle
};

struct StaffingOverview {
  LocalityStaffingCheck check;  // for a commissioner, every clause's user_ids is empty
  // The store's neighbourhoods, by name; check.neighbourhoods follows this order.
  std::vector<Neighbourhood> neighbourhoods;
  // The current posts; empty when !shows_staff.
  std::vector<StaffPostView> posts;
  // The display names of the user ids in the check; empty when !shows_staff.
  std::map<std::string, std::string, std::less<>> user_names;
  bool shows_staff = false;  // false for commissioners
  bool may_change = false;   // team leads and administrators
};

// What a post form chooses from: the accounts that may hold a post,
// organisations, teams and neighbourhoods, each sorted by name.
struct StaffingChoices {
  std::vector<User> users;  // password hashes cleared
  std::vector<Organisation> organisations;
  std::vector<Team> teams;
  std::vector<Neighbourhood> neighbourhoods;
};

// One stored version of a post, who made it, when and why.
struct StaffPostVersion {
  StaffPostView post;
  ChangeMeta change;
  std::string changed_by_name;  // "" when the account is gone
};

class StaffingService {
 public:
  StaffingService(Store& store, const Clock& clock, Random& random, StaffingSettings settings);

  const StaffingSettings& settings() const { return settings_; }

  Result<StaffingOverview> Overview(const Actor& actor);
  Result<StaffingChoices> Choices(const Actor& actor);

  // Every post, current and ended.
  Result<std::vector<StaffPostView>> ListPosts(const Actor& actor);
  Result<StaffPostView> GetPost(const Actor& actor, std::string_view id);
  // Stores `post` as version 1 of a new post (its id, version and current
  // flag are the service's).
  Result<StaffPostView> AddPost(const Actor& actor, StaffPost post);
  // `post.id` names the post; `post.version` is the version it was based on.
  Result<StaffPostView> UpdatePost(const Actor& actor, StaffPost post);
  Result<StaffPostView> EndPost(const Actor& actor, std::string_view id, long long version);
  // Oldest first.
  Result<std::vector<StaffPostVersion>> PostHistory(const Actor& actor, std::string_view id);

  Result<std::vector<Organisation>> Organisations(const Actor& actor);
  Result<std::vector<Team>> Teams(const Actor& actor);

 private:
  Store& store_;
  const Clock& clock_;
  Random& random_;
  StaffingSettings settings_;
};

}  // namespace lw

// HomeService: what a signed-in person sees first, by role.
//
// Contract: `Summarise` reads, in one read transaction, the actor's team
// and organisation and the counts their role may see (people held by their
// team for care roles; accounts and teams for administrators). Counts are
// not records about people, so no audit entry is written: this page is
// cheap enough to be everyone's landing page.
#pragma once

#include <cstdint>
#include <string>

#include "base/error.h"
#include "domain/access/actor.h"
#include "domain/ports/store.h"

namespace lw {

struct HomeSummary {
  std::string team_name;  // empty for roles outside a team
  std::string organisation_name;
  std::int64_t team_people = 0;  // care roles: records held by the team
  std::int64_t accounts = 0;     // administrators: staff accounts
  std::int64_t teams = 0;        // administrators: teams
};

class HomeService {
 public:
  explicit HomeService(Store& store) : store_(store) {}
  Result<HomeSummary> Summarise(const Actor& actor);

 private:
  Store& store_;
};

}  // namespace lw

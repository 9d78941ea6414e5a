// HomeService: what a signed-in person sees first, by role.
//
// Contract: `Summarise` gives the actor's team and organisation names
// (taken from the actor when its session brought them, otherwise read) and,
// for administrators, the counts of accounts and teams, in at most one read
// transaction. Nothing here is a record about a person, so no audit entry
// is written: this page is cheap enough to be everyone's landing page, and
// a signed-in care role's home page needs no read beyond its session.
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
  std::int64_t accounts = 0;  // administrators: staff accounts
  std::int64_t teams = 0;     // administrators: teams
};

class HomeService {
 public:
  explicit HomeService(Store& store) : store_(store) {}
  Result<HomeSummary> Summarise(const Actor& actor);

 private:
  Store& store_;
};

}  // namespace lw

// The demo's staff posts (issue 5, point 6): enough for the North
// neighbourhood to meet the GM minimum, South to show gaps (two mental
// health practitioners short, none senior, no recovery worker), Central
// to have no one yet, and the locality to lack a psychologist, so that
// `make run` shows /staffing with real gaps. One post has a second version.
// Internal to services/demo_data.cc.
#pragma once

#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "base/random.h"
#include "domain/org/organisation.h"
#include "domain/org/user.h"
#include "domain/ports/store.h"

namespace lw {

// Staff who hold posts but have no sign-in of their own in the demo's
// table: (username, display name, role key, team: 0 North / 1 South,
// organisation index as in LoadDemoData).
struct DemoStaffAccount {
  const char* username;
  const char* display_name;
  const char* role;
  int team;
  int organisation;
};
inline constexpr DemoStaffAccount kDemoStaffAccounts[] = {
    {"owen.price", "Owen Price", "practitioner", 0, 0},
    {"ravi.menon", "Dr Ravi Menon", "practitioner", 0, 0},
    {"hannah.lee", "Hannah Lee", "practitioner", 1, 0},
    {"tariq.aziz", "Tariq Aziz", "peer-worker", 1, 2},
};

// `users`: the role accounts in kAccounts order, then kDemoStaffAccounts
// in order; `organisations` as LoadDemoData makes them; `north` and
// `south` the two teams.
Status LoadDemoStaffing(Store& store, const Clock& clock, Random& random,
                        const std::vector<User>& users,
                        const std::vector<Organisation>& organisations, const Team& north,
                        const Team& south);

}  // namespace lw

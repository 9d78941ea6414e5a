// The demo's plans (issue 6, point 1): My Story / My Plan for two of the
// demo people, Daniel (two versions: written together, then in his own
// words) and Siobhan (one), so that `make run` shows versions, a
// comparison and a printable plan. Internal to services/demo_data.cc.
#pragma once

#include <string>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "domain/org/user.h"
#include "domain/ports/store.h"

namespace lw {

// `people` in kPeople order (Amara, Daniel, Siobhan, ...); `users` in
// kAccounts order. After LoadDemoTeamWork (the episodes give access).
Status LoadDemoPlans(Store& store, const Clock& clock, const std::vector<User>& users,
                     const std::vector<std::string>& people);

}  // namespace lw

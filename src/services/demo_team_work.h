// The demo's team work (issue 5): episodes of support, contacts, a concern
// and a team decision for some of the demo people, so that `make run`
// shows a huddle board, caseloads and records with timelines. Internal to
// services/demo_data.cc.
#pragma once

#include <string>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "base/random.h"
#include "domain/org/user.h"
#include "domain/ports/store.h"

namespace lw {

// `people`: the demo people's ids in kPeople order (Amara, Daniel,
// Siobhan, Tomasz, Priya, George); `users` in kAccounts order.
Status LoadDemoTeamWork(Store& store, const Clock& clock, Random& random,
                        const std::vector<User>& users, const std::vector<std::string>& people);

}  // namespace lw

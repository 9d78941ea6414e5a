// The demo's progress records (issue 6): for Daniel, two goals rated twice,
// two Wheel of Life check-ins and ReQoL-10 at baseline and at review, so
// `make run` shows goals, the Wheel of Life and a change on his progress
// page. Internal to services/demo_data.cc.
#pragma once

#include <string>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "base/random.h"
#include "domain/org/user.h"
#include "domain/outcomes/instrument.h"
#include "domain/ports/store.h"

namespace lw {

// `person_id`: Daniel's; `users` in kAccounts order. Without a ReQoL-10 in
// `instruments` (or with none) the questionnaires are left out.
Status LoadDemoProgress(Store& store, const Clock& clock, Random& random,
                        const std::vector<User>& users, const std::string& person_id,
                        const std::vector<Instrument>* instruments);

}  // namespace lw

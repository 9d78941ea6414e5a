// The demo's peer matching (issue 7, point 6): sharing profiles for Sam
// Carter (peer worker, north team) and Tariq Aziz (peer worker, south
// team), one recorded and then withdrawn by Owen Price (practitioner,
// north team), and Daniel Hughes's wish for a peer mentor who has been
// through bereavement and being a carer, recorded by Priya Desai.
// Internal to services/ (demo_data.cc).
#pragma once

#include <string>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "domain/org/user.h"
#include "domain/ports/store.h"

namespace lw {

// `users`: as LoadDemoStaffing's; `person_ids`: the demo's people in order.
Status LoadDemoPeers(Store& store, const Clock& clock, const std::vector<User>& users,
                     const std::vector<std::string>& person_ids);

}  // namespace lw

// The demo's warm introductions (issue 7): Siobhan introduced to Millbrook
// Money Advice's debt advice twelve days ago and not landed yet, so it is on
// the huddle board and in the demo partner's list; Daniel introduced to a
// walking group three weeks ago on a visit together, met, with his view of
// how it went. Loaded after the team's work and the directory.
#pragma once

#include <string>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "base/random.h"
#include "domain/org/user.h"
#include "domain/ports/store.h"

namespace lw {

Status LoadDemoWarmIntroductions(Store& store, const Clock& clock, Random& random,
                                 const std::vector<User>& users,
                                 const std::vector<std::string>& people);

}  // namespace lw

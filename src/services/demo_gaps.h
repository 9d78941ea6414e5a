// The demo's gaps in provision (issue 7 point 7): needs the North team noted
// that no service could meet, over the last few months, so that the report
// has something to show: debt advice with long waits for five people (a
// commissioner sees 5), housing with no service for two and a walking group
// too far for one (a commissioner sees *). Loaded after the directory.
#pragma once

#include <string>
#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "base/random.h"
#include "domain/org/user.h"
#include "domain/ports/store.h"

namespace lw {

Status LoadDemoGaps(Store& store, const Clock& clock, Random& random,
                    const std::vector<User>& users, const std::vector<std::string>& people);

}  // namespace lw

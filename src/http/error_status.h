// The one place where domain error codes become HTTP status codes.
// Pages and the JSON API both use it, so the same failure always gets the
// same status everywhere.
#pragma once

#include "base/error.h"

namespace lw::http {

int HttpStatusFor(ErrorCode code);

}  // namespace lw::http

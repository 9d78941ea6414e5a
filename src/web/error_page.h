// Error pages: what a person sees when something goes wrong, in the site
// layout, in the NHS service manual's words.
//
// Contract: `ErrorPage(status)` returns a page for any 4xx or 5xx status
// with that status set. It never includes anything from the request, so
// nothing a caller sent can be echoed back. Statuses without their own
// wording get the generic 4xx or 5xx page.
#pragma once

#include "web/layout.h"

namespace lw::web {

Page ErrorPage(int status);

}  // namespace lw::web

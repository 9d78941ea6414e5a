// Pieces shared by the public journey's page files (introduce_*.cc only).
#pragma once

#include <string_view>

#include "web/html.h"
#include "web/introduce_pages.h"

namespace lw::web {

// The honeypot box: visually hidden and out of the tab order, unless it
// was filled in (`error` set), when it is shown with its value and error
// so the person can empty it.
void HoneypotField(Html& h, std::string_view value, std::string_view error);

// The check page's body (introduce_check.cc): the answers with Change
// buttons, the privacy notice agreement and "Send introduction".
void CheckAnswersBody(Html& h, const IntroduceView& view);

}  // namespace lw::web

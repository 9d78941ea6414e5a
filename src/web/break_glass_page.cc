// GET /people/{id}/break-glass: the reason form, with a clear warning
// (record_pages.h). It says nothing about whether the record exists.
#include <string>
#include <vector>

#include "domain/access/break_glass.h"
#include "web/components.h"
#include "web/form_components.h"
#include "web/frontdoor_widgets.h"
#include "web/record_pages.h"

namespace lw::web {

Page BreakGlassPage(const BreakGlassView& v) {
  Page page;
  page.title = "Read a record in an emergency";
  page.status = v.status;
  page.has_errors = !v.errors.empty() || !v.problem.empty();
  page.section = NavSection::kPeople;
  Html& h = page.content;
  std::vector<FieldError> linked;
  for (const FieldError& e : v.errors) {
    linked.push_back({e.field == "reason" ? "reason" : "", e.message});
  }
  h << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n";
  frontdoor::ErrorSummaryWith(h, v.problem, linked);
  h << "<h1 class=\"nhsuk-heading-l\">" << Text(page.title) << "</h1>\n";
  const auto hours = std::to_string(kBreakGlassLasts.count());
  Html warning;
  warning << "<p>Break the glass only when you need this record now to keep someone safe, and "
             "it is held by a team you are not part of.</p>\n"
             "<p>You will be able to read the record, not change it, for "
          << Text(hours)
          << " hours. Your name, the time and your reason are recorded, every read is in the "
             "audit log, and a team lead will review why you needed it.</p>\n";
  WarningCallout(h, "Only in an emergency", warning);
  h << "<form action=\"/people/" << Attr(v.person_id)
    << "/break-glass\" method=\"post\" novalidate>\n";
  CsrfField(h, v.csrf_token);
  frontdoor::Textarea(
      h, {.id = "reason",
          .name = "reason",
          .label = "Why do you need to see this record now?",
          .value = v.reason,
          .hint = "At least " + std::to_string(kMinBreakGlassReason) +
                  " characters. For example, crisis call out of hours: checking who is in "
                  "their corner",
          .error = ErrorFor(v.errors, "reason"),
          .rows = 4});
  h << "<button class=\"nhsuk-button nhsuk-button--warning\" data-module=\"nhsuk-button\" "
       "type=\"submit\">Break the glass and read the record</button>\n</form>\n"
       "<p><a class=\"nhsuk-link\" href=\"/people\">Cancel and go back to people</a></p>\n"
       "</div>\n</div>\n";
  return page;
}

}  // namespace lw::web

// The plan as a document that travels with the person (issue 6: "an export
// of the plan as a document that another service can import"), shared by
// the page and the JSON API (docs/plan.md, ADR 0012). Boost.JSON stays in
// plan_document.cc.
//
// Format (application/vnd.livingwell.plan+json):
//   {"format": "livingwell-plan", "formatVersion": 1,
//    "exportedAt": "2026-03-09T14:05:00.000000Z",
//    "exportedBy": {"service": "<service name>"},
//    "person": {"name", "dateOfBirth": "YYYY-MM-DD"|null, "nhsNumber": "..."|null},
//    "plan": {"enteredBy": "<EnteredBy key>", "<section key>": "text", ...
//             (the story sections of kPlanSections),
//             "actions": [{"who", "what", "byWhen": "YYYY-MM-DD"|null, "done"}],
//             "safetyPlan": {"<section key>": "text", ... (the safety sections)}},
//    "history": [{"version", "at", "enteredBy"}]}  (oldest first)
//
// Contract:
//  - `EncodePlanDocument` writes every member above, every section even
//    when empty.
//  - `DecodePlanDocument` reads one back strictly: a body that is not a
//    JSON object, an unknown "format" or "formatVersion", a member missing
//    or of the wrong type, or an unknown member anywhere is kInvalidArgument
//    with one FieldError per problem named by its path ("plan.my_story",
//    "plan.actions[0].who", "format"). Sections may be absent (read as "");
//    "history" is informational and checked only for shape. The texts are
//    not validated here: the service does (ValidatePlan).
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

#include "base/error.h"
#include "services/plan_service.h"

namespace lw {

inline constexpr std::string_view kPlanDocumentFormat = "livingwell-plan";
inline constexpr int kPlanDocumentVersion = 1;
inline constexpr std::string_view kPlanDocumentMediaType = "application/vnd.livingwell.plan+json";

std::string EncodePlanDocument(const PlanExport& plan, std::string_view service_name);
Result<PlanImport> DecodePlanDocument(std::string_view text);

}  // namespace lw

// The evaluation's pages (issue 9; services/evaluation_service.h holds the
// rules):
//  - GET /evaluation (commissioners, team leads, administrators): one
//    measure of the standard set for a period of months, localities and a
//    team: its definition beside the figures, a trend chart of every
//    locality asked for together, a bar chart comparing the localities
//    over the whole period, each chart with its table; GET /evaluation.csv
//    the same figures as CSV.
//  - GET /open-data (anyone, no sign-in): the published measures by
//    locality and month under disclosure control; GET /open-data.csv every
//    published measure as CSV (the JSON twin is /api/v1/open-data).
// Pure parts are here for tests; the routes are RegisterEvaluationPages.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "services/evaluation_service.h"

namespace lw::web {

// Hundredths of a day as a page writes them: 1400 -> "14", 1450 -> "14.5",
// 1425 -> "14.25".
std::string DaysText(std::int64_t hundredths);

// One figure in words for a table cell: "318", "60% (190 of 318)",
// "14 days (90th percentile 30, of 120)"; "*" when suppressed.
std::string FigureText(FigureKind kind, const ShownFigure& figure);

// The table as CSV rows: one per locality (and "All localities") and month,
// then the whole period ("all" in the month column). Appends to `out`; the
// header row only when `header`.
void EvaluationCsv(std::string& out, const EvaluationTable& table, bool header);

}  // namespace lw::web

// Writing CSV (RFC 4180) for the numbers behind a chart (architecture.md:
// "always with the numbers available as a table and as CSV").
//
// Contract: `Cell` quotes a field when it holds a comma, a quote, or a line
// break, doubling quotes. `TextCell` does the same for text that came from a
// person or a file (a goal in someone's words, an area's name), and first
// puts an apostrophe before text that a spreadsheet would run as a formula
// (starting =, +, -, @, tab or carriage return: "CSV injection"). Rows end
// with CRLF.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>

namespace lw::web::csv {

// A field as it is: numbers, dates and keys we write ourselves.
std::string Cell(std::string_view value);
// A field of text from outside, made safe to open in a spreadsheet.
std::string TextCell(std::string_view value);
// Appends one row of already-made cells.
void Row(std::string& out, std::initializer_list<std::string> cells);

}  // namespace lw::web::csv

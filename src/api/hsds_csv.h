// A small CSV reader (RFC 4180) for HSDS tabular files (organizations.csv,
// services.csv ...): quoted fields with embedded commas, quotes ("") and
// line breaks; a UTF-8 byte order mark; CRLF or LF line ends; a last line
// with or without its line end. Blank lines are skipped.
//
// Contract: the first row is the header (names trimmed of spaces). Each
// row keeps the line it starts on (1 is the header), for messages such as
// "services.csv line 12". A row with fewer cells than the header is padded
// with empty cells; more cells than the header is an error for that row
// (`bad_rows`), not for the file. A quote left open at the end of the file
// is an error for the whole file, naming the line it opened on.
//
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"

namespace lw::api {

struct CsvRow {
  std::size_t line = 0;
  std::vector<std::string> cells;  // as many as the header
};

struct CsvTable {
  std::vector<std::string> header;
  std::vector<CsvRow> rows;
  std::vector<std::pair<std::size_t, std::string>> bad_rows;  // line, why

  // The column's index; none when the header has no such column.
  std::optional<std::size_t> Column(std::string_view name) const;
  // The row's cell in `name`, "" when there is no such column.
  std::string_view Cell(const CsvRow& row, std::string_view name) const;
};

// `file_name` only names the file in messages.
Result<CsvTable> ReadCsv(std::string_view text, std::string_view file_name);

}  // namespace lw::api

#include "api/hsds_csv.h"

namespace lw::api {
namespace {

std::string Trim(const std::string& s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  const auto last = s.find_last_not_of(" \t");
  return s.substr(first, last - first + 1);
}

}  // namespace

std::optional<std::size_t> CsvTable::Column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return i;
  }
  return std::nullopt;
}

std::string_view CsvTable::Cell(const CsvRow& row, std::string_view name) const {
  const auto i = Column(name);
  if (!i || *i >= row.cells.size()) return {};
  return row.cells[*i];
}

Result<CsvTable> ReadCsv(std::string_view text, std::string_view file_name) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  CsvTable table;
  std::vector<std::string> cells;
  std::string cell;
  std::size_t line = 1;
  std::size_t row_line = 1;
  std::size_t quote_line = 0;
  bool in_quotes = false;
  bool cell_started = false;  // the row has content (so a blank line is not a row)
  bool have_header = false;

  auto end_row = [&] {
    if (!cell_started && cells.empty() && cell.empty()) return;  // blank line
    cells.push_back(std::move(cell));
    cell.clear();
    if (!have_header) {
      for (std::string& name : cells) table.header.push_back(Trim(name));
      have_header = true;
    } else if (cells.size() > table.header.size()) {
      table.bad_rows.emplace_back(row_line, "has " + std::to_string(cells.size()) +
                                                " cells but the header has " +
                                                std::to_string(table.header.size()));
    } else {
      cells.resize(table.header.size());
      table.rows.push_back({row_line, std::move(cells)});
    }
    cells.clear();
    cell_started = false;
  };

  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          cell += '"';
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        if (c == '\n') ++line;
        cell += c;
      }
      continue;
    }
    switch (c) {
      case '"':
        in_quotes = true;
        quote_line = line;
        cell_started = true;
        break;
      case ',':
        cells.push_back(std::move(cell));
        cell.clear();
        cell_started = true;
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') break;  // CRLF: the LF ends the row
        [[fallthrough]];
      case '\n':
        end_row();
        ++line;
        row_line = line;
        break;
      default:
        cell += c;
        cell_started = true;
    }
  }
  if (in_quotes) {
    return Fail(Error::Invalid(std::string(file_name) + " line " + std::to_string(quote_line) +
                               ": a quoted field is never closed"));
  }
  end_row();
  if (!have_header) return Fail(Error::Invalid(std::string(file_name) + " is empty"));
  return table;
}

}  // namespace lw::api

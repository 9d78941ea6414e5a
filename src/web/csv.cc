#include "web/csv.h"

namespace lw::web::csv {

std::string Cell(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string TextCell(std::string_view value) {
  if (!value.empty() &&
      std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos) {
    return Cell("'" + std::string(value));
  }
  return Cell(value);
}

void Row(std::string& out, std::initializer_list<std::string> cells) {
  bool first = true;
  for (const std::string& cell : cells) {
    if (!first) out += ',';
    out += cell;
    first = false;
  }
  out += "\r\n";
}

}  // namespace lw::web::csv

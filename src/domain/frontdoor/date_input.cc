#include "domain/frontdoor/date_input.h"

#include <charconv>
#include <vector>

#include "domain/frontdoor/text_field.h"

namespace lw {
namespace {

bool ParseNumber(std::string_view s, int& out) {
  if (s.empty() || s.size() > 4) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  std::from_chars(s.data(), s.data() + s.size(), out);
  return true;
}

std::string Lowered(std::string_view label) {
  std::string s(label);
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

// "a day", "a month and a year", ...: the NHS pattern for partial dates.
std::string MissingParts(bool day, bool month, bool year) {
  std::vector<std::string> parts;
  if (day) parts.emplace_back("a day");
  if (month) parts.emplace_back("a month");
  if (year) parts.emplace_back("a year");
  std::string out = parts[0];
  for (std::size_t i = 1; i < parts.size(); ++i) {
    out += (i + 1 == parts.size()) ? " and " : ", ";
    out += parts[i];
  }
  return out;
}

}  // namespace

DateInputResult ParseDateInput(std::string_view day_text, std::string_view month_text,
                               std::string_view year_text, std::string_view label) {
  std::string d = TrimText(day_text), m = TrimText(month_text), y = TrimText(year_text);
  if (d.empty() && m.empty() && y.empty()) return std::optional<Date>();
  if (d.empty() || m.empty() || y.empty()) {
    return std::string(label) + " must include " + MissingParts(d.empty(), m.empty(), y.empty());
  }
  int day = 0, month = 0, year = 0;
  if (!ParseNumber(d, day) || !ParseNumber(m, month) || !ParseNumber(y, year)) {
    return "Enter a real " + Lowered(label);
  }
  if (y.size() != 4) return "Year must include 4 numbers";
  auto date = Date::FromYmd(year, month, day);
  if (!date) return "Enter a real " + Lowered(label);
  return std::optional<Date>(*date);
}

TimeInputResult ParseTimeInput(std::string_view text, std::string_view label) {
  std::string t = TrimText(text);
  for (char& c : t) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (t.empty()) return "Enter " + Lowered(label);
  std::string bad = "Enter " + Lowered(label) + " as a time of day, like 14:30 or 2:30pm";
  int add = 0;
  bool twelve_hour = false;
  if (t.ends_with("am") || t.ends_with("pm")) {
    twelve_hour = true;
    add = t.ends_with("pm") ? 12 : 0;
    t.resize(t.size() - 2);
    while (!t.empty() && t.back() == ' ') t.pop_back();
  }
  std::string hours = t, minutes = "00";
  if (auto sep = t.find_first_of(":."); sep != std::string::npos) {
    hours = t.substr(0, sep);
    minutes = t.substr(sep + 1);
  } else if (!twelve_hour && t.size() == 4) {
    hours = t.substr(0, 2);
    minutes = t.substr(2);
  }
  int h = 0, m = 0;
  if (hours.empty() || hours.size() > 2 || minutes.size() != 2 || !ParseNumber(hours, h) ||
      !ParseNumber(minutes, m) || m > 59) {
    return bad;
  }
  if (twelve_hour) {
    if (h < 1 || h > 12) return bad;
    h = h % 12 + add;
  } else if (h > 23) {
    return bad;
  }
  return TimeOfDay{h, m};
}

}  // namespace lw

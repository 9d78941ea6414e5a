#include "api/json_reader.h"

#include <cctype>
#include <charconv>
#include <chrono>
#include <utility>

namespace lw::api {
namespace {

namespace json = boost::json;

// Digits only, into `out`.
bool Digits(std::string_view s, int& out) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

}  // namespace

std::optional<Timestamp> ParseInstant(std::string_view text) {
  // YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)
  if (text.size() < 20 || (text[10] != 'T' && text[10] != 't')) return std::nullopt;
  auto date = Date::Parse(text.substr(0, 10));
  if (!date) return std::nullopt;
  int hour = 0, minute = 0, second = 0;
  if (text[13] != ':' || text[16] != ':' || !Digits(text.substr(11, 2), hour) ||
      !Digits(text.substr(14, 2), minute) || !Digits(text.substr(17, 2), second) || hour > 23 ||
      minute > 59 || second > 59) {
    return std::nullopt;
  }
  std::string_view rest = text.substr(19);
  long long micros = 0;
  if (rest.starts_with('.')) {
    std::size_t n = 1;
    long long scale = 100'000;
    while (n < rest.size() && rest[n] >= '0' && rest[n] <= '9') {
      micros += (rest[n] - '0') * scale;
      scale /= 10;
      ++n;
    }
    if (n == 1) return std::nullopt;
    rest.remove_prefix(n);
  }
  std::chrono::minutes offset{0};
  if (rest == "Z" || rest == "z") {
    // UTC.
  } else if (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':') {
    int oh = 0, om = 0;
    if (!Digits(rest.substr(1, 2), oh) || !Digits(rest.substr(4, 2), om) || oh > 23 || om > 59) {
      return std::nullopt;
    }
    offset = std::chrono::minutes(oh * 60 + om);
    if (rest[0] == '-') offset = -offset;
  } else {
    return std::nullopt;
  }
  const auto local = std::chrono::time_point_cast<Micros>(date->ToSysDays()) +
                     std::chrono::hours(hour) + std::chrono::minutes(minute) +
                     std::chrono::seconds(second) + Micros(micros);
  return Timestamp(local - offset);
}

const json::value* JsonReader::Member(std::string_view key) {
  taken_.insert(std::string(key));
  const json::value* v = body_.if_contains(key);
  return v == nullptr || v->is_null() ? nullptr : v;
}

std::string JsonReader::Name(std::string_view key) const {
  return field_.empty() ? prefix_ + std::string(key) : field_;
}

void JsonReader::Add(std::string_view key, std::string message) {
  errors_.push_back({Name(key), std::move(message)});
}

void JsonReader::AddNamed(std::string field, std::string message) {
  errors_.push_back({std::move(field), std::move(message)});
}

bool JsonReader::Present(std::string_view key) {
  taken_.insert(std::string(key));
  return body_.contains(key);
}

bool JsonReader::Given(std::string_view key) { return Member(key) != nullptr; }

void JsonReader::Text(std::string_view key, std::string& out) {
  const json::value* v = Member(key);
  if (v == nullptr) return;
  if (const json::string* s = v->if_string()) {
    out.assign(s->data(), s->size());
  } else {
    Add(key, "Must be text (a JSON string)");
  }
}

void JsonReader::Flag(std::string_view key, bool& out) {
  const json::value* v = Member(key);
  if (v == nullptr) return;
  if (const bool* b = v->if_bool()) {
    out = *b;
  } else {
    Add(key, "Must be true or false");
  }
}

void JsonReader::OptionalFlag(std::string_view key, std::optional<bool>& out) {
  const json::value* v = Member(key);
  if (v == nullptr) {
    out.reset();
    return;
  }
  if (const bool* b = v->if_bool()) {
    out = *b;
  } else {
    Add(key, "Must be true, false or null");
  }
}

void JsonReader::WholeNumber(std::string_view key, int& out) {
  const json::value* v = Member(key);
  if (v == nullptr) return;
  if (v->is_int64() && v->get_int64() >= -1'000'000 && v->get_int64() <= 1'000'000) {
    out = static_cast<int>(v->get_int64());
  } else if (v->is_uint64() && v->get_uint64() <= 1'000'000) {
    out = static_cast<int>(v->get_uint64());
  } else {
    Add(key, "Must be a whole number");
  }
}

void JsonReader::TextList(std::string_view key, std::vector<std::string>& out) {
  const json::value* v = Member(key);
  if (v == nullptr) return;
  const json::array* a = v->if_array();
  bool ok = a != nullptr;
  if (ok) {
    for (const json::value& item : *a) ok = ok && item.is_string();
  }
  if (!ok) {
    Add(key, "Must be a list of text");
    return;
  }
  out.clear();
  for (const json::value& item : *a) out.emplace_back(item.get_string());
}

void JsonReader::Day(std::string_view key, std::optional<Date>& out, std::string_view label) {
  const json::value* v = Member(key);
  if (v == nullptr) return;
  std::optional<Date> parsed;
  if (const json::string* s = v->if_string()) {
    if (auto date = Date::Parse(std::string_view(*s))) parsed = *date;
  }
  if (parsed) {
    out = *parsed;
  } else {
    Add(key, std::string(label) + " must be a real date like 2026-03-09 (YYYY-MM-DD)");
  }
}

void JsonReader::RequiredDay(std::string_view key, std::optional<Date>& out,
                             std::string_view label) {
  const std::size_t before = errors_.size();
  Day(key, out, label);
  if (!out && errors_.size() == before) {
    std::string lower(label);
    if (!lower.empty()) lower[0] = static_cast<char>(std::tolower(lower[0]));
    Add(key, "Enter " + lower + " as a date like 2026-03-09 (YYYY-MM-DD)");
  }
}

void JsonReader::Instant(std::string_view key, Timestamp& out, std::string_view label) {
  const json::value* v = Member(key);
  if (v == nullptr) return;
  const json::string* s = v->if_string();
  std::optional<Timestamp> t = s != nullptr ? ParseInstant(std::string_view(*s)) : std::nullopt;
  if (t) {
    out = *t;
  } else {
    Add(key, std::string(label) +
                 " must be a date and time like 2026-03-09T14:30:00Z (RFC 3339, with seconds "
                 "and an offset)");
  }
}

const json::array* JsonReader::Array(std::string_view key, std::string_view what) {
  const json::value* v = Member(key);
  if (v == nullptr) return nullptr;
  if (const json::array* a = v->if_array()) return a;
  Add(key, "Must be a list of " + std::string(what));
  return nullptr;
}

const json::object* JsonReader::Object(std::string_view key, std::string_view what) {
  const json::value* v = Member(key);
  if (v == nullptr) return nullptr;
  if (const json::object* o = v->if_object()) return o;
  Add(key, "Must be " + std::string(what));
  return nullptr;
}

std::vector<FieldError> JsonReader::Finish() {
  for (const auto& [key, value] : body_) {
    if (!taken_.contains(std::string_view(key))) {
      errors_.push_back({field_.empty() ? prefix_ + std::string(key) : field_,
                         field_.empty() ? "Unknown field" : "Unknown field " + std::string(key)});
    }
  }
  return std::move(errors_);
}

}  // namespace lw::api

#include "storage/records/json_reader.h"

#include <limits>

namespace lw::records::internal {
namespace {

// What a Date member reads as when it cannot be read (the problem is kept).
Date Fallback() { return *Date::FromYmd(1970, 1, 1); }

}  // namespace

json::array Strings(const std::vector<std::string>& texts) {
  json::array out;
  for (const std::string& t : texts) out.emplace_back(t);
  return out;
}

std::string Reader::Text(std::string_view key) {
  const json::value* v = Member(key);
  if (v == nullptr) return {};
  if (!v->is_string()) return Bad(key), std::string();
  return std::string(v->get_string());
}

bool Reader::Bool(std::string_view key) {
  const json::value* v = Member(key);
  if (v == nullptr) return false;
  if (!v->is_bool()) return Bad(key), false;
  return v->get_bool();
}

std::int64_t Reader::Int(std::string_view key) {
  const json::value* v = Member(key);
  if (v == nullptr) return 0;
  if (!v->is_int64()) return Bad(key), 0;
  return v->get_int64();
}

int Reader::SmallInt(std::string_view key) {
  std::int64_t i = Int(key);
  if (i < std::numeric_limits<int>::min() || i > std::numeric_limits<int>::max()) {
    return Bad(key), 0;
  }
  return static_cast<int>(i);
}

double Reader::Number(std::string_view key) {
  const json::value* v = Member(key);
  if (v == nullptr) return 0;
  if (v->is_double()) return v->get_double();
  if (v->is_int64()) return static_cast<double>(v->get_int64());
  return Bad(key), 0;
}

Timestamp Reader::Time(std::string_view key) { return FromUnixMicros(Int(key)); }

Date Reader::Day(std::string_view key) {
  const json::value* v = Member(key);
  if (v == nullptr) return Fallback();
  auto date = v->is_string() ? Date::Parse(v->get_string()) : Fail(ErrorCode::kInternal, "");
  if (!date) return Bad(key), Fallback();
  return *date;
}

std::vector<std::string> Reader::Strings(std::string_view key) {
  std::vector<std::string> out;
  const json::array* a = Array(key);
  if (a == nullptr) return out;
  for (const json::value& v : *a) {
    if (!v.is_string()) return Bad(key), std::vector<std::string>();
    out.emplace_back(v.get_string());
  }
  return out;
}

std::optional<std::string> Reader::OptText(std::string_view key) {
  const json::value* v = Member(key);
  if (v == nullptr || v->is_null()) return std::nullopt;
  if (!v->is_string()) return Bad(key), std::nullopt;
  return std::string(v->get_string());
}

std::optional<bool> Reader::OptBool(std::string_view key) {
  const json::value* v = Member(key);
  if (v == nullptr || v->is_null()) return std::nullopt;
  return Bool(key);
}

std::optional<int> Reader::OptSmallInt(std::string_view key) {
  const json::value* v = Member(key);
  if (v == nullptr || v->is_null()) return std::nullopt;
  return SmallInt(key);
}

std::optional<double> Reader::OptNumber(std::string_view key) {
  const json::value* v = Member(key);
  if (v == nullptr || v->is_null()) return std::nullopt;
  return Number(key);
}

std::optional<Timestamp> Reader::OptTime(std::string_view key) {
  const json::value* v = Member(key);
  if (v == nullptr || v->is_null()) return std::nullopt;
  return Time(key);
}

std::optional<Date> Reader::OptDay(std::string_view key) {
  const json::value* v = Member(key);
  if (v == nullptr || v->is_null()) return std::nullopt;
  return Day(key);
}

const json::value* Reader::Member(std::string_view key) {
  const json::value* v = object_.if_contains(key);
  if (v == nullptr) Problem("missing '" + Path(key) + "'");
  return v;
}

const json::object* Reader::Object(std::string_view key, bool nullable) {
  const json::value* v = Member(key);
  if (v == nullptr || (nullable && v->is_null())) return nullptr;
  if (!v->is_object()) return Bad(key), nullptr;
  return &v->get_object();
}

const json::array* Reader::Array(std::string_view key) {
  const json::value* v = Member(key);
  if (v == nullptr) return nullptr;
  if (!v->is_array()) return Bad(key), nullptr;
  return &v->get_array();
}

std::string Reader::Path(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

void Reader::Bad(std::string_view key) { Problem("'" + Path(key) + "' has the wrong type"); }

void Reader::Problem(std::string message) {
  if (problem_.empty()) problem_ = std::move(message);
}

Error Unreadable(std::string_view what, std::string_view why) {
  return Error::Make(ErrorCode::kInternal,
                     "stored " + std::string(what) +
                         " cannot be read by this version of livingwell: " + std::string(why));
}

}  // namespace lw::records::internal

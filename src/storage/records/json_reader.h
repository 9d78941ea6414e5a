// Internal to storage/records: the small JSON helpers every record codec
// shares, so that each record type's .cc only says which member holds what.
// Includes Boost.JSON: include it from .cc files in this folder only, never
// from a header.
//
// Encoding: Dates are ISO "YYYY-MM-DD" strings, Timestamps unix
// microseconds (int64), enums their stable *Key() strings, an empty optional
// JSON null (as storage/sql/introduction_record.cc does).
//
// Decoding: a `Reader` reads the members of one JSON object. The first
// problem (a missing member, a member of the wrong type, an enum key this
// build does not know, a bad date) is kept with the member's path, and the
// reader returns a harmless default for it and for everything after, so a
// decoder reads every member in one expression and `DecodeRecord` turns any
// problem into kInternal ("stored <what> cannot be read by this version of
// livingwell: ..."): only this code writes records.
//
// Thread-safety: plain values; a Reader is used by one thread.
#pragma once

#include <boost/json.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"
#include "base/error.h"

namespace lw::records::internal {

namespace json = boost::json;

// --- Encoding.

inline json::value Micros(Timestamp t) { return ToUnixMicros(t); }
inline json::value Day(Date d) { return json::value(d.ToIso()); }
inline json::value OptDay(const std::optional<Date>& d) {
  return d ? Day(*d) : json::value(nullptr);
}
inline json::value OptInt(const std::optional<int>& i) {
  return i ? json::value(*i) : json::value(nullptr);
}
inline json::value OptNumber(const std::optional<double>& x) {
  return x ? json::value(*x) : json::value(nullptr);
}
json::array Strings(const std::vector<std::string>& texts);

// --- Index: sort keys.

inline std::int64_t DaysSinceEpoch(Date d) { return d.ToSysDays().time_since_epoch().count(); }

// --- Decoding.

class Reader {
 public:
  // `problem` is shared by a reader and the readers of its nested objects;
  // `path` prefixes the member names in messages ("ending.reason").
  Reader(const json::object& object, std::string& problem, std::string path = "")
      : object_(object), problem_(problem), path_(std::move(path)) {}

  bool Failed() const { return !problem_.empty(); }
  // Whether the object has the member (for members newer than a record's
  // first version, read with a default when absent).
  bool Has(std::string_view key) const { return object_.contains(key); }

  // Required members. Each returns a default when the member is missing or
  // has the wrong type, and records the problem.
  std::string Text(std::string_view key);
  bool Bool(std::string_view key);
  std::int64_t Int(std::string_view key);
  int SmallInt(std::string_view key);  // an int64 that fits in int
  double Number(std::string_view key);
  Timestamp Time(std::string_view key);
  Date Day(std::string_view key);
  std::vector<std::string> Strings(std::string_view key);
  template <typename E, typename Parse>
  E Enum(std::string_view key, Parse parse) {
    return EnumFrom<E>(key, Text(key), parse);
  }
  template <typename E, typename Parse>
  std::vector<E> Enums(std::string_view key, Parse parse) {
    std::vector<E> out;
    for (const std::string& text : Strings(key)) out.push_back(EnumFrom<E>(key, text, parse));
    return out;
  }

  // Members that may be JSON null (nullopt); a missing member is still a
  // problem, since every version writes them.
  std::optional<std::string> OptText(std::string_view key);
  std::optional<bool> OptBool(std::string_view key);
  std::optional<int> OptSmallInt(std::string_view key);
  std::optional<double> OptNumber(std::string_view key);
  std::optional<Date> OptDay(std::string_view key);
  std::optional<Timestamp> OptTime(std::string_view key);
  template <typename E, typename Parse>
  std::optional<E> OptEnum(std::string_view key, Parse parse) {
    std::optional<std::string> text = OptText(key);
    if (!text) return std::nullopt;
    return EnumFrom<E>(key, *text, parse);
  }

  // A member added after the first version: `fallback` when it is absent
  // (an older record), else read as Enum.
  template <typename E, typename Parse>
  E EnumOr(std::string_view key, Parse parse, E fallback) {
    if (!object_.contains(key)) return fallback;
    return Enum<E>(key, parse);
  }
  bool BoolOr(std::string_view key, bool fallback) {
    if (!object_.contains(key)) return fallback;
    return Bool(key);
  }
  std::string TextOr(std::string_view key, std::string_view fallback) {
    if (!object_.contains(key)) return std::string(fallback);
    return Text(key);
  }

  // A nested object read by `read(Reader&)`; for Opt*, JSON null is nullopt.
  template <typename F>
  auto Nested(std::string_view key, F read) {
    const json::object* o = Object(key, false);
    static const json::object kEmpty;
    Reader inner(o != nullptr ? *o : kEmpty, problem_, Path(key));
    return read(inner);
  }
  template <typename F>
  auto OptNested(std::string_view key, F read) -> std::optional<decltype(read(*this))> {
    const json::object* o = Object(key, true);
    if (o == nullptr) return std::nullopt;
    Reader inner(*o, problem_, Path(key));
    return read(inner);
  }
  // An array of objects, each read by `read(Reader&)`.
  template <typename F>
  auto List(std::string_view key, F read) -> std::vector<decltype(read(*this))> {
    std::vector<decltype(read(*this))> out;
    const json::array* a = Array(key);
    if (a == nullptr) return out;
    for (std::size_t i = 0; i < a->size() && !Failed(); ++i) {
      std::string where = Path(key) + "[" + std::to_string(i) + "]";
      if (!(*a)[i].is_object()) {
        Problem("'" + where + "' is not an object");
        break;
      }
      Reader inner((*a)[i].get_object(), problem_, where);
      out.push_back(read(inner));
    }
    return out;
  }
  // Every member of a nested object, as (name, reader of its object value).
  template <typename F>
  void EachMember(std::string_view key, F read) {
    const json::object* o = Object(key, false);
    if (o == nullptr) return;
    for (const auto& [name, value] : *o) {
      if (Failed()) return;
      std::string where = Path(key) + "." + std::string(name);
      if (!value.is_object()) {
        Problem("'" + where + "' is not an object");
        return;
      }
      Reader inner(value.get_object(), problem_, where);
      read(std::string(name), inner);
    }
  }

 private:
  const json::value* Member(std::string_view key);  // null (and a problem) when missing
  const json::object* Object(std::string_view key, bool nullable);
  const json::array* Array(std::string_view key);
  std::string Path(std::string_view key) const;
  void Bad(std::string_view key);
  void Problem(std::string message);
  template <typename E, typename Parse>
  E EnumFrom(std::string_view key, const std::string& text, Parse parse) {
    if (Failed()) return E{};
    auto parsed = parse(text);
    if (!parsed) {
      Problem("unknown " + Path(key) + " '" + text + "'");
      return E{};
    }
    return *parsed;
  }

  const json::object& object_;
  std::string& problem_;
  std::string path_;
};

// kInternal: "stored <what> cannot be read by this version of livingwell: <why>".
Error Unreadable(std::string_view what, std::string_view why);

// Parses `body` as a JSON object and reads it with `read(Reader&)`. Any
// problem is Unreadable(what, ...).
template <typename T, typename F>
Result<T> DecodeRecord(std::string_view body, std::string_view what, F read) {
  boost::system::error_code ec;
  json::value root = json::parse(body, ec);
  if (ec || !root.is_object()) return Fail(Unreadable(what, "not a JSON object"));
  std::string problem;
  Reader reader(root.get_object(), problem);
  T value = read(reader);
  if (!problem.empty()) return Fail(Unreadable(what, problem));
  return value;
}

}  // namespace lw::records::internal

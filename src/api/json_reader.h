// JsonReader: reads the members of one JSON object by name and type into
// the team API's inputs (team_json_read.cc), collecting one FieldError per
// member that is of the wrong JSON type or shape, and, at Finish, one per
// member nobody asked for ("Unknown field").
//
// Private to api/: it includes Boost.JSON.
//
// Contract:
//  - A member that is absent or null is "not given": the output is left as
//    it was (callers start from the default). `Present` tells a null apart
//    from an absent member where that matters (null clears a date).
//  - Errors are named `prefix + member` ("corner_0_name"), or all by
//    `field` when one is given (every problem inside a contact's "staff"
//    entries is on "staff"), as the domain names the same fields.
//  - Whether a value is acceptable (a date in the future, text too long)
//    is the domain's to say; the reader checks only JSON types, the shape
//    of dates and instants, and that vocabulary keys are known.
//
// Thread-safety: one reader per thread; reads `body`, which must outlive it.
#pragma once

#include <boost/json.hpp>

#include <array>
#include <functional>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "base/dates.h"
#include "base/error.h"

namespace lw::api {

// An RFC 3339 instant with seconds and an offset: "2026-05-28T09:30:00Z",
// "2026-05-28T10:30:00.25+01:00". Fractions past microseconds are dropped.
std::optional<Timestamp> ParseInstant(std::string_view text);

// "a, b or c": the keys of a vocabulary, for messages.
template <typename E, std::size_t N, typename KeyFn>
std::string KeysOf(const std::array<E, N>& all, KeyFn key) {
  std::string out;
  for (std::size_t i = 0; i < N; ++i) {
    if (i > 0) out += i + 1 == N ? " or " : ", ";
    out += key(all[i]);
  }
  return out;
}

class JsonReader {
 public:
  explicit JsonReader(const boost::json::object& body, std::string prefix = {},
                      std::string field = {})
      : body_(body), prefix_(std::move(prefix)), field_(std::move(field)) {}

  void Text(std::string_view key, std::string& out);
  void Flag(std::string_view key, bool& out);
  void OptionalFlag(std::string_view key, std::optional<bool>& out);
  void WholeNumber(std::string_view key, int& out);
  void TextList(std::string_view key, std::vector<std::string>& out);
  // "YYYY-MM-DD"; `label` starts the message ("The start date").
  void Day(std::string_view key, std::optional<Date>& out, std::string_view label);
  // As Day, and an error ("Enter <label> ...") when not given.
  void RequiredDay(std::string_view key, std::optional<Date>& out, std::string_view label);
  void Instant(std::string_view key, Timestamp& out, std::string_view label);
  // A vocabulary key, parsed by `parse`; `message` when it is unknown.
  template <typename E, typename Parse>
  void Key(std::string_view key, std::optional<E>& out, Parse parse, std::string message) {
    const boost::json::value* v = Member(key);
    if (v == nullptr) return;
    if (!v->is_string()) {
      Add(key, "Must be text (a JSON string)");
      return;
    }
    out = parse(std::string_view(v->get_string()));
    if (!out) Add(key, std::move(message));
  }
  // The member as an array or object; null when not given, or (with an
  // error) when of another type.
  const boost::json::array* Array(std::string_view key, std::string_view what);
  const boost::json::object* Object(std::string_view key, std::string_view what);

  // Whether the member is in the body at all (null included). Marks it read.
  bool Present(std::string_view key);
  // Whether the member is in the body and not null. Marks it read.
  bool Given(std::string_view key);
  // An error on the member `key` (named as the reader names it).
  void Add(std::string_view key, std::string message);
  // An error named exactly `field`.
  void AddNamed(std::string field, std::string message);
  // Adds an error for each member not read; returns every error.
  std::vector<FieldError> Finish();

 private:
  const boost::json::value* Member(std::string_view key);  // null: absent or null
  std::string Name(std::string_view key) const;

  const boost::json::object& body_;
  std::string prefix_;
  std::string field_;
  std::set<std::string, std::less<>> taken_;
  std::vector<FieldError> errors_;
};

}  // namespace lw::api

// Reading a TOML settings file (the locality file, questionnaire
// definitions) into a value while collecting every problem with where it is
// in the file: "locality.toml:12:5: huddle.not_seen_days: must be a whole
// number". Internal to app/: only the file readers' .cc files include it
// (toml++ is a large header).
//
// Contract:
//  - Paths name a value as the file's reader thinks of it: "rhythm.review_every_weeks",
//    "items[2].options[0].label". A problem's FieldError is
//    {"<file>:<line>:<column>: <path>", message} (the file alone when there
//    is no line to point at).
//  - Reading a value of the wrong type reports it and gives nullopt, so the
//    caller keeps its default and reads on: one pass finds every problem.
//  - `AddValidation` places a validator's FieldErrors (by path) at their
//    value, or the nearest table holding it, and drops those about a value
//    (or something inside one) already reported, since a default stood in.
//  - `TakeErrors` lists problems in the order of the file, those with no
//    line last.
//
// Thread-safety: a Reader belongs to one thread.
#pragma once

#include <toml++/toml.h>
#include <cstddef>
#include <cstdint>
#include <expected>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/error.h"
#include "domain/outcomes/points.h"

namespace lw::toml_file {

using Known = std::vector<std::string_view>;

std::string Join(const Known& words);  // "a, b and c"
std::string Path(std::string_view prefix, std::string_view key);
std::string Row(std::string_view list, std::size_t i);  // "items[2]"
// One step up: "items[2].options[0]" -> "items[2].options" -> "items[2]" -> "items" -> "".
std::string Parent(const std::string& path);

class Reader {
 public:
  explicit Reader(std::string_view source) : source_(source) {}

  std::string Where(const toml::source_region& r) const;

  // A problem with the value at `path`; validation's findings about it (or
  // anything inside it) are left out, as a default stood in for it.
  void Problem(const toml::source_region& at, const std::string& path, std::string message);
  void Problem(const toml::node& at, const std::string& path, std::string message);
  // Leaves validation's findings about `path` (and inside it) out.
  void MarkReported(const std::string& path) { reported_.insert(path); }
  std::size_t ProblemCount() const { return errors_.size(); }

  void CheckKeys(const toml::table& table, std::string_view prefix, std::string_view what,
                 const Known& known);

  const toml::node* Get(const toml::table& t, std::string_view prefix, std::string_view key);
  std::optional<std::string> String(const toml::table& t, std::string_view prefix,
                                    std::string_view key);
  std::optional<bool> Bool(const toml::table& t, std::string_view prefix, std::string_view key);
  // Clamped to int's range: out of it is out of every setting's range.
  std::optional<int> Int(const toml::table& t, std::string_view prefix, std::string_view key);
  // A score: a whole number or one with up to two decimal places.
  std::optional<Points> Number(const toml::table& t, std::string_view prefix, std::string_view key);
  std::vector<std::string> Strings(const toml::table& t, std::string_view prefix,
                                   std::string_view key);
  const toml::table* Table(const toml::table& t, std::string_view prefix, std::string_view key);
  // Each table of a list of tables ([[key]], or [{...}, {...}]) with its
  // index; problems for anything else.
  std::vector<std::pair<std::size_t, const toml::table*>> Rows(const toml::table& t,
                                                               std::string_view prefix,
                                                               std::string_view key);
  // A key that must be there: a problem at the table when it is not.
  void Require(const toml::table& t, std::string_view prefix, std::string_view key,
               std::string_view why);

  void AddValidation(const std::vector<FieldError>& errors);
  bool AlreadyReported(std::string path) const;
  std::vector<FieldError> TakeErrors();

 private:
  struct Placed {
    std::uint32_t line = 0;  // 0: no line to point at
    std::uint32_t column = 0;
    FieldError error;
  };

  void Add(const toml::source_region& r, const std::string& path, std::string message);

  std::string source_;
  std::map<std::string, toml::source_region> where_;  // path -> where its value is
  std::set<std::string> reported_;                    // paths with a problem already
  std::vector<Placed> errors_;
};

// The document, or nullopt with the syntax error reported to `reader`.
std::optional<toml::table> ParseDocument(std::string_view text, std::string_view source_name,
                                         Reader& reader);
// The reader's problems after a syntax error, each field the place alone
// ("reqol10.toml:3:7").
std::vector<FieldError> SyntaxError(Reader& reader);
// kInvalidArgument "<source>: N problem(s)" carrying `errors`.
std::unexpected<Error> Problems(std::string_view source, std::vector<FieldError> errors);
// The whole file, or kInvalidArgument "<path>: cannot be read" with one
// FieldError {path, "cannot read <what>: <reason>"}.
Result<std::string> ReadFile(const std::string& path, std::string_view what);

}  // namespace lw::toml_file

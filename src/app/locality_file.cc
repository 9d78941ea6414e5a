#include "app/locality_file.h"

#include <toml++/toml.h>
#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <utility>
#include <vector>

namespace lw {
namespace {

using Known = std::vector<std::string_view>;

std::string Join(const Known& words) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? " and " : ", ";
    out += words[i];
  }
  return out;
}

std::string Path(std::string_view prefix, std::string_view key) {
  return prefix.empty() ? std::string(key) : std::string(prefix) + "." + std::string(key);
}

std::string Row(std::string_view list, std::size_t i) {
  return std::string(list) + "[" + std::to_string(i) + "]";
}

// Maps a parsed TOML document onto a LocalityConfig, collecting problems
// with where they are in the file.
class Reader {
 public:
  explicit Reader(std::string_view source) : source_(source) {}

  std::string Where(const toml::source_region& r) const {
    if (r.begin.line == 0) return source_;
    return source_ + ":" + std::to_string(r.begin.line) + ":" + std::to_string(r.begin.column);
  }

  // A problem with the value at `path`, found by this reader; validation's
  // findings about that value (a default stood in for it) are left out.
  void Problem(const toml::node& at, const std::string& path, std::string message) {
    Add(at.source(), path, std::move(message));
    reported_.insert(path);
  }
  // As Problem, and validation's findings about the whole row are left out
  // (an unknown profession stands in as "other").
  void RowProblem(const toml::node& at, const std::string& row, const std::string& path,
                  std::string message) {
    Problem(at, path, std::move(message));
    reported_rows_.insert(row);
  }
  void MarkReported(const std::string& path) { reported_.insert(path); }
  std::size_t ProblemCount() const { return errors_.size(); }

  void CheckKeys(const toml::table& table, std::string_view prefix, std::string_view what,
                 const Known& known) {
    for (auto&& [key, node] : table) {
      bool ok = false;
      for (auto k : known) ok = ok || k == key.str();
      if (ok) continue;
      Add(key.source(), Path(prefix, key.str()),
          "unknown key: " + std::string(what) + " takes " + Join(known));
    }
  }

  std::optional<std::string> String(const toml::table& t, std::string_view prefix,
                                    std::string_view key) {
    const toml::node* node = t.get(key);
    if (node == nullptr) return std::nullopt;
    const std::string path = Path(prefix, key);
    where_[path] = node->source();
    if (!node->is_string()) {
      Problem(*node, path, "must be text in quotes");
      return std::nullopt;
    }
    return node->as_string()->get();
  }

  std::optional<int> Int(const toml::table& t, std::string_view prefix, std::string_view key) {
    const toml::node* node = t.get(key);
    if (node == nullptr) return std::nullopt;
    const std::string path = Path(prefix, key);
    where_[path] = node->source();
    if (!node->is_integer()) {
      Problem(*node, path, "must be a whole number");
      return std::nullopt;
    }
    // Out of int's range is out of every setting's range: validation says so.
    std::int64_t v = node->as_integer()->get();
    return static_cast<int>(std::clamp<std::int64_t>(v, INT_MIN, INT_MAX));
  }

  const toml::table* Table(const toml::table& t, std::string_view key) {
    const toml::node* node = t.get(key);
    if (node == nullptr) return nullptr;
    where_[std::string(key)] = node->source();
    if (!node->is_table()) {
      Problem(*node, std::string(key), "must be a table: [" + std::string(key) + "]");
      return nullptr;
    }
    return node->as_table();
  }

  // Each table of an array of tables ([[key]]), with its index; problems
  // for anything else.
  std::vector<std::pair<std::size_t, const toml::table*>> Rows(const toml::table& t,
                                                               std::string_view key) {
    std::vector<std::pair<std::size_t, const toml::table*>> rows;
    const toml::node* node = t.get(key);
    if (node == nullptr) return rows;
    where_[std::string(key)] = node->source();
    if (!node->is_array()) {
      Problem(*node, std::string(key),
              "must be a list of tables, each headed [[" + std::string(key) + "]]");
      return rows;
    }
    const toml::array& array = *node->as_array();
    for (std::size_t i = 0; i < array.size(); ++i) {
      where_[Row(key, i)] = array[i].source();
      if (!array[i].is_table()) {
        RowProblem(array[i], Row(key, i), Row(key, i),
                   "must be a table, headed [[" + std::string(key) + "]]");
        continue;
      }
      rows.emplace_back(i, array[i].as_table());
    }
    return rows;
  }

  // A row's key that must be there.
  std::string Required(const toml::table& row, std::string_view list, std::size_t i,
                       std::string_view key, std::string_view why) {
    const std::string prefix = Row(list, i);
    auto value = String(row, prefix, key);
    if (!value && row.get(key) == nullptr) {
      Problem(row, Path(prefix, key), "is missing: " + std::string(why));
    }
    return value.value_or("");
  }

  // Adds validation's problems, placed in the file, except those about a
  // value this reader already reported (a default stood in for it).
  void AddValidation(const std::vector<FieldError>& errors) {
    for (const auto& e : errors) {
      bool already = reported_.contains(e.field);
      for (const auto& row : reported_rows_) already = already || e.field.starts_with(row + ".");
      if (already) continue;
      auto at = where_.find(e.field);
      if (at != where_.end()) {
        Add(at->second, e.field, e.message);
      } else {
        Add(toml::source_region{}, e.field, e.message);
      }
    }
  }

  // Every problem, in the order of the file; those with no line last.
  std::vector<FieldError> TakeErrors() {
    std::stable_sort(errors_.begin(), errors_.end(), [](const Placed& a, const Placed& b) {
      auto key = [](const Placed& p) {
        return std::pair(p.line == 0 ? UINT32_MAX : p.line, p.column);
      };
      return key(a) < key(b);
    });
    std::vector<FieldError> out;
    for (auto& p : errors_) out.push_back(std::move(p.error));
    return out;
  }

 private:
  struct Placed {
    std::uint32_t line = 0;  // 0: no line to point at
    std::uint32_t column = 0;
    FieldError error;
  };

  void Add(const toml::source_region& r, const std::string& path, std::string message) {
    errors_.push_back({r.begin.line, r.begin.column, {Where(r) + ": " + path, std::move(message)}});
  }

  std::string source_;
  std::map<std::string, toml::source_region> where_;  // path -> where its value is
  std::set<std::string> reported_;                    // paths with a problem already
  std::set<std::string> reported_rows_;               // rows ("role_names[0]") likewise
  std::vector<Placed> errors_;
};

void ReadRows(Reader& r, const toml::table& doc, LocalityConfig& c) {
  for (auto [i, row] : r.Rows(doc, "role_names")) {
    r.CheckKeys(*row, Row("role_names", i), "[[role_names]]", {"profession", "title"});
    std::string key =
        r.Required(*row, "role_names", i, "profession", "name the profession, such as mh-nurse");
    LocalRoleName name{.local_title = r.Required(*row, "role_names", i, "title",
                                                 "give the locality's title for it")};
    if (auto p = ParseProfession(key)) {
      name.profession = *p;
    } else if (!key.empty()) {
      r.RowProblem(*row->get("profession"), Row("role_names", i),
                   Row("role_names", i) + ".profession",
                   "unknown profession '" + key + "': use one of " + ProfessionKeyList());
    }
    c.role_names.resize(i + 1);
    c.role_names[i] = std::move(name);
  }
  for (auto [i, row] : r.Rows(doc, "neighbourhoods")) {
    r.CheckKeys(*row, Row("neighbourhoods", i), "[[neighbourhoods]]", {"key", "name"});
    c.neighbourhoods.resize(i + 1);
    c.neighbourhoods[i] = {
        .key = r.Required(*row, "neighbourhoods", i, "key", "a short stable key, such as ashton"),
        .name = r.Required(*row, "neighbourhoods", i, "name", "the neighbourhood's name")};
  }
  for (auto [i, row] : r.Rows(doc, "offers")) {
    r.CheckKeys(*row, Row("offers", i), "[[offers]]", {"key", "name", "where"});
    c.offers.resize(i + 1);
    LocalityOffer& offer = c.offers[i];
    offer.key = r.Required(*row, "offers", i, "key", "a short stable key, such as debt-advice");
    offer.name = r.Required(*row, "offers", i, "name", "the offer's name");
    std::string where =
        r.Required(*row, "offers", i, "where", "say where the offer sits, \"team\" or \"network\"");
    if (auto place = ParseOfferPlace(where)) {
      offer.where = *place;
    } else if (!where.empty()) {
      r.RowProblem(*row->get("where"), Row("offers", i), Row("offers", i) + ".where",
                   "must be \"team\" or \"network\", not '" + where + "'");
    }
  }
}

LocalityConfig Read(Reader& r, const toml::table& doc) {
  LocalityConfig c;
  r.CheckKeys(doc, "", "the locality file",
              {"preset", "service_name", "locality_name", "crisis_text", "front_door", "rhythm",
               "huddle", "role_names", "neighbourhoods", "offers"});
  if (auto v = r.String(doc, "", "service_name")) c.service_name = *v;
  if (auto v = r.String(doc, "", "locality_name")) c.locality_name = *v;
  if (auto v = r.String(doc, "", "crisis_text")) c.crisis_text = *v;
  if (auto key = r.String(doc, "", "preset")) {
    if (auto preset = ParseRhythmPreset(*key)) {
      c.preset = preset;
      c.rhythm = RhythmForPreset(*preset);
    } else {
      r.Problem(*doc.get("preset"), "preset",
                "unknown preset '" + *key + "': use tameside, salford or edinburgh");
    }
  }
  if (const toml::table* t = r.Table(doc, "front_door")) {
    r.CheckKeys(*t, "front_door", "[front_door]",
                {"target_days", "unreachable_attempts", "unreachable_days"});
    if (auto v = r.Int(*t, "front_door", "target_days")) c.target_days = *v;
    if (auto v = r.Int(*t, "front_door", "unreachable_attempts")) c.unreachable_attempts = *v;
    if (auto v = r.Int(*t, "front_door", "unreachable_days")) c.unreachable_days = *v;
  }
  if (const toml::table* t = r.Table(doc, "rhythm")) {
    const std::size_t before = r.ProblemCount();
    r.CheckKeys(*t, "rhythm", "[rhythm]",
                {"review_every_weeks", "time_limit_weeks", "session_guide"});
    // A [rhythm] of its own replaces the default whole: a key left out is
    // "none", not the preset's.
    c.rhythm = SupportRhythm{.review_every_weeks = r.Int(*t, "rhythm", "review_every_weeks"),
                             .time_limit_weeks = r.Int(*t, "rhythm", "time_limit_weeks"),
                             .session_guide = r.Int(*t, "rhythm", "session_guide")};
    // A typo left a field unset: "no review is ever due" would mislead.
    if (r.ProblemCount() != before) r.MarkReported("rhythm");
  }
  if (const toml::table* t = r.Table(doc, "huddle")) {
    r.CheckKeys(*t, "huddle", "[huddle]", {"not_seen_days"});
    if (auto v = r.Int(*t, "huddle", "not_seen_days")) c.not_seen_days = *v;
  }
  ReadRows(r, doc, c);
  return c;
}

std::unexpected<Error> Problems(std::string_view source, std::vector<FieldError> errors) {
  std::string message = std::string(source) + ": " + std::to_string(errors.size()) +
                        (errors.size() == 1 ? " problem" : " problems");
  return Fail(Error::Invalid(std::move(message), std::move(errors)));
}

}  // namespace

Result<LocalityConfig> ParseLocalityToml(std::string_view text, std::string_view source_name) {
  Reader reader(source_name);
  toml::table doc;
  try {
    doc = toml::parse(text, source_name);
  } catch (const toml::parse_error& e) {
    return Problems(source_name, {{reader.Where(e.source()), std::string(e.description())}});
  }
  LocalityConfig config = Read(reader, doc);
  auto valid = ValidateLocalityConfig(std::move(config));
  if (!valid) reader.AddValidation(valid.error().field_errors);
  std::vector<FieldError> errors = reader.TakeErrors();
  if (!errors.empty()) return Problems(source_name, std::move(errors));
  return valid;
}

Result<LocalityConfig> LoadLocalityFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Problems(
        path, {{path, std::string("cannot read the locality file: ") + std::strerror(errno)}});
  }
  std::ostringstream text;
  text << in.rdbuf();
  return ParseLocalityToml(text.str(), path);
}

Result<Config> ApplyLocalityFile(Config config) {
  if (config.locality.empty()) return config;
  auto locality = LoadLocalityFile(config.locality);
  if (!locality) return Fail(locality.error());
  config.service_name = locality->service_name;
  config.locality_name = locality->locality_name;
  if (locality->crisis_text) config.crisis_text = *locality->crisis_text;
  config.target_days = locality->target_days;
  config.unreachable_attempts = locality->unreachable_attempts;
  config.unreachable_days = locality->unreachable_days;
  config.locality_config = *std::move(locality);
  return config;
}

}  // namespace lw

#include "app/instrument_files.h"

#include <toml++/toml.h>
#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <utility>

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

// The path one step up: "items[2].options[0]" -> "items[2].options" ->
// "items[2]" -> "items" -> "".
std::string Parent(const std::string& path) {
  const std::size_t cut = path.find_last_of(".[");
  return cut == std::string::npos ? std::string() : path.substr(0, cut);
}

// Reads a parsed TOML document, collecting problems with where they are.
class Reader {
 public:
  explicit Reader(std::string_view source) : source_(source) {}

  std::string Where(const toml::source_region& r) const {
    if (r.begin.line == 0) return source_;
    return source_ + ":" + std::to_string(r.begin.line) + ":" + std::to_string(r.begin.column);
  }

  void Problem(const toml::source_region& at, const std::string& path, std::string message) {
    Add(at, path, std::move(message));
    reported_.insert(path);
  }
  void Problem(const toml::node& at, const std::string& path, std::string message) {
    Problem(at.source(), path, std::move(message));
  }

  void CheckKeys(const toml::table& table, std::string_view prefix, std::string_view what,
                 const Known& known) {
    for (auto&& [key, node] : table) {
      if (std::find(known.begin(), known.end(), key.str()) != known.end()) continue;
      Add(key.source(), Path(prefix, key.str()),
          "unknown key: " + std::string(what) + " takes " + Join(known));
    }
  }

  const toml::node* Get(const toml::table& t, std::string_view prefix, std::string_view key) {
    const toml::node* node = t.get(key);
    if (node != nullptr) where_[Path(prefix, key)] = node->source();
    return node;
  }

  std::optional<std::string> String(const toml::table& t, std::string_view prefix,
                                    std::string_view key) {
    const toml::node* node = Get(t, prefix, key);
    if (node == nullptr) return std::nullopt;
    if (!node->is_string()) {
      Problem(*node, Path(prefix, key), "must be text in quotes");
      return std::nullopt;
    }
    return node->as_string()->get();
  }

  std::optional<bool> Bool(const toml::table& t, std::string_view prefix, std::string_view key) {
    const toml::node* node = Get(t, prefix, key);
    if (node == nullptr) return std::nullopt;
    if (!node->is_boolean()) {
      Problem(*node, Path(prefix, key), "must be true or false");
      return std::nullopt;
    }
    return node->as_boolean()->get();
  }

  std::optional<int> Int(const toml::table& t, std::string_view prefix, std::string_view key) {
    const toml::node* node = Get(t, prefix, key);
    if (node == nullptr) return std::nullopt;
    if (!node->is_integer()) {
      Problem(*node, Path(prefix, key), "must be a whole number");
      return std::nullopt;
    }
    // Out of int's range is out of every setting's range: validation says so.
    const std::int64_t v = node->as_integer()->get();
    return static_cast<int>(std::clamp<std::int64_t>(v, INT_MIN, INT_MAX));
  }

  // A score: a whole number or one with up to two decimal places.
  std::optional<Points> Number(const toml::table& t, std::string_view prefix,
                               std::string_view key) {
    const toml::node* node = Get(t, prefix, key);
    if (node == nullptr) return std::nullopt;
    std::optional<Points> p;
    if (node->is_integer()) {
      const std::int64_t v = node->as_integer()->get();
      if (v >= -1'000'000 && v <= 1'000'000) p = Points::Whole(static_cast<std::int32_t>(v));
    } else if (node->is_floating_point()) {
      p = PointsFromDouble(node->as_floating_point()->get());
    }
    if (!p) {
      Problem(*node, Path(prefix, key),
              "must be a number with at most two decimal places, such as 25 or 2.87");
    }
    return p;
  }

  std::vector<std::string> Strings(const toml::table& t, std::string_view prefix,
                                   std::string_view key) {
    std::vector<std::string> out;
    const toml::node* node = Get(t, prefix, key);
    if (node == nullptr) return out;
    const std::string path = Path(prefix, key);
    if (!node->is_array()) {
      Problem(*node, path, "must be a list of text in quotes, such as [\"q2\", \"q3\"]");
      return out;
    }
    const toml::array& array = *node->as_array();
    for (std::size_t i = 0; i < array.size(); ++i) {
      where_[Row(path, i)] = array[i].source();
      if (!array[i].is_string()) {
        Problem(array[i], Row(path, i), "must be text in quotes");
        continue;
      }
      out.push_back(array[i].as_string()->get());
    }
    return out;
  }

  const toml::table* Table(const toml::table& t, std::string_view prefix, std::string_view key) {
    const toml::node* node = Get(t, prefix, key);
    if (node == nullptr) return nullptr;
    if (!node->is_table()) {
      Problem(*node, Path(prefix, key), "must be a table: [" + Path(prefix, key) + "]");
      return nullptr;
    }
    return node->as_table();
  }

  // Each table of a list of tables ([[key]], or [{...}, {...}]) with its
  // index; problems for anything else.
  std::vector<std::pair<std::size_t, const toml::table*>> Rows(const toml::table& t,
                                                               std::string_view prefix,
                                                               std::string_view key) {
    std::vector<std::pair<std::size_t, const toml::table*>> rows;
    const toml::node* node = Get(t, prefix, key);
    if (node == nullptr) return rows;
    const std::string path = Path(prefix, key);
    if (!node->is_array()) {
      Problem(*node, path, "must be a list of tables, each headed [[" + path + "]]");
      return rows;
    }
    const toml::array& array = *node->as_array();
    for (std::size_t i = 0; i < array.size(); ++i) {
      where_[Row(path, i)] = array[i].source();
      if (!array[i].is_table()) {
        Problem(array[i], Row(path, i), "must be a table, headed [[" + path + "]]");
        continue;
      }
      rows.emplace_back(i, array[i].as_table());
    }
    return rows;
  }

  // A key that must be there.
  void Require(const toml::table& t, std::string_view prefix, std::string_view key,
               std::string_view why) {
    if (t.get(key) != nullptr) return;
    Problem(t.source(), Path(prefix, key), "is missing: " + std::string(why));
  }

  // Adds validation's problems, placed at their value in the file (or the
  // nearest table that holds it), except those about a value this reader
  // already reported, or about something inside it.
  void AddValidation(const std::vector<FieldError>& errors) {
    for (const auto& e : errors) {
      if (AlreadyReported(e.field)) continue;
      std::string path = e.field;
      auto at = where_.find(path);
      while (at == where_.end() && !path.empty()) {
        path = Parent(path);
        at = where_.find(path);
      }
      Add(at != where_.end() ? at->second : toml::source_region{}, e.field, e.message);
    }
  }

  // Whether `path`, or a row or table holding it, has a problem already (a
  // default stood in for it).
  bool AlreadyReported(std::string path) const {
    for (; !path.empty(); path = Parent(path)) {
      if (reported_.contains(path)) return true;
    }
    return false;
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
    out.reserve(errors_.size());
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
  std::vector<Placed> errors_;
};

template <typename E>
std::optional<E> Key(Reader& r, const toml::table& t, std::string_view prefix, std::string_view key,
                     std::optional<E> (*parse)(std::string_view), std::string_view choices) {
  auto text = r.String(t, prefix, key);
  if (!text) return std::nullopt;
  auto value = parse(*text);
  if (!value) {
    r.Problem(*t.get(key), Path(prefix, key),
              "unknown value '" + *text + "': use " + std::string(choices));
  }
  return value;
}

std::vector<ResponseOption> ReadOptions(Reader& r, const toml::table& t, std::string_view prefix) {
  std::vector<ResponseOption> options;
  for (auto [i, row] : r.Rows(t, prefix, "options")) {
    const std::string at = Row(Path(prefix, "options"), i);
    r.CheckKeys(*row, at, "an option", {"value", "label"});
    r.Require(*row, at, "value", "the number stored for this answer");
    r.Require(*row, at, "label", "the words shown for this answer");
    ResponseOption o;
    if (auto v = r.Int(*row, at, "value")) {
      if (*v < -kMaxResponseValue || *v > kMaxResponseValue) {
        r.Problem(*row->get("value"), at + ".value", "must be between -1000 and 1000");
      } else {
        o.value = static_cast<std::int16_t>(*v);
      }
    }
    o.label = r.String(*row, at, "label").value_or("");
    options.resize(i + 1);
    options[i] = std::move(o);
  }
  return options;
}

std::vector<ScoreBand> ReadBands(Reader& r, const toml::table& t, std::string_view prefix) {
  std::vector<ScoreBand> bands;
  for (auto [i, row] : r.Rows(t, prefix, "bands")) {
    const std::string at = Row(Path(prefix, "bands"), i);
    r.CheckKeys(*row, at, "a band", {"from", "label"});
    r.Require(*row, at, "from", "the lowest score in the band");
    bands.resize(i + 1);
    bands[i].from = r.Number(*row, at, "from").value_or(Points{});
    bands[i].label = r.String(*row, at, "label").value_or("");
  }
  return bands;
}

void ReadScoring(Reader& r, const toml::table& doc, InstrumentDefinition& d) {
  const toml::table* t = r.Table(doc, "", "scoring");
  if (t == nullptr) {
    if (doc.get("scoring") == nullptr) {
      r.Problem(doc.source(), "scoring", "is missing: a [scoring] table with the rule and range");
    }
    return;
  }
  r.CheckKeys(
      *t, "scoring", "[scoring]",
      {"rule", "missing", "max_missing", "decimals", "min", "max", "reverse_items", "table"});
  r.Require(*t, "scoring", "rule",
            "how the items make a score: sum, mean, sum_then_table or each_item");
  r.Require(*t, "scoring", "min", "the lowest possible score");
  r.Require(*t, "scoring", "max", "the highest possible score");
  if (auto v = Key<ScoringRule>(r, *t, "scoring", "rule", ParseScoringRule,
                                "sum, mean, sum_then_table or each_item")) {
    d.rule = *v;
  }
  if (auto v = Key<MissingRule>(r, *t, "scoring", "missing", ParseMissingRule,
                                "none, prorate or skip")) {
    d.missing = *v;
  }
  if (auto v = r.Int(*t, "scoring", "max_missing")) d.max_missing = *v;
  if (auto v = r.Int(*t, "scoring", "decimals")) d.decimals = *v;
  if (auto v = r.Number(*t, "scoring", "min")) d.min_score = *v;
  if (auto v = r.Number(*t, "scoring", "max")) d.max_score = *v;
  d.reverse_items = r.Strings(*t, "scoring", "reverse_items");
  for (auto [i, row] : r.Rows(*t, "scoring", "table")) {
    const std::string at = Row("scoring.table", i);
    r.CheckKeys(*row, at, "a table row", {"raw", "metric"});
    r.Require(*row, at, "raw", "the raw sum");
    r.Require(*row, at, "metric", "the metric score for the raw sum");
    d.table.resize(i + 1);
    d.table[i] = {.raw = r.Int(*row, at, "raw").value_or(INT_MIN),
                  .metric = r.Number(*row, at, "metric").value_or(Points{})};
  }
}

void ReadChange(Reader& r, const toml::table& doc, InstrumentDefinition& d) {
  const toml::table* t = r.Table(doc, "", "change");
  if (t == nullptr) return;
  r.CheckKeys(*t, "change", "[change]", {"reliable_change", "cut_off", "clinical"});
  d.reliable_change = r.Number(*t, "change", "reliable_change");
  auto cut = r.Number(*t, "change", "cut_off");
  auto side = Key<ClinicalSide>(r, *t, "change", "clinical", ParseClinicalSide,
                                "below, at_or_below, above or at_or_above");
  if (cut && !t->get("clinical")) {
    r.Problem(*t->get("cut_off"), "change.clinical",
              "is missing: say which side of the cut-off is clinical (below, at_or_below, above "
              "or at_or_above)");
  } else if (!cut && side && !t->get("cut_off")) {
    r.Problem(*t->get("clinical"), "change.cut_off", "is missing: clinical needs a cut_off");
  }
  if (cut)
    d.cut_off = ClinicalCutOff{.value = *cut, .clinical = side.value_or(ClinicalSide::kBelow)};
}

void ReadItems(Reader& r, const toml::table& doc, InstrumentDefinition& d) {
  for (auto [i, row] : r.Rows(doc, "", "items")) {
    const std::string at = Row("items", i);
    r.CheckKeys(*row, at, "[[items]]",
                {"id", "text", "subscale", "scored", "snomed", "higher_is", "options", "bands"});
    r.Require(*row, at, "id", "a short stable key, such as q1");
    r.Require(*row, at, "text", "the item's wording, or a placeholder");
    d.items.resize(i + 1);
    InstrumentItem& item = d.items[i];
    item.id = r.String(*row, at, "id").value_or("");
    item.text = r.String(*row, at, "text").value_or("");
    item.subscale = r.String(*row, at, "subscale").value_or("");
    item.scored = r.Bool(*row, at, "scored").value_or(true);
    item.snomed = r.String(*row, at, "snomed").value_or("");
    item.polarity = Key<Polarity>(r, *row, at, "higher_is", ParsePolarity, "better or worse");
    item.options = ReadOptions(r, *row, at);
    item.bands = ReadBands(r, *row, at);
  }
  if (doc.get("items") == nullptr) {
    r.Problem(doc.source(), "items", "is missing: at least one item, each headed [[items]]");
  }
}

InstrumentDefinition Read(Reader& r, const toml::table& doc) {
  InstrumentDefinition d;
  r.CheckKeys(doc, "", "an instrument file",
              {"id", "name", "version", "snomed", "older_snomed", "licence", "placeholder_wording",
               "source", "higher_is", "scoring", "change", "options", "bands", "items"});
  r.Require(doc, "", "id", "a short stable key, such as reqol-10");
  r.Require(doc, "", "name", "the instrument's name");
  r.Require(doc, "", "version", "which version of the instrument this is");
  r.Require(doc, "", "licence", "the terms it may be used on (\"our own\" for a local measure)");
  r.Require(doc, "", "higher_is", "better or worse: which way a higher score points");
  d.id = r.String(doc, "", "id").value_or("");
  d.name = r.String(doc, "", "name").value_or("");
  d.version = r.String(doc, "", "version").value_or("");
  d.snomed = r.String(doc, "", "snomed").value_or("");
  d.older_snomed = r.Strings(doc, "", "older_snomed");
  d.licence = r.String(doc, "", "licence").value_or("");
  d.placeholder_wording = r.Bool(doc, "", "placeholder_wording").value_or(false);
  d.source = r.String(doc, "", "source").value_or("");
  if (auto p = Key<Polarity>(r, doc, "", "higher_is", ParsePolarity, "better or worse")) {
    d.polarity = *p;
  }
  ReadScoring(r, doc, d);
  ReadChange(r, doc, d);
  d.options = ReadOptions(r, doc, "");
  d.bands = ReadBands(r, doc, "");
  ReadItems(r, doc, d);
  return d;
}

std::unexpected<Error> Problems(std::string_view source, std::vector<FieldError> errors) {
  std::string message = std::string(source) + ": " + std::to_string(errors.size()) +
                        (errors.size() == 1 ? " problem" : " problems");
  return Fail(Error::Invalid(std::move(message), std::move(errors)));
}

std::optional<toml::table> ParseDocument(std::string_view text, std::string_view source_name,
                                         Reader& reader) {
  try {
    return toml::parse(text, source_name);
  } catch (const toml::parse_error& e) {
    reader.Problem(e.source(), "", std::string(e.description()));
    return std::nullopt;
  }
}

// A syntax error's field is the place alone: "reqol10.toml:3:7".
std::vector<FieldError> SyntaxError(Reader& reader) {
  std::vector<FieldError> errors = reader.TakeErrors();
  for (auto& e : errors) {
    if (e.field.ends_with(": ")) e.field.resize(e.field.size() - 2);
  }
  return errors;
}

std::string InDir(const std::string& dir, const std::string& name) {
  std::string path = dir;
  path += '/';
  path += name;
  return path;
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Fail(
        Error::Invalid(path + ": cannot be read",
                       {{path, std::string("cannot read the file: ") + std::strerror(errno)}}));
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

Result<Instrument> ParseInstrumentToml(std::string_view text, std::string_view source_name) {
  Reader reader(source_name);
  auto doc = ParseDocument(text, source_name, reader);
  if (!doc) return Problems(source_name, SyntaxError(reader));
  InstrumentDefinition definition = Read(reader, *doc);
  auto valid = ValidateInstrument(std::move(definition));
  if (!valid) reader.AddValidation(valid.error().field_errors);
  std::vector<FieldError> errors = reader.TakeErrors();
  if (!errors.empty()) return Problems(source_name, std::move(errors));
  return valid;
}

Result<InstrumentWording> ParseWordingToml(std::string_view text, std::string_view source_name) {
  Reader reader(source_name);
  auto doc = ParseDocument(text, source_name, reader);
  if (!doc) return Problems(source_name, SyntaxError(reader));
  InstrumentWording w;
  reader.CheckKeys(*doc, "", "a wording file", {"instrument", "licence", "text"});
  reader.Require(*doc, "", "instrument", "the id of the instrument the wording is for");
  reader.Require(*doc, "", "licence", "whose licence the wording is used under");
  reader.Require(*doc, "", "text", "a [text] table: item id = \"wording\"");
  w.instrument = reader.String(*doc, "", "instrument").value_or("");
  w.licence = reader.String(*doc, "", "licence").value_or("");
  if (w.licence.find_first_not_of(" \t\n") == std::string::npos && doc->get("licence")) {
    reader.Problem(*doc->get("licence"), "licence",
                   "must say whose licence the wording is used under");
  }
  if (const toml::table* t = reader.Table(*doc, "", "text")) {
    for (auto&& [key, node] : *t) {
      const std::string path = Path("text", key.str());
      if (auto s = reader.String(*t, "text", key.str())) {
        if (s->find_first_not_of(" \t\n") == std::string::npos) {
          reader.Problem(node, path, "is empty: give the item's wording");
        } else {
          w.text.emplace(std::string(key.str()), *s);
        }
      }
    }
  }
  std::vector<FieldError> errors = reader.TakeErrors();
  if (!errors.empty()) return Problems(source_name, std::move(errors));
  return w;
}

Result<Instrument> ApplyWording(const Instrument& instrument, const InstrumentWording& wording) {
  InstrumentDefinition d = instrument.definition();
  std::vector<FieldError> errors;
  for (const auto& [id, text] : wording.text) {
    if (!instrument.ItemIndex(id)) {
      errors.push_back({"text." + id, "there is no item " + id + " in " + d.id});
    }
  }
  std::string left_out;
  for (InstrumentItem& item : d.items) {
    auto it = wording.text.find(item.id);
    if (it == wording.text.end()) {
      left_out += (left_out.empty() ? "" : ", ") + item.id;
      continue;
    }
    item.text = it->second;
  }
  if (!left_out.empty()) {
    errors.push_back({"text", "every item needs its wording; none for " + left_out});
  }
  if (!errors.empty()) {
    return Fail(Error::Invalid("The wording for " + d.id + " does not fit it", std::move(errors)));
  }
  d.placeholder_wording = false;
  d.wording_licence = wording.licence;
  return ValidateInstrument(std::move(d));
}

Result<std::vector<Instrument>> LoadInstrumentFiles(std::span<const InstrumentFile> files,
                                                    std::string_view where) {
  std::vector<FieldError> errors;
  std::vector<const InstrumentFile*> definitions;
  std::vector<const InstrumentFile*> wordings;
  for (const InstrumentFile& file : files) {
    (file.name.ends_with(".wording.toml") ? wordings : definitions).push_back(&file);
  }
  auto by_name = [](const InstrumentFile* a, const InstrumentFile* b) { return a->name < b->name; };
  std::ranges::sort(definitions, by_name);
  std::ranges::sort(wordings, by_name);
  if (definitions.empty()) {
    return Problems(where, {{std::string(where), "has no instrument definitions (*.toml)"}});
  }
  auto add_all = [&errors](const Error& e) {
    errors.insert(errors.end(), e.field_errors.begin(), e.field_errors.end());
  };
  std::map<std::string, std::pair<Instrument, std::string>, std::less<>> by_id;  // id -> (it, file)
  for (const InstrumentFile* file : definitions) {
    const std::string name(file->name);
    auto instrument = ParseInstrumentToml(file->text, name);
    if (!instrument) {
      add_all(instrument.error());
      continue;
    }
    const std::string id(instrument->id());
    if (auto seen = by_id.find(id); seen != by_id.end()) {
      errors.push_back({name + ": id", "'" + id + "' is defined in " + seen->second.second +
                                           " too: each instrument has one file"});
      continue;
    }
    by_id.emplace(id, std::pair(*std::move(instrument), name));
  }
  std::set<std::string> worded;
  for (const InstrumentFile* file : wordings) {
    const std::string name(file->name);
    auto wording = ParseWordingToml(file->text, name);
    if (!wording) {
      add_all(wording.error());
      continue;
    }
    auto target = by_id.find(wording->instrument);
    if (target == by_id.end()) {
      errors.push_back({name + ": instrument", "there is no instrument '" + wording->instrument +
                                                   "' in " + std::string(where)});
      continue;
    }
    if (!worded.insert(wording->instrument).second) {
      errors.push_back(
          {name + ": instrument", "a second wording file for '" + wording->instrument + "'"});
      continue;
    }
    auto applied = ApplyWording(target->second.first, *wording);
    if (!applied) {
      for (const FieldError& e : applied.error().field_errors) {
        errors.push_back({name + ": " + e.field, e.message});
      }
      continue;
    }
    target->second.first = *std::move(applied);
  }
  if (!errors.empty()) return Problems(where, std::move(errors));
  std::vector<Instrument> out;
  out.reserve(by_id.size());
  for (auto& entry : by_id) out.push_back(std::move(entry.second.first));
  return out;
}

Result<std::vector<Instrument>> LoadInstrumentDir(const std::string& path) {
  namespace fs = std::filesystem;
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (name.ends_with(".toml") && it->is_regular_file(ec)) names.push_back(std::move(name));
  }
  if (ec) {
    return Problems(path, {{path, "cannot read the instruments directory: " + ec.message()}});
  }
  std::vector<std::string> texts;
  texts.reserve(names.size());
  std::vector<FieldError> unreadable;
  for (const std::string& name : names) {
    auto text = ReadFile(InDir(path, name));
    if (!text) {
      unreadable.insert(unreadable.end(), text.error().field_errors.begin(),
                        text.error().field_errors.end());
    }
    texts.push_back(text ? *std::move(text) : std::string());
  }
  if (!unreadable.empty()) return Problems(path, std::move(unreadable));
  std::vector<InstrumentFile> files;
  files.reserve(names.size());
  for (std::size_t i = 0; i < names.size(); ++i) files.push_back({names[i], texts[i]});
  return LoadInstrumentFiles(files, path);
}

Result<std::vector<Instrument>> LoadShippedInstruments() {
  return LoadInstrumentFiles(ShippedInstrumentFiles(), "the built-in instruments");
}

}  // namespace lw

#include "app/instrument_files.h"

#include "app/toml_reader.h"

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

using toml_file::Known;
using toml_file::Path;
using toml_file::Problems;
using toml_file::Reader;
using toml_file::Row;

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

std::string InDir(const std::string& dir, const std::string& name) {
  std::string path = dir;
  path += '/';
  path += name;
  return path;
}

}  // namespace

Result<Instrument> ParseInstrumentToml(std::string_view text, std::string_view source_name) {
  Reader reader(source_name);
  auto doc = toml_file::ParseDocument(text, source_name, reader);
  if (!doc) return Problems(source_name, toml_file::SyntaxError(reader));
  InstrumentDefinition definition = Read(reader, *doc);
  auto valid = ValidateInstrument(std::move(definition));
  if (!valid) reader.AddValidation(valid.error().field_errors);
  std::vector<FieldError> errors = reader.TakeErrors();
  if (!errors.empty()) return Problems(source_name, std::move(errors));
  return valid;
}

Result<InstrumentWording> ParseWordingToml(std::string_view text, std::string_view source_name) {
  Reader reader(source_name);
  auto doc = toml_file::ParseDocument(text, source_name, reader);
  if (!doc) return Problems(source_name, toml_file::SyntaxError(reader));
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
    auto text = toml_file::ReadFile(InDir(path, name), "the file");
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

Result<std::vector<Instrument>> LoadOutcomeMeasures(const std::string& dir,
                                                    const LocalityConfig& locality) {
  auto instruments = dir.empty() ? LoadShippedInstruments() : LoadInstrumentDir(dir);
  if (!instruments) return instruments;
  if (auto s = ValidateOutcomeThresholds(locality, *instruments); !s) return Fail(s.error());
  return instruments;
}

}  // namespace lw

#include "app/locality_file.h"

#include "app/toml_reader.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace lw {
namespace {

using toml_file::Path;
using toml_file::Problems;
using toml_file::Reader;
using toml_file::Row;

// A row's text key that must be there ("" when it is not, reported).
std::string Required(Reader& r, const toml::table& row, std::string_view list, std::size_t i,
                     std::string_view key, std::string_view why) {
  const std::string prefix = Row(list, i);
  r.Require(row, prefix, key, why);
  return r.String(row, prefix, key).value_or("");
}

// A problem with a row's value that also leaves validation's findings about
// the whole row out (an unknown profession stands in as "other").
void RowProblem(Reader& r, const toml::node& at, const std::string& row, const std::string& path,
                std::string message) {
  r.Problem(at, path, std::move(message));
  r.MarkReported(row);
}

void ReadRows(Reader& r, const toml::table& doc, LocalityConfig& c) {
  for (auto [i, row] : r.Rows(doc, "", "role_names")) {
    r.CheckKeys(*row, Row("role_names", i), "[[role_names]]", {"profession", "title"});
    std::string key =
        Required(r, *row, "role_names", i, "profession", "name the profession, such as mh-nurse");
    LocalRoleName name{.local_title = Required(r, *row, "role_names", i, "title",
                                               "give the locality's title for it")};
    if (auto p = ParseProfession(key)) {
      name.profession = *p;
    } else if (!key.empty()) {
      RowProblem(r, *row->get("profession"), Row("role_names", i),
                 Row("role_names", i) + ".profession",
                 "unknown profession '" + key + "': use one of " + ProfessionKeyList());
    }
    c.role_names.resize(i + 1);
    c.role_names[i] = std::move(name);
  }
  for (auto [i, row] : r.Rows(doc, "", "neighbourhoods")) {
    r.CheckKeys(*row, Row("neighbourhoods", i), "[[neighbourhoods]]", {"key", "name"});
    c.neighbourhoods.resize(i + 1);
    c.neighbourhoods[i] = {
        .key = Required(r, *row, "neighbourhoods", i, "key", "a short stable key, such as ashton"),
        .name = Required(r, *row, "neighbourhoods", i, "name", "the neighbourhood's name")};
  }
  for (auto [i, row] : r.Rows(doc, "", "offers")) {
    r.CheckKeys(*row, Row("offers", i), "[[offers]]", {"key", "name", "where"});
    c.offers.resize(i + 1);
    LocalityOffer& offer = c.offers[i];
    offer.key = Required(r, *row, "offers", i, "key", "a short stable key, such as debt-advice");
    offer.name = Required(r, *row, "offers", i, "name", "the offer's name");
    std::string where = Required(r, *row, "offers", i, "where",
                                 "say where the offer sits, \"team\" or \"network\"");
    if (auto place = ParseOfferPlace(where)) {
      offer.where = *place;
    } else if (!where.empty()) {
      RowProblem(r, *row->get("where"), Row("offers", i), Row("offers", i) + ".where",
                 "must be \"team\" or \"network\", not '" + where + "'");
    }
  }
}

void ReadOutcomes(Reader& r, const toml::table& doc, LocalityConfig& c) {
  for (auto [i, row] : r.Rows(doc, "", "life_areas")) {
    r.CheckKeys(*row, Row("life_areas", i), "[[life_areas]]", {"key", "name"});
    c.life_areas.resize(i + 1);
    c.life_areas[i] = {
        .key = Required(r, *row, "life_areas", i, "key", "a short stable key, such as money"),
        .name = Required(r, *row, "life_areas", i, "name", "the life area's name")};
  }
  for (auto [i, row] : r.Rows(doc, "", "outcome_thresholds")) {
    const std::string at = Row("outcome_thresholds", i);
    r.CheckKeys(*row, at, "[[outcome_thresholds]]",
                {"instrument", "reliable_change", "cut_off", "clinical_side"});
    c.outcome_thresholds.resize(i + 1);
    LocalityOutcomeThreshold& t = c.outcome_thresholds[i];
    t.where = r.Where(row->source());
    t.instrument = Required(r, *row, "outcome_thresholds", i, "instrument",
                            "the questionnaire's id, such as reqol-10");
    t.thresholds.reliable_change = r.Number(*row, at, "reliable_change");
    t.thresholds.cut_off = r.Number(*row, at, "cut_off");
    if (auto side = r.String(*row, at, "clinical_side")) {
      t.thresholds.clinical_side = ParseClinicalSide(*side);
      if (!t.thresholds.clinical_side) {
        RowProblem(r, *row->get("clinical_side"), at, at + ".clinical_side",
                   "unknown side '" + *side + "': use below, at_or_below, above or at_or_above");
      }
    }
  }
}

LocalityConfig Read(Reader& r, const toml::table& doc) {
  LocalityConfig c;
  r.CheckKeys(
      doc, "", "the locality file",
      {"preset", "service_name", "locality_name", "crisis_text", "front_door", "rhythm", "huddle",
       "role_names", "neighbourhoods", "offers", "life_areas", "outcome_thresholds", "directory"});
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
  if (const toml::table* t = r.Table(doc, "", "front_door")) {
    r.CheckKeys(*t, "front_door", "[front_door]",
                {"target_days", "unreachable_attempts", "unreachable_days"});
    if (auto v = r.Int(*t, "front_door", "target_days")) c.target_days = *v;
    if (auto v = r.Int(*t, "front_door", "unreachable_attempts")) c.unreachable_attempts = *v;
    if (auto v = r.Int(*t, "front_door", "unreachable_days")) c.unreachable_days = *v;
  }
  if (const toml::table* t = r.Table(doc, "", "rhythm")) {
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
  if (const toml::table* t = r.Table(doc, "", "huddle")) {
    r.CheckKeys(*t, "huddle", "[huddle]", {"not_seen_days"});
    if (auto v = r.Int(*t, "huddle", "not_seen_days")) c.not_seen_days = *v;
  }
  if (const toml::table* t = r.Table(doc, "", "directory")) {
    r.CheckKeys(*t, "directory", "[directory]",
                {"stale_after_days", "introduction_lands_within_days", "review_partner_changes"});
    if (auto v = r.Int(*t, "directory", "stale_after_days")) c.directory.stale_after_days = *v;
    if (auto v = r.Int(*t, "directory", "introduction_lands_within_days")) {
      c.directory.introduction_lands_within_days = *v;
    }
    if (auto v = r.Bool(*t, "directory", "review_partner_changes")) {
      c.directory.review_partner_changes = *v;
    }
  }
  ReadRows(r, doc, c);
  ReadOutcomes(r, doc, c);
  return c;
}

}  // namespace

Result<LocalityConfig> ParseLocalityToml(std::string_view text, std::string_view source_name) {
  Reader reader(source_name);
  auto doc = toml_file::ParseDocument(text, source_name, reader);
  if (!doc) return Problems(source_name, toml_file::SyntaxError(reader));
  LocalityConfig config = Read(reader, *doc);
  auto valid = ValidateLocalityConfig(std::move(config));
  if (!valid) reader.AddValidation(valid.error().field_errors);
  std::vector<FieldError> errors = reader.TakeErrors();
  if (!errors.empty()) return Problems(source_name, std::move(errors));
  return valid;
}

Result<LocalityConfig> LoadLocalityFile(const std::string& path) {
  auto text = toml_file::ReadFile(path, "the locality file");
  if (!text) return Fail(text.error());
  return ParseLocalityToml(*text, path);
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

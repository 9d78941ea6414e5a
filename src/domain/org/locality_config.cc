#include "domain/org/locality_config.h"

#include <array>
#include <utility>

#include "base/check.h"
#include "domain/frontdoor/text_field.h"

namespace lw {
namespace {

constexpr std::array<std::pair<RhythmPreset, std::string_view>, 3> kPresets = {{
    {RhythmPreset::kTameside, "tameside"},
    {RhythmPreset::kSalford, "salford"},
    {RhythmPreset::kEdinburgh, "edinburgh"},
}};

std::string Row(std::string_view list, std::size_t i, std::string_view member) {
  return std::string(list) + "[" + std::to_string(i) + "]." + std::string(member);
}

bool IsSlug(std::string_view key) {
  if (key.empty() || key.size() > kMaxLocalityKeyChars) return false;
  if (key.front() == '-' || key.back() == '-') return false;
  for (std::size_t i = 0; i < key.size(); ++i) {
    char c = key[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && key[i + 1] == '-')) return false;
  }
  return true;
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

void CheckRange(int value, int min, int max, const char* field, const std::string& label,
                const char* unit, std::vector<FieldError>& errors) {
  if (value < min || value > max) {
    errors.push_back({field, label + " must be from " + std::to_string(min) + " to " +
                                 std::to_string(max) + " " + unit});
  }
}

// One list of {key, name} rows: keys are slugs, and keys and names are
// unique in the list.
template <typename Row_>
void CheckKeyedList(std::vector<Row_>& rows, std::string_view list, std::string_view noun,
                    std::size_t max_rows, std::vector<FieldError>& errors) {
  if (rows.size() > max_rows) {
    errors.push_back({std::string(list), "There can be at most " + std::to_string(max_rows) + " " +
                                             std::string(list)});
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    Row_& row = rows[i];
    const std::string key_field = Row(list, i, "key");
    const std::string name_field = Row(list, i, "name");
    row.key = TrimText(row.key);
    if (!IsSlug(row.key)) {
      errors.push_back({key_field, "The key '" + row.key + "' must be lower-case letters and " +
                                       "digits, words joined by single hyphens (\"" +
                                       std::string(list == "offers" ? "debt-advice" : "ashton") +
                                       "\"), at most " + std::to_string(kMaxLocalityKeyChars) +
                                       " characters"});
    } else {
      for (std::size_t j = 0; j < i; ++j) {
        if (rows[j].key == row.key) {
          errors.push_back(
              {key_field, "The key '" + row.key + "' is already used by " + Row(list, j, "key")});
          break;
        }
      }
    }
    const std::string label = "The " + std::string(noun) + "'s name";
    const TextRule rule{.field = name_field.c_str(),
                        .label = label.c_str(),
                        .max_chars = kMaxLocalityNameChars,
                        .required = true,
                        .if_missing = "Give every entry a name"};
    const std::size_t before = errors.size();
    CheckText(row.name, rule, errors);
    if (errors.size() != before) continue;
    for (std::size_t j = 0; j < i; ++j) {
      if (LowerAscii(rows[j].name) == LowerAscii(row.name)) {
        errors.push_back(
            {name_field, "The name '" + row.name + "' is already used by " + Row(list, j, "name")});
        break;
      }
    }
  }
}

// Each row names an instrument once and sets something; whether the values
// fit the instrument is ValidateOutcomeThresholds' business.
void CheckThresholdRows(std::vector<LocalityOutcomeThreshold>& rows,
                        std::vector<FieldError>& errors) {
  if (rows.size() > kMaxOutcomeThresholds) {
    errors.push_back(
        {"outcome_thresholds",
         "There can be at most " + std::to_string(kMaxOutcomeThresholds) + " outcome_thresholds"});
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    LocalityOutcomeThreshold& row = rows[i];
    row.instrument = TrimText(row.instrument);
    const std::string field = Row("outcome_thresholds", i, "instrument");
    if (row.instrument.empty()) {
      errors.push_back(
          {field, "Name the questionnaire these thresholds are for, such as reqol-10"});
      continue;
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (rows[j].instrument == row.instrument) {
        errors.push_back({field, "Thresholds for '" + row.instrument + "' are already set by " +
                                     Row("outcome_thresholds", j, "instrument")});
        break;
      }
    }
    const ChangeThresholds& t = row.thresholds;
    if (!t.reliable_change && !t.cut_off && !t.clinical_side) {
      errors.push_back({Row("outcome_thresholds", i, "instrument"),
                        "Set at least one of reliable_change, cut_off and clinical_side"});
    }
  }
}

// RoleNames::Make names its rows "names[2].local_title"; the file calls
// them "role_names[2].title".
std::string RoleField(const std::string& field) {
  std::string out = "role_" + field;
  constexpr std::string_view kLocalTitle = "local_title";
  if (out.ends_with(kLocalTitle))
    out.replace(out.size() - kLocalTitle.size(), kLocalTitle.size(), "title");
  return out;
}

}  // namespace

std::string_view RhythmPresetKey(RhythmPreset preset) {
  for (const auto& [p, key] : kPresets) {
    if (p == preset) return key;
  }
  LW_CHECK(false);
  return {};
}

std::optional<RhythmPreset> ParseRhythmPreset(std::string_view key) {
  for (const auto& [p, k] : kPresets) {
    if (k == key) return p;
  }
  return std::nullopt;
}

SupportRhythm RhythmForPreset(RhythmPreset preset) {
  switch (preset) {
    case RhythmPreset::kTameside:
      return TamesideRhythm();
    case RhythmPreset::kSalford:
      return SalfordRhythm();
    case RhythmPreset::kEdinburgh:
      return EdinburghRhythm();
  }
  LW_CHECK(false);
  return {};
}

std::string_view OfferPlaceKey(OfferPlace place) {
  return place == OfferPlace::kTeam ? "team" : "network";
}

std::string_view OfferPlaceDisplayName(OfferPlace place) {
  return place == OfferPlace::kTeam ? "In the team" : "In the wider network";
}

std::optional<OfferPlace> ParseOfferPlace(std::string_view key) {
  if (key == "team") return OfferPlace::kTeam;
  if (key == "network") return OfferPlace::kNetwork;
  return std::nullopt;
}

std::string ProfessionKeyList() {
  std::string out;
  for (Profession p : kAllProfessions) {
    if (!out.empty()) out += ", ";
    out += ProfessionKey(p);
  }
  return out;
}

RoleNames LocalityConfig::roles() const {
  auto names = RoleNames::Make(role_names);
  LW_CHECK(names.has_value());
  return *std::move(names);
}

HuddleRules LocalityConfig::huddle_rules() const {
  HuddleRules rules{.target_days = target_days, .not_seen_days = not_seen_days};
  LW_CHECK(ValidateHuddleRules(rules).has_value());
  return rules;
}

Result<LocalityConfig> ValidateLocalityConfig(LocalityConfig c) {
  std::vector<FieldError> errors;
  CheckText(c.service_name,
            {.field = "service_name",
             .label = "The service name",
             .max_chars = kMaxServiceNameChars,
             .required = true,
             .if_missing = "Give the service's name, as people in the locality know it"},
            errors);
  CheckText(c.locality_name,
            {.field = "locality_name", .label = "The locality name", .max_chars = 100}, errors);
  if (c.crisis_text) {
    CheckText(*c.crisis_text,
              {.field = "crisis_text",
               .label = "The crisis text",
               .max_chars = kMaxCrisisTextChars,
               .required = true,
               .if_missing = "The crisis text cannot be empty: leave it out to use the "
                             "server's own wording"},
              errors);
  }

  CheckRange(c.target_days, 1, 365, "front_door.target_days", "The target", "days", errors);
  CheckRange(c.unreachable_attempts, 1, 20, "front_door.unreachable_attempts", "Contact attempts",
             "attempts", errors);
  CheckRange(c.unreachable_days, 0, 365, "front_door.unreachable_days",
             "The days attempts must span", "days", errors);
  CheckRange(c.not_seen_days, 1, 365, "huddle.not_seen_days", "Not seen for", "days", errors);
  CheckRange(c.directory.stale_after_days, 1, 3650, "directory.stale_after_days",
             "Entries are stale after", "days", errors);
  CheckRange(c.directory.introduction_lands_within_days, 1, 365,
             "directory.introduction_lands_within_days", "Introductions land within", "days",
             errors);

  if (auto r = ValidateSupportRhythm(c.rhythm); !r) {
    for (auto& f : r.error().field_errors) errors.push_back({"rhythm." + f.field, f.message});
  }
  if (c.preset && c.rhythm != RhythmForPreset(*c.preset)) {
    errors.push_back({"rhythm", "Give either a preset ('" +
                                    std::string(RhythmPresetKey(*c.preset)) +
                                    "') or a [rhythm] of your own, not both"});
  } else if (!c.rhythm.review_every_weeks && !c.rhythm.time_limit_weeks &&
             !c.rhythm.session_guide) {
    errors.push_back({"rhythm",
                      "Set at least one of review_every_weeks, time_limit_weeks "
                      "and session_guide, or a preset: otherwise no review is "
                      "ever due"});
  }

  if (auto names = RoleNames::Make(c.role_names); !names) {
    for (auto& f : names.error().field_errors) errors.push_back({RoleField(f.field), f.message});
  } else {
    c.role_names.assign(names->names().begin(), names->names().end());
  }

  CheckKeyedList(c.neighbourhoods, "neighbourhoods", "neighbourhood", kMaxNeighbourhoods, errors);
  CheckKeyedList(c.offers, "offers", "offer", kMaxOffers, errors);
  CheckKeyedList(c.life_areas, "life_areas", "life area", kMaxLifeAreas, errors);
  if (!c.life_areas.empty() && c.life_areas.size() < kMinLifeAreas) {
    errors.push_back({"life_areas", "Give at least " + std::to_string(kMinLifeAreas) +
                                        " life areas for the Wheel of Life, or none for the "
                                        "default set"});
  }
  CheckThresholdRows(c.outcome_thresholds, errors);

  if (!errors.empty()) {
    return Fail(Error::Invalid("The locality configuration has problems", std::move(errors)));
  }
  return c;
}

Status ValidateOutcomeThresholds(const LocalityConfig& config,
                                 const std::vector<Instrument>& instruments) {
  std::vector<FieldError> errors;
  for (std::size_t i = 0; i < config.outcome_thresholds.size(); ++i) {
    const LocalityOutcomeThreshold& row = config.outcome_thresholds[i];
    const std::string at = row.where.empty() ? std::string() : row.where + ": ";
    const Instrument* instrument = nullptr;
    for (const Instrument& candidate : instruments) {
      if (candidate.definition().id == row.instrument) instrument = &candidate;
    }
    if (instrument == nullptr) {
      std::string known;
      for (const Instrument& candidate : instruments) {
        known += known.empty() ? "" : ", ";
        known += candidate.definition().id;
      }
      errors.push_back({at + Row("outcome_thresholds", i, "instrument"),
                        "unknown questionnaire '" + row.instrument + "': use one of " + known});
      continue;
    }
    if (instrument->rule() == ScoringRule::kEachItem) {
      errors.push_back(
          {at + Row("outcome_thresholds", i, "instrument"),
           "'" + row.instrument + "' is scored item by item; its thresholds cannot be set here"});
      continue;
    }
    if (auto rule = ChangeRuleFor(*instrument, row.thresholds); !rule) {
      for (const FieldError& e : rule.error().field_errors) {
        errors.push_back({at + Row("outcome_thresholds", i, e.field), e.message});
      }
    }
  }
  if (!errors.empty()) {
    return Fail(Error::Invalid("The locality's outcome thresholds do not fit the questionnaires",
                               std::move(errors)));
  }
  return {};
}

}  // namespace lw

#include "domain/outcomes/instrument.h"

#include <algorithm>
#include <array>
#include <set>
#include <utility>

namespace lw {
namespace {

template <typename E, std::size_t N>
std::optional<E> FindKey(const std::array<std::pair<E, std::string_view>, N>& keys,
                         std::string_view key) {
  for (const auto& [value, name] : keys) {
    if (name == key) return value;
  }
  return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view KeyOf(const std::array<std::pair<E, std::string_view>, N>& keys, E value) {
  for (const auto& [v, name] : keys) {
    if (v == value) return name;
  }
  return "";
}

constexpr std::array<std::pair<ScoringRule, std::string_view>, 4> kRules = {{
    {ScoringRule::kSum, "sum"},
    {ScoringRule::kMean, "mean"},
    {ScoringRule::kSumThenTable, "sum_then_table"},
    {ScoringRule::kEachItem, "each_item"},
}};
constexpr std::array<std::pair<MissingRule, std::string_view>, 3> kMissing = {{
    {MissingRule::kNone, "none"},
    {MissingRule::kProrate, "prorate"},
    {MissingRule::kSkip, "skip"},
}};
constexpr std::array<std::pair<Polarity, std::string_view>, 2> kPolarities = {{
    {Polarity::kHigherIsBetter, "better"},
    {Polarity::kHigherIsWorse, "worse"},
}};
constexpr std::array<std::pair<ClinicalSide, std::string_view>, 4> kSides = {{
    {ClinicalSide::kBelow, "below"},
    {ClinicalSide::kAtOrBelow, "at_or_below"},
    {ClinicalSide::kAbove, "above"},
    {ClinicalSide::kAtOrAbove, "at_or_above"},
}};

// Lower-case letters and digits in words joined by single hyphens.
bool IsKey(std::string_view s) {
  if (s.empty() || s.size() > kMaxInstrumentIdChars) return false;
  if (s.front() == '-' || s.back() == '-') return false;
  char previous = ' ';
  for (char c : s) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && previous == '-')) return false;
    previous = c;
  }
  return true;
}

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n'; });
}

std::string Index(std::string_view list, std::size_t i) {
  return std::string(list) + "[" + std::to_string(i) + "]";
}

class Problems {
 public:
  void Add(std::string field, std::string message) {
    errors_.push_back({std::move(field), std::move(message)});
  }
  bool empty() const { return errors_.empty(); }
  std::size_t size() const { return errors_.size(); }
  std::vector<FieldError> Take() { return std::move(errors_); }

 private:
  std::vector<FieldError> errors_;
};

void CheckOptions(const std::vector<ResponseOption>& options, const std::string& path,
                  Problems& p) {
  if (options.size() < 2) {
    p.Add(path, "needs at least two response options, each with a value and a label");
    return;
  }
  std::set<int> seen;
  for (std::size_t i = 0; i < options.size(); ++i) {
    const ResponseOption& o = options[i];
    const std::string at = Index(path, i);
    if (o.value < -kMaxResponseValue || o.value > kMaxResponseValue) {
      p.Add(at + ".value", "must be between -1000 and 1000");
    } else if (!seen.insert(o.value).second) {
      p.Add(at + ".value", "the value " + std::to_string(o.value) + " is offered twice");
    }
    if (IsBlank(o.label)) p.Add(at + ".label", "is missing: the words shown for this answer");
  }
}

void CheckBands(const std::vector<ScoreBand>& bands, const std::string& path, Points lowest,
                Points highest, Problems& p) {
  for (std::size_t i = 0; i < bands.size(); ++i) {
    const std::string at = Index(path, i);
    if (i == 0 && bands[i].from != lowest) {
      p.Add(at + ".from", "must be the lowest score, " + lowest.ToString() +
                              ", so that every score falls in a band");
    } else if (i > 0 && bands[i].from <= bands[i - 1].from) {
      p.Add(at + ".from", "must be higher than the band before it");
    }
    if (bands[i].from > highest) {
      p.Add(at + ".from", "is above the highest score, " + highest.ToString());
    }
    if (IsBlank(bands[i].label)) p.Add(at + ".label", "is missing: the band's name");
  }
}

void CheckSnomed(const std::string& id, const std::string& path, Problems& p) {
  if (!id.empty() && !IsValidSnomedId(id)) {
    p.Add(path, "'" + id +
                    "' is not a SNOMED CT identifier (6 to 18 digits ending in a valid "
                    "check digit)");
  }
}

std::string Range(Points lowest, Points highest) {
  return lowest.ToString() + " to " + highest.ToString();
}

// The definition's parts that do not depend on the items' ranges.
void CheckHeader(const InstrumentDefinition& d, Problems& p) {
  if (!IsKey(d.id)) {
    p.Add("id",
          "must be lower-case letters and digits in words joined by hyphens, at most 40 "
          "characters, such as reqol-10");
  }
  if (IsBlank(d.name)) p.Add("name", "is missing: the instrument's name as people know it");
  if (IsBlank(d.version)) p.Add("version", "is missing: which version of the instrument this is");
  if (IsBlank(d.licence)) {
    p.Add("licence",
          "is missing: say on what terms the instrument may be used (write \"our "
          "own\" for a local measure)");
  }
  CheckSnomed(d.snomed, "snomed", p);
  for (std::size_t i = 0; i < d.older_snomed.size(); ++i) {
    CheckSnomed(d.older_snomed[i], Index("older_snomed", i), p);
  }
  if (d.decimals < 0 || d.decimals > 2) p.Add("scoring.decimals", "must be 0, 1 or 2");
}

void CheckMissingRule(const InstrumentDefinition& d, int scored, Problems& p) {
  const std::string rule(ScoringRuleKey(d.rule));
  switch (d.missing) {
    case MissingRule::kNone:
      if (d.max_missing != 0) {
        p.Add("scoring.max_missing", "must be 0 (or left out) when missing = \"none\"");
      }
      return;
    case MissingRule::kProrate:
      if (d.rule != ScoringRule::kSum && d.rule != ScoringRule::kMean) {
        p.Add("scoring.missing",
              "\"prorate\" works only with rule = \"sum\" or \"mean\", not \"" + rule + "\"" +
                  (d.rule == ScoringRule::kSumThenTable
                       ? ": the table is defined only for whole sums of every item"
                       : ": use \"skip\""));
        return;
      }
      break;
    case MissingRule::kSkip:
      if (d.rule != ScoringRule::kEachItem) {
        p.Add("scoring.missing", "\"skip\" works only with rule = \"each_item\", not \"" + rule +
                                     "\": a total needs \"none\" or \"prorate\"");
        return;
      }
      break;
  }
  if (scored > 0 && (d.max_missing < 1 || d.max_missing >= scored)) {
    p.Add("scoring.max_missing", "must be from 1 to " + std::to_string(scored - 1) +
                                     " (the scored items less one) when missing = \"" +
                                     std::string(MissingRuleKey(d.missing)) + "\"");
  }
}

// The items; fills `rules` and `values` for the ones that are sound.
void CheckItems(const InstrumentDefinition& d, Problems& p,
                std::vector<Instrument::ItemRule>& rules, std::vector<std::int16_t>& values) {
  if (d.items.empty()) {
    p.Add("items", "there must be at least one item, each headed [[items]]");
    return;
  }
  if (d.items.size() > kMaxInstrumentItems) {
    p.Add("items", "there are " + std::to_string(d.items.size()) + " items; at most " +
                       std::to_string(kMaxInstrumentItems) + " are allowed");
    return;
  }
  if (!d.options.empty()) CheckOptions(d.options, "options", p);
  const bool each_item = d.rule == ScoringRule::kEachItem;
  std::set<std::string_view> ids;
  for (std::size_t i = 0; i < d.items.size(); ++i) {
    const InstrumentItem& item = d.items[i];
    const std::string at = Index("items", i);
    if (!IsKey(item.id)) {
      p.Add(at + ".id",
            "must be lower-case letters and digits in words joined by hyphens, at "
            "most 40 characters, such as q1");
    } else if (!ids.insert(item.id).second) {
      p.Add(at + ".id", "'" + item.id + "' is the id of an earlier item too");
    }
    if (IsBlank(item.text)) {
      p.Add(at + ".text",
            "is missing: the item's wording, or a placeholder where the licence "
            "does not let us ship it");
    }
    if (!item.options.empty()) {
      CheckOptions(item.options, at + ".options", p);
    } else if (d.options.empty()) {
      p.Add(at + ".options",
            "no response options: give [[options]] for the instrument or "
            "[[items.options]] for this item");
    }
    CheckSnomed(item.snomed, at + ".snomed", p);
    const char* only =
        "only an instrument scored item by item (rule = \"each_item\") can set "
        "this for an item";
    if (!each_item && item.polarity) p.Add(at + ".higher_is", only);
    if (!each_item && !item.bands.empty()) p.Add(at + ".bands", only);
    if (!each_item && !item.snomed.empty()) p.Add(at + ".snomed", only);

    const std::vector<ResponseOption>& options = item.options.empty() ? d.options : item.options;
    Instrument::ItemRule rule;
    rule.scored = item.scored;
    rule.polarity = item.polarity.value_or(d.polarity);
    rule.values_begin = static_cast<std::uint32_t>(values.size());
    for (const ResponseOption& o : options) values.push_back(o.value);
    std::sort(values.begin() + rule.values_begin, values.end());
    values.erase(std::unique(values.begin() + rule.values_begin, values.end()), values.end());
    rule.values_end = static_cast<std::uint32_t>(values.size());
    if (rule.values_end > rule.values_begin) {
      rule.lowest = values[rule.values_begin];
      rule.highest = values[rule.values_end - 1];
      rule.contiguous =
          static_cast<int>(rule.values_end - rule.values_begin) == rule.highest - rule.lowest + 1;
    }
    rules.push_back(rule);
  }
  for (std::size_t k = 0; k < d.reverse_items.size(); ++k) {
    const std::string& id = d.reverse_items[k];
    auto it = std::find_if(d.items.begin(), d.items.end(),
                           [&](const InstrumentItem& item) { return item.id == id; });
    const std::string at = Index("scoring.reverse_items", k);
    if (it == d.items.end()) {
      p.Add(at, "unknown item '" + id + "': no [[items]] has that id");
      continue;
    }
    auto& rule = rules[static_cast<std::size_t>(it - d.items.begin())];
    if (rule.reverse) p.Add(at, "'" + id + "' is listed twice");
    rule.reverse = true;
  }
}

struct ScoreRange {
  Points lowest;
  Points highest;
  std::int32_t raw_lowest = 0;  // sums of the scored items
  std::int32_t raw_highest = 0;
};

ScoreRange RangeOf(const InstrumentDefinition& d, const std::vector<Instrument::ItemRule>& rules) {
  ScoreRange r;
  bool first = true;
  for (const auto& rule : rules) {
    if (!rule.scored) continue;
    r.raw_lowest += rule.lowest;
    r.raw_highest += rule.highest;
    if (first || rule.lowest < r.lowest.hundredths / 100) r.lowest = Points::Whole(rule.lowest);
    if (first || rule.highest > r.highest.hundredths / 100) r.highest = Points::Whole(rule.highest);
    first = false;
  }
  if (d.rule == ScoringRule::kSum) {
    r.lowest = Points::Whole(r.raw_lowest);
    r.highest = Points::Whole(r.raw_highest);
  }
  return r;
}

// The raw -> metric table; fills `metric` when it is sound.
void CheckTable(const InstrumentDefinition& d, const ScoreRange& range, Problems& p,
                std::vector<Points>& metric) {
  if (d.rule != ScoringRule::kSumThenTable) {
    if (!d.table.empty()) p.Add("scoring.table", "only rule = \"sum_then_table\" uses a table");
    return;
  }
  const std::string raw_range =
      std::to_string(range.raw_lowest) + " to " + std::to_string(range.raw_highest);
  if (d.table.empty()) {
    p.Add("scoring.table",
          "is missing: rule = \"sum_then_table\" needs a row for every raw sum "
          "from " +
              raw_range);
    return;
  }
  const std::size_t size = static_cast<std::size_t>(range.raw_highest - range.raw_lowest) + 1;
  std::vector<std::optional<Points>> rows(size);
  const std::size_t before = p.size();
  for (std::size_t i = 0; i < d.table.size(); ++i) {
    const TableRow& row = d.table[i];
    const std::string at = Index("scoring.table", i);
    if (row.raw < range.raw_lowest || row.raw > range.raw_highest) {
      p.Add(at + ".raw", "raw " + std::to_string(row.raw) +
                             " is outside the sums the items allow, " + raw_range);
      continue;
    }
    auto& slot = rows[static_cast<std::size_t>(row.raw - range.raw_lowest)];
    if (slot) {
      p.Add(at + ".raw", "raw " + std::to_string(row.raw) + " has a row already");
      continue;
    }
    slot = row.metric;
  }
  std::string absent;
  for (std::size_t i = 0; i < size; ++i) {
    if (rows[i]) continue;
    if (!absent.empty()) absent += ", ";
    absent += std::to_string(range.raw_lowest + static_cast<std::int32_t>(i));
  }
  if (!absent.empty()) {
    p.Add("scoring.table",
          "does not cover every raw sum from " + raw_range + ": no row for " + absent);
  }
  if (p.size() != before) return;
  for (std::size_t i = 0; i < size; ++i) metric.push_back(*rows[i]);
  for (std::size_t i = 1; i < size; ++i) {
    if (metric[i] < metric[i - 1]) {
      p.Add("scoring.table", "goes down: raw " +
                                 std::to_string(range.raw_lowest + static_cast<std::int32_t>(i)) +
                                 " has a lower metric than the raw sum before it");
    }
  }
}

void CheckRange(const InstrumentDefinition& d, const ScoreRange& range, Problems& p) {
  if (d.min_score != range.lowest) {
    p.Add("scoring.min", "is " + d.min_score.ToString() +
                             ", but the lowest score the items allow "
                             "is " +
                             range.lowest.ToString());
  }
  if (d.max_score != range.highest) {
    p.Add("scoring.max", "is " + d.max_score.ToString() +
                             ", but the highest score the items "
                             "allow is " +
                             range.highest.ToString());
  }
}

}  // namespace

std::string_view ScoringRuleKey(ScoringRule rule) { return KeyOf(kRules, rule); }
std::optional<ScoringRule> ParseScoringRule(std::string_view key) { return FindKey(kRules, key); }
std::string_view MissingRuleKey(MissingRule rule) { return KeyOf(kMissing, rule); }
std::optional<MissingRule> ParseMissingRule(std::string_view key) { return FindKey(kMissing, key); }
std::string_view PolarityKey(Polarity polarity) { return KeyOf(kPolarities, polarity); }
std::optional<Polarity> ParsePolarity(std::string_view key) { return FindKey(kPolarities, key); }
std::string_view ClinicalSideKey(ClinicalSide side) { return KeyOf(kSides, side); }
std::optional<ClinicalSide> ParseClinicalSide(std::string_view key) { return FindKey(kSides, key); }

bool IsClinical(const ClinicalCutOff& cut_off, Points score) {
  switch (cut_off.clinical) {
    case ClinicalSide::kBelow:
      return score < cut_off.value;
    case ClinicalSide::kAtOrBelow:
      return score <= cut_off.value;
    case ClinicalSide::kAbove:
      return score > cut_off.value;
    case ClinicalSide::kAtOrAbove:
      return score >= cut_off.value;
  }
  return false;
}

bool IsValidSnomedId(std::string_view id) {
  // Verhoeff's dihedral-group check digit, as SNOMED CT specifies it.
  static constexpr std::array<std::array<int, 10>, 10> kD = {{
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
      {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
      {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
      {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
      {4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
      {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
      {6, 5, 9, 8, 7, 1, 0, 4, 3, 2},
      {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
      {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
      {9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
  }};
  static constexpr std::array<std::array<int, 10>, 8> kP = {{
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
      {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
      {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
      {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
      {9, 4, 5, 3, 1, 2, 6, 8, 7, 0},
      {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
      {2, 7, 9, 3, 8, 0, 6, 4, 1, 5},
      {7, 0, 4, 6, 9, 1, 3, 2, 5, 8},
  }};
  if (id.size() < 6 || id.size() > 18 || id.front() == '0') return false;
  int check = 0;
  for (std::size_t i = 0; i < id.size(); ++i) {
    const char c = id[id.size() - 1 - i];
    if (c < '0' || c > '9') return false;
    check = kD[static_cast<std::size_t>(check)]
              [static_cast<std::size_t>(kP[i % 8][static_cast<std::size_t>(c - '0')])];
  }
  return check == 0;
}

std::optional<std::size_t> Instrument::ItemIndex(std::string_view item_id) const {
  for (std::size_t i = 0; i < definition_.items.size(); ++i) {
    if (definition_.items[i].id == item_id) return i;
  }
  return std::nullopt;
}

const std::vector<ResponseOption>& Instrument::OptionsFor(std::size_t index) const {
  const InstrumentItem& item = definition_.items[index];
  return item.options.empty() ? definition_.options : item.options;
}

bool Instrument::IsListedValue(const ItemRule& rule, std::int16_t answer) const {
  return std::binary_search(values_.begin() + rule.values_begin, values_.begin() + rule.values_end,
                            answer);
}

std::string_view Instrument::BandFor(Points score, std::optional<std::size_t> item_index) const {
  const std::vector<ScoreBand>* bands = &definition_.bands;
  if (item_index && definition_.rule == ScoringRule::kEachItem &&
      !definition_.items[*item_index].bands.empty()) {
    bands = &definition_.items[*item_index].bands;
  }
  std::string_view found;
  for (const ScoreBand& band : *bands) {
    if (band.from <= score) found = band.label;
  }
  return found;
}

Result<Instrument> ValidateInstrument(InstrumentDefinition d) {
  Problems p;
  CheckHeader(d, p);
  std::vector<Instrument::ItemRule> rules;
  std::vector<std::int16_t> values;
  CheckItems(d, p, rules, values);
  const int scored = static_cast<int>(
      std::count_if(rules.begin(), rules.end(), [](const auto& r) { return r.scored; }));
  if (!d.items.empty() && scored == 0) {
    p.Add("items", "no item is scored: at least one item must have scored = true");
  }
  CheckMissingRule(d, scored, p);

  // The range, the table, thresholds and bands need sound items.
  std::vector<Points> metric;
  ScoreRange range;
  const bool items_sound = !rules.empty() && rules.size() == d.items.size() && scored > 0 &&
                           std::all_of(rules.begin(), rules.end(),
                                       [](const auto& r) { return r.values_end > r.values_begin; });
  if (items_sound) {
    range = RangeOf(d, rules);
    CheckTable(d, range, p, metric);
    if (d.rule == ScoringRule::kSumThenTable && !metric.empty()) {
      range.lowest = metric.front();
      range.highest = metric.back();
    }
    if (d.rule != ScoringRule::kSumThenTable || !metric.empty()) CheckRange(d, range, p);
    if (d.rule == ScoringRule::kEachItem) {
      for (std::size_t i = 0; i < rules.size(); ++i) {
        if (!rules[i].scored) continue;
        if (Points::Whole(rules[i].lowest) != d.min_score ||
            Points::Whole(rules[i].highest) != d.max_score) {
          p.Add(Index("items", i) + ".options", "answers run " + std::to_string(rules[i].lowest) +
                                                    " to " + std::to_string(rules[i].highest) +
                                                    ", but every item of an each_item "
                                                    "instrument must score " +
                                                    Range(d.min_score, d.max_score));
        }
      }
    }
  }
  const Points width = d.max_score - d.min_score;
  if (d.reliable_change) {
    if (*d.reliable_change <= Points{}) {
      p.Add("change.reliable_change", "must be more than 0");
    } else if (*d.reliable_change > width) {
      p.Add("change.reliable_change", "is larger than the whole range, " +
                                          Range(d.min_score, d.max_score) +
                                          ": no change could reach it");
    }
  }
  if (d.cut_off && (d.cut_off->value < d.min_score || d.cut_off->value > d.max_score)) {
    p.Add("change.cut_off", "is " + d.cut_off->value.ToString() + ", outside the score range, " +
                                Range(d.min_score, d.max_score));
  }
  CheckBands(d.bands, "bands", d.min_score, d.max_score, p);
  for (std::size_t i = 0; i < d.items.size(); ++i) {
    CheckBands(d.items[i].bands, Index("items", i) + ".bands", d.min_score, d.max_score, p);
  }
  if (!p.empty()) {
    return Fail(Error::Invalid("The instrument definition " + d.id + " is not valid", p.Take()));
  }

  Instrument out;
  out.items_ = std::move(rules);
  out.values_ = std::move(values);
  out.table_ = std::move(metric);
  out.table_base_ = range.raw_lowest;
  out.scored_items_ = scored;
  out.definition_ = std::move(d);
  return out;
}

}  // namespace lw

// An outcome questionnaire as data (issue 6, point 4): its items, response
// options, which items are reverse-scored, how the items make a score, what
// to do about unanswered items, the score's range and polarity, its
// reliable-change threshold and clinical cut-off, its SNOMED CT concept, and
// whether its licence lets us ship the item wording. The rules each
// shipped instrument follows are in measures.md (sections 1-6, licences in
// section 10); the definitions themselves are files
// (config/instruments/*.toml, read by app/instrument_files.h), so a
// locality can add its own measure without code.
//
// Contract:
//  - `InstrumentDefinition` is a plain value, laid out as its file is; every
//    FieldError's `field` is the dotted path of the value in the file
//    ("scoring.rule", "items[3].id", "scoring.table[4].metric").
//  - `ValidateInstrument` checks everything and returns an `Instrument`
//    (the definition and what scoring needs, worked out once), or
//    kInvalidArgument with one FieldError per problem, all of them.
//  - An `Instrument` is immutable and cheap to share by const reference;
//    scoring (score.h) and change (change.h) read it and never allocate.
//  - Keys (`ScoringRuleKey` ...) are stable: they are written in files;
//    `Parse*` return nullopt for a key they do not know.
//
// Scoring rules (one enum, not code per instrument):
//   sum             sum of the scored items (ReQoL, WEMWBS, CORE-10, UCLA-3)
//   mean            mean of the answered scored items
//   sum_then_table  sum, then the raw -> metric table (SWEMWBS)
//   each_item       no total: each item is its own score, with its own
//                   change (GBO goals, ONS4, DIALOG, experience questions)
// Missing-item rules:
//   none     every scored item must be answered, or there is no score
//   prorate  up to `max_missing` unanswered: a sum is scaled up to every
//            scored item (total x items / answered, CORE-10's rule), a mean
//            is the mean of those answered; rounded half up to `decimals`
//   skip     each_item only: up to `max_missing` items may be unanswered
//            (a person with one goal of three), each answered item scored
//
// Reverse-scored items score `lowest + highest - answer` on their own
// options (CORE-10 items 2 and 3: 4 - answer). An item with `scored =
// false` is kept and reported but never counted (ReQoL's physical-health
// item, measures.md section 2.1).
//
// Thread-safety: plain values; an Instrument is safe to read from many
// threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "domain/outcomes/points.h"

namespace lw {

inline constexpr std::size_t kMaxInstrumentIdChars = 40;
inline constexpr std::size_t kMaxInstrumentItems = 200;
inline constexpr std::int16_t kMaxResponseValue = 1000;  // and -1000 the lowest

enum class ScoringRule : std::uint8_t { kSum, kMean, kSumThenTable, kEachItem };
std::string_view ScoringRuleKey(ScoringRule rule);  // "sum", "mean", "sum_then_table", "each_item"
std::optional<ScoringRule> ParseScoringRule(std::string_view key);

enum class MissingRule : std::uint8_t { kNone, kProrate, kSkip };
std::string_view MissingRuleKey(MissingRule rule);  // "none", "prorate", "skip"
std::optional<MissingRule> ParseMissingRule(std::string_view key);

// Which way is better. In files: higher_is = "better" / "worse".
enum class Polarity : std::uint8_t { kHigherIsBetter, kHigherIsWorse };
std::string_view PolarityKey(Polarity polarity);  // "better", "worse"
std::optional<Polarity> ParsePolarity(std::string_view key);

// Which side of the cut-off is the clinical range: ReQoL-10 "below" 25
// (NHS England), CORE-10 "at_or_above" 11.
enum class ClinicalSide : std::uint8_t { kBelow, kAtOrBelow, kAbove, kAtOrAbove };
std::string_view ClinicalSideKey(
    ClinicalSide side);  // "below", "at_or_below", "above", "at_or_above"
std::optional<ClinicalSide> ParseClinicalSide(std::string_view key);

struct ResponseOption {
  std::int16_t value = 0;  // what is stored for the answer, -1000..1000
  std::string label;       // "Most or all of the time"
  bool operator==(const ResponseOption&) const = default;
};

// A labelled band of scores, from `from` up to the next band's `from`
// (the last to the top of the range): ONS4's "low", "medium", ...
struct ScoreBand {
  Points from;
  std::string label;
  bool operator==(const ScoreBand&) const = default;
};

struct ClinicalCutOff {
  Points value;
  ClinicalSide clinical = ClinicalSide::kBelow;
  bool operator==(const ClinicalCutOff&) const = default;
};

// A score in the clinical range of `cut_off`.
bool IsClinical(const ClinicalCutOff& cut_off, Points score);

struct TableRow {
  std::int32_t raw = 0;
  Points metric;
  bool operator==(const TableRow&) const = default;
};

struct InstrumentItem {
  std::string id;                       // stable key, "q1", "goal-1", "anxiety"
  std::string text;                     // the wording, or a placeholder (placeholder_wording)
  std::string subscale;                 // "" when none
  bool scored = true;                   // false: kept, reported, never counted
  std::vector<ResponseOption> options;  // empty: the instrument's
  std::string snomed;                   // each_item: the item's own concept
  std::optional<Polarity> polarity;     // each_item: overrides the instrument's
  std::vector<ScoreBand> bands;         // each_item: overrides the instrument's
  bool operator==(const InstrumentItem&) const = default;
};

struct InstrumentDefinition {
  std::string id;                         // "reqol-10": lower-case letters, digits and hyphens
  std::string name;                       // "Recovering Quality of Life (ReQoL-10)"
  std::string version;                    // of the instrument, "1", "GBO version 2 (March 2018)"
  std::string snomed;                     // SNOMED CT concept for the score; "" none known
  std::vector<std::string> older_snomed;  // older concepts still accepted
  std::string licence;                    // the terms, in words; never empty
  // True when `text` is a placeholder because the licence does not let us
  // ship the wording; a licensed locality supplies it (docs/outcomes.md).
  bool placeholder_wording = false;
  std::string wording_licence;  // whose licence the wording in use comes under, if supplied
  std::string source;           // where the rules come from, "measures.md section 2"
  Polarity polarity = Polarity::kHigherIsBetter;

  // [scoring]
  ScoringRule rule = ScoringRule::kSum;
  MissingRule missing = MissingRule::kNone;
  int max_missing = 0;  // none: 0; prorate, skip: 1 .. scored items - 1
  int decimals = 0;     // 0..2: a score that is not whole is rounded half up to this
  Points min_score;     // the score's range, as the items allow
  Points max_score;
  std::vector<std::string> reverse_items;  // item ids
  std::vector<TableRow> table;             // sum_then_table only: every raw sum

  // [change]
  std::optional<Points> reliable_change;  // points; unset: none published
  std::optional<ClinicalCutOff> cut_off;  // unset: none published

  std::vector<ResponseOption> options;  // every item's, unless it has its own
  std::vector<ScoreBand> bands;         // for the score (each_item: every item's)
  std::vector<InstrumentItem> items;

  bool operator==(const InstrumentDefinition&) const = default;
};

class Instrument;
Result<Instrument> ValidateInstrument(InstrumentDefinition definition);

// A validated definition and what scoring needs from it, worked out once.
class Instrument {
 public:
  // What scoring needs about one item.
  struct ItemRule {
    std::int16_t lowest = 0;  // lowest and highest response value
    std::int16_t highest = 0;
    bool contiguous = true;  // every value lowest..highest is an option
    bool reverse = false;
    bool scored = true;
    Polarity polarity = Polarity::kHigherIsBetter;
    std::uint32_t values_begin = 0;  // when not contiguous: its values, sorted,
    std::uint32_t values_end = 0;    // in values_[begin, end)
  };

  const InstrumentDefinition& definition() const { return definition_; }
  std::string_view id() const { return definition_.id; }
  ScoringRule rule() const { return definition_.rule; }
  std::size_t item_count() const { return items_.size(); }
  int scored_item_count() const { return scored_items_; }
  const ItemRule& item(std::size_t index) const { return items_[index]; }
  // The item's index, or nullopt when there is no such item.
  std::optional<std::size_t> ItemIndex(std::string_view item_id) const;
  // The options offered for item `index`.
  const std::vector<ResponseOption>& OptionsFor(std::size_t index) const;

  // Whether `answer` is one of item `index`'s response values.
  bool IsValidAnswer(std::size_t index, std::int16_t answer) const {
    const ItemRule& r = items_[index];
    if (answer < r.lowest || answer > r.highest) return false;
    return r.contiguous || IsListedValue(r, answer);
  }
  // The item's score for a valid answer: reverse-coded where it is reversed.
  Points ItemScore(std::size_t index, std::int16_t answer) const {
    const ItemRule& r = items_[index];
    return Points::Whole(r.reverse ? r.lowest + r.highest - answer : answer);
  }
  // The metric for a raw sum (sum_then_table); nullopt outside the table.
  std::optional<Points> Metric(std::int32_t raw) const {
    if (raw < table_base_ || raw - table_base_ >= static_cast<std::int32_t>(table_.size())) {
      return std::nullopt;
    }
    return table_[static_cast<std::size_t>(raw - table_base_)];
  }
  // The band `score` falls in: item `item_index`'s for each_item
  // instruments, the instrument's otherwise; "" when there are no bands.
  std::string_view BandFor(Points score, std::optional<std::size_t> item_index = {}) const;

 private:
  friend Result<Instrument> ValidateInstrument(InstrumentDefinition definition);
  Instrument() = default;
  bool IsListedValue(const ItemRule& rule, std::int16_t answer) const;

  InstrumentDefinition definition_;
  std::vector<ItemRule> items_;
  std::vector<std::int16_t> values_;
  std::vector<Points> table_;  // metric by raw - table_base_
  std::int32_t table_base_ = 0;
  int scored_items_ = 0;
};

// Whether `id` is a well-formed SNOMED CT identifier: 6 to 18 digits, no
// leading zero, and a valid Verhoeff check digit.
bool IsValidSnomedId(std::string_view id);

}  // namespace lw

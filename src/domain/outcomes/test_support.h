// Helpers shared by this folder's unit tests (not compiled into the
// library: only *_test.cc files include it): the shipped instruments built
// in code, as measures.md describes them, so the domain's tests need no
// file. app/instrument_files_test.cc checks the shipped files against the
// same worked examples.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ostream>
#include <string>
#include <vector>

#include "domain/outcomes/instrument.h"
#include "domain/outcomes/points.h"
#include "domain/outcomes/score.h"
#include "testing/field_errors.h"

namespace lw {
// Points print as "17.78" in failure messages.
inline void PrintTo(const Points& p, std::ostream* os) { *os << p.ToString(); }
}  // namespace lw

namespace lw::outcomes_test {

using ::lw::testing::Fields;
using ::lw::testing::MessageFor;

inline Points P(std::int32_t whole) { return Points::Whole(whole); }
inline Points Cents(std::int32_t hundredths) { return Points::Hundredths(hundredths); }

inline std::vector<ResponseOption> Scale(int lowest, int highest) {
  std::vector<ResponseOption> out;
  for (int v = lowest; v <= highest; ++v) {
    out.push_back({static_cast<std::int16_t>(v), "Answer " + std::to_string(v)});
  }
  return out;
}

inline std::vector<InstrumentItem> Items(int n, const std::string& prefix = "q") {
  std::vector<InstrumentItem> out;
  for (int i = 1; i <= n; ++i) {
    out.push_back({.id = prefix + std::to_string(i), .text = "Item " + std::to_string(i)});
  }
  return out;
}

// The definition validated; a test definition that does not validate is a
// bug in the test: say why and stop.
inline Instrument Valid(InstrumentDefinition d) {
  auto i = ValidateInstrument(std::move(d));
  if (!i) {
    for (const auto& e : i.error().field_errors) {
      std::fprintf(stderr, "invalid test instrument: %s: %s\n", e.field.c_str(), e.message.c_str());
    }
    std::abort();
  }
  return *std::move(i);
}

// Section 2: 10 items 0-4 (4 best); items 1, 3, 6, 9 reverse-scored (the
// documented, UNCONFIRMED default); the physical-health item kept apart.
inline InstrumentDefinition Reqol10Definition() {
  InstrumentDefinition d{.id = "reqol-10",
                         .name = "ReQoL-10",
                         .version = "1",
                         .snomed = "1091071000000100",
                         .licence = "Oxford University Innovation licence",
                         .placeholder_wording = true,
                         .rule = ScoringRule::kSum,
                         .max_score = P(40),
                         .reverse_items = {"q1", "q3", "q6", "q9"},
                         .reliable_change = P(5),
                         .cut_off = ClinicalCutOff{P(25), ClinicalSide::kBelow},
                         .options = Scale(0, 4),
                         .items = Items(10)};
  d.items.push_back({.id = "physical", .text = "Physical health item", .scored = false});
  return d;
}
inline Instrument Reqol10() { return Valid(Reqol10Definition()); }

// Answers that score `coded` (0-4, 4 best) under Reqol10(): the reversed
// items answered 4 - coded; the physical-health item answered 2.
inline std::vector<std::int16_t> Reqol10Answers(const std::vector<int>& coded) {
  std::vector<std::int16_t> out;
  for (std::size_t i = 0; i < coded.size(); ++i) {
    const bool reversed = i == 0 || i == 2 || i == 5 || i == 8;
    out.push_back(static_cast<std::int16_t>(reversed ? 4 - coded[i] : coded[i]));
  }
  out.push_back(2);
  return out;
}

// Section 3.1's raw -> metric table, raw 7 to 35, in hundredths.
inline const std::vector<std::int32_t>& SwemwbsMetricHundredths() {
  static const std::vector<std::int32_t> table = {
      700,  951,  1125, 1240, 1333, 1408, 1475, 1532, 1584, 1636, 1688, 1743, 1798, 1859, 1925,
      1998, 2073, 2154, 2235, 2321, 2411, 2503, 2602, 2703, 2813, 2931, 3070, 3255, 3500};
  return table;
}

inline InstrumentDefinition SwemwbsDefinition() {
  InstrumentDefinition d{.id = "swemwbs",
                         .name = "SWEMWBS",
                         .version = "1",
                         .snomed = "718466001",
                         .older_snomed = {"960481000000107"},
                         .licence = "Warwick registration",
                         .rule = ScoringRule::kSumThenTable,
                         .decimals = 2,
                         .min_score = P(7),
                         .max_score = P(35),
                         .reliable_change = Cents(287),
                         .options = Scale(1, 5),
                         .items = Items(7)};
  for (int raw = 7; raw <= 35; ++raw) {
    d.table.push_back({raw, Cents(SwemwbsMetricHundredths()[static_cast<std::size_t>(raw - 7)])});
  }
  return d;
}
inline Instrument Swemwbs() { return Valid(SwemwbsDefinition()); }

inline Instrument Wemwbs() {
  return Valid({.id = "wemwbs",
                .name = "WEMWBS",
                .version = "1",
                .licence = "Warwick registration",
                .min_score = P(14),
                .max_score = P(70),
                .reliable_change = P(3),
                .options = Scale(1, 5),
                .items = Items(14)});
}

// Section 4: items 2 and 3 reversed; prorated with up to 1 missing, to
// two decimals; higher is worse; clinical at or above 11; RC 6.
inline InstrumentDefinition Core10Definition() {
  return {.id = "core-10",
          .name = "CORE-10",
          .version = "1",
          .snomed = "718583008",
          .licence = "CC BY-ND 4.0",
          .polarity = Polarity::kHigherIsWorse,
          .rule = ScoringRule::kSum,
          .missing = MissingRule::kProrate,
          .max_missing = 1,
          .decimals = 2,
          .max_score = P(40),
          .reverse_items = {"q2", "q3"},
          .reliable_change = P(6),
          .cut_off = ClinicalCutOff{P(11), ClinicalSide::kAtOrAbove},
          .options = Scale(0, 4),
          .items = Items(10)};
}
inline Instrument Core10() { return Valid(Core10Definition()); }

// Section 5: up to three goals, each 0-10 on its own; RC 3 per goal.
inline Instrument Gbo() {
  return Valid({.id = "gbo",
                .name = "GBO",
                .version = "2",
                .licence = "CC BY-NC-SA 4.0",
                .rule = ScoringRule::kEachItem,
                .missing = MissingRule::kSkip,
                .max_missing = 2,
                .max_score = P(10),
                .reliable_change = P(3),
                .options = Scale(0, 10),
                .items = Items(3, "goal-")});
}

// Section 6.1: 1-3 each, total 3-9, higher is lonelier, "lonely" at 6 or
// more; no published reliable change.
inline Instrument Ucla3() {
  return Valid({.id = "ucla-3",
                .name = "UCLA 3-item",
                .version = "1",
                .licence = "UNCONFIRMED",
                .polarity = Polarity::kHigherIsWorse,
                .min_score = P(3),
                .max_score = P(9),
                .cut_off = ClinicalCutOff{P(6), ClinicalSide::kAtOrAbove},
                .options = Scale(1, 3),
                .bands = {{P(3), "not lonely"}, {P(6), "lonely"}},
                .items = Items(3)});
}

// Section 6.2: four items, each 0-10 on its own; anxiety the other way.
inline Instrument Ons4() {
  InstrumentDefinition d{
      .id = "ons4",
      .name = "ONS4",
      .version = "1",
      .licence = "UNCONFIRMED",
      .rule = ScoringRule::kEachItem,
      .missing = MissingRule::kSkip,
      .max_missing = 3,
      .max_score = P(10),
      .options = Scale(0, 10),
      .bands = {{P(0), "low"}, {P(5), "medium"}, {P(7), "high"}, {P(9), "very high"}}};
  for (const char* id : {"satisfaction", "worthwhile", "happy"}) {
    d.items.push_back({.id = id, .text = id});
  }
  d.items.push_back(
      {.id = "anxiety",
       .text = "anxiety",
       .polarity = Polarity::kHigherIsWorse,
       .bands = {{P(0), "very low"}, {P(2), "low"}, {P(4), "medium"}, {P(6), "high"}}});
  return Valid(std::move(d));
}

}  // namespace lw::outcomes_test

#include "domain/synth/catalogue.h"

#include <cstddef>
#include <string>

namespace lw::synth {
namespace {

constexpr std::array<std::string_view, 10> kGmLocalities = {
    "Bolton",  "Bury",      "Manchester", "Oldham",   "Rochdale",
    "Salford", "Stockport", "Tameside",   "Trafford", "Wigan"};
constexpr std::array<std::string_view, 30> kMoreLocalities = {
    "Blackburn", "Blackpool", "Bradford",    "Brighton",   "Bristol",    "Calderdale",
    "Coventry",  "Derby",     "Doncaster",   "Exeter",     "Gateshead",  "Hull",
    "Ipswich",   "Kirklees",  "Leeds",       "Leicester",  "Liverpool",  "Luton",
    "Newcastle", "Norwich",   "Nottingham",  "Plymouth",   "Portsmouth", "Preston",
    "Reading",   "Sheffield", "Southampton", "Sunderland", "Wakefield",  "York"};

}  // namespace

std::string LocalityName(Scale scale, int locality) {
  if (scale == Scale::kDemo || scale == Scale::kLocality) return "Millbrook";
  const auto i = static_cast<std::size_t>(locality);
  if (i < kGmLocalities.size()) return std::string(kGmLocalities[i]);
  return std::string(kMoreLocalities[(i - kGmLocalities.size()) % kMoreLocalities.size()]);
}

// --- Shapes of support, in whole days ---------------------------------------

const QuantileTable& TwelveWeekDays() {
  static const QuantileTable t =
      *QuantileTable::Make({{0, 56}, {0.25, 77}, {0.5, 84}, {0.75, 91}, {1, 120}});
  return t;
}
const QuantileTable& OpenEndedDays() {
  static const QuantileTable t =
      *QuantileTable::Make({{0, 30}, {0.25, 80}, {0.5, 140}, {0.75, 240}, {0.95, 420}, {1, 730}});
  return t;
}
const QuantileTable& UnplannedDays() {
  static const QuantileTable t = *QuantileTable::Make({{0, 14}, {0.5, 42}, {0.9, 80}, {1, 120}});
  return t;
}
const QuantileTable& DaysBetweenContacts() {
  static const QuantileTable t =
      *QuantileTable::Make({{0, 2}, {0.25, 4}, {0.5, 5.5}, {0.75, 7.5}, {0.95, 12}, {1, 21}});
  return t;
}
const QuantileTable& ReqolBaseline() {
  static const QuantileTable t = *QuantileTable::Make(
      {{0, 3}, {0.1, 10}, {0.25, 14}, {0.5, 18}, {0.75, 23}, {0.9, 28}, {1, 36}});
  return t;
}
const QuantileTable& ReqolGain() {  // when it improves reliably
  static const QuantileTable t = *QuantileTable::Make({{0, 5}, {0.5, 9}, {0.9, 14}, {1, 20}});
  return t;
}
const QuantileTable& ReqolOtherChange() {  // when it does not
  static const QuantileTable t =
      *QuantileTable::Make({{0, -12}, {0.08, -5}, {0.12, -4}, {0.5, 1}, {1, 4.49}});
  return t;
}

int Whole(double x) { return static_cast<int>(x < 0 ? x - 0.5 : x + 0.5); }

std::array<std::uint8_t, kReqolItems> ReqolItemsAddingTo(SynthStream& stream, int total) {
  std::array<std::uint8_t, kReqolItems> items{};
  items.fill(static_cast<std::uint8_t>(total / kReqolItems));
  int rest = total % kReqolItems;
  while (rest > 0) {
    auto& item = items[stream.Below(kReqolItems)];
    if (item < 4) {
      ++item;
      --rest;
    }
  }
  for (int k = 0; k < 4; ++k) {  // move a point from one item to another
    auto& from = items[stream.Below(kReqolItems)];
    auto& to = items[stream.Below(kReqolItems)];
    if (&from != &to && from > 0 && to < 4) {
      --from;
      ++to;
    }
  }
  return items;
}

}  // namespace lw::synth

#include "domain/measures/disclosure.h"

#include <cmath>

#include "base/check.h"

namespace lw {
namespace {

constexpr std::int64_t kMhsdsThreshold = 5;  // under this: "*"
constexpr std::int64_t kHesThreshold = 8;    // 1 to 7: "*"
constexpr std::int64_t kRoundTo = 5;

// ROUND(x/5)*5 for x >= 0: halves cannot occur for whole numbers.
std::int64_t NearestFive(std::int64_t x) { return (x + kRoundTo / 2) / kRoundTo * kRoundTo; }

}  // namespace

std::string_view DisclosureRuleKey(DisclosureRule rule) {
  switch (rule) {
    case DisclosureRule::kNone:
      return "none";
    case DisclosureRule::kMhsds:
      return "mhsds";
    case DisclosureRule::kHesStyle:
      return "hes-style";
  }
  return "none";
}

std::optional<DisclosureRule> ParseDisclosureRule(std::string_view key) {
  for (DisclosureRule r :
       {DisclosureRule::kNone, DisclosureRule::kMhsds, DisclosureRule::kHesStyle}) {
    if (DisclosureRuleKey(r) == key) return r;
  }
  return std::nullopt;
}

std::optional<std::int64_t> DiscloseCount(std::int64_t count, DisclosureRule rule) {
  LW_CHECK(count >= 0);
  switch (rule) {
    case DisclosureRule::kNone:
      return count;
    case DisclosureRule::kMhsds:
      if (count < kMhsdsThreshold) return std::nullopt;
      return NearestFive(count);
    case DisclosureRule::kHesStyle:
      if (count == 0) return 0;
      if (count < kHesThreshold) return std::nullopt;
      return NearestFive(count);
  }
  return std::nullopt;
}

std::optional<std::int64_t> DisclosePercent(std::int64_t numerator, std::int64_t denominator,
                                            DisclosureRule rule) {
  LW_CHECK(numerator >= 0 && denominator >= 0);
  if (denominator == 0) return std::nullopt;
  auto percent = [](double n, double d) {
    return static_cast<std::int64_t>(std::llround(100.0 * n / d));
  };
  switch (rule) {
    case DisclosureRule::kNone:
      return percent(static_cast<double>(numerator), static_cast<double>(denominator));
    case DisclosureRule::kMhsds:
      if (numerator < kMhsdsThreshold || denominator < kMhsdsThreshold) return std::nullopt;
      return percent(static_cast<double>(numerator), static_cast<double>(denominator));
    case DisclosureRule::kHesStyle: {
      // Section 9: percentages from the rounded numerator and denominator.
      auto n = DiscloseCount(numerator, rule);
      auto d = DiscloseCount(denominator, rule);
      if (!n || !d || *d == 0) return std::nullopt;
      return percent(static_cast<double>(*n), static_cast<double>(*d));
    }
  }
  return std::nullopt;
}

std::string DisclosedText(std::optional<std::int64_t> value) {
  return value ? std::to_string(*value) : std::string("*");
}

}  // namespace lw

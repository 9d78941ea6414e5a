#include "domain/outcomes/points.h"

#include <cmath>
#include <cstdlib>

#include "base/check.h"

namespace lw {
namespace {

// n / d rounded to the nearest whole number, halves away from zero; d > 0.
std::int64_t DivideHalfUp(std::int64_t n, std::int64_t d) {
  const std::int64_t magnitude = (2 * std::llabs(n) + d) / (2 * d);
  return n < 0 ? -magnitude : magnitude;
}

constexpr std::int64_t kStep[] = {100, 10, 1};  // hundredths per unit of the last decimal

}  // namespace

Points RoundedQuotient(std::int64_t numerator, std::int64_t denominator, int decimals) {
  LW_CHECK(denominator > 0);
  LW_CHECK(decimals >= 0 && decimals <= 2);
  const std::int64_t step = kStep[decimals];
  const std::int64_t units = DivideHalfUp(numerator * 100, denominator * step);
  return Points{static_cast<std::int32_t>(units * step)};
}

Points RoundTo(Points p, int decimals) { return RoundedQuotient(p.hundredths, 100, decimals); }

std::string Points::ToString() const {
  int decimals = 2;
  if (hundredths % 100 == 0) {
    decimals = 0;
  } else if (hundredths % 10 == 0) {
    decimals = 1;
  }
  return ToString(decimals);
}

std::string Points::ToString(int decimals) const {
  LW_CHECK(decimals >= 0 && decimals <= 2);
  const std::int64_t rounded = RoundTo(*this, decimals).hundredths;
  const std::int64_t magnitude = std::llabs(rounded);
  std::string out = rounded < 0 ? "-" : "";
  out += std::to_string(magnitude / 100);
  if (decimals > 0) {
    const std::int64_t fraction = magnitude % 100;
    out += '.';
    out += static_cast<char>('0' + fraction / 10);
    if (decimals == 2) out += static_cast<char>('0' + fraction % 10);
  }
  return out;
}

std::optional<Points> PointsFromDouble(double value) {
  if (!std::isfinite(value) || std::fabs(value) > 1'000'000.0) return std::nullopt;
  const double scaled = value * 100.0;
  const double nearest = std::round(scaled);
  if (std::fabs(scaled - nearest) > 1e-6) return std::nullopt;
  return Points{static_cast<std::int32_t>(nearest)};
}

int WholePercent(std::int64_t numerator, std::int64_t denominator) {
  LW_CHECK(denominator > 0);
  return static_cast<int>(DivideHalfUp(numerator * 100, denominator));
}

}  // namespace lw

// Points: a questionnaire score, or a change in one, held exactly as a
// whole number of hundredths of a point.
//
// Why not double: the outcome rules compare scores with thresholds at their
// boundaries ("reliable improvement when the change is at least 5";
// SWEMWBS metric changes against 2.87), and the SWEMWBS metric table and a
// prorated CORE-10 score (10 x 16 / 9 = 17.78) are given to two decimal
// places (measures.md sections 3.1 and 4.3). In hundredths every one of
// those values and every difference of them is exact, so 18.59 - 15.84 is
// 2.75 and never 2.7499999.
//
// Rounding ("half up") is Spark SQL's HALF_UP, as measures.md section 7
// asks for: to the nearest, and a half away from zero (2.5 -> 3, -2.5 -> -3).
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>

namespace lw {

struct Points {
  std::int32_t hundredths = 0;

  static constexpr Points Whole(std::int32_t points) { return Points{points * 100}; }
  static constexpr Points Hundredths(std::int32_t hundredths) { return Points{hundredths}; }

  constexpr bool IsWhole() const { return hundredths % 100 == 0; }
  double ToDouble() const { return hundredths / 100.0; }
  // "25", "17.78", "-0.81", "2.5": no trailing zeros.
  std::string ToString() const;
  // Exactly `decimals` (0 to 2) places, rounded half up: "7.00", "19.25".
  std::string ToString(int decimals) const;

  constexpr Points operator-(Points other) const { return Points{hundredths - other.hundredths}; }
  constexpr Points operator+(Points other) const { return Points{hundredths + other.hundredths}; }
  constexpr auto operator<=>(const Points&) const = default;
};

// The absolute value.
constexpr Points Abs(Points p) { return Points{p.hundredths < 0 ? -p.hundredths : p.hundredths}; }

// numerator / denominator points, rounded half up to `decimals` places
// (0, 1 or 2). `denominator` must be positive and `decimals` in 0..2
// (LW_CHECK: callers pass validated definitions); the quotient must fit.
Points RoundedQuotient(std::int64_t numerator, std::int64_t denominator, int decimals);

// `p` rounded half up to `decimals` places (0, 1 or 2).
Points RoundTo(Points p, int decimals);

// A number read from a file as points, or nullopt when it has more than
// two decimal places or is beyond +-1,000,000 (no score is near that).
std::optional<Points> PointsFromDouble(double value);

// numerator / denominator as a whole percent, rounded half up
// (measures.md section 7: 190/318 -> 60, 189/318 -> 59). `denominator`
// must be positive (LW_CHECK) and `numerator` not negative.
int WholePercent(std::int64_t numerator, std::int64_t denominator);

}  // namespace lw

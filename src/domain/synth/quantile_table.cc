#include "domain/synth/quantile_table.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>

namespace lw::synth {

Result<QuantileTable> QuantileTable::Make(std::vector<QuantilePoint> points) {
  auto bad = [](std::string why) { return Fail(ErrorCode::kInvalidArgument, std::move(why)); };
  if (points.size() < 2) return bad("a quantile table needs at least two points");
  for (std::size_t i = 0; i < points.size(); ++i) {
    const QuantilePoint& q = points[i];
    const std::string at = "point " + std::to_string(i + 1);
    if (!std::isfinite(q.p) || !std::isfinite(q.value)) return bad(at + " is not a number");
    if (i == 0) continue;
    if (!(q.p > points[i - 1].p)) return bad(at + ": p must rise from one point to the next");
    if (q.value < points[i - 1].value) return bad(at + ": a value may not fall");
  }
  if (points.front().p != 0) return bad("the first point's p must be 0");
  if (points.back().p != 1) return bad("the last point's p must be 1");
  return QuantileTable(std::move(points));
}

double QuantileTable::At(double u) const {
  if (!(u > 0)) return points_.front().value;
  if (u >= 1) return points_.back().value;
  // The first point above u; u lies between it and the one before.
  const auto above = std::ranges::upper_bound(points_, u, {}, &QuantilePoint::p);
  const QuantilePoint& hi = *above;
  const QuantilePoint& lo = *(above - 1);
  return lo.value + (hi.value - lo.value) * ((u - lo.p) / (hi.p - lo.p));
}

}  // namespace lw::synth

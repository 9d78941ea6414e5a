// QuantileTable: a distribution given by its quantiles, for the generator's
// flows (issue 8): "a quarter wait 7 days or less, half 14, three quarters
// 24, one in ten more than 38". A table is what a commissioner can read and
// a locality can change in configuration, it pins the published figure (the
// median) exactly, and sampling it needs nothing but arithmetic, so it is
// the same on every machine (stream.h).
//
// Points (p, value): p rises strictly from 0 to 1 and values never fall.
// Between two points the value is linear in p (inverse transform sampling
// of a piecewise-linear CDF).
//
// Thread-safety: an immutable value after Make.
#pragma once

#include <vector>

#include "base/error.h"
#include "domain/synth/stream.h"

namespace lw::synth {

struct QuantilePoint {
  double p = 0;
  double value = 0;
  bool operator==(const QuantilePoint&) const = default;
};

class QuantileTable {
 public:
  // kInvalidArgument, saying what is wrong, for: fewer than two points; a
  // p or value that is not finite; a first p other than 0 or a last other
  // than 1; p not rising strictly; a value lower than the one before.
  static Result<QuantileTable> Make(std::vector<QuantilePoint> points);

  // The value at cumulative probability u (clamped to [0, 1]).
  double At(double u) const;
  double Median() const { return At(0.5); }
  double Sample(SynthStream& stream) const { return At(stream.Uniform()); }

  const std::vector<QuantilePoint>& points() const { return points_; }

 private:
  explicit QuantileTable(std::vector<QuantilePoint> points) : points_(std::move(points)) {}
  std::vector<QuantilePoint> points_;
};

}  // namespace lw::synth

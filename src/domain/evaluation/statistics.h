// The statistics the measures report, by the rules of docs/measures.md
// section 7: medians and percentiles of whole days, interpolated linearly
// between order statistics (Spark's PERCENTILE, as NHS Digital's MHS125
// uses), exact in hundredths of a day; shares in whole percent rounded half
// up (Spark's ROUND, never banker's rounding).
//
// The generator's books (domain/synth/truth.h) apply the same rules in code
// of their own on purpose: the truth must not come from the evaluation.
//
// Thread-safety: plain values.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace lw::evaluation {

// Whole days, counted by value: adding is O(1), a percentile O(largest day).
class DayHistogram {
 public:
  void Add(std::int32_t days);  // days >= 0 (LW_CHECK)
  void Merge(const DayHistogram& other);
  std::int64_t count() const { return count_; }
  // The `percent` (0..100) percentile in hundredths of a day (1450 is 14.5
  // days): the value at position (n - 1) * percent / 100 of the sorted
  // days, interpolated between its neighbours; nothing when empty.
  std::optional<std::int64_t> PercentileHundredths(int percent) const;

 private:
  std::int64_t NthSmallest(std::int64_t k) const;  // 0-based
  std::vector<std::int64_t> counts_;               // counts_[d]: how many took d days
  std::int64_t count_ = 0;
};

struct Share {
  std::int64_t numerator = 0;
  std::int64_t denominator = 0;
  // Whole percent, rounded half up; nothing when the denominator is 0.
  std::optional<std::int64_t> RoundedPercent() const;
  void Merge(const Share& other) {
    numerator += other.numerator;
    denominator += other.denominator;
  }
};

}  // namespace lw::evaluation

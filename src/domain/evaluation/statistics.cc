#include "domain/evaluation/statistics.h"

#include <cstddef>

#include "base/check.h"

namespace lw::evaluation {

void DayHistogram::Add(std::int32_t days) {
  LW_CHECK(days >= 0);
  const auto d = static_cast<std::size_t>(days);
  if (counts_.size() <= d) counts_.resize(d + 1, 0);
  ++counts_[d];
  ++count_;
}

void DayHistogram::Merge(const DayHistogram& other) {
  if (counts_.size() < other.counts_.size()) counts_.resize(other.counts_.size(), 0);
  for (std::size_t d = 0; d < other.counts_.size(); ++d) counts_[d] += other.counts_[d];
  count_ += other.count_;
}

std::int64_t DayHistogram::NthSmallest(std::int64_t k) const {
  std::int64_t seen = 0;
  for (std::size_t d = 0; d < counts_.size(); ++d) {
    seen += counts_[d];
    if (seen > k) return static_cast<std::int64_t>(d);
  }
  LW_CHECK(false);  // k < count_
  return 0;
}

std::optional<std::int64_t> DayHistogram::PercentileHundredths(int percent) const {
  LW_CHECK(percent >= 0 && percent <= 100);
  if (count_ == 0) return std::nullopt;
  // Position (n - 1) * percent / 100, in hundredths: whole part and fraction.
  const std::int64_t position = (count_ - 1) * percent;
  const std::int64_t lower = position / 100;
  const std::int64_t fraction = position % 100;
  const std::int64_t low = NthSmallest(lower);
  if (fraction == 0) return low * 100;
  const std::int64_t high = NthSmallest(lower + 1);
  return low * 100 + fraction * (high - low);
}

std::optional<std::int64_t> Share::RoundedPercent() const {
  if (denominator <= 0) return std::nullopt;
  // Half up: floor((200 * n + d) / (2 * d)) for n, d >= 0.
  return (200 * numerator + denominator) / (2 * denominator);
}

}  // namespace lw::evaluation

#include "domain/synth/truth.h"

#include <algorithm>
#include <cstddef>

#include "base/check.h"

namespace lw::synth {

void DayCounts::Add(int days) {
  LW_CHECK(days >= 0);
  const auto at = static_cast<std::size_t>(days);
  if (counts_.size() <= at) counts_.resize(at + 1, 0);
  ++counts_[at];
  ++count_;
}

void DayCounts::Merge(const DayCounts& other) {
  if (counts_.size() < other.counts_.size()) counts_.resize(other.counts_.size(), 0);
  for (std::size_t i = 0; i < other.counts_.size(); ++i) counts_[i] += other.counts_[i];
  count_ += other.count_;
}

int DayCounts::NthSmallest(long long k) const {
  long long seen = 0;
  for (std::size_t day = 0; day < counts_.size(); ++day) {
    seen += counts_[day];
    if (seen > k) return static_cast<int>(day);
  }
  LW_CHECK(false);
  return 0;
}

std::optional<long long> DayCounts::PercentileHundredths(int percent) const {
  LW_CHECK(percent >= 0 && percent <= 100);
  if (count_ == 0) return std::nullopt;
  // Position (n - 1) * percent / 100 = lower + rest / 100.
  const long long scaled = (count_ - 1) * percent;
  const long long lower = scaled / 100;
  const long long rest = scaled % 100;
  const long long a = NthSmallest(lower);
  const long long b = rest == 0 ? a : NthSmallest(lower + 1);
  return a * 100 + rest * (b - a);
}

std::optional<long long> Share::RoundedPercent() const {
  if (denominator <= 0) return std::nullopt;
  // Half up: floor((200 n + d) / 2d).
  return (200 * numerator + denominator) / (2 * denominator);
}

void LocalityTruth::Merge(const LocalityTruth& o) {
  people += o.people;
  introductions += o.introductions;
  introductions_returning += o.introductions_returning;
  for (std::size_t i = 0; i < introductions_by_source.size(); ++i) {
    introductions_by_source[i] += o.introductions_by_source[i];
  }
  if (introductions_by_month.size() < o.introductions_by_month.size()) {
    introductions_by_month.resize(o.introductions_by_month.size(), 0);
  }
  for (std::size_t i = 0; i < o.introductions_by_month.size(); ++i) {
    introductions_by_month[i] += o.introductions_by_month[i];
  }
  introductions_accepted += o.introductions_accepted;
  for (std::size_t i = 0; i < introductions_by_ending.size(); ++i) {
    introductions_by_ending[i] += o.introductions_by_ending[i];
  }
  days_to_conversation.Merge(o.days_to_conversation);
  if (days_to_conversation_by_month.size() < o.days_to_conversation_by_month.size()) {
    days_to_conversation_by_month.resize(o.days_to_conversation_by_month.size());
  }
  for (std::size_t i = 0; i < o.days_to_conversation_by_month.size(); ++i) {
    days_to_conversation_by_month[i].Merge(o.days_to_conversation_by_month[i]);
  }
  waiting_at_end += o.waiting_at_end;
  days_waiting_at_end.Merge(o.days_waiting_at_end);
  episodes += o.episodes;
  episodes_open_at_end += o.episodes_open_at_end;
  episodes_ended += o.episodes_ended;
  planned_exits += o.planned_exits;
  contacts += o.contacts;
  contacts_attended += o.contacts_attended;
  contacts_qualifying += o.contacts_qualifying;
  two_contacts_people += o.two_contacts_people;
  keyworkers += o.keyworkers;
  reqol_responses += o.reqol_responses;
  reqol_pairs += o.reqol_pairs;
  reqol_improved += o.reqol_improved;
  reqol_deteriorated += o.reqol_deteriorated;
  reqol_clinical_at_baseline += o.reqol_clinical_at_baseline;
  reqol_recovered += o.reqol_recovered;
  goal_episodes += o.goal_episodes;
  goal_one_any += o.goal_one_any;
  goal_two_any += o.goal_two_any;
  goal_one_reliable += o.goal_one_reliable;
  goal_two_reliable += o.goal_two_reliable;
  wheel_check_ins += o.wheel_check_ins;
  warm_made += o.warm_made;
  warm_landed += o.warm_landed;
  warm_not_landed += o.warm_not_landed;
  warm_days_to_land.Merge(o.warm_days_to_land);
  experience_responses += o.experience_responses;
  felt_listened_to += o.felt_listened_to;
  less_lonely += o.less_lonely;
  more_involved += o.more_involved;
  people_with_sex += o.people_with_sex;
  people_with_ethnicity += o.people_with_ethnicity;
  people_with_disability += o.people_with_disability;
  people_with_deprivation += o.people_with_deprivation;
  neighbourhoods += o.neighbourhoods;
  neighbourhoods_meeting_minimum += o.neighbourhoods_meeting_minimum;
  staff += o.staff;
  directory_services += o.directory_services;
}

LocalityTruth SystemTruth::Total() const {
  LocalityTruth total;
  total.name = "all";
  for (const LocalityTruth& l : localities) total.Merge(l);
  return total;
}

}  // namespace lw::synth

// The generator's own books (issue 8, point 6): what it made, counted as it
// made it, so that an evaluation of the generated records can be checked
// against figures that did not come from the evaluation's code.
//
// Each figure is defined in docs/synthetic-data.md ("Truth files") in the
// words of measures.md; in short:
//  - Days to the initial conversation: from the introduction received to
//    the conversation held, whole days, for introductions whose
//    conversation was held by the window's last day; by month received.
//    Medians and 90th percentiles interpolate linearly between order
//    statistics (measures.md section 7, Spark PERCENTILE), exact in
//    hundredths of a day.
//  - ReQoL-10 pairs: episodes with two or more responses, first against
//    latest: improved d >= +5, deteriorated d <= -5, recovered baseline < 25
//    and latest >= 25 and improved (measures.md 2.2).
//  - Goals: episodes with at least one goal rated twice; progress per goal
//    first against latest rating, "any" d > 0, "reliable" d >= 3 (5.1).
//  - Two or more contacts (MHS108, domain/measures/two_contacts.h): people
//    with two qualifying contacts (attended; face to face, phone or video)
//    in one episode within the twelve calendar months ending with the
//    window's last day, aged 18 or over when introduced.
//
// Thread-safety: plain values.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/frontdoor/vocabulary.h"

namespace lw::synth {

// Whole days as a histogram, for exact medians and percentiles.
class DayCounts {
 public:
  void Add(int days);  // days >= 0 (LW_CHECK)
  void Merge(const DayCounts& other);
  long long count() const { return count_; }
  // The `percent` (0..100) percentile, linearly interpolated between the
  // order statistics at position (n - 1) * percent / 100, in hundredths of
  // a day (1400 = 14 days, 1450 = 14.5); nothing when empty.
  std::optional<long long> PercentileHundredths(int percent) const;

 private:
  // The k-th smallest (0-based) value.
  int NthSmallest(long long k) const;
  std::vector<long long> counts_;
  long long count_ = 0;
};

// numerator of denominator, and the share in whole percent rounded half up
// (measures.md section 7); nothing when the denominator is 0.
struct Share {
  long long numerator = 0;
  long long denominator = 0;
  std::optional<long long> RoundedPercent() const;
};

struct LocalityTruth {
  std::string name;
  long long people = 0;  // distinct people introduced
  long long introductions = 0;
  long long introductions_returning = 0;
  std::array<long long, kAllIntroductionSources.size()> introductions_by_source{};
  std::vector<long long> introductions_by_month;  // month 0: the window's first
  long long introductions_accepted = 0;           // all: no introduction is refused
  std::array<long long, kAllEndings.size()> introductions_by_ending{};
  DayCounts days_to_conversation;
  std::vector<DayCounts> days_to_conversation_by_month;  // by month received
  long long waiting_at_end = 0;                          // no conversation yet at the window's end
  DayCounts days_waiting_at_end;
  long long episodes = 0;
  long long episodes_open_at_end = 0;
  long long episodes_ended = 0;
  long long planned_exits = 0;
  long long contacts = 0;
  long long contacts_attended = 0;
  long long contacts_qualifying = 0;  // attended; face to face, phone or video
  long long two_contacts_people = 0;
  long long keyworkers = 0;
  long long reqol_responses = 0;
  long long reqol_pairs = 0;
  long long reqol_improved = 0;
  long long reqol_deteriorated = 0;
  long long reqol_clinical_at_baseline = 0;
  long long reqol_recovered = 0;
  long long goal_episodes = 0;  // with at least one goal rated twice
  long long goal_one_any = 0;
  long long goal_two_any = 0;
  long long goal_one_reliable = 0;
  long long goal_two_reliable = 0;
  long long wheel_check_ins = 0;
  long long warm_made = 0;
  long long warm_landed = 0;
  long long warm_not_landed = 0;
  DayCounts warm_days_to_land;
  long long experience_responses = 0;
  long long felt_listened_to = 0;
  long long less_lonely = 0;
  long long more_involved = 0;
  long long people_with_sex = 0;
  long long people_with_ethnicity = 0;
  long long people_with_disability = 0;
  long long people_with_deprivation = 0;
  long long neighbourhoods = 0;
  long long neighbourhoods_meeting_minimum = 0;
  long long staff = 0;
  long long directory_services = 0;

  // Adds every count of `other` (months aligned); the name is kept.
  void Merge(const LocalityTruth& other);
};

struct SystemTruth {
  std::vector<LocalityTruth> localities;
  // Every locality's counts added together, named "all".
  LocalityTruth Total() const;
};

}  // namespace lw::synth

// The flows of a synthetic Living Well system (issue 8, point 2): how many
// introductions arrive, from where, in which season, how long they wait,
// how they end, and the shares the published evaluations report, as
// settings a locality can read and change. DefaultFlows() gives the
// figures of the sources (product.md, "The systems in the sources"); each
// member says where its default comes from.
//
// Weights are relative (they need not sum to 1); shares are in [0, 1].
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <array>

#include "base/error.h"
#include "domain/frontdoor/vocabulary.h"
#include "domain/synth/quantile_table.h"
#include "domain/synth/stream.h"

namespace lw::synth {

struct FlowSettings {
  // Introductions a locality receives in a year, before the season.
  double introductions_per_year = 2'000;
  // By source, in the order of kAllIntroductionSources. Tameside & Glossop:
  // self-referral by phone and GP referral the main routes, then health,
  // social care and charities; coming back is the returning share below.
  std::array<double, kAllIntroductionSources.size()> source_weights = {
      // self, carer/family, GP, other NHS, council, voluntary partner, police,
      // walk-in, phone, coming back (drawn through returning_share instead)
      18, 6, 34, 10, 6, 8, 2, 4, 12, 0};
  // The month's rate against the year's average, January first: fewer in
  // August and late December, more in January and the autumn.
  std::array<double, 12> season = {1.15, 1.05, 1.05, 0.95, 1.0,  0.95,
                                   0.9,  0.8,  1.05, 1.1,  1.05, 0.95};
  // Share of introductions from someone supported before ("re-access
  // without re-assessment").
  double returning_share = 0.18;
  // Days from introduction received to initial conversation held: median 14
  // (Tameside & Glossop; Salford), most within a month, a long tail.
  QuantileTable days_to_conversation = *QuantileTable::Make(
      {{0, 0}, {0.1, 3}, {0.25, 7}, {0.5, 14}, {0.75, 24}, {0.9, 38}, {0.97, 60}, {1, 120}});
  // How introductions end, in the order of kAllEndings: mostly Living Well
  // support, some warm introductions elsewhere, some information and advice,
  // a few who chose not to go ahead or could not be reached; never a
  // rejection (Tameside & Glossop: all but one of 1,830 accepted).
  std::array<double, kAllEndings.size()> ending_weights = {70, 12, 8, 5, 5};
  // Of people with a first and a last ReQoL, the share with a reliable and
  // clinically significant improvement (Tameside & Glossop: 58% of 385).
  double reqol_reliable_improvement_share = 0.58;
  // Of people with goals, progress towards at least one and at least two
  // (Salford: 83% and 74%).
  double goal_progress_one_share = 0.83;
  double goal_progress_two_share = 0.74;
  // Of episodes ended, the share with a planned exit (Edinburgh: 60% of 318).
  double planned_exit_share = 0.60;
  // Share of people whose ethnicity is not recorded (002_ reports it often
  // missing).
  double ethnicity_missing_share = 0.35;
  // And the other equality fields: sex is nearly always recorded,
  // disability and deprivation (from the postcode) less often.
  double sex_missing_share = 0.04;
  double disability_missing_share = 0.25;
  double deprivation_missing_share = 0.10;
  // Of warm introductions, the share that land (the person meets the
  // service), and the whole days that takes.
  double warm_landing_share = 0.72;
  QuantileTable days_to_land =
      *QuantileTable::Make({{0, 1}, {0.25, 5}, {0.5, 10}, {0.75, 18}, {0.9, 30}, {1, 60}});
  // The end-of-support survey: the share who answer it, and of them those
  // who felt listened to (Tameside & Glossop: 95%), feel less lonely (51%)
  // and are more involved in community and leisure (48%).
  double experience_response_share = 0.55;
  double felt_listened_to_share = 0.95;
  double less_lonely_share = 0.51;
  double more_involved_share = 0.48;
  // Of neighbourhoods, the share whose team falls short of the GM minimum
  // staffing in one respect (most meet it, a few do not).
  double neighbourhood_short_staffed_share = 0.15;
};

FlowSettings DefaultFlows();

// kInvalidArgument naming the first bad member: a rate not above 0, a
// negative weight, weights all 0, a season not above 0, a share outside
// [0, 1], or goal progress on two goals above that on one.
Status ValidateFlows(const FlowSettings& flows);

// A fresh introduction's source: coming back with returning_share, else
// from source_weights.
IntroductionSource DrawSource(const FlowSettings& flows, SynthStream& stream);
// How an introduction ends.
Ending DrawEnding(const FlowSettings& flows, SynthStream& stream);
// Whole days from introduction to initial conversation (rounded to the
// nearest, so the median of the whole days is the table's median).
int DrawDaysToConversation(const FlowSettings& flows, SynthStream& stream);
// Introductions expected on one day of `month` (1..12): the year's rate
// spread over 365 days, times the month's season.
double DailyRate(const FlowSettings& flows, int month);

}  // namespace lw::synth

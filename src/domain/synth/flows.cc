#include "domain/synth/flows.h"

#include <cmath>
#include <string>

namespace lw::synth {
namespace {

Status Bad(const std::string& member, const std::string& why) {
  return Fail(ErrorCode::kInvalidArgument, member + " " + why);
}

template <std::size_t N>
Status Weights(const std::array<double, N>& w, const std::string& member) {
  double total = 0;
  for (double x : w) {
    if (!(x >= 0)) return Bad(member, "must be weights of 0 or more");
    total += x;
  }
  if (!(total > 0)) return Bad(member, "must have a weight above 0");
  return Ok();
}

Status Share(double x, const std::string& member) {
  if (!(x >= 0 && x <= 1)) return Bad(member, "must be a share from 0 to 1");
  return Ok();
}

}  // namespace

FlowSettings DefaultFlows() { return FlowSettings{}; }

Status ValidateFlows(const FlowSettings& f) {
  if (!(f.introductions_per_year > 0)) return Bad("introductions_per_year", "must be above 0");
  if (auto s = Weights(f.source_weights, "source_weights"); !s) return s;
  if (auto s = Weights(f.ending_weights, "ending_weights"); !s) return s;
  for (double m : f.season) {
    if (!(m > 0)) return Bad("season", "must be above 0 for every month");
  }
  for (auto [x, member] :
       {std::pair{f.returning_share, "returning_share"},
        std::pair{f.reqol_reliable_improvement_share, "reqol_reliable_improvement_share"},
        std::pair{f.goal_progress_one_share, "goal_progress_one_share"},
        std::pair{f.goal_progress_two_share, "goal_progress_two_share"},
        std::pair{f.planned_exit_share, "planned_exit_share"},
        std::pair{f.ethnicity_missing_share, "ethnicity_missing_share"},
        std::pair{f.sex_missing_share, "sex_missing_share"},
        std::pair{f.disability_missing_share, "disability_missing_share"},
        std::pair{f.deprivation_missing_share, "deprivation_missing_share"},
        std::pair{f.warm_landing_share, "warm_landing_share"},
        std::pair{f.experience_response_share, "experience_response_share"},
        std::pair{f.felt_listened_to_share, "felt_listened_to_share"},
        std::pair{f.less_lonely_share, "less_lonely_share"},
        std::pair{f.more_involved_share, "more_involved_share"},
        std::pair{f.neighbourhood_short_staffed_share, "neighbourhood_short_staffed_share"}}) {
    if (auto s = Share(x, member); !s) return s;
  }
  if (f.days_to_conversation.points().front().value < 0) {
    return Bad("days_to_conversation", "cannot be below 0 days");
  }
  if (f.days_to_land.points().front().value < 0) {
    return Bad("days_to_land", "cannot be below 0 days");
  }
  if (f.goal_progress_two_share > f.goal_progress_one_share) {
    return Bad("goal_progress_two_share", "cannot be above goal_progress_one_share");
  }
  return Ok();
}

IntroductionSource DrawSource(const FlowSettings& flows, SynthStream& stream) {
  if (stream.Chance(flows.returning_share)) return IntroductionSource::kComingBack;
  return kAllIntroductionSources[stream.Weighted(flows.source_weights)];
}

Ending DrawEnding(const FlowSettings& flows, SynthStream& stream) {
  return kAllEndings[stream.Weighted(flows.ending_weights)];
}

int DrawDaysToConversation(const FlowSettings& flows, SynthStream& stream) {
  // lround is exact (no libm approximation), so the same everywhere.
  return static_cast<int>(std::lround(flows.days_to_conversation.Sample(stream)));
}

double DailyRate(const FlowSettings& flows, int month) {
  if (month < 1 || month > 12) return 0;
  return flows.introductions_per_year / 365.0 * flows.season[static_cast<std::size_t>(month - 1)];
}

}  // namespace lw::synth

// truth.json: the generator's truth as JSON (services/synth_files.h).
#include <cmath>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "domain/frontdoor/vocabulary.h"
#include "services/synth_files.h"
#include "services/synth_json.h"

namespace lw {
namespace {

using namespace lw::synth;
using synth_json::Json;

// --- JSON, by hand: integers, fixed-point decimals and plain strings only,
// so it is the same everywhere.

void ShareJson(Json& j, std::string_view key, long long numerator, long long denominator) {
  j.Key(key);
  j.Open('{');
  j.Key("numerator");
  j.Int(numerator);
  j.Key("denominator");
  j.Int(denominator);
  j.Key("percent");
  if (auto p = Share{numerator, denominator}.RoundedPercent()) {
    j.Int(*p);
  } else {
    j.Null();
  }
  j.Close('}');
}

void DaysJson(Json& j, const DayCounts& days) {
  j.Key("count");
  j.Int(days.count());
  j.Key("median");
  j.Hundredths(days.PercentileHundredths(50));
  j.Key("p90");
  j.Hundredths(days.PercentileHundredths(90));
}

std::string MonthKey(Date first, std::size_t index) {
  const int months = first.year() * 12 + first.month() - 1 + static_cast<int>(index);
  std::string out;
  synth_json::AppendLong(out, months / 12);
  out.push_back('-');
  const int m = months % 12 + 1;
  out.push_back(static_cast<char>('0' + m / 10));
  out.push_back(static_cast<char>('0' + m % 10));
  return out;
}

void LocalityJson(Json& j, const SystemSpec& spec, const LocalityTruth& t) {
  j.Open('{');
  j.Key("name");
  j.Str(t.name);
  for (auto [key, value] : std::initializer_list<std::pair<std::string_view, long long>>{
           {"people", t.people},
           {"introductions", t.introductions},
           {"introductions_returning", t.introductions_returning},
           {"waiting_at_end", t.waiting_at_end},
           {"episodes", t.episodes},
           {"episodes_open_at_end", t.episodes_open_at_end},
           {"episodes_ended", t.episodes_ended},
           {"contacts", t.contacts},
           {"contacts_attended", t.contacts_attended},
           {"contacts_qualifying", t.contacts_qualifying},
           {"two_contacts_people", t.two_contacts_people},
           {"keyworkers", t.keyworkers},
           {"staff", t.staff},
           {"reqol_responses", t.reqol_responses},
           {"wheel_check_ins", t.wheel_check_ins},
           {"warm_made", t.warm_made},
           {"warm_not_landed", t.warm_not_landed},
           {"neighbourhoods", t.neighbourhoods},
           {"directory_services", t.directory_services}}) {
    j.Key(key);
    j.Int(value);
  }
  ShareJson(j, "accepted", t.introductions_accepted, t.introductions);
  j.Key("introductions_by_source");
  j.Open('{');
  for (IntroductionSource s : kAllIntroductionSources) {
    j.Key(IntroductionSourceKey(s));
    j.Int(t.introductions_by_source[static_cast<std::size_t>(s)]);
  }
  j.Close('}');
  j.Key("introductions_by_ending");
  j.Open('{');
  for (Ending e : kAllEndings) {
    j.Key(EndingKey(e));
    j.Int(t.introductions_by_ending[static_cast<std::size_t>(e)]);
  }
  j.Close('}');
  j.Key("days_to_conversation");
  j.Open('{');
  DaysJson(j, t.days_to_conversation);
  j.Close('}');
  j.Key("days_waiting_at_end");
  j.Open('{');
  DaysJson(j, t.days_waiting_at_end);
  j.Close('}');
  j.Key("by_month");
  j.Open('[');
  for (std::size_t m = 0; m < t.introductions_by_month.size(); ++m) {
    j.Open('{');
    j.Key("month");
    j.Str(MonthKey(spec.first_day, m));
    j.Key("introductions");
    j.Int(t.introductions_by_month[m]);
    j.Key("days_to_conversation");
    j.Open('{');
    DaysJson(j, t.days_to_conversation_by_month[m]);
    j.Close('}');
    j.Close('}');
  }
  j.Close(']');
  ShareJson(j, "planned_exits", t.planned_exits, t.episodes_ended);
  ShareJson(j, "reqol_reliable_improvement", t.reqol_improved, t.reqol_pairs);
  ShareJson(j, "reqol_reliable_deterioration", t.reqol_deteriorated, t.reqol_pairs);
  ShareJson(j, "reqol_reliable_recovery", t.reqol_recovered, t.reqol_clinical_at_baseline);
  ShareJson(j, "goal_progress_one_any", t.goal_one_any, t.goal_episodes);
  ShareJson(j, "goal_progress_two_any", t.goal_two_any, t.goal_episodes);
  ShareJson(j, "goal_progress_one_reliable", t.goal_one_reliable, t.goal_episodes);
  ShareJson(j, "goal_progress_two_reliable", t.goal_two_reliable, t.goal_episodes);
  ShareJson(j, "warm_landed", t.warm_landed, t.warm_made);
  j.Key("warm_days_to_land");
  j.Open('{');
  DaysJson(j, t.warm_days_to_land);
  j.Close('}');
  ShareJson(j, "felt_listened_to", t.felt_listened_to, t.experience_responses);
  ShareJson(j, "less_lonely", t.less_lonely, t.experience_responses);
  ShareJson(j, "more_involved", t.more_involved, t.experience_responses);
  ShareJson(j, "sex_recorded", t.people_with_sex, t.people);
  ShareJson(j, "ethnicity_recorded", t.people_with_ethnicity, t.people);
  ShareJson(j, "disability_recorded", t.people_with_disability, t.people);
  ShareJson(j, "deprivation_recorded", t.people_with_deprivation, t.people);
  ShareJson(j, "neighbourhoods_meeting_minimum", t.neighbourhoods_meeting_minimum,
            t.neighbourhoods);
  j.Close('}');
}

}  // namespace

std::string TruthJson(const SystemSpec& spec, const SystemTruth& truth) {
  Json j;
  j.Open('{');
  j.Key("scale");
  j.Str(ScaleKey(spec.scale));
  j.Key("seed");
  j.UInt(spec.seed);
  j.Key("first_day");
  j.Str(spec.first_day.ToIso());
  j.Key("last_day");
  j.Str(spec.last_day.ToIso());
  j.Key("definitions");
  j.Str("docs/synthetic-data.md, section Truth files");
  j.Key("aims_percent");
  j.Open('{');
  for (auto [key, share] : std::initializer_list<std::pair<std::string_view, double>>{
           {"reqol_reliable_improvement", spec.flows.reqol_reliable_improvement_share},
           {"goal_progress_one_any", spec.flows.goal_progress_one_share},
           {"goal_progress_two_any", spec.flows.goal_progress_two_share},
           {"planned_exits", spec.flows.planned_exit_share},
           {"ethnicity_missing", spec.flows.ethnicity_missing_share},
           {"felt_listened_to", spec.flows.felt_listened_to_share},
           {"less_lonely", spec.flows.less_lonely_share},
           {"more_involved", spec.flows.more_involved_share},
           {"warm_landed", spec.flows.warm_landing_share}}) {
    j.Key(key);
    j.Hundredths(std::llround(share * 10000));
  }
  j.Close('}');
  j.Key("median_days_to_conversation_aimed");
  j.Hundredths(std::llround(spec.flows.days_to_conversation.Median() * 100));
  j.Key("total");
  LocalityJson(j, spec, truth.Total());
  j.Key("localities");
  j.Open('[');
  for (const LocalityTruth& l : truth.localities) LocalityJson(j, spec, l);
  j.Close(']');
  j.Close('}');
  j.out.push_back('\n');
  return std::move(j.out);
}

}  // namespace lw

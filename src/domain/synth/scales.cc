// The scales and the checks on a specification, declared in system.h.
#include <optional>
#include <string_view>

#include "domain/synth/catalogue.h"
#include "domain/synth/people.h"
#include "domain/synth/system.h"

namespace lw::synth {

std::string_view ScaleKey(Scale scale) {
  switch (scale) {
    case Scale::kDemo:
      return "demo";
    case Scale::kLocality:
      return "locality";
    case Scale::kGm:
      return "gm";
    case Scale::kNational:
      return "national";
  }
  return "demo";
}

std::optional<Scale> ParseScale(std::string_view key) {
  for (Scale s : {Scale::kDemo, Scale::kLocality, Scale::kGm, Scale::kNational}) {
    if (ScaleKey(s) == key) return s;
  }
  return std::nullopt;
}

std::string_view SexKey(Sex sex) { return sex == Sex::kFemale ? "female" : "male"; }

SystemSpec SpecFor(Scale scale, std::uint64_t seed) {
  SystemSpec spec;
  spec.scale = scale;
  spec.seed = seed;
  spec.last_day = *Date::FromYmd(2026, 3, 31);
  switch (scale) {
    case Scale::kDemo:  // ~300 people over two years
      spec.first_day = *Date::FromYmd(2024, 4, 1);
      spec.localities = 1;
      spec.neighbourhoods_per_locality = 3;
      spec.team_per_neighbourhood = false;
      spec.flows.introductions_per_year = 175;
      break;
    case Scale::kLocality:  // ~10,000 introductions over five years
      spec.first_day = *Date::FromYmd(2021, 4, 1);
      spec.localities = 1;
      spec.neighbourhoods_per_locality = 5;
      spec.team_per_neighbourhood = true;
      spec.flows.introductions_per_year = 2'000;
      break;
    case Scale::kGm:  // ten localities, ~100,000 introductions
      spec.first_day = *Date::FromYmd(2021, 4, 1);
      spec.localities = 10;
      spec.neighbourhoods_per_locality = 5;
      spec.team_per_neighbourhood = true;
      spec.flows.introductions_per_year = 2'000;
      break;
    case Scale::kNational:  // forty localities, ~1,000,000 introductions
      spec.first_day = *Date::FromYmd(2021, 4, 1);
      spec.localities = kMaxLocalities;
      spec.neighbourhoods_per_locality = 8;
      spec.team_per_neighbourhood = true;
      spec.flows.introductions_per_year = 5'000;
      break;
  }
  return spec;
}

Status ValidateSpec(const SystemSpec& spec) {
  const int days = Date::DaysBetween(spec.first_day, spec.last_day);
  if (days < 0) return Fail(ErrorCode::kInvalidArgument, "the window ends before it starts");
  if (days > 3660) return Fail(ErrorCode::kInvalidArgument, "the window is longer than 10 years");
  if (spec.last_day.PlusDays(1).day() != 1) {
    return Fail(ErrorCode::kInvalidArgument,
                "the window must end on the last day of a month (the rolling 12 months end "
                "there)");
  }
  if (spec.localities < 1 || spec.localities > kMaxLocalities) {
    return Fail(ErrorCode::kInvalidArgument, "localities must be from 1 to 40");
  }
  if (spec.neighbourhoods_per_locality < 1 ||
      spec.neighbourhoods_per_locality > static_cast<int>(kQuarters.size())) {
    return Fail(ErrorCode::kInvalidArgument, "neighbourhoods_per_locality must be from 1 to 10");
  }
  if (spec.directory_services_per_locality < 300 ||
      spec.directory_services_per_locality > 100'000) {
    return Fail(ErrorCode::kInvalidArgument,
                "directory_services_per_locality must be from 300 to 100,000");
  }
  if (auto s = ValidateFlows(spec.flows); !s) return s;
  // Each locality has kNhsBodiesPerLocality NHS numbers for its people:
  // the new people expected (with a margin for chance) must fit.
  const double new_people =
      spec.flows.introductions_per_year * (days + 1) / 365.0 * (1 - spec.flows.returning_share);
  if (new_people > 0.9 * kNhsBodiesPerLocality) {
    return Fail(ErrorCode::kInvalidArgument,
                "too many new people for one locality: at most about 22,500 over the window "
                "(fewer introductions a year, a shorter window, or more people coming back)");
  }
  return ValidatePeopleSettings(spec.people);
}

}  // namespace lw::synth

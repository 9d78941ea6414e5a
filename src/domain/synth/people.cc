#include "domain/synth/people.h"

#include <algorithm>
#include <string>

#include "base/check.h"
#include "domain/synth/fictional.h"
#include "domain/synth/stream.h"

namespace lw::synth {

Status ValidatePeopleSettings(const PeopleSettings& s) {
  if (!(s.nhs_number_share >= 0 && s.nhs_number_share <= 1)) {
    return Fail(ErrorCode::kInvalidArgument, "nhs_number_share must be a share from 0 to 1");
  }
  const auto& points = s.age_years.points();
  if (points.front().value < 16 || points.back().value > 110) {
    return Fail(ErrorCode::kInvalidArgument, "age_years must stay between 16 and 110");
  }
  return Ok();
}

Person GeneratePerson(std::uint64_t seed, int locality, std::uint32_t index, Date on,
                      const PeopleSettings& settings) {
  LW_CHECK(locality >= 0 && locality < kMaxLocalities);
  LW_CHECK(index < kNhsBodiesPerLocality);
  SynthStream stream(seed,
                     "locality/" + std::to_string(locality) + "/person/" + std::to_string(index));
  Person p;
  FictionalName name = DrawName(stream);
  p.given_name = std::move(name.given);
  p.family_name = std::move(name.family);
  // Age in whole days: the table's years, as days, before `on`.
  const double age_years = settings.age_years.Sample(stream);
  // One day more than the whole days, so that whole years are completed:
  // 18 years is 6,574 or 6,575 days, depending on the leap years.
  const auto age_days = static_cast<long long>(age_years * 365.25) + 1;
  p.date_of_birth = Date::FromDayNumber(on.DayNumber() - age_days);
  // Raised so that, with one body in eleven having no number, the share
  // recorded is nhs_number_share.
  const double chance = std::min(1.0, settings.nhs_number_share * 11.0 / 10.0);
  if (stream.Chance(chance)) {
    const std::uint32_t body = static_cast<std::uint32_t>(locality) * kNhsBodiesPerLocality + index;
    if (auto n = TestNhsNumber(body)) p.nhs_number = std::move(*n);
  }
  return p;
}

}  // namespace lw::synth

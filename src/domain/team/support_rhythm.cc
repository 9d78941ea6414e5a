#include "domain/team/support_rhythm.h"

#include <string>
#include <vector>

namespace lw {
namespace {

void CheckRange(const std::optional<int>& value, const char* field, const std::string& message,
                int min, int max, std::vector<FieldError>& errors) {
  if (value && (*value < min || *value > max)) errors.push_back({field, message});
}

}  // namespace

Status ValidateSupportRhythm(const SupportRhythm& r) {
  const std::string weeks =
      std::to_string(kMinRhythmWeeks) + " to " + std::to_string(kMaxRhythmWeeks) + " weeks";
  std::vector<FieldError> errors;
  CheckRange(r.review_every_weeks, "review_every_weeks", "Reviews must be every " + weeks,
             kMinRhythmWeeks, kMaxRhythmWeeks, errors);
  CheckRange(r.time_limit_weeks, "time_limit_weeks", "The time limit must be " + weeks,
             kMinRhythmWeeks, kMaxRhythmWeeks, errors);
  CheckRange(r.session_guide, "session_guide",
             "The session guide must be " + std::to_string(kMinSessionGuide) + " to " +
                 std::to_string(kMaxSessionGuide) + " sessions",
             kMinSessionGuide, kMaxSessionGuide, errors);
  if (errors.empty()) return Ok();
  return Fail(Error::Invalid("There is a problem", std::move(errors)));
}

SupportRhythm TamesideRhythm() { return {.review_every_weeks = 12, .time_limit_weeks = 12}; }

SupportRhythm SalfordRhythm() { return {.review_every_weeks = 12}; }

SupportRhythm EdinburghRhythm() { return {.session_guide = 12}; }

}  // namespace lw

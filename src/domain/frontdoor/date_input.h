// A date typed as three boxes (day, month, year), as the NHS design
// system's date input asks for it, turned into a Date or a message naming
// what is wrong.
//
// Contract: all three empty is "not given" (nullopt, no error). Otherwise
// each part must be given and numeric, the year four digits, and the date
// real ("31 February" is refused). Messages use `label` in sentence case
// ("Date of birth must include a month", "Enter a real date of birth").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "base/dates.h"

namespace lw {

// The date, nullopt when not given, or the message for the person.
using DateInputResult = std::variant<std::optional<Date>, std::string>;

DateInputResult ParseDateInput(std::string_view day, std::string_view month, std::string_view year,
                               std::string_view label);

// A time of day as people type it: "14:30", "14.30", "2:30pm", "2pm",
// "9am", "0930". Returns {hour, minute} in 24-hour time, or the message.
struct TimeOfDay {
  int hour = 0;
  int minute = 0;
};
using TimeInputResult = std::variant<TimeOfDay, std::string>;
TimeInputResult ParseTimeInput(std::string_view text, std::string_view label);

}  // namespace lw

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

}  // namespace lw

// NHS numbers: ten digits, the last a Modulus 11 check digit.
//
// `ParseNhsNumber` accepts the digits with optional single spaces or hyphens
// in the usual 3-3-4 grouping, checks the check digit, and returns the ten
// digits; on failure it returns kInvalidArgument with a message for the
// person typing it. `FormatNhsNumber` gives "943 476 5919".
#pragma once

#include <string>
#include <string_view>

#include "base/error.h"

namespace lw {

Result<std::string> ParseNhsNumber(std::string_view text);
bool NhsCheckDigitValid(std::string_view ten_digits);
std::string FormatNhsNumber(std::string_view ten_digits);

}  // namespace lw

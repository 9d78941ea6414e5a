#include "domain/people/nhs_number.h"

namespace lw {

bool NhsCheckDigitValid(std::string_view d) {
  if (d.size() != 10) return false;
  for (char c : d) {
    if (c < '0' || c > '9') return false;
  }
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (d[static_cast<std::size_t>(i)] - '0') * (10 - i);
  int check = 11 - (sum % 11);
  if (check == 11) check = 0;
  if (check == 10) return false;
  return check == d[9] - '0';
}

Result<std::string> ParseNhsNumber(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
    } else if (c != ' ' && c != '-') {
      return Fail(ErrorCode::kInvalidArgument, "NHS number must contain only numbers");
    }
  }
  if (digits.size() != 10) return Fail(ErrorCode::kInvalidArgument, "NHS number must be 10 digits");
  if (!NhsCheckDigitValid(digits)) {
    return Fail(ErrorCode::kInvalidArgument, "NHS number is not valid: check the digits");
  }
  return digits;
}

std::string FormatNhsNumber(std::string_view d) {
  if (d.size() != 10) return std::string(d);
  return std::string(d.substr(0, 3)) + " " + std::string(d.substr(3, 3)) + " " +
         std::string(d.substr(6));
}

}  // namespace lw

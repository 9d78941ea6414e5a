#include "domain/people/postcode.h"

#include <cctype>

namespace lw {
namespace {

bool IsAlpha(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool OutwardValid(std::string_view o) {
  // A9, A99, A9A, AA9, AA99, AA9A
  if (o.size() < 2 || o.size() > 4 || !IsAlpha(o[0])) return false;
  if (o.size() == 2) return IsDigit(o[1]);
  if (o.size() == 3) {
    return (IsDigit(o[1]) && (IsDigit(o[2]) || IsAlpha(o[2]))) || (IsAlpha(o[1]) && IsDigit(o[2]));
  }
  return IsAlpha(o[1]) && IsDigit(o[2]) && (IsDigit(o[3]) || IsAlpha(o[3]));
}

}  // namespace

Result<std::string> ParsePostcode(std::string_view text) {
  std::string compact;
  for (char c : text) {
    if (c == ' ') continue;
    if (!std::isalnum(static_cast<unsigned char>(c))) {
      return Fail(ErrorCode::kInvalidArgument, "Postcode must contain only letters and numbers");
    }
    compact.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  }
  if (compact.size() < 5 || compact.size() > 7) {
    return Fail(ErrorCode::kInvalidArgument, "Enter a real postcode, like M1 1AE");
  }
  std::string_view inward = std::string_view(compact).substr(compact.size() - 3);
  std::string_view outward = std::string_view(compact).substr(0, compact.size() - 3);
  bool ok = IsDigit(inward[0]) && IsAlpha(inward[1]) && IsAlpha(inward[2]) &&
            (OutwardValid(outward) || outward == "GIR");
  if (!ok) return Fail(ErrorCode::kInvalidArgument, "Enter a real postcode, like M1 1AE");
  return std::string(outward) + " " + std::string(inward);
}

}  // namespace lw

#include "domain/frontdoor/reference.h"

namespace lw {
namespace {

constexpr std::string_view kPrefix = "LW-";
constexpr std::size_t kLength = 12;  // "LW-" + 4 + "-" + 4

}  // namespace

std::string FormatReference(std::uint64_t bits) {
  // Base-30 digits of the low part of `bits`; 30^8 is far below 2^64, so the
  // bias from the final modulus is negligible (under one part in 10^7).
  std::string out(kPrefix);
  for (int i = 0; i < 8; ++i) {
    if (i == 4) out.push_back('-');
    out.push_back(kReferenceAlphabet[bits % kReferenceAlphabet.size()]);
    bits /= kReferenceAlphabet.size();
  }
  return out;
}

bool IsReference(std::string_view s) {
  if (s.size() != kLength || !s.starts_with(kPrefix) || s[7] != '-') return false;
  for (std::size_t i = kPrefix.size(); i < kLength; ++i) {
    if (i == 7) continue;
    if (kReferenceAlphabet.find(s[i]) == std::string_view::npos) return false;
  }
  return true;
}

}  // namespace lw

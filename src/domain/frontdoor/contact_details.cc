#include "domain/frontdoor/contact_details.h"

#include <cctype>

namespace lw {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool DomainLabelOk(std::string_view label) {
  if (label.empty() || label.front() == '-' || label.back() == '-') return false;
  for (char c : label) {
    auto u = static_cast<unsigned char>(c);
    // Letters, digits, hyphens; and any non-ASCII byte, for international domains.
    if (!(std::isalnum(u) || c == '-' || u >= 0x80)) return false;
  }
  return true;
}

}  // namespace

bool LooksLikePhoneNumber(std::string_view s) {
  int digits = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (IsDigit(c)) {
      ++digits;
    } else if (c == '+') {
      if (i != 0) return false;
    } else if (c != ' ' && c != '-' && c != '(' && c != ')') {
      return false;
    }
  }
  return digits >= 10 && digits <= 15;
}

bool LooksLikeEmailAddress(std::string_view s) {
  auto at = s.find('@');
  if (at == std::string_view::npos || at == 0 || at > 64) return false;
  if (s.find('@', at + 1) != std::string_view::npos) return false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) return false;
  }
  std::string_view domain = s.substr(at + 1);
  if (domain.find('.') == std::string_view::npos) return false;
  while (true) {
    auto dot = domain.find('.');
    if (!DomainLabelOk(domain.substr(0, dot))) return false;
    if (dot == std::string_view::npos) return true;
    domain.remove_prefix(dot + 1);
  }
}

}  // namespace lw

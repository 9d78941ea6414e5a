#include "domain/frontdoor/text_field.h"

namespace lw {
namespace {

bool HasControlCharacters(std::string_view text) {
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7f) return true;
  }
  return false;
}

// Bytes in the sequence starting with `lead`, or 0 if it cannot lead one.
std::size_t SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

// The second byte's range for leads that would otherwise allow overlong
// forms or UTF-16 surrogates (RFC 3629 table).
bool SecondByteOk(unsigned char lead, unsigned char second) {
  if (lead == 0xe0) return second >= 0xa0;
  if (lead == 0xed) return second < 0xa0;
  if (lead == 0xf0) return second >= 0x90;
  if (lead == 0xf4) return second < 0x90;
  return true;
}

}  // namespace

std::string TrimText(std::string_view s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

std::size_t Utf8Length(std::string_view s) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size(); ++count) {
    std::size_t n = SequenceLength(static_cast<unsigned char>(s[i]));
    if (n == 0 || i + n > s.size()) return std::string_view::npos;
    if (n > 1 &&
        !SecondByteOk(static_cast<unsigned char>(s[i]), static_cast<unsigned char>(s[i + 1]))) {
      return std::string_view::npos;
    }
    for (std::size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) return std::string_view::npos;
    }
    i += n;
  }
  return count;
}

void CheckText(std::string& value, const TextRule& rule, std::vector<FieldError>& errors) {
  value = TrimText(value);
  if (value.empty()) {
    if (rule.required) errors.push_back({rule.field, rule.if_missing});
    return;
  }
  std::size_t length = Utf8Length(value);
  if (length == std::string_view::npos || HasControlCharacters(value)) {
    errors.push_back({rule.field, std::string(rule.label) + " contains characters we cannot save"});
  } else if (length > rule.max_chars) {
    errors.push_back({rule.field, std::string(rule.label) + " must be " +
                                      std::to_string(rule.max_chars) + " characters or fewer"});
  }
}

Status FieldErrors(std::vector<FieldError> errors) {
  if (errors.empty()) return Ok();
  return Fail(Error::Invalid("There is a problem", std::move(errors)));
}

}  // namespace lw

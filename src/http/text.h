// Small ASCII string helpers shared by the HTTP layer.
//
// Contract: pure functions over bytes; only ASCII letters change case, any
// other byte (including UTF-8) is left alone. No allocation except where a
// std::string is returned.
#pragma once

#include <string>
#include <string_view>

namespace lw::http {

constexpr char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

constexpr bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != AsciiLower(b[i])) return false;
  }
  return true;
}

constexpr bool StartsWithIgnoreCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && EqualsIgnoreCase(text.substr(0, prefix.size()), prefix);
}

inline std::string AsciiToLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

// RFC 9110 token: header names, cookie names, methods.
constexpr bool IsHttpToken(std::string_view text) {
  if (text.empty()) return false;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    const bool alphanumeric =
        (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!alphanumeric) {
      switch (c) {
        case '!':
        case '#':
        case '$':
        case '%':
        case '&':
        case '\'':
        case '*':
        case '+':
        case '-':
        case '.':
        case '^':
        case '_':
        case '`':
        case '|':
        case '~':
          break;
        default:
          return false;
      }
    }
  }
  return true;
}

// Strips optional whitespace (space and horizontal tab) from both ends.
constexpr std::string_view TrimOws(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// The media type of a Content-Type value without parameters, lower case:
// "Application/X-WWW-Form-Urlencoded; charset=UTF-8" -> "application/x-www-form-urlencoded".
inline std::string MediaType(std::string_view content_type) {
  return AsciiToLower(TrimOws(content_type.substr(0, content_type.find(';'))));
}

}  // namespace lw::http

#include "base/ids.h"

#include <array>
#include <cstdint>

namespace lw {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string Base64Url(std::span<const std::uint8_t> bytes) {
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  for (std::uint8_t b : bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out.push_back(kAlphabet[(buffer >> bits) & 0x3f]);
    }
  }
  if (bits > 0) out.push_back(kAlphabet[(buffer << (6 - bits)) & 0x3f]);
  return out;
}

bool IsBase64UrlChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

}  // namespace

std::string NewId(Random& random) {
  std::array<std::uint8_t, 16> bytes{};
  random.Fill(std::as_writable_bytes(std::span(bytes)));
  return Base64Url(bytes);
}

bool IsValidId(std::string_view id) {
  if (id.size() != kIdLength) return false;
  for (char c : id) {
    if (!IsBase64UrlChar(c)) return false;
  }
  return true;
}

std::string NewSecretToken(Random& random) {
  std::array<std::uint8_t, 32> bytes{};
  random.Fill(std::as_writable_bytes(std::span(bytes)));
  return Base64Url(bytes);
}

}  // namespace lw

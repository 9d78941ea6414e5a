#include "services/password.h"

#include <sodium.h>

#include <array>
#include <mutex>

namespace lw {
namespace {

void EnsureSodium() {
  static std::once_flag once;
  std::call_once(once, [] {
    // sodium_init returns -1 only if the library cannot initialise at all.
    if (sodium_init() < 0) std::abort();
  });
}

}  // namespace

PasswordHashOptions MinimalPasswordHashOptions() {
  return {.ops_limit = crypto_pwhash_OPSLIMIT_MIN, .mem_limit = crypto_pwhash_MEMLIMIT_MIN};
}

Result<std::string> HashPassword(std::string_view password, const PasswordHashOptions& options) {
  EnsureSodium();
  std::array<char, crypto_pwhash_STRBYTES> out{};
  if (crypto_pwhash_str_alg(out.data(), password.data(), password.size(), options.ops_limit,
                            options.mem_limit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Fail(ErrorCode::kUnavailable, "Not enough memory to hash a password");
  }
  return std::string(out.data());
}

bool VerifyPassword(std::string_view password, const std::string& hash) {
  EnsureSodium();
  if (hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

Status CheckNewPassword(std::string_view password) {
  if (password.size() < kMinPasswordLength) {
    return Fail(Error::Invalid("There is a problem",
                               {{"password", "Password must be at least 12 characters"}}));
  }
  if (password.size() > kMaxPasswordLength) {
    return Fail(Error::Invalid("There is a problem",
                               {{"password", "Password must be 1024 characters or fewer"}}));
  }
  return Ok();
}

std::string HashToken(std::string_view token) {
  EnsureSodium();
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(token.data()),
                     token.size());
  std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return std::string(hex.data(), crypto_hash_sha256_BYTES * 2);
}

}  // namespace lw

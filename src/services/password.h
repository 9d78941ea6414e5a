// Password hashing with argon2id (libsodium's crypto_pwhash_str).
//
// Contract: `HashPassword` returns a self-describing hash string (algorithm,
// parameters, salt, digest) for storage; `VerifyPassword` checks a password
// against one in constant time with respect to the password. The cost
// parameters are options so tests can use the minimum; production uses
// libsodium's INTERACTIVE limits (about 50 ms and 64 MiB per hash here).
// Fails with kUnavailable only if the machine cannot allocate the memory.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "base/error.h"

namespace lw {

struct PasswordHashOptions {
  unsigned long long ops_limit = 2;                       // crypto_pwhash_OPSLIMIT_INTERACTIVE
  std::size_t mem_limit = std::size_t{64} * 1024 * 1024;  // crypto_pwhash_MEMLIMIT_INTERACTIVE
};

// The cheapest settings libsodium allows: for tests only.
PasswordHashOptions MinimalPasswordHashOptions();

inline constexpr std::size_t kMinPasswordLength = 12;
inline constexpr std::size_t kMaxPasswordLength = 1024;

Result<std::string> HashPassword(std::string_view password, const PasswordHashOptions& options);
bool VerifyPassword(std::string_view password, const std::string& hash);

// Checks a new password against the account rules (length only, per NCSC
// guidance: no composition rules). kInvalidArgument with a FieldError on
// "password" when it fails.
Status CheckNewPassword(std::string_view password);

// Hex SHA-256 of a random bearer secret (session or API token). These
// secrets carry 256 bits of entropy, so a fast hash is the right tool.
std::string HashToken(std::string_view token);

}  // namespace lw

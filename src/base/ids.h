// Opaque record identifiers.
//
// Contract: an id is 22 characters of unpadded base64url drawn from 128
// random bits: unguessable, never sequential, safe in URLs. `IsValidId`
// accepts exactly that shape, so ids read from a URL can be checked before
// they reach the store.
#pragma once

#include <string>
#include <string_view>

#include "base/random.h"

namespace lw {

inline constexpr std::size_t kIdLength = 22;

std::string NewId(Random& random);
bool IsValidId(std::string_view id);

// A secret token (for sessions, API tokens, CSRF): 256 random bits, base64url.
std::string NewSecretToken(Random& random);

}  // namespace lw

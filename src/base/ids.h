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

// A random (version 4) UUID, lower case: "0b5e6f1c-2d3e-4a5b-8c6d-7e8f9a0b1c2d".
// The directory uses UUIDs because Open Referral requires them.
std::string NewUuid(Random& random);
// Any UUID in the canonical 8-4-4-4-12 hex form, in lower case only (what we
// store; callers lower-case outside input first).
bool IsValidUuid(std::string_view text);

// A secret token (for sessions, API tokens, CSRF): 256 random bits, base64url.
std::string NewSecretToken(Random& random);

}  // namespace lw

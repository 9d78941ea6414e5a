// Where to send someone after they sign in: only somewhere on this site.
//
// Contract: `IsSafeLocalPath` accepts a path on this site - it starts with
// one "/" (never "//", which browsers read as another host), contains no
// backslash (browsers read "/\" as "//"), no control characters, spaces or
// non-ASCII bytes, and is at most 2000 bytes. `SafeNextOr` returns `next`
// when it is safe, else `fallback`. An open redirect would let a phishing
// link bounce through our sign-in page, so everything else is refused.
#pragma once

#include <string>
#include <string_view>

namespace lw::web {

bool IsSafeLocalPath(std::string_view path);
std::string SafeNextOr(std::string_view next, std::string_view fallback);

}  // namespace lw::web

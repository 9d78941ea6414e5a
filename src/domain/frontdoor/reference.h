// Public references for introductions: what a person quotes over the phone
// ("LW-7K3M-Q9TP") to find their introduction.
//
// Contract: `FormatReference` turns random bits (from the injected Random)
// into "LW-XXXX-XXXX", eight characters from a 30-character alphabet with
// nothing easily misread or misheard between them: no 0/O, 1/I/L, and no U
// (so no accidental words). That is about 39 bits: guessing one is
// hopeless, but two introductions can share one, so the store's unique key
// decides and the caller draws again on kAlreadyExists. The same bits
// always give the same reference.
//
// `IsReference` accepts exactly that format, upper case. Pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lw {

inline constexpr std::string_view kReferenceAlphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

std::string FormatReference(std::uint64_t random_bits);
bool IsReference(std::string_view text);

}  // namespace lw

// Loose checks on phone numbers and email addresses typed by the public.
//
// Contract: both accept what real people type and refuse what cannot be a
// working number or address. Neither proves the number or address exists;
// only a successful contact does that. Pure functions.
#pragma once

#include <string_view>

namespace lw {

// Digits with optional spaces, hyphens, brackets and a leading "+"; 10 to
// 15 digits (a UK number is 10 or 11, international numbers up to 15).
bool LooksLikePhoneNumber(std::string_view text);

// local@domain.tld: one "@" splitting a non-empty local part (at most 64
// characters) from a domain of dot-separated labels, no spaces.
bool LooksLikeEmailAddress(std::string_view text);

}  // namespace lw

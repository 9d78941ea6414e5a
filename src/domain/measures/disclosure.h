// Statistical disclosure control for figures published below England level
// (docs/measures.md section 9): what a commissioner, or open data, may see
// of a count about people, so that nobody can be picked out of a small one.
//
// Rules (section 9, with its test vectors):
//  - kMhsds, the platform default, NHS Digital's MHSDS Monthly Statistics
//    (`count_suppression`, `95.Round_output.py`): a count under 5,
//    including 0, is suppressed ("*"); any other is rounded to the nearest
//    5 (ROUND(x/5)*5: 7 -> 5, 8 -> 10, 254 -> 255). A proportion is
//    suppressed when its numerator or denominator is under 5, else the
//    unrounded percentage is rounded to a whole number (190/318 -> 60).
//  - kHesStyle, the stricter secondary-care option: 0 stays 0, 1 to 7 are
//    suppressed, 8 and over rounded to the nearest 5. Section 9 marks the
//    "0 stays 0" reading UNCONFIRMED.
//  - kNone: exact counts, for those who may see them (a team lead's own
//    team); never for publication.
//
// Counts are whole numbers of people; a negative count is a caller's bug.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lw {

enum class DisclosureRule : std::uint8_t { kNone, kMhsds, kHesStyle };
std::string_view DisclosureRuleKey(DisclosureRule rule);  // "none", "mhsds", "hes-style"
std::optional<DisclosureRule> ParseDisclosureRule(std::string_view key);

// The count as it may be shown; nullopt when it is suppressed.
std::optional<std::int64_t> DiscloseCount(std::int64_t count, DisclosureRule rule);
// A percentage (whole number) of numerator over denominator as it may be
// shown; nullopt when suppressed, or when the denominator is 0.
std::optional<std::int64_t> DisclosePercent(std::int64_t numerator, std::int64_t denominator,
                                            DisclosureRule rule);

// What a page or CSV writes for a disclosed value: the number, or "*".
std::string DisclosedText(std::optional<std::int64_t> value);

}  // namespace lw

// The text half of the directory's search: normalising words and measuring
// how far a typed word is from a word in the directory.
//
// Normalising: lower case; common accents folded ("café" -> "cafe",
// "Łódź" -> "lodz", "ß" -> "ss"); apostrophes joined ("carers'" ->
// "carers", "don't" -> "dont"); everything else that is not a letter or a
// digit (punctuation, symbols, emoji, control characters, invalid UTF-8)
// splits words. Letters of other scripts (Urdu, Arabic, Chinese ...) are
// kept as they are. A short list of stop words ("the", "and", "for", "help"
// ...) and single Latin letters are dropped.
//
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lw::directory {

// The normalised words of `text`, in order, duplicates kept.
std::vector<std::string> SearchWords(std::string_view text);

// The same, keeping stop words (for matching phrases such as names).
std::vector<std::string> NormalisedWords(std::string_view text);

bool IsStopWord(std::string_view word);

// Unicode code points in `utf8` (an invalid byte counts as one).
std::size_t CountCharacters(std::string_view utf8);

// How many typos a typed word of `length` characters may hold: none under
// 4, 1 for 4-7, 2 for 8 or more.
int TypoTolerance(std::size_t length);

// Optimal string alignment distance (Damerau-Levenshtein where a swap of
// two neighbours is one edit), bounded by `max`: `whole` between `typed`
// and `word`, and `prefix`, the least between `typed` and any start of
// `word` at least as long as `typed` less `max`. A distance over `max` is
// reported as max + 1. Words longer than kMaxTypoWordLength are never
// compared (max + 1), which bounds the work for a hostile query.
struct EditDistances {
  int whole = 0;
  int prefix = 0;
};
inline constexpr std::size_t kMaxTypoWordLength = 32;
EditDistances BoundedEditDistances(std::string_view typed, std::string_view word, int max);

}  // namespace lw::directory

// Name folding and edit distance, for recognising people who come back
// (matching.h).
//
// `FoldName` turns a name as typed into a comparison form: lower case ASCII,
// common Latin accents and ligatures reduced to plain letters (é -> e,
// ß -> ss, Ł -> l, Æ -> ae), apostrophes and full stops removed
// ("O'Brien", "O’Brien" -> "obrien"), and spaces, hyphens and underscores
// made one space between parts ("Smith-Jones", " Smith  Jones " ->
// "smith jones"). Other punctuation is dropped. Letters outside Latin-1 and
// Latin Extended-A (and Romanian ș ț) are kept as their UTF-8 bytes,
// unchanged; a byte that is not valid UTF-8 is dropped.
//
// `CompactName` is `FoldName` without the spaces: "smithjones".
//
// `DamerauLevenshteinDistance` is the optimal string alignment distance:
// the fewest single-character insertions, deletions, substitutions and
// swaps of two adjacent characters that turn one string into the other
// ("smtih" -> "smith" is 1), where no substring is edited twice. It works
// on bytes, so a letter kept as two UTF-8 bytes counts as two characters.
// Cost O(|a| * |b|) time; no allocation when both are under 64 bytes.
//
// Pure functions of their arguments; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace lw {

std::string FoldName(std::string_view name);
std::string CompactName(std::string_view name);
int DamerauLevenshteinDistance(std::string_view a, std::string_view b);

}  // namespace lw

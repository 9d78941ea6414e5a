#include "domain/people/name_folding.h"

#include <gtest/gtest.h>

#include <string>

namespace lw {
namespace name_folding_test {
namespace {

TEST(NameFoldingTest, CaseAndSpacing) {
  EXPECT_EQ(FoldName("SMITH"), "smith");
  EXPECT_EQ(FoldName("  Mary   Ann  "), "mary ann");
  EXPECT_EQ(FoldName(""), "");
  EXPECT_EQ(FoldName(" - "), "");
}

TEST(NameFoldingTest, ApostrophesAndFullStopsVanishWithoutSplitting) {
  EXPECT_EQ(FoldName("O'Brien"), "obrien");
  EXPECT_EQ(FoldName("O\u2019Brien"), "obrien");  // typographic apostrophe
  EXPECT_EQ(FoldName("OBrien"), "obrien");
  EXPECT_EQ(FoldName("St. John"), "st john");
}

TEST(NameFoldingTest, HyphensSplitLikeSpaces) {
  EXPECT_EQ(FoldName("Smith-Jones"), "smith jones");
  EXPECT_EQ(FoldName("Smith Jones"), "smith jones");
  EXPECT_EQ(FoldName("Smith \u2013 Jones"), "smith jones");  // en dash
  EXPECT_EQ(CompactName("Smith-Jones"), "smithjones");
}

TEST(NameFoldingTest, CommonLatinAccentsAndLetters) {
  EXPECT_EQ(FoldName("Zo\u00eb"), "zoe");               // Zoë
  EXPECT_EQ(FoldName("Jos\u00e9"), "jose");             // José
  EXPECT_EQ(FoldName("S\u00c9AN"), "sean");             // SÉAN
  EXPECT_EQ(FoldName("\u0141ukasz"), "lukasz");         // Łukasz
  EXPECT_EQ(FoldName("Stra\u00dfe"), "strasse");        // Straße
  EXPECT_EQ(FoldName("\u00c6thelred"), "aethelred");    // Æthelred
  EXPECT_EQ(FoldName("\u00d8rsted"), "orsted");         // Ørsted
  EXPECT_EQ(FoldName("\u0160imon"), "simon");           // Šimon
  EXPECT_EQ(FoldName("\u015e\u0219tefan"), "sstefan");  // Şș (cedilla and comma below)
  EXPECT_EQ(FoldName("Siân Gwenllïan"), "sian gwenllian");
}

TEST(NameFoldingTest, OtherScriptsKeptAndBrokenBytesDropped) {
  EXPECT_EQ(FoldName("\u0391\u03bd\u03bd\u03b1"), "\u0391\u03bd\u03bd\u03b1");  // Greek Αννα kept
  EXPECT_EQ(FoldName(std::string("Ann\xff") + "e"), "anne");
  EXPECT_EQ(FoldName(std::string("Ann\xc3")), "ann");  // truncated sequence
}

TEST(NameFoldingTest, DamerauLevenshteinCountsOneEditEach) {
  EXPECT_EQ(DamerauLevenshteinDistance("smith", "smith"), 0);
  EXPECT_EQ(DamerauLevenshteinDistance("smtih", "smith"), 1);  // adjacent swap
  EXPECT_EQ(DamerauLevenshteinDistance("smith", "smyth"), 1);  // substitution
  EXPECT_EQ(DamerauLevenshteinDistance("jon", "john"), 1);     // insertion
  EXPECT_EQ(DamerauLevenshteinDistance("john", "jon"), 1);     // deletion
  EXPECT_EQ(DamerauLevenshteinDistance("", "abc"), 3);
  EXPECT_EQ(DamerauLevenshteinDistance("abc", ""), 3);
  EXPECT_EQ(DamerauLevenshteinDistance("kitten", "sitting"), 3);
  EXPECT_EQ(DamerauLevenshteinDistance("sitting", "kitten"), 3);
  // Optimal string alignment: a swapped pair is not edited again.
  EXPECT_EQ(DamerauLevenshteinDistance("ca", "abc"), 3);
}

TEST(NameFoldingTest, DamerauLevenshteinOnLongStrings) {
  std::string a(100, 'a');
  std::string b = a;
  b[50] = 'b';
  EXPECT_EQ(DamerauLevenshteinDistance(a, b), 1);
  EXPECT_EQ(DamerauLevenshteinDistance(a, b + "cd"), 3);
  b[10] = 'x';
  EXPECT_EQ(DamerauLevenshteinDistance(a, b), 2);
}

}  // namespace
}  // namespace name_folding_test
}  // namespace lw

#include "domain/directory/search_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lw::directory {
namespace search_text_test {
namespace {

using Words = std::vector<std::string>;

TEST(SearchWordsTest, LowerCasesSplitsAndDropsStopWords) {
  EXPECT_EQ(SearchWords("Help with DEBT and Benefits, please!"),
            (Words{"debt", "benefits", "please"}));
  EXPECT_EQ(SearchWords("drop-in/walk_in"), (Words{"drop", "walk"}));
  EXPECT_EQ(NormalisedWords("The Debt and a Benefit"), (Words{"the", "debt", "and", "benefit"}));
}

TEST(SearchWordsTest, FoldsCommonAccentsAndJoinsApostrophes) {
  EXPECT_EQ(SearchWords("Café Łódź Straße Zoë naïve"),
            (Words{"cafe", "lodz", "strasse", "zoe", "naive"}));
  EXPECT_EQ(SearchWords("Carers' support, women\u2019s group"),
            (Words{"carers", "support", "womens", "group"}));
}

TEST(SearchWordsTest, OddTextHasNoWordsAndNeverCrashes) {
  EXPECT_TRUE(SearchWords("").empty());
  EXPECT_TRUE(SearchWords("!!! ??? ... --- \u2014 \u00A3 \u20AC").empty());
  EXPECT_TRUE(SearchWords("\U0001F600\U0001F49A \uFEFF").empty());
  EXPECT_EQ(SearchWords(std::string("\x01"
                                    "debt\x7F"
                                    "\x1B[31m",
                                    11)),
            (Words{"debt", "31m"}));
  EXPECT_EQ(SearchWords("\xC3\x28 debt \xFF\xFE \xE2\x82"), (Words{"debt"}));
}

TEST(SearchWordsTest, KeepsOtherScripts) {
  EXPECT_EQ(SearchWords("اردو مدد"), (Words{"اردو", "مدد"}));
}

TEST(SearchWordsTest, CountsCharactersNotBytes) {
  EXPECT_EQ(CountCharacters("debt"), 4u);
  EXPECT_EQ(CountCharacters("café"), 4u);
  EXPECT_EQ(CountCharacters("\U0001F600"), 1u);
}

TEST(TypoToleranceTest, ByLength) {
  EXPECT_EQ(TypoTolerance(3), 0);
  EXPECT_EQ(TypoTolerance(4), 1);
  EXPECT_EQ(TypoTolerance(7), 1);
  EXPECT_EQ(TypoTolerance(8), 2);
}

TEST(EditDistanceTest, SubstitutionsInsertionsDeletionsAndSwaps) {
  EXPECT_EQ(BoundedEditDistances("debt", "debt", 1).whole, 0);
  EXPECT_EQ(BoundedEditDistances("dept", "debt", 1).whole, 1);
  EXPECT_EQ(BoundedEditDistances("benifits", "benefits", 2).whole, 1);
  EXPECT_EQ(BoundedEditDistances("councelling", "counselling", 2).whole, 1);
  EXPECT_EQ(BoundedEditDistances("debtt", "debt", 1).whole, 1);
  EXPECT_EQ(BoundedEditDistances("dbet", "debt", 1).whole, 1);  // a swap is one edit
  EXPECT_EQ(BoundedEditDistances("housing", "hosuign", 2).whole, 2);
  EXPECT_EQ(BoundedEditDistances("walking", "talking", 1).whole, 1);
  EXPECT_EQ(BoundedEditDistances("debt", "housing", 1).whole, 2);  // over: max + 1
}

TEST(EditDistanceTest, AgainstTheStartOfALongerWord) {
  const EditDistances d = BoundedEditDistances("benifit", "benefits", 1);
  EXPECT_EQ(d.whole, 2);
  EXPECT_EQ(d.prefix, 1);
  EXPECT_EQ(BoundedEditDistances("counsel", "counselling", 1).prefix, 0);
}

TEST(EditDistanceTest, HostileLengthsAreBounded) {
  const std::string long_word(500, 'a');
  EXPECT_EQ(BoundedEditDistances(long_word, long_word, 2).whole, 3);
  EXPECT_EQ(BoundedEditDistances("debt", long_word, 1).whole, 2);
}

}  // namespace
}  // namespace search_text_test
}  // namespace lw::directory

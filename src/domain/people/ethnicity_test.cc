#include "domain/people/ethnicity.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "domain/frontdoor/equality.h"

namespace lw {
namespace ethnicity_test {
namespace {

struct Expected {
  EthnicCategory category;
  std::string_view key;
  std::string_view label;
  std::string_view group_key;
  char nhs_code;
  bool exact;
};

// Written out in full, so a change to any row of the table fails here.
constexpr Expected kExpected[] = {
    {EthnicCategory::kAsianBangladeshi, "asian-bangladeshi", "Bangladeshi", "asian", 'K', true},
    {EthnicCategory::kAsianChinese, "asian-chinese", "Chinese", "asian", 'R', true},
    {EthnicCategory::kAsianIndian, "asian-indian", "Indian", "asian", 'H', true},
    {EthnicCategory::kAsianPakistani, "asian-pakistani", "Pakistani", "asian", 'J', true},
    {EthnicCategory::kAsianOther, "asian-other", "Any other Asian background", "asian", 'L', true},
    {EthnicCategory::kBlackAfrican, "black-african", "African", "black", 'N', true},
    {EthnicCategory::kBlackCaribbean, "black-caribbean", "Caribbean", "black", 'M', true},
    {EthnicCategory::kBlackOther, "black-other",
     "Any other Black, Black British or Caribbean background", "black", 'P', true},
    {EthnicCategory::kMixedWhiteAndAsian, "mixed-white-and-asian", "White and Asian", "mixed", 'F',
     true},
    {EthnicCategory::kMixedWhiteAndBlackAfrican, "mixed-white-and-black-african",
     "White and Black African", "mixed", 'E', true},
    {EthnicCategory::kMixedWhiteAndBlackCaribbean, "mixed-white-and-black-caribbean",
     "White and Black Caribbean", "mixed", 'D', true},
    {EthnicCategory::kMixedOther, "mixed-other", "Any other Mixed or multiple ethnic background",
     "mixed", 'G', true},
    {EthnicCategory::kWhiteBritish, "white-british",
     "English, Welsh, Scottish, Northern Irish or British", "white", 'A', true},
    {EthnicCategory::kWhiteIrish, "white-irish", "Irish", "white", 'B', true},
    {EthnicCategory::kWhiteGypsyOrIrishTraveller, "white-gypsy-or-irish-traveller",
     "Gypsy or Irish Traveller", "white", 'C', false},
    {EthnicCategory::kWhiteRoma, "white-roma", "Roma", "white", 'C', false},
    {EthnicCategory::kWhiteOther, "white-other", "Any other White background", "white", 'C', true},
    {EthnicCategory::kOtherArab, "other-arab", "Arab", "other", 'S', false},
    {EthnicCategory::kOtherAny, "other-any", "Any other ethnic group", "other", 'S', true},
};

TEST(EthnicityTest, EveryCategoryHasItsKeyLabelGroupAndNhsCode) {
  ASSERT_EQ(std::size(kExpected), kAllEthnicCategories.size());
  for (std::size_t i = 0; i < std::size(kExpected); ++i) {
    const Expected& e = kExpected[i];
    SCOPED_TRACE(e.key);
    EXPECT_EQ(kAllEthnicCategories[i], e.category);
    EXPECT_EQ(EthnicCategoryKey(e.category), e.key);
    EXPECT_EQ(EthnicCategoryLabel(e.category), e.label);
    EXPECT_EQ(EthnicGroupKey(GroupOf(e.category)), e.group_key);
    EXPECT_EQ(NhsEthnicCategoryCode(e.category), e.nhs_code);
    EXPECT_EQ(NhsEthnicCodeIsExact(e.category), e.exact);
  }
}

TEST(EthnicityTest, CategoriesPerGroupFollowTheCensus) {
  std::map<EthnicGroup, int> counts;
  for (auto c : kAllEthnicCategories) ++counts[GroupOf(c)];
  EXPECT_EQ(counts[EthnicGroup::kAsian], 5);
  EXPECT_EQ(counts[EthnicGroup::kBlack], 3);
  EXPECT_EQ(counts[EthnicGroup::kMixed], 4);
  EXPECT_EQ(counts[EthnicGroup::kWhite], 5);
  EXPECT_EQ(counts[EthnicGroup::kOther], 2);
}

TEST(EthnicityTest, CategoryKeysParseBackAndStartWithTheirGroupKey) {
  std::set<std::string_view> keys;
  for (auto c : kAllEthnicCategories) {
    auto key = EthnicCategoryKey(c);
    EXPECT_TRUE(keys.insert(key).second) << key;
    EXPECT_EQ(ParseEthnicCategory(key), c);
    EXPECT_TRUE(key.starts_with(std::string(EthnicGroupKey(GroupOf(c))) + "-")) << key;
    EXPECT_EQ(ParseEthnicGroup(key), std::nullopt) << key;
  }
  EXPECT_EQ(ParseEthnicCategory("white"), std::nullopt);
  EXPECT_EQ(ParseEthnicCategory("Asian-Indian"), std::nullopt);
  EXPECT_EQ(ParseEthnicCategory(""), std::nullopt);
}

TEST(EthnicityTest, GroupKeysAndLabelsAreTheFrontDoorOptions) {
  const EqualityQuestion* q = FindEqualityQuestion("ethnicity");
  ASSERT_NE(q, nullptr);
  ASSERT_EQ(q->options.size(), kAllEthnicGroups.size());
  for (std::size_t i = 0; i < kAllEthnicGroups.size(); ++i) {
    EthnicGroup g = kAllEthnicGroups[i];
    EXPECT_EQ(EthnicGroupKey(g), q->options[i].key);
    EXPECT_EQ(EthnicGroupLabel(g), q->options[i].label);
    EXPECT_EQ(ParseEthnicGroup(q->options[i].key), g);
  }
  EXPECT_EQ(ParseEthnicGroup("asian-indian"), std::nullopt);
  EXPECT_EQ(ParseEthnicGroup(kPreferNotToSay), std::nullopt);
}

TEST(EthnicityTest, ExactNhsCodesAreDistinctLetters) {
  std::set<char> exact;
  for (auto c : kAllEthnicCategories) {
    char code = NhsEthnicCategoryCode(c);
    EXPECT_TRUE(code >= 'A' && code <= 'S') << EthnicCategoryKey(c);
    EXPECT_NE(code, kNhsEthnicCodeNotStated);
    if (NhsEthnicCodeIsExact(c)) {
      EXPECT_TRUE(exact.insert(code).second) << EthnicCategoryKey(c);
    }
  }
  EXPECT_EQ(exact.size(), 16u);
  EXPECT_EQ(kNhsEthnicCodeNotStated, 'Z');
}

}  // namespace
}  // namespace ethnicity_test
}  // namespace lw

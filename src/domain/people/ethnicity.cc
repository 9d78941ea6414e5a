#include "domain/people/ethnicity.h"

namespace lw {
namespace {

struct GroupRow {
  EthnicGroup group;
  std::string_view key;
  std::string_view label;
};

// In enum order. Keys and labels as the front door's ethnicity options.
constexpr std::array<GroupRow, 5> kGroups = {{
    {EthnicGroup::kAsian, "asian", "Asian or Asian British"},
    {EthnicGroup::kBlack, "black", "Black, Black British, Caribbean or African"},
    {EthnicGroup::kMixed, "mixed", "Mixed or multiple ethnic groups"},
    {EthnicGroup::kWhite, "white", "White"},
    {EthnicGroup::kOther, "other", "Another ethnic group"},
}};

struct CategoryRow {
  EthnicCategory category;
  EthnicGroup group;
  std::string_view key;
  std::string_view label;
  char nhs_code;
  bool nhs_code_exact;
};

using C = EthnicCategory;
using G = EthnicGroup;
// In enum order; the single place a category's key, label and code are written.
constexpr std::array<CategoryRow, 19> kCategories = {{
    {C::kAsianBangladeshi, G::kAsian, "asian-bangladeshi", "Bangladeshi", 'K', true},
    {C::kAsianChinese, G::kAsian, "asian-chinese", "Chinese", 'R', true},
    {C::kAsianIndian, G::kAsian, "asian-indian", "Indian", 'H', true},
    {C::kAsianPakistani, G::kAsian, "asian-pakistani", "Pakistani", 'J', true},
    {C::kAsianOther, G::kAsian, "asian-other", "Any other Asian background", 'L', true},
    {C::kBlackAfrican, G::kBlack, "black-african", "African", 'N', true},
    {C::kBlackCaribbean, G::kBlack, "black-caribbean", "Caribbean", 'M', true},
    {C::kBlackOther, G::kBlack, "black-other",
     "Any other Black, Black British or Caribbean background", 'P', true},
    {C::kMixedWhiteAndAsian, G::kMixed, "mixed-white-and-asian", "White and Asian", 'F', true},
    {C::kMixedWhiteAndBlackAfrican, G::kMixed, "mixed-white-and-black-african",
     "White and Black African", 'E', true},
    {C::kMixedWhiteAndBlackCaribbean, G::kMixed, "mixed-white-and-black-caribbean",
     "White and Black Caribbean", 'D', true},
    {C::kMixedOther, G::kMixed, "mixed-other", "Any other Mixed or multiple ethnic background", 'G',
     true},
    {C::kWhiteBritish, G::kWhite, "white-british",
     "English, Welsh, Scottish, Northern Irish or British", 'A', true},
    {C::kWhiteIrish, G::kWhite, "white-irish", "Irish", 'B', true},
    {C::kWhiteGypsyOrIrishTraveller, G::kWhite, "white-gypsy-or-irish-traveller",
     "Gypsy or Irish Traveller", 'C', false},
    {C::kWhiteRoma, G::kWhite, "white-roma", "Roma", 'C', false},
    {C::kWhiteOther, G::kWhite, "white-other", "Any other White background", 'C', true},
    {C::kOtherArab, G::kOther, "other-arab", "Arab", 'S', false},
    {C::kOtherAny, G::kOther, "other-any", "Any other ethnic group", 'S', true},
}};

const CategoryRow& Row(EthnicCategory c) { return kCategories[static_cast<std::size_t>(c)]; }

}  // namespace

std::string_view EthnicGroupKey(EthnicGroup g) { return kGroups[static_cast<std::size_t>(g)].key; }
std::string_view EthnicGroupLabel(EthnicGroup g) {
  return kGroups[static_cast<std::size_t>(g)].label;
}
std::optional<EthnicGroup> ParseEthnicGroup(std::string_view key) {
  for (const auto& row : kGroups) {
    if (row.key == key) return row.group;
  }
  return std::nullopt;
}

std::string_view EthnicCategoryKey(EthnicCategory c) { return Row(c).key; }
std::string_view EthnicCategoryLabel(EthnicCategory c) { return Row(c).label; }
std::optional<EthnicCategory> ParseEthnicCategory(std::string_view key) {
  for (const auto& row : kCategories) {
    if (row.key == key) return row.category;
  }
  return std::nullopt;
}

EthnicGroup GroupOf(EthnicCategory c) { return Row(c).group; }
char NhsEthnicCategoryCode(EthnicCategory c) { return Row(c).nhs_code; }
bool NhsEthnicCodeIsExact(EthnicCategory c) { return Row(c).nhs_code_exact; }

}  // namespace lw

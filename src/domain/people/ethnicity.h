// Ethnic groups and categories of the 2021 Census for England and Wales.
//
// Contract: 19 categories (`EthnicCategory`) in 5 high-level groups
// (`EthnicGroup`). Each has a stable key (stored, reported on, sent through
// the API; never renamed once released) and a label in the Census's words.
// `Parse...` returns nullopt for a key it does not know.
//
// Group keys are exactly the front door's ethnicity option keys
// (frontdoor/equality.cc: "asian", "black", "mixed", "white", "other"), so an
// answer given at the front door (a group) and one on the person's record (a
// category) count together in reports through `GroupOf`. Category keys start
// with their group's key and a hyphen ("asian-indian"), so no category key is
// also a group key. Note the 2021 Census puts Chinese in the Asian group
// (the 2001 Census did not).
//
// `NhsEthnicCategoryCode` gives the letter of the NHS Data Dictionary's
// ETHNIC CATEGORY (England; 2001 Census based, used by NHS datasets and
// FHIR UK Core's EthnicCategoryEngland), A..S. Sixteen categories have
// their own letter. The code set has none for Gypsy or Irish Traveller,
// Roma and Arab: the first two are sent as C (any other White background)
// and Arab as S (any other ethnic group), where the 2001 Census counted
// them; `NhsEthnicCodeIsExact` says which. "Not stated" (asked, declined)
// is Z; "not known" (not asked) has no letter, UK Core uses "99".
//
// Thread-safety: pure functions over constant tables.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace lw {

enum class EthnicGroup : std::uint8_t { kAsian, kBlack, kMixed, kWhite, kOther };
inline constexpr std::array<EthnicGroup, 5> kAllEthnicGroups = {
    EthnicGroup::kAsian, EthnicGroup::kBlack, EthnicGroup::kMixed, EthnicGroup::kWhite,
    EthnicGroup::kOther};
std::string_view EthnicGroupKey(EthnicGroup group);  // "black"
// The front door's labels, so an answer reads the same wherever it is shown.
std::string_view EthnicGroupLabel(EthnicGroup group);  // "Mixed or multiple ethnic groups"
std::optional<EthnicGroup> ParseEthnicGroup(std::string_view key);

// In the Census's order: by group, then alphabetically, "any other" last.
enum class EthnicCategory : std::uint8_t {
  kAsianBangladeshi,
  kAsianChinese,
  kAsianIndian,
  kAsianPakistani,
  kAsianOther,
  kBlackAfrican,
  kBlackCaribbean,
  kBlackOther,
  kMixedWhiteAndAsian,
  kMixedWhiteAndBlackAfrican,
  kMixedWhiteAndBlackCaribbean,
  kMixedOther,
  kWhiteBritish,  // English, Welsh, Scottish, Northern Irish or British
  kWhiteIrish,
  kWhiteGypsyOrIrishTraveller,
  kWhiteRoma,
  kWhiteOther,
  kOtherArab,
  kOtherAny,
};
inline constexpr std::array<EthnicCategory, 19> kAllEthnicCategories = {
    EthnicCategory::kAsianBangladeshi,
    EthnicCategory::kAsianChinese,
    EthnicCategory::kAsianIndian,
    EthnicCategory::kAsianPakistani,
    EthnicCategory::kAsianOther,
    EthnicCategory::kBlackAfrican,
    EthnicCategory::kBlackCaribbean,
    EthnicCategory::kBlackOther,
    EthnicCategory::kMixedWhiteAndAsian,
    EthnicCategory::kMixedWhiteAndBlackAfrican,
    EthnicCategory::kMixedWhiteAndBlackCaribbean,
    EthnicCategory::kMixedOther,
    EthnicCategory::kWhiteBritish,
    EthnicCategory::kWhiteIrish,
    EthnicCategory::kWhiteGypsyOrIrishTraveller,
    EthnicCategory::kWhiteRoma,
    EthnicCategory::kWhiteOther,
    EthnicCategory::kOtherArab,
    EthnicCategory::kOtherAny};

std::string_view EthnicCategoryKey(EthnicCategory category);    // "mixed-white-and-asian"
std::string_view EthnicCategoryLabel(EthnicCategory category);  // "White and Asian"
std::optional<EthnicCategory> ParseEthnicCategory(std::string_view key);

// The high-level group a category belongs to.
EthnicGroup GroupOf(EthnicCategory category);

inline constexpr char kNhsEthnicCodeNotStated = 'Z';
// The NHS Data Dictionary ETHNIC CATEGORY letter ('A'..'S').
char NhsEthnicCategoryCode(EthnicCategory category);
// False for the three categories sent as their group's "any other" letter.
bool NhsEthnicCodeIsExact(EthnicCategory category);

}  // namespace lw

#include "domain/directory/directory.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace lw::directory {
namespace directory_test {
namespace {

TEST(NeedTest, EveryNeedRoundTripsItsKeyAndTermId) {
  std::set<std::string_view> keys;
  std::set<std::string_view> ids;
  for (Need need : kAllNeeds) {
    EXPECT_EQ(ParseNeed(NeedKey(need)), need) << NeedKey(need);
    EXPECT_EQ(NeedForTermId(NeedTermId(need)), need) << NeedKey(need);
    EXPECT_FALSE(NeedDisplayName(need).empty());
    EXPECT_FALSE(NeedDescription(need).empty());
    EXPECT_EQ(NeedTermId(need).size(), 36u);
    keys.insert(NeedKey(need));
    ids.insert(NeedTermId(need));
  }
  EXPECT_EQ(keys.size(), kNeedCount);
  EXPECT_EQ(ids.size(), kNeedCount);
  EXPECT_FALSE(ids.contains(kNeedsTaxonomyId));
}

TEST(NeedTest, TheIssueNeedsKeepTheirStoredKeys) {
  EXPECT_EQ(NeedKey(Need::kMoneyAndDebt), "money-and-debt");
  EXPECT_EQ(NeedKey(Need::kCarersSupport), "carers-support");
  EXPECT_EQ(NeedTermId(Need::kHousing), "edfcf6d8-a3d1-55c5-9c26-51a04bd0b599");
  EXPECT_EQ(ParseNeed("Money and debt"), std::nullopt);
  EXPECT_EQ(NeedForTermId(""), std::nullopt);
}

TEST(DirectoryVocabularyTest, KeysRoundTrip) {
  for (Offer o : {Offer::kNetwork, Offer::kCommunityAsset}) EXPECT_EQ(ParseOffer(OfferKey(o)), o);
  for (int i = 0; i <= static_cast<int>(ServiceKind::kOther); ++i) {
    auto k = static_cast<ServiceKind>(i);
    EXPECT_EQ(ParseServiceKind(ServiceKindKey(k)), k);
  }
  for (int i = 0; i <= static_cast<int>(ServiceStatus::kTemporarilyClosed); ++i) {
    auto s = static_cast<ServiceStatus>(i);
    EXPECT_EQ(ParseServiceStatus(ServiceStatusKey(s)), s);
  }
  EXPECT_EQ(ServiceStatusKey(ServiceStatus::kTemporarilyClosed), "temporarily closed");
  for (int i = 0; i <= static_cast<int>(GenderFocus::kTransAndNonBinary); ++i) {
    auto g = static_cast<GenderFocus>(i);
    EXPECT_EQ(ParseGenderFocus(GenderFocusKey(g)), g);
  }
  for (int i = 0; i <= static_cast<int>(IntroductionRoute::kOnlineForm); ++i) {
    auto r = static_cast<IntroductionRoute>(i);
    EXPECT_EQ(ParseIntroductionRoute(IntroductionRouteKey(r)), r);
  }
  EXPECT_EQ(ParsePublication(PublicationKey(Publication::kAwaitingReview)),
            Publication::kAwaitingReview);
  EXPECT_EQ(ParseOffer("commissioned"), std::nullopt);
}

TEST(IsStaleTest, NeverCheckedIsStaleAndTheLimitIsInclusive) {
  Date today = *Date::FromYmd(2026, 11, 23);
  EXPECT_TRUE(IsStale(Checked{}, today, 365));
  Checked checked;
  checked.on = today.PlusDays(-365);
  EXPECT_FALSE(IsStale(checked, today, 365));
  checked.on = today.PlusDays(-366);
  EXPECT_TRUE(IsStale(checked, today, 365));
}

}  // namespace
}  // namespace directory_test
}  // namespace lw::directory

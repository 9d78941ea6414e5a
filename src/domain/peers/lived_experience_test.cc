#include "domain/peers/lived_experience.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace lw {
namespace lived_experience_test {
namespace {

TEST(LivedExperienceTest, EveryAreaRoundTripsByItsKey) {
  std::set<std::string, std::less<>> keys;
  for (std::size_t i = 0; i < kAllLivedExperiences.size(); ++i) {
    const LivedExperience area = kAllLivedExperiences[i];
    EXPECT_EQ(static_cast<std::size_t>(area), i) << "the list is in enum order";
    EXPECT_FALSE(LivedExperienceKey(area).empty());
    EXPECT_FALSE(LivedExperienceName(area).empty());
    EXPECT_EQ(ParseLivedExperience(LivedExperienceKey(area)), area);
    EXPECT_TRUE(keys.emplace(LivedExperienceKey(area)).second) << LivedExperienceKey(area);
  }
}

TEST(LivedExperienceTest, KeysArePinned) {
  EXPECT_EQ(LivedExperienceKey(LivedExperience::kHearingVoices), "hearing-voices");
  EXPECT_EQ(LivedExperienceKey(LivedExperience::kBereavement), "bereavement");
  EXPECT_EQ(LivedExperienceKey(LivedExperience::kBeingACarer), "being-a-carer");
  EXPECT_EQ(LivedExperienceKey(LivedExperience::kCaringForAChildWithNeeds), "child-with-needs");
  EXPECT_EQ(LivedExperienceKey(LivedExperience::kMigration), "migration");
  EXPECT_EQ(LivedExperienceName(LivedExperience::kBeingACarer), "being a carer");
}

TEST(LivedExperienceTest, AnythingElseIsNotAnArea) {
  EXPECT_EQ(ParseLivedExperience(""), std::nullopt);
  EXPECT_EQ(ParseLivedExperience("Bereavement"), std::nullopt);
  EXPECT_EQ(ParseLivedExperience("bereavement "), std::nullopt);
  // A bad cast, deliberately outside the enum:
  // NOLINTNEXTLINE(clang-analyzer-optin.core.EnumCastOutOfRange)
  const auto bad = static_cast<LivedExperience>(200);
  EXPECT_EQ(LivedExperienceKey(bad), "");
}

}  // namespace
}  // namespace lived_experience_test
}  // namespace lw

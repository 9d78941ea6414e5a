#include "domain/org/organisation.h"

#include <gtest/gtest.h>

#include <set>

namespace lw {
namespace organisation_test {
namespace {

constexpr OrganisationKind kKinds[] = {OrganisationKind::kNhsTrust, OrganisationKind::kCouncil,
                                       OrganisationKind::kVoluntary, OrganisationKind::kPrimaryCare,
                                       OrganisationKind::kOther};

TEST(OrganisationKindTest, KeysAndNames) {
  EXPECT_EQ(OrganisationKindKey(OrganisationKind::kNhsTrust), "nhs-trust");
  EXPECT_EQ(OrganisationKindKey(OrganisationKind::kCouncil), "council");
  EXPECT_EQ(OrganisationKindKey(OrganisationKind::kVoluntary), "voluntary");
  EXPECT_EQ(OrganisationKindKey(OrganisationKind::kPrimaryCare), "primary-care");
  EXPECT_EQ(OrganisationKindKey(OrganisationKind::kOther), "other");
  EXPECT_EQ(OrganisationKindName(OrganisationKind::kNhsTrust), "NHS trust");
  EXPECT_EQ(OrganisationKindName(OrganisationKind::kCouncil), "Council");
  EXPECT_EQ(OrganisationKindName(OrganisationKind::kVoluntary), "Voluntary organisation");
  EXPECT_EQ(OrganisationKindName(OrganisationKind::kPrimaryCare), "Primary care network");
  EXPECT_EQ(OrganisationKindName(OrganisationKind::kOther), "Other");
}

TEST(OrganisationKindTest, EveryKindRoundTrips) {
  std::set<std::string_view> keys;
  for (OrganisationKind k : kKinds) {
    keys.insert(OrganisationKindKey(k));
    auto parsed = ParseOrganisationKind(OrganisationKindKey(k));
    ASSERT_TRUE(parsed.has_value()) << OrganisationKindKey(k);
    EXPECT_EQ(*parsed, k);
  }
  EXPECT_EQ(keys.size(), 5u);
}

TEST(OrganisationKindTest, UnknownKeysAreRejected) {
  for (const char* key :
       {"", "nhs", "NHS-TRUST", "nhs_trust", "NHS trust", "Council", " council", "charity"}) {
    EXPECT_EQ(ParseOrganisationKind(key), std::nullopt) << '"' << key << '"';
  }
}

TEST(OrganisationTest, Defaults) {
  Organisation o;
  EXPECT_EQ(o.kind, OrganisationKind::kOther);
  EXPECT_FALSE(o.network_partner);
}

}  // namespace
}  // namespace organisation_test
}  // namespace lw

#include "domain/outcomes/entered_by.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace lw {
namespace entered_by_test {
namespace {

TEST(EnteredByTest, EveryValueRoundTripsThroughItsKey) {
  std::set<std::string> keys;
  for (EnteredBy by : kAllEnteredBy) {
    const std::string key(EnteredByKey(by));
    EXPECT_TRUE(keys.insert(key).second) << key;
    EXPECT_EQ(ParseEnteredBy(key), by);
    EXPECT_FALSE(EnteredByDisplayName(by).empty());
  }
}

TEST(EnteredByTest, KeysArePinnedAndNothingElseParses) {
  EXPECT_EQ(EnteredByKey(EnteredBy::kTogether), "together");
  EXPECT_EQ(EnteredByKey(EnteredBy::kPerson), "person");
  EXPECT_EQ(EnteredByKey(EnteredBy::kPractitioner), "practitioner");
  EXPECT_EQ(ParseEnteredBy("Person"), std::nullopt);
  EXPECT_EQ(ParseEnteredBy(""), std::nullopt);
}

}  // namespace
}  // namespace entered_by_test
}  // namespace lw

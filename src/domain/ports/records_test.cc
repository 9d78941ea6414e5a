#include "domain/ports/records.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace lw {
namespace records_test {
namespace {

TEST(RecordKindTest, EveryKindHasADistinctKeyThatParsesBack) {
  std::set<std::string> keys;
  for (RecordKind kind : kAllRecordKinds) {
    std::string key(RecordKindKey(kind));
    EXPECT_TRUE(keys.insert(key).second) << key;
    EXPECT_EQ(ParseRecordKind(key), kind);
  }
  EXPECT_EQ(RecordKindKey(RecordKind::kTeamDecision), "team-decision");
  EXPECT_EQ(ParseRecordKind("Episode"), std::nullopt);
}

TEST(RecordKindTest, IssueSixKindsArePinned) {
  EXPECT_EQ(RecordKindKey(RecordKind::kPlan), "plan");
  EXPECT_EQ(RecordKindKey(RecordKind::kGoal), "goal");
  EXPECT_EQ(RecordKindKey(RecordKind::kWheelCheckIn), "wheel-check-in");
  EXPECT_EQ(RecordKindKey(RecordKind::kQuestionnaireResponse), "questionnaire-response");
}

TEST(RecordKindTest, IssueSevenKindsArePinned) {
  EXPECT_EQ(RecordKindKey(RecordKind::kDirectoryOrganisation), "directory-organisation");
  EXPECT_EQ(RecordKindKey(RecordKind::kDirectoryService), "directory-service");
  EXPECT_EQ(ParseRecordKind("directory-service"), RecordKind::kDirectoryService);
  EXPECT_EQ(RecordKindKey(RecordKind::kWarmIntroduction), "warm-introduction");
  EXPECT_EQ(ParseRecordKind("warm-introduction"), RecordKind::kWarmIntroduction);
  EXPECT_EQ(RecordKindKey(RecordKind::kSharingProfile), "sharing-profile");
  EXPECT_EQ(RecordKindKey(RecordKind::kPeerMentorWish), "peer-mentor-wish");
  EXPECT_EQ(ParseRecordKind("peer-mentor-wish"), RecordKind::kPeerMentorWish);
  EXPECT_EQ(RecordKindKey(RecordKind::kUnmetNeed), "unmet-need");
  EXPECT_EQ(ParseRecordKind("unmet-need"), RecordKind::kUnmetNeed);
  EXPECT_EQ(RecordKindKey(RecordKind::kOutboxMessage), "outbox-message");
  EXPECT_EQ(ParseRecordKind("outbox-message"), RecordKind::kOutboxMessage);
  EXPECT_EQ(kAllRecordKinds.size(), 18U);
}

}  // namespace
}  // namespace records_test
}  // namespace lw

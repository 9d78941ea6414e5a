#include <gtest/gtest.h>

#include "storage/records/record_test_support.h"
#include "storage/records/team_records.h"

namespace lw::records {
namespace team_decision_record_test {
namespace {

using testing::At;
using testing::D;
using testing::kAwkward;
using testing::Replace;

TeamDecision Everything() {
  return TeamDecision{
      .id = "d-1",
      .version = 4,
      .team_id = "team-hyde",
      .huddle_on = D(2026, 3, 9),
      .about = {.kind = DecisionSubjectKind::kWarmIntroduction, .id = "wi-3"},
      .person_id = "p-1",
      .what = std::string(kAwkward),
      .who_does_it = "u-2",
      .by_when = D(2026, 3, 20),
      .present = {"u-1", "u-2", "u-5"},
      .recorded_by = "u-1",
      .recorded_at = At(),
      .by_when_history = {{.from = D(2026, 3, 12),
                           .to = D(2026, 3, 16),
                           .reason = "Sam asked to meet next week",
                           .by_user_id = "u-2",
                           .at = At(24)},
                          {.from = D(2026, 3, 16),
                           .to = D(2026, 3, 20),
                           .reason = "Line one\n\"two\"",
                           .by_user_id = "u-1",
                           .at = At(48)}},
      .done = DecisionDone{.on = D(2026, 3, 19), .by_user_id = "u-2", .outcome = "Walked"},
  };
}

TeamDecision Bare() {
  return TeamDecision{.id = "d-2",
                      .version = 1,
                      .team_id = "team-hyde",
                      .huddle_on = D(2026, 3, 9),
                      .about = {.kind = DecisionSubjectKind::kIntroduction, .id = "i-1"},
                      .person_id = "",
                      .what = "Ring back",
                      .who_does_it = "u-3",
                      .by_when = D(2026, 3, 10),
                      .present = {"u-1", "u-3"},
                      .recorded_by = "u-3",
                      .recorded_at = At(1),
                      .by_when_history = {},
                      .done = std::nullopt};
}

TEST(TeamDecisionRecordTest, EveryFieldRoundTrips) {
  const TeamDecision d = Everything();
  auto back = Codec<TeamDecision>::Decode(Codec<TeamDecision>::Encode(d));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, d);
}

TEST(TeamDecisionRecordTest, EmptyOptionalsRoundTrip) {
  const TeamDecision d = Bare();
  auto back = Codec<TeamDecision>::Decode(Codec<TeamDecision>::Encode(d));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, d);
  EXPECT_FALSE(back->done.has_value());
}

TEST(TeamDecisionRecordTest, IndexIsTeamWhoDoesItByWhenAndThePersonIfKnown) {
  EXPECT_EQ(Codec<TeamDecision>::kKind, RecordKind::kTeamDecision);
  EXPECT_EQ(Codec<TeamDecision>::Index(Everything()),
            (RecordIndex{.team_id = "team-hyde",
                         .owner_id = "u-2",
                         .open = false,
                         .sort_key = 20'532,  // 2026-03-20 in days since 1970-01-01
                         .links = {{.person_id = "p-1", .flag = true}}}));
  EXPECT_EQ(Codec<TeamDecision>::Index(Bare()), (RecordIndex{.team_id = "team-hyde",
                                                             .owner_id = "u-3",
                                                             .open = true,
                                                             .sort_key = 20'522,  // 2026-03-10
                                                             .links = {}}));
}

TEST(TeamDecisionRecordTest, IdAndVersionAreTheDecisions) {
  TeamDecision d = Bare();
  EXPECT_EQ(&Codec<TeamDecision>::Id(d), &d.id);
  Codec<TeamDecision>::SetVersion(d, 2);
  EXPECT_EQ(Codec<TeamDecision>::Version(d), 2);
}

TEST(TeamDecisionRecordTest, ABodyThisBuildCannotReadIsAnInternalError) {
  testing::ExpectGarbageUnreadable<TeamDecision>("id");
  const std::string text = Codec<TeamDecision>::Encode(Everything());
  testing::ExpectUnreadable<TeamDecision>(
      Replace(text, "\"warm-introduction\"", "\"cold-introduction\""), "about.kind");
  testing::ExpectUnreadable<TeamDecision>(Replace(text, "\"present\":[\"u-1\"", "\"present\":[1"),
                                          "'present' has the wrong type");
  testing::ExpectUnreadable<TeamDecision>(
      Replace(text, "\"to\":\"2026-03-20\"", "\"to\":\"2026-02-30\""), "by_when_history[1].to");
}

TEST(TeamDecisionRecordTest, StoredMemberNamesArePinned) {
  const std::string text = Codec<TeamDecision>::Encode(Everything());
  for (std::string_view pinned :
       {"\"huddle_on\":\"2026-03-09\"",
        "\"about\":{\"kind\":\"warm-introduction\",\"id\":\"wi-3\"}", "\"who_does_it\":\"u-2\"",
        "\"by_when\":\"2026-03-20\"", "\"present\":[\"u-1\",\"u-2\",\"u-5\"]",
        "\"recorded_by\":\"u-1\"", "\"by_when_history\":[", "\"done\":{\"on\":\"2026-03-19\""}) {
    EXPECT_NE(text.find(pinned), std::string::npos) << pinned << " not in " << text;
  }
}

}  // namespace
}  // namespace team_decision_record_test
}  // namespace lw::records

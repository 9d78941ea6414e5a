// Goal, WheelCheckIn and QuestionnaireResponse codecs (progress_records.h).
#include <gtest/gtest.h>

#include "storage/records/progress_records.h"
#include "storage/records/record_test_support.h"

namespace lw::records {
namespace progress_records_test {
namespace {

using testing::At;
using testing::D;
using testing::kAwkward;
using testing::Replace;

Goal GoalWithEverything() {
  return Goal{.id = "g-1",
              .version = 3,
              .person_id = "p-1",
              .team_id = "team-hyde",
              .text = std::string(kAwkward),
              .life_area = "community-and-leisure",
              .set_on = D(2026, 3, 1),
              .status = GoalStatus::kCarriedForward,
              .ratings = {{.on = D(2026, 3, 1), .rating = 0, .entered_by = EnteredBy::kPerson},
                          {.on = D(2026, 5, 2),
                           .rating = 10,
                           .entered_by = EnteredBy::kPractitioner,
                           .note = "Went \"every\" week"}},
              .status_note = "Into the next plan"};
}

TEST(GoalRecordTest, EveryFieldRoundTrips) {
  for (const Goal& g : {GoalWithEverything(), Goal{.id = "g-2",
                                              .person_id = "p",
                                              .text = "t",
                                              .life_area = "home",
                                              .set_on = D(2026, 1, 1)}}) {
    auto back = Codec<Goal>::Decode(Codec<Goal>::Encode(g));
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(*back, g);
  }
}

TEST(GoalRecordTest, IndexIsTeamOpenSetOnAndThePerson) {
  EXPECT_EQ(Codec<Goal>::kKind, RecordKind::kGoal);
  Goal g = GoalWithEverything();
  const RecordIndex want{.team_id = "team-hyde",
                         .owner_id = "",
                         .open = true,
                         .sort_key = 20'513,  // 2026-03-01
                         .links = {{.person_id = "p-1", .flag = true}}};
  EXPECT_EQ(Codec<Goal>::Index(g), want);
  g.status = GoalStatus::kActive;
  EXPECT_TRUE(Codec<Goal>::Index(g).open);
  g.status = GoalStatus::kAchieved;
  EXPECT_FALSE(Codec<Goal>::Index(g).open);
  g.status = GoalStatus::kSetAside;
  EXPECT_FALSE(Codec<Goal>::Index(g).open);
}

TEST(GoalRecordTest, ABodyThisBuildCannotReadIsAnInternalError) {
  testing::ExpectGarbageUnreadable<Goal>("id");
  const std::string text = Codec<Goal>::Encode(GoalWithEverything());
  testing::ExpectUnreadable<Goal>(Replace(text, "\"carried-forward\"", "\"forgotten\""), "status");
  testing::ExpectUnreadable<Goal>(Replace(text, "\"practitioner\"", "\"robot\""),
                                  "ratings[1].entered_by");
}

TEST(GoalRecordTest, StoredMemberNamesArePinned) {
  const std::string text = Codec<Goal>::Encode(GoalWithEverything());
  for (std::string_view pinned :
       {"\"person_id\":\"p-1\"", "\"team_id\":\"team-hyde\"",
        "\"life_area\":\"community-and-leisure\"", "\"set_on\":\"2026-03-01\"",
        "\"status\":\"carried-forward\"",
        R"("ratings":[{"on":"2026-03-01","rating":0,"entered_by":"person","note":null})",
        "\"status_note\":\"Into the next plan\"", "\"text\":"}) {
    EXPECT_NE(text.find(pinned), std::string::npos) << pinned << " not in " << text;
  }
}

WheelCheckIn CheckIn() {
  return WheelCheckIn{.id = "w-1",
                      .version = 1,
                      .person_id = "p-1",
                      .team_id = "team-hyde",
                      .on = D(2026, 4, 2),
                      .entered_by = EnteredBy::kPerson,
                      .ratings = {{"home", 7}, {"money", 2}},
                      .note = std::string(kAwkward)};
}

TEST(WheelCheckInRecordTest, RoundTripIndexAndPinnedNames) {
  const WheelCheckIn c = CheckIn();
  const std::string text = Codec<WheelCheckIn>::Encode(c);
  auto back = Codec<WheelCheckIn>::Decode(text);
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, c);
  EXPECT_EQ(Codec<WheelCheckIn>::kKind, RecordKind::kWheelCheckIn);
  EXPECT_EQ(Codec<WheelCheckIn>::Index(c),
            (RecordIndex{.team_id = "team-hyde",
                         .open = true,
                         .sort_key = 20'545,  // 2026-04-02
                         .links = {{.person_id = "p-1", .flag = true}}}));
  for (std::string_view pinned :
       {"\"on\":\"2026-04-02\"", "\"entered_by\":\"person\"",
        "\"ratings\":[{\"area\":\"home\",\"rating\":7}", "\"note\":", "\"person_id\":\"p-1\""}) {
    EXPECT_NE(text.find(pinned), std::string::npos) << pinned << " not in " << text;
  }
  testing::ExpectGarbageUnreadable<WheelCheckIn>("id");
  testing::ExpectUnreadable<WheelCheckIn>(Replace(text, "\"rating\":7", "\"rating\":\"7\""),
                                          "ratings[0].rating");
}

QuestionnaireResponse Response() {
  return QuestionnaireResponse{.id = "r-1",
                               .version = 1,
                               .person_id = "p-1",
                               .team_id = "team-hyde",
                               .instrument_id = "swemwbs",
                               .instrument_version = "1",
                               .occasion = Occasion::kAdHoc,
                               .entered_by = EnteredBy::kTogether,
                               .on = D(2026, 4, 2),
                               .recorded_at = At(2),
                               .answers = {{"q1", 3}, {"q2", std::nullopt}, {"q3", -2}},
                               .status = ScoreStatus::kPartialScored,
                               .raw = Points::Whole(17),
                               .score = Points::Hundredths(1688),
                               .why = "Scored 16.88"};
}

TEST(QuestionnaireResponseRecordTest, RoundTripIndexAndPinnedNames) {
  QuestionnaireResponse q = Response();
  const std::string text = Codec<QuestionnaireResponse>::Encode(q);
  auto back = Codec<QuestionnaireResponse>::Decode(text);
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, q);
  q.raw.reset();
  q.score.reset();
  q.status = ScoreStatus::kPartialNotScorable;
  EXPECT_EQ(*Codec<QuestionnaireResponse>::Decode(Codec<QuestionnaireResponse>::Encode(q)), q);
  EXPECT_EQ(Codec<QuestionnaireResponse>::kKind, RecordKind::kQuestionnaireResponse);
  EXPECT_EQ(Codec<QuestionnaireResponse>::Index(q),
            (RecordIndex{.team_id = "team-hyde",
                         .open = true,
                         .sort_key = 20'545,
                         .links = {{.person_id = "p-1", .flag = true}}}));
  for (std::string_view pinned :
       {"\"instrument\":\"swemwbs\"", "\"instrument_version\":\"1\"", "\"occasion\":\"ad-hoc\"",
        "\"entered_by\":\"together\"", "\"on\":\"2026-04-02\"", "\"recorded_at\":1773054000000000",
        "\"answers\":[{\"item\":\"q1\",\"value\":3},{\"item\":\"q2\",\"value\":null}",
        "\"status\":\"partial-scored\"", "\"raw_hundredths\":1700", "\"score_hundredths\":1688",
        "\"why\":\"Scored 16.88\""}) {
    EXPECT_NE(text.find(pinned), std::string::npos) << pinned << " not in " << text;
  }
  testing::ExpectGarbageUnreadable<QuestionnaireResponse>("id");
  testing::ExpectUnreadable<QuestionnaireResponse>(Replace(text, "\"partial-scored\"", "\"half\""),
                                                   "status");
  testing::ExpectUnreadable<QuestionnaireResponse>(Replace(text, "\"ad-hoc\"", "\"whenever\""),
                                                   "occasion");
}

}  // namespace
}  // namespace progress_records_test
}  // namespace lw::records

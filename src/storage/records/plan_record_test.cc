#include <gtest/gtest.h>

#include "storage/records/plan_records.h"
#include "storage/records/record_test_support.h"

namespace lw::records {
namespace plan_record_test {
namespace {

using testing::At;
using testing::D;
using testing::kAwkward;
using testing::Replace;

MyPlan Everything() {
  MyPlan p{.person_id = "p-1", .version = 4, .team_id = "team-hyde"};
  int i = 0;
  for (const PlanSection& s : kPlanSections) {
    s.mutable_text(p) = std::string(s.key) + " " + std::to_string(++i);
  }
  p.my_story = std::string(kAwkward);
  p.actions = {{.who = "Me", .what = "Walk on Tuesdays", .by_when = D(2026, 4, 1), .done = true},
               {.who = "Sam", .what = std::string(kAwkward), .by_when = {}, .done = false}};
  p.entered_by = EnteredBy::kPerson;
  p.updated_at = At(3);
  p.updated_by_user_id = "u-sam";
  return p;
}

TEST(PlanRecordTest, EveryFieldRoundTrips) {
  const MyPlan p = Everything();
  auto back = Codec<MyPlan>::Decode(Codec<MyPlan>::Encode(p));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, p);
  for (EnteredBy by : kAllEnteredBy) {
    MyPlan q = p;
    q.entered_by = by;
    EXPECT_EQ(*Codec<MyPlan>::Decode(Codec<MyPlan>::Encode(q)), q);
  }
}

TEST(PlanRecordTest, AnEmptyPlanRoundTrips) {
  const MyPlan p{.person_id = "p-2", .version = 1};
  auto back = Codec<MyPlan>::Decode(Codec<MyPlan>::Encode(p));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, p);
}

TEST(PlanRecordTest, IndexIsTheTeamAndLinksThePerson) {
  EXPECT_EQ(Codec<MyPlan>::kKind, RecordKind::kPlan);
  EXPECT_EQ(Codec<MyPlan>::Index(Everything()),
            (RecordIndex{.team_id = "team-hyde",
                         .owner_id = "",
                         .open = true,
                         .sort_key = 0,
                         .links = {{.person_id = "p-1", .flag = true}}}));
}

TEST(PlanRecordTest, IdIsThePersonsId) {
  MyPlan p = Everything();
  EXPECT_EQ(&Codec<MyPlan>::Id(p), &p.person_id);
  Codec<MyPlan>::SetVersion(p, 9);
  EXPECT_EQ(Codec<MyPlan>::Version(p), 9);
}

TEST(PlanRecordTest, ASectionMissingFromAnOlderBodyReadsAsEmpty) {
  const std::string text = Codec<MyPlan>::Encode(Everything());
  auto back = Codec<MyPlan>::Decode(
      Replace(text, "\"crisis_contacts\":\"crisis_contacts 12\"", "\"x\":\"\""));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(back->safety.crisis_contacts, "");
  EXPECT_EQ(back->safety.who_i_can_call, "who_i_can_call 11");
}

TEST(PlanRecordTest, ABodyThisBuildCannotReadIsAnInternalError) {
  testing::ExpectGarbageUnreadable<MyPlan>("person_id");
  const std::string text = Codec<MyPlan>::Encode(Everything());
  testing::ExpectUnreadable<MyPlan>(
      Replace(text, "\"entered_by\":\"person\"", "\"entered_by\":\"robot\""),
      "unknown entered_by 'robot'");
  testing::ExpectUnreadable<MyPlan>(Replace(text, "\"done\":true", "\"done\":\"yes\""),
                                    "'actions[0].done' has the wrong type");
  testing::ExpectUnreadable<MyPlan>(
      Replace(text, "\"by_when\":\"2026-04-01\"", "\"by_when\":\"April\""), "actions[0].by_when");
  testing::ExpectUnreadable<MyPlan>(
      Replace(text, "\"what_helps\":\"what_helps 4\"", "\"what_helps\":4"), "sections.what_helps");
}

TEST(PlanRecordTest, StoredMemberNamesArePinned) {
  const std::string text = Codec<MyPlan>::Encode(Everything());
  for (std::string_view pinned : {"\"person_id\":\"p-1\"",
                                  "\"version\":4",
                                  "\"team_id\":\"team-hyde\"",
                                  "\"sections\":{",
                                  "\"what_matters\":\"what_matters 2\"",
                                  "\"strengths\":\"strengths 3\"",
                                  "\"what_helps\":\"what_helps 4\"",
                                  "\"what_does_not_help\":\"what_does_not_help 5\"",
                                  "\"my_people\":\"my_people 6\"",
                                  "\"what_i_need\":\"what_i_need 7\"",
                                  "\"my_goals\":\"my_goals 8\"",
                                  "\"warning_signs\":\"warning_signs 9\"",
                                  "\"what_i_can_do\":\"what_i_can_do 10\"",
                                  "\"who_i_can_call\":\"who_i_can_call 11\"",
                                  "\"crisis_contacts\":\"crisis_contacts 12\"",
                                  "\"my_story\":\"Si",
                                  "\"actions\":[{\"who\":\"Me\",\"what\":\"Walk on Tuesdays\"",
                                  "\"by_when\":\"2026-04-01\",\"done\":true}",
                                  "\"by_when\":null",
                                  "\"entered_by\":\"person\"",
                                  "\"updated_at\":",
                                  "\"updated_by\":\"u-sam\""}) {
    EXPECT_NE(text.find(pinned), std::string::npos) << pinned << " in " << text;
  }
}

}  // namespace
}  // namespace plan_record_test
}  // namespace lw::records

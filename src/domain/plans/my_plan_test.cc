#include "domain/plans/my_plan.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "testing/field_errors.h"

namespace lw {
namespace my_plan_test {
namespace {

using ::lw::testing::Fields;
using ::lw::testing::MessageFor;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

Date Day(int y, int m, int d) { return *Date::FromYmd(y, m, d); }

MyPlan Sample() {
  MyPlan p{.person_id = "p-1", .version = 1, .team_id = "team-hyde"};
  p.my_story = "I lost my job in the spring.\nSleep went after that.";
  p.what_matters = "My daughter, and getting out walking.";
  p.actions = {
      {.who = "Me", .what = "Walk with the group on Tuesdays", .by_when = {}},
      {.who = "Sam", .what = "Ring Citizens Advice about the debt", .by_when = Day(2026, 6, 12)}};
  p.safety.crisis_contacts = "NHS 111 option 2; Samaritans 116 123";
  return p;
}

Result<MyPlan> Validated(MyPlan p) {
  if (auto s = ValidatePlan(p); !s) return Fail(s.error());
  return p;
}

TEST(PlanSectionsTest, KeysAreUniqueAndStable) {
  std::set<std::string_view> keys;
  for (const PlanSection& s : kPlanSections) {
    EXPECT_TRUE(keys.insert(s.key).second) << s.key;
    EXPECT_FALSE(s.title.empty());
    EXPECT_FALSE(s.hint.empty());
  }
  EXPECT_EQ(keys.count(kPlanActionsKey), 0U);
  // Stored keys and the export's members: never renamed.
  std::vector<std::string_view> in_order;
  in_order.reserve(kPlanSections.size());
  for (const PlanSection& s : kPlanSections) in_order.push_back(s.key);
  EXPECT_THAT(in_order,
              ElementsAre("my_story", "what_matters", "strengths", "what_helps",
                          "what_does_not_help", "my_people", "what_i_need", "my_goals",
                          "warning_signs", "what_i_can_do", "who_i_can_call", "crisis_contacts"));
}

TEST(PlanSectionsTest, EachSectionReadsAndWritesItsOwnMember) {
  MyPlan p;
  for (const PlanSection& s : kPlanSections) s.mutable_text(p) = std::string(s.key);
  EXPECT_EQ(p.my_story, "my_story");
  EXPECT_EQ(p.what_does_not_help, "what_does_not_help");
  EXPECT_EQ(p.my_goals, "my_goals");
  EXPECT_EQ(p.safety.warning_signs, "warning_signs");
  EXPECT_EQ(p.safety.crisis_contacts, "crisis_contacts");
  for (const PlanSection& s : kPlanSections) EXPECT_EQ(s.text(p), s.key);
  EXPECT_EQ(FindPlanSection("what_helps")->title, "What helps");
  EXPECT_EQ(FindPlanSection("who_i_can_call")->part, PlanPart::kSafety);
  EXPECT_EQ(FindPlanSection("actions"), nullptr);
}

TEST(PlanSectionsTest, EmptyPlanIsEmpty) {
  EXPECT_TRUE(IsEmptyPlan(MyPlan{}));
  MyPlan p;
  p.safety.who_i_can_call = "Mum";
  EXPECT_FALSE(IsEmptyPlan(p));
  MyPlan q;
  q.actions.push_back({.who = "Me", .what = "Walk"});
  EXPECT_FALSE(IsEmptyPlan(q));
}

TEST(ValidatePlanTest, AnEmptyPlanIsFine) { EXPECT_TRUE(Validated(MyPlan{.person_id = "p-1"})); }

TEST(ValidatePlanTest, KeepsWordsTrimsAndUnifiesLineEndings) {
  MyPlan p = Sample();
  p.strengths = "  I am stubborn, <b>in a good way</b>\r\nand funny\r\n ";
  auto v = Validated(p);
  ASSERT_TRUE(v) << v.error().message;
  EXPECT_EQ(v->strengths, "I am stubborn, <b>in a good way</b>\nand funny");
  EXPECT_EQ(v->my_story, p.my_story);
}

TEST(ValidatePlanTest, SectionsHaveALengthLimitInCharacters) {
  MyPlan p;
  p.what_helps = std::string(kMaxPlanSectionChars, 'a');
  EXPECT_TRUE(Validated(p));
  std::string accents;
  for (std::size_t i = 0; i < kMaxPlanSectionChars; ++i) accents += "\u00e9";
  p.what_helps = accents;  // 2 bytes each: still 5,000 characters
  EXPECT_TRUE(Validated(p));
  p.what_helps += "a";
  auto v = Validated(p);
  EXPECT_THAT(Fields(v), ElementsAre("what_helps"));
  EXPECT_EQ(MessageFor(v, "what_helps"), "What helps must be 5000 characters or fewer");
}

TEST(ValidatePlanTest, RefusesControlCharactersButKeepsTabsAndNewLines) {
  MyPlan p;
  p.my_story = "one\ttwo\nthree";
  EXPECT_TRUE(Validated(p));
  p.safety.warning_signs = std::string("bell\a");
  p.my_people = "bad utf8 \xff";
  auto v = Validated(p);
  EXPECT_THAT(Fields(v), ElementsAre("my_people", "warning_signs"));
  EXPECT_EQ(MessageFor(v, "warning_signs"),
            "Signs that things are getting hard contains characters we cannot save");
}

TEST(ValidatePlanTest, BlankActionRowsAreDroppedAndOthersNeedWhoAndWhat) {
  MyPlan p = Sample();
  p.actions.insert(p.actions.begin() + 1, PlanAction{.who = "  ", .what = ""});
  p.actions.push_back({.who = "", .what = "Find a dentist"});
  p.actions.push_back({.who = "Me", .what = "   "});
  auto v = Validated(p);
  EXPECT_THAT(Fields(v), ElementsAre("action_2_who", "action_3_what"));
  EXPECT_EQ(MessageFor(v, "action_2_who"), "Enter who will do it");
  EXPECT_EQ(MessageFor(v, "action_3_what"), "Enter what they will do");
  // A row with only a date is not blank: it needs a who and a what.
  MyPlan q;
  q.actions.push_back({.by_when = Day(2026, 7, 1)});
  EXPECT_THAT(Fields(Validated(q)), ElementsAre("action_0_who", "action_0_what"));
}

TEST(ValidatePlanTest, ActionsAreLimitedInNumberAndLength) {
  MyPlan p;
  for (std::size_t i = 0; i < kMaxPlanActions; ++i) p.actions.push_back({.who = "Me", .what = "x"});
  EXPECT_TRUE(Validated(p));
  p.actions.push_back({.who = "Me", .what = "one more"});
  EXPECT_THAT(Fields(Validated(p)), ElementsAre("actions"));
  MyPlan q;
  q.actions.push_back({.who = std::string(201, 'w'), .what = std::string(200, 'x')});
  auto v = Validated(q);
  EXPECT_THAT(Fields(v), ElementsAre("action_0_who"));
  EXPECT_EQ(MessageFor(v, "action_0_who"), "Who must be 200 characters or fewer");
}

TEST(ComparePlansTest, SameTextIsUnchangedEverywhere) {
  MyPlan a = Sample();
  MyPlan b = a;
  b.version = 2;
  PlanComparison c = ComparePlans(a, b);
  EXPECT_EQ(c.from_version, 1);
  EXPECT_EQ(c.to_version, 2);
  ASSERT_EQ(c.sections.size(), kPlanSections.size());
  for (const SectionChange& s : c.sections) EXPECT_FALSE(s.changed) << s.section->key;
  EXPECT_FALSE(c.actions_changed);
  EXPECT_THAT(c.ChangedTitles(), IsEmpty());
}

TEST(ComparePlansTest, ChangedSectionsCarryBothTexts) {
  MyPlan a = Sample();
  MyPlan b = a;
  b.what_matters = "My daughter.";
  b.safety.who_i_can_call = "My sister Jo";
  PlanComparison c = ComparePlans(a, b);
  EXPECT_TRUE(c.sections[1].changed);
  EXPECT_EQ(c.sections[1].older, "My daughter, and getting out walking.");
  EXPECT_EQ(c.sections[1].newer, "My daughter.");
  EXPECT_TRUE(c.sections[10].changed);
  EXPECT_EQ(c.sections[10].older, "");
  EXPECT_FALSE(c.sections[0].changed);
  EXPECT_EQ(c.sections[0].older, a.my_story);  // unchanged sections keep their text
  EXPECT_THAT(c.ChangedTitles(), ElementsAre("What matters to me", "Who I can call"));
}

TEST(ComparePlansTest, ActionsAreMatchedByWhoAndWhat) {
  MyPlan a = Sample();
  MyPlan b = a;
  b.actions[1].done = true;                                  // changed
  b.actions.erase(b.actions.begin());                        // removed
  b.actions.push_back({.who = "Me", .what = "See the GP"});  // added
  PlanComparison c = ComparePlans(a, b);
  EXPECT_TRUE(c.actions_changed);
  ASSERT_EQ(c.actions.size(), 3U);
  EXPECT_EQ(c.actions[0].kind, ActionChange::Kind::kChanged);
  EXPECT_FALSE(c.actions[0].older->done);
  EXPECT_TRUE(c.actions[0].newer->done);
  EXPECT_EQ(c.actions[1].kind, ActionChange::Kind::kAdded);
  EXPECT_EQ(c.actions[1].newer->what, "See the GP");
  EXPECT_EQ(c.actions[2].kind, ActionChange::Kind::kRemoved);
  EXPECT_EQ(c.actions[2].older->what, "Walk with the group on Tuesdays");
  EXPECT_THAT(c.ChangedTitles(), ElementsAre(kPlanActionsTitle));
}

TEST(ComparePlansTest, ActionsChangedComeBetweenGoalsAndTheSafetyPlan) {
  MyPlan a = Sample();
  MyPlan b = a;
  b.my_goals = "Back to work by the summer";
  b.actions.clear();
  b.safety.warning_signs = "Not sleeping";
  EXPECT_THAT(ComparePlans(a, b).ChangedTitles(),
              ElementsAre("My goals", kPlanActionsTitle, "Signs that things are getting hard"));
}

TEST(ComparePlansTest, ReorderedActionsAreAChange) {
  MyPlan a = Sample();
  MyPlan b = a;
  std::swap(b.actions[0], b.actions[1]);
  PlanComparison c = ComparePlans(a, b);
  EXPECT_TRUE(c.actions_changed);
  for (const ActionChange& x : c.actions) EXPECT_EQ(x.kind, ActionChange::Kind::kUnchanged);
}

}  // namespace
}  // namespace my_plan_test
}  // namespace lw

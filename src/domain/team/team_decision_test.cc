#include "domain/team/team_decision.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>
#include "testing/field_errors.h"

namespace lw {
namespace team_decision_test {
namespace {

using ::lw::testing::Fields;

Date Day(int y, int m, int d) { return *Date::FromYmd(y, m, d); }
// London midday on a March 2026 day (GMT then, so the same as UTC).
Timestamp Noon(int d) { return StartOfLondonDay(Day(2026, 3, d)) + std::chrono::hours(12); }

// 9 March 2026 is a Monday.
const Date kMonday = Day(2026, 3, 9);
const Date kTuesday = Day(2026, 3, 10);
const Date kWednesday = Day(2026, 3, 11);

TeamDecisionDraft Draft() {
  return {.team_id = "team-a",
          .huddle_on = kMonday,
          .about = {.kind = DecisionSubjectKind::kConcern, .id = "c-1"},
          .person_id = "p-1",
          .what = "Ring Sam today and offer a walk on Thursday",
          .who_does_it = "u-peer",
          .by_when = kTuesday,
          .present = {"u-peer", "u-psychiatrist", "u-lead"},
          .recorded_by = "u-lead",
          .recorded_at = StartOfLondonDay(kMonday) + std::chrono::hours(9)};
}

TeamDecision Recorded(TeamDecisionDraft d = Draft(), std::string id = "d-1") {
  auto r = RecordTeamDecision(std::move(d));
  EXPECT_TRUE(r.has_value());
  r->id = std::move(id);
  return *r;
}

DecisionDone Done(Date on) {
  return {.on = on, .by_user_id = "u-peer", .outcome = "Rang him; walk booked for Thursday"};
}

std::vector<std::string> Ids(const std::vector<TeamDecision>& ds) {
  std::vector<std::string> out;
  for (const auto& d : ds) out.push_back(d.id);
  return out;
}

TEST(TeamDecisionVocabularyTest, SubjectKeysAreStableAndParseBack) {
  EXPECT_EQ(DecisionSubjectKindKey(DecisionSubjectKind::kPerson), "person");
  EXPECT_EQ(DecisionSubjectKindKey(DecisionSubjectKind::kIntroduction), "introduction");
  EXPECT_EQ(DecisionSubjectKindKey(DecisionSubjectKind::kConcern), "concern");
  EXPECT_EQ(DecisionSubjectKindKey(DecisionSubjectKind::kEpisode), "episode");
  EXPECT_EQ(DecisionSubjectKindKey(DecisionSubjectKind::kWarmIntroduction), "warm-introduction");
  EXPECT_EQ(DecisionSubjectKindDisplayName(DecisionSubjectKind::kEpisode), "Episode of support");
  for (DecisionSubjectKind k : kAllDecisionSubjectKinds) {
    EXPECT_EQ(ParseDecisionSubjectKind(DecisionSubjectKindKey(k)), k);
    EXPECT_FALSE(DecisionSubjectKindDisplayName(k).empty());
  }
  EXPECT_EQ(ParseDecisionSubjectKind("case"), std::nullopt);
}

TEST(TeamDecisionTest, RecordMakesAnOpenFirstVersion) {
  TeamDecision d = Recorded();
  EXPECT_EQ(d.version, 1);
  EXPECT_FALSE(d.IsDone());
  EXPECT_EQ(d.about, (DecisionSubject{DecisionSubjectKind::kConcern, "c-1"}));
  EXPECT_EQ(d.by_when, kTuesday);
  EXPECT_EQ(d.present, (std::vector<std::string>{"u-peer", "u-psychiatrist", "u-lead"}));
  EXPECT_TRUE(d.by_when_history.empty());
}

TEST(TeamDecisionTest, PresentIsTrimmedAndDedupedKeepingTheFirst) {
  TeamDecisionDraft draft = Draft();
  draft.present = {" u-lead ", "u-peer", "u-lead", "", "u-peer"};
  EXPECT_EQ(Recorded(draft).present, (std::vector<std::string>{"u-lead", "u-peer"}));
}

TEST(TeamDecisionTest, ADecisionNeedsAtLeastTwoDistinctPeoplePresent) {
  TeamDecisionDraft draft = Draft();
  draft.present = {"u-lead", "u-lead", " "};
  auto r = RecordTeamDecision(draft);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(Fields(r), std::vector<std::string>{"present"});
  EXPECT_NE(r.error().field_errors[0].message.find("at least two"), std::string::npos);
  draft.present = {};
  EXPECT_EQ(Fields(RecordTeamDecision(draft)), std::vector<std::string>{"present"});
  draft.present = {"u-lead", std::string(101, 'x')};
  EXPECT_EQ(Fields(RecordTeamDecision(draft)), std::vector<std::string>{"present"});
}

// The keyworker may be out on a visit: the team can still give them the action.
TEST(TeamDecisionTest, WhoDoesItNeedNotHaveBeenPresent) {
  TeamDecisionDraft draft = Draft();
  draft.who_does_it = "u-keyworker";
  TeamDecision d = Recorded(draft);
  EXPECT_FALSE(WasPresent(d, "u-keyworker"));
  EXPECT_TRUE(WasPresent(d, "u-psychiatrist"));
}

TEST(TeamDecisionTest, RecordNamesEveryBadField) {
  TeamDecisionDraft draft{.huddle_on = kMonday,
                          .by_when = Day(2026, 3, 8),
                          .recorded_at = StartOfLondonDay(kMonday) - std::chrono::minutes(1)};
  auto r = RecordTeamDecision(draft);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(Fields(r),
            (std::vector<std::string>{"team_id", "about", "what", "who_does_it", "by_when",
                                      "present", "recorded_by", "huddle_on"}));
}

TEST(TeamDecisionTest, ByWhenMayBeTheHuddleDayItself) {
  TeamDecisionDraft draft = Draft();
  draft.by_when = kMonday;
  EXPECT_TRUE(RecordTeamDecision(draft).has_value());
}

TEST(TeamDecisionTest, WhatMayBe1000CharactersButNotMore) {
  TeamDecisionDraft draft = Draft();
  draft.what = std::string(1000, 'a');
  EXPECT_TRUE(RecordTeamDecision(draft).has_value());
  draft.what += "a";
  EXPECT_EQ(Fields(RecordTeamDecision(draft)), std::vector<std::string>{"what"});
}

TEST(TeamDecisionTest, AboutAPersonFillsOrChecksPersonId) {
  TeamDecisionDraft draft = Draft();
  draft.about = {.kind = DecisionSubjectKind::kPerson, .id = "p-7"};
  draft.person_id = "";
  EXPECT_EQ(Recorded(draft).person_id, "p-7");
  draft.person_id = "p-8";
  EXPECT_EQ(Fields(RecordTeamDecision(draft)), std::vector<std::string>{"person_id"});
}

TEST(TeamDecisionTest, MarkDoneMakesTheNextVersion) {
  TeamDecision open = Recorded();
  auto r = MarkDone(open, Done(kTuesday));
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->version, 2);
  EXPECT_TRUE(r->IsDone());
  EXPECT_EQ(*r->done, Done(kTuesday));
  TeamDecision expected = open;
  expected.version = 2;
  expected.done = Done(kTuesday);
  EXPECT_EQ(*r, expected);
}

TEST(TeamDecisionTest, MarkDoneRefusesBadDataAndLeavesTheDecisionUntouched) {
  TeamDecision open = Recorded();
  const TeamDecision before = open;
  auto r = MarkDone(open, {.on = Day(2026, 3, 8), .by_user_id = "", .outcome = " "});
  EXPECT_EQ(Fields(r), (std::vector<std::string>{"done_on", "done_by", "outcome"}));
  EXPECT_EQ(open, before);
  EXPECT_TRUE(MarkDone(open, Done(kMonday)).has_value());
}

TEST(TeamDecisionTest, DoneIsFinal) {
  TeamDecision done = *MarkDone(Recorded(), Done(kTuesday));
  auto again = MarkDone(done, Done(kWednesday));
  ASSERT_FALSE(again.has_value());
  EXPECT_EQ(again.error().code, ErrorCode::kFailedPrecondition);
  auto moved = Reschedule(done, kWednesday, "Later", "u-lead", Noon(10));
  ASSERT_FALSE(moved.has_value());
  EXPECT_EQ(moved.error().code, ErrorCode::kFailedPrecondition);
}

TEST(TeamDecisionTest, RescheduleKeepsAHistoryOfByWhenChanges) {
  TeamDecision d = Recorded();
  auto once = Reschedule(d, Day(2026, 3, 13), "Sam asked for Friday", "u-peer", Noon(10));
  ASSERT_TRUE(once.has_value());
  auto twice = Reschedule(*once, Day(2026, 3, 12), "Sooner: sister worried", "u-lead", Noon(11));
  ASSERT_TRUE(twice.has_value());
  EXPECT_EQ(twice->version, 3);
  EXPECT_EQ(twice->by_when, Day(2026, 3, 12));
  ASSERT_EQ(twice->by_when_history.size(), 2u);
  EXPECT_EQ(twice->by_when_history[0], (ByWhenChange{.from = kTuesday,
                                                     .to = Day(2026, 3, 13),
                                                     .reason = "Sam asked for Friday",
                                                     .by_user_id = "u-peer",
                                                     .at = Noon(10)}));
  EXPECT_EQ(twice->by_when_history[1].from, Day(2026, 3, 13));
  EXPECT_EQ(twice->by_when_history[1].to, Day(2026, 3, 12));
}

TEST(TeamDecisionTest, RescheduleRefusesTheSameDateAPastDateAndMissingReason) {
  TeamDecision d = Recorded();
  const TeamDecision before = d;
  EXPECT_EQ(Fields(Reschedule(d, kTuesday, "same", "u-lead", Noon(9))),
            std::vector<std::string>{"by_when"});
  // On Wednesday, Tuesday is past; the huddle day is past too.
  EXPECT_EQ(Fields(Reschedule(d, kMonday, "late", "u-lead", Noon(11))),
            std::vector<std::string>{"by_when"});
  EXPECT_EQ(Fields(Reschedule(d, Day(2026, 3, 8), "early", "u-lead", Noon(9))),
            std::vector<std::string>{"by_when"});
  EXPECT_EQ(Fields(Reschedule(d, kWednesday, "  ", "", Noon(9))),
            (std::vector<std::string>{"reason", "by_user_id"}));
  EXPECT_EQ(d, before);
  // Today itself is fine.
  EXPECT_TRUE(Reschedule(d, kWednesday, "Missed it", "u-lead", Noon(11)).has_value());
}

TEST(TeamDecisionTest, OverdueOnlyAfterByWhenAndOnlyWhileOpen) {
  TeamDecision d = Recorded();  // by Tuesday
  EXPECT_FALSE(Overdue(d, kMonday));
  EXPECT_FALSE(Overdue(d, kTuesday));
  EXPECT_TRUE(Overdue(d, kWednesday));
  EXPECT_FALSE(Overdue(*MarkDone(d, Done(kWednesday)), kWednesday));
}

// A decision made Monday and not done comes back Tuesday and Wednesday;
// once done on Tuesday it is gone by Wednesday.
TEST(TeamDecisionCarryOverTest, AnUndoneDecisionComesBackEveryDayUntilDone) {
  std::vector<TeamDecision> store = {Recorded()};
  EXPECT_TRUE(CarriedOver(store, kMonday).empty()) << "made today: not carried over";
  EXPECT_EQ(Ids(CarriedOver(store, kTuesday)), std::vector<std::string>{"d-1"});
  EXPECT_EQ(Ids(CarriedOver(store, kWednesday)), std::vector<std::string>{"d-1"});
  EXPECT_EQ(Ids(CarriedOver(store, Day(2026, 4, 20))), std::vector<std::string>{"d-1"});

  store[0] = *MarkDone(store[0], Done(kTuesday));
  EXPECT_TRUE(CarriedOver(store, kWednesday).empty());
}

TEST(TeamDecisionCarryOverTest, OverdueFirstThenByWhenThenHuddleDay) {
  auto make = [](std::string id, Date huddle, Date by, int minute = 0) {
    TeamDecisionDraft d = Draft();
    d.huddle_on = huddle;
    d.by_when = by;
    d.recorded_at = StartOfLondonDay(huddle) + std::chrono::hours(9) + std::chrono::minutes(minute);
    return Recorded(d, std::move(id));
  };
  std::vector<TeamDecision> store = {
      make("later", Day(2026, 3, 6), Day(2026, 3, 20)),
      make("due-today", kMonday, kWednesday),
      make("today-made", kWednesday, kWednesday),  // made at today's huddle
      make("overdue-2", kMonday, kMonday),
      make("overdue-1", kMonday, kTuesday),
      make("overdue-2-older", Day(2026, 3, 2), kMonday),
      make("overdue-2-b", kMonday, kMonday, 5),
      make("overdue-2-a", kMonday, kMonday, 5),
  };
  EXPECT_EQ(Ids(CarriedOver(store, kWednesday)),
            (std::vector<std::string>{"overdue-2-older", "overdue-2", "overdue-2-a", "overdue-2-b",
                                      "overdue-1", "due-today", "later"}));
}

TEST(TeamDecisionTest, InvariantsHoldAfterEveryChange) {
  TeamDecision d = Recorded();
  CheckTeamDecisionInvariants(d);
  d = *Reschedule(d, kWednesday, "Moved", "u-lead", Noon(10));
  CheckTeamDecisionInvariants(d);
  CheckTeamDecisionInvariants(*MarkDone(d, Done(kWednesday)));
}

TEST(TeamDecisionDeathTest, InvariantCheckCatchesABrokenByWhenChain) {
  TeamDecision d = *Reschedule(Recorded(), kWednesday, "Moved", "u-lead", Noon(10));
  d.by_when = Day(2026, 3, 12);
  EXPECT_DEATH(CheckTeamDecisionInvariants(d), "by_when_history.back");
}

TEST(TeamDecisionDeathTest, InvariantCheckCatchesADecisionWithoutTheTeam) {
  TeamDecision d = Recorded();
  d.present = {"u-lead"};
  EXPECT_DEATH(CheckTeamDecisionInvariants(d), "present.size");
}

}  // namespace
}  // namespace team_decision_test
}  // namespace lw

#include "domain/team/huddle.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

namespace lw {
namespace huddle_test {
namespace {

using St = IntroductionState;
using K = HuddleItemKind;

Date Day(int y, int m, int d) { return *Date::FromYmd(y, m, d); }
Date March(int d) { return Day(2026, 3, d); }
// A London wall-clock time (GMT in early March 2026, BST from 29 March).
Timestamp London(Date d, int hour = 10) { return LondonToUtc(d, hour, 0); }

// 9 March 2026 is a Monday; the board is usually built on Wednesday 11th.
const Date kMonday = March(9);
const Date kTuesday = March(10);
const Date kWednesday = March(11);
const HuddleRules kRules;

WaitingIntroduction Intro(std::string id, Date received, St state = St::kOpen,
                          std::string assigned = "u-fd") {
  return {.introduction_id = id,
          .reference = "LW-" + id,
          .display_name = "Name " + id,
          .received_at = London(received),
          .state = state,
          .assigned_user_id = std::move(assigned),
          .person_id = ""};
}

Concern RaisedConcern(std::string id, Timestamp at, Role role = Role::kPractitioner,
                      std::string person = "p-1", std::string by = "u-1") {
  auto c = RaiseConcern({.team_id = "team-a",
                         .person_id = std::move(person),
                         .raised_by_user_id = std::move(by),
                         .raised_by_role = role,
                         .raised_at = at,
                         .text = "Not answering the door"});
  EXPECT_TRUE(c.has_value());
  c->id = std::move(id);
  return *c;
}

EpisodeDue Episode(std::string id, Date started) {
  return {.episode_id = id,
          .person_id = "p-" + id,
          .person_name = "Name " + id,
          .keyworker_user_id = "u-kw",
          .next_review_due = std::nullopt,
          .planned_end_on = std::nullopt,
          .last_seen_on = std::nullopt,
          .started_on = started};
}

TeamDecision Decision(std::string id, Date huddle, Date by, DecisionSubject about,
                      std::string person = "p-1") {
  auto d = RecordTeamDecision({.team_id = "team-a",
                               .huddle_on = huddle,
                               .about = std::move(about),
                               .person_id = std::move(person),
                               .what = "Ring them and offer a walk",
                               .who_does_it = "u-peer",
                               .by_when = by,
                               .present = {"u-peer", "u-psychiatrist", "u-lead"},
                               .recorded_by = "u-lead",
                               .recorded_at = London(huddle, 9)});
  EXPECT_TRUE(d.has_value());
  d->id = std::move(id);
  return *d;
}

DecisionSubject AboutConcern(std::string id) { return {DecisionSubjectKind::kConcern, id}; }

std::vector<std::string> Ids(const std::vector<HuddleItem>& items) {
  std::vector<std::string> out;
  for (const auto& i : items) out.push_back(i.subject_id);
  return out;
}
std::vector<std::string> Whys(const std::vector<HuddleItem>& items) {
  std::vector<std::string> out;
  for (const auto& i : items) out.push_back(i.why);
  return out;
}
std::vector<std::string> DecisionIds(const HuddleItem& item) {
  std::vector<std::string> out;
  for (const auto& d : item.decisions) out.push_back(d.id);
  return out;
}

HuddleBoard Board(const HuddleInputs& in, Date today = kWednesday, HuddleRules rules = kRules) {
  return BuildHuddleBoard(in, rules, today);
}

using Strings = std::vector<std::string>;

TEST(HuddleRulesTest, RangesAreOneToAYear) {
  EXPECT_TRUE(ValidateHuddleRules(kRules).has_value());
  EXPECT_EQ(kRules.target_days, 14);
  EXPECT_EQ(kRules.not_seen_days, 28);
  EXPECT_TRUE(ValidateHuddleRules({.target_days = 1, .not_seen_days = 365}).has_value());
  auto bad = ValidateHuddleRules({.target_days = 0, .not_seen_days = 366});
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
  ASSERT_EQ(bad.error().field_errors.size(), 2u);
  EXPECT_EQ(bad.error().field_errors[0].field, "target_days");
  EXPECT_EQ(bad.error().field_errors[1].field, "not_seen_days");
}

TEST(HuddleBoardDeathTest, InvalidRulesAreABug) {
  EXPECT_DEATH(Board({}, kWednesday, {.target_days = -1}), "ValidateHuddleRules");
}

TEST(HuddleBoardTest, NothingToDiscussMakesAnEmptyBoard) {
  HuddleBoard b = Board({});
  EXPECT_EQ(b.today, kWednesday);
  EXPECT_EQ(b.week_ends_on, March(15));
  for (HuddleSection s : kAllHuddleSections) EXPECT_TRUE(b.Items(s).empty());
}

TEST(HuddleBoardTest, ItemsReturnsEachSection) {
  HuddleInputs in;
  in.introductions = {Intro("new", kWednesday), Intro("late", Day(2026, 2, 20))};
  in.concerns = {RaisedConcern("c", London(kWednesday))};
  EpisodeDue e = Episode("e", Day(2026, 1, 5));
  e.next_review_due = kWednesday;
  e.last_seen_on = Day(2026, 1, 5);
  in.episodes = {e};
  in.warm_introductions = {{"w", "p-w", "W", "Carers Centre", "u-1", kMonday}};
  in.decisions = {Decision("d", kMonday, kTuesday, AboutConcern("c"))};
  HuddleBoard b = Board(in);
  EXPECT_EQ(Ids(b.Items(HuddleSection::kNewIntroductions)), Strings{"new"});
  EXPECT_EQ(Ids(b.Items(HuddleSection::kWaitingPastTarget)), Strings{"late"});
  EXPECT_EQ(Ids(b.Items(HuddleSection::kConcerns)), Strings{"c"});
  EXPECT_EQ(Ids(b.Items(HuddleSection::kDueThisWeek)), Strings{"e"});
  EXPECT_EQ(Ids(b.Items(HuddleSection::kWarmIntroductions)), Strings{"w"});
  EXPECT_EQ(Ids(b.Items(HuddleSection::kNotSeen)), Strings{"e"});
  EXPECT_EQ(Ids(b.Items(HuddleSection::kCarriedOver)), Strings{"d"});
}

// (a) and (b): 25 February is 14 days before 11 March (2026 is not a leap year).
TEST(HuddleIntroductionsTest, TheTargetDayIsStillNewTheDayAfterIsPastTarget) {
  HuddleInputs in;
  in.introductions = {Intro("d14", Day(2026, 2, 25)), Intro("d15", Day(2026, 2, 24)),
                      Intro("d16", Day(2026, 2, 23), St::kConversationBooked, "")};
  HuddleBoard b = Board(in);
  EXPECT_EQ(Ids(b.new_introductions), Strings{"d14"});
  EXPECT_EQ(b.new_introductions[0].why, "Open: waiting 14 days, the last day of the 14-day target");
  EXPECT_EQ(b.new_introductions[0].kind, K::kNewIntroduction);
  EXPECT_EQ(Ids(b.waiting_past_target), (Strings{"d16", "d15"}));
  EXPECT_EQ(Whys(b.waiting_past_target),
            (Strings{"Waiting 16 days — 2 past the 14-day target; nobody has picked it up yet",
                     "Waiting 15 days — 1 past the 14-day target"}));
  EXPECT_EQ(b.waiting_past_target[0].kind, K::kWaitingPastTarget);
  EXPECT_EQ(b.waiting_past_target[0].urgency, 2);
  EXPECT_EQ(b.waiting_past_target[1].urgency, 1);
}

TEST(HuddleIntroductionsTest, OnlyOpenAndBookedAwaitAConversation) {
  HuddleInputs in;
  in.introductions = {Intro("open", kMonday),
                      Intro("booked", kMonday, St::kConversationBooked),
                      Intro("held", kMonday, St::kConversationHeld),
                      Intro("closed", kMonday, St::kClosed),
                      Intro("held-late", Day(2026, 1, 5), St::kConversationHeld),
                      Intro("closed-late", Day(2026, 1, 5), St::kClosed)};
  HuddleBoard b = Board(in);
  EXPECT_EQ(Ids(b.new_introductions), (Strings{"booked", "open"}));
  EXPECT_TRUE(b.waiting_past_target.empty());
}

TEST(HuddleIntroductionsTest, ItemsCarryWhoWhatAndWhy) {
  HuddleInputs in;
  WaitingIntroduction w = Intro("i-1", kMonday, St::kConversationBooked, "u-peer");
  w.person_id = "p-9";
  in.introductions = {w, Intro("i-2", kWednesday, St::kOpen, "")};
  HuddleBoard b = Board(in);
  ASSERT_EQ(b.new_introductions.size(), 2u);
  const HuddleItem& item = b.new_introductions[0];
  EXPECT_EQ(item.subject_id, "i-1");
  EXPECT_EQ(item.about, (DecisionSubject{DecisionSubjectKind::kIntroduction, "i-1"}));
  EXPECT_EQ(item.person_id, "p-9");
  EXPECT_EQ(item.person_name, "Name i-1");
  EXPECT_EQ(item.reference, "LW-i-1");
  EXPECT_EQ(item.worker_user_id, "u-peer");
  EXPECT_EQ(item.urgency, 2);
  EXPECT_EQ(item.why, "Conversation booked: waiting 2 days, 12 days left of the 14-day target");
  EXPECT_EQ(b.new_introductions[1].why,
            "Open: received today, 14 days left of the 14-day target; nobody has picked it up yet");
}

TEST(HuddleIntroductionsTest, LongestWaitingFirstThenEarliestReceived) {
  HuddleInputs in;
  WaitingIntroduction later_same_day = Intro("a-later", kMonday);
  later_same_day.received_at = London(kMonday, 15);
  in.introductions = {Intro("tuesday", kTuesday), later_same_day, Intro("z-earlier", kMonday),
                      Intro("b-earlier", kMonday)};
  EXPECT_EQ(Ids(Board(in).new_introductions),
            (Strings{"b-earlier", "z-earlier", "a-later", "tuesday"}));
}

TEST(HuddleIntroductionsTest, TheLocalityTargetDecides) {
  HuddleInputs in;
  in.introductions = {Intro("d7", March(4)), Intro("d8", March(3))};
  HuddleBoard b = Board(in, kWednesday, {.target_days = 7, .not_seen_days = 28});
  EXPECT_EQ(Ids(b.new_introductions), Strings{"d7"});
  EXPECT_EQ(Whys(b.waiting_past_target), Strings{"Waiting 8 days — 1 past the 7-day target"});
}

// Days are London days: 23:30 UTC on 1 June is 00:30 on 2 June in BST.
TEST(HuddleIntroductionsTest, WaitingIsCountedInLondonDays) {
  HuddleInputs in;
  WaitingIntroduction w = Intro("bst", Day(2026, 6, 1));
  w.received_at = LondonToUtc(Day(2026, 6, 2), 0, 30);
  in.introductions = {w};
  HuddleBoard b = Board(in, Day(2026, 6, 16));
  EXPECT_EQ(Ids(b.new_introductions), Strings{"bst"});  // 14 days, not 15
  EXPECT_EQ(Ids(Board(in, Day(2026, 6, 17)).waiting_past_target), Strings{"bst"});
}

TEST(HuddleIntroductionsTest, DecisionsFollowAnIntroductionPastTheTarget) {
  HuddleInputs in;
  in.introductions = {Intro("i-1", Day(2026, 2, 25))};
  in.decisions = {
      Decision("d-1", kWednesday, March(12), {DecisionSubjectKind::kIntroduction, "i-1"}, "")};
  EXPECT_EQ(DecisionIds(Board(in).new_introductions.at(0)), Strings{"d-1"});
  EXPECT_EQ(DecisionIds(Board(in, March(12)).waiting_past_target.at(0)), Strings{"d-1"});
}

// (c)
TEST(HuddleConcernsTest, OpenConcernsOnlyWithWhy) {
  HuddleInputs in;
  Concern resolved = RaisedConcern("resolved", London(kMonday));
  resolved = *ResolveConcern(resolved, {London(kTuesday), "u-1", "She is safe at her sister's"});
  in.concerns = {RaisedConcern("c-mon", London(kMonday)), resolved,
                 RaisedConcern("c-today", London(kWednesday, 8), Role::kPractitioner, "p-2")};
  in.person_names = {{"p-1", "Sam Jones"}};
  HuddleBoard b = Board(in);
  EXPECT_EQ(Ids(b.concerns), (Strings{"c-mon", "c-today"}));
  EXPECT_EQ(Whys(b.concerns), (Strings{"Concern raised 2 days ago (9 March 2026), still open",
                                       "Concern raised today, still open"}));
  EXPECT_EQ(b.concerns[0].person_name, "Sam Jones");
  EXPECT_EQ(b.concerns[1].person_name, "");
  EXPECT_EQ(b.concerns[0].worker_user_id, "u-1");
  EXPECT_EQ(b.concerns[0].urgency, 2);
  EXPECT_EQ(b.concerns[0].about, AboutConcern("c-mon"));
}

TEST(HuddleConcernsTest, NotYetDiscussedFirstThenOldestFirst) {
  HuddleInputs in;
  in.concerns = {RaisedConcern("newest", London(kWednesday, 8)),
                 RaisedConcern("oldest-discussed", London(March(2))),
                 RaisedConcern("older", London(kMonday, 9)),
                 RaisedConcern("old-same-day-later", London(kMonday, 16))};
  in.decisions = {Decision("d-1", kTuesday, March(13), AboutConcern("oldest-discussed"))};
  HuddleBoard b = Board(in);
  EXPECT_EQ(Ids(b.concerns),
            (Strings{"older", "old-same-day-later", "newest", "oldest-discussed"}));
  EXPECT_FALSE(b.concerns[0].Discussed());
  EXPECT_TRUE(b.concerns[3].Discussed());
}

// A peer worker's concern sits on the board exactly as a psychiatrist's.
TEST(HuddleConcernsTest, APeerWorkersConcernCountsAsMuchAsAPsychiatrists) {
  HuddleInputs peer, psychiatrist;
  peer.concerns = {RaisedConcern("c-1", London(kTuesday), Role::kPeerWorker)};
  psychiatrist.concerns = {RaisedConcern("c-1", London(kTuesday), Role::kPractitioner)};
  EXPECT_EQ(Board(peer).concerns, Board(psychiatrist).concerns);

  // And the role never moves a concern up or down the board.
  HuddleInputs both;
  both.concerns = {RaisedConcern("psychiatrist-newer", London(kTuesday), Role::kPractitioner),
                   RaisedConcern("peer-older", London(kMonday), Role::kPeerWorker),
                   RaisedConcern("lead-newest", London(kWednesday), Role::kTeamLead)};
  EXPECT_EQ(Ids(Board(both).concerns),
            (Strings{"peer-older", "psychiatrist-newer", "lead-newest"}));
  for (Role role : kAllRoles) {
    both.concerns[1].raised_by_role = role;
    EXPECT_EQ(Ids(Board(both).concerns),
              (Strings{"peer-older", "psychiatrist-newer", "lead-newest"}))
        << RoleKey(role);
  }
}

// (d): on Monday 9 March "this week" runs to Sunday 15 March.
TEST(HuddleDueThisWeekTest, DueOnOrBeforeTheComingSundayOverdueIncluded) {
  HuddleInputs in;
  auto due = [](std::string id, std::optional<Date> review, std::optional<Date> ending) {
    EpisodeDue e = Episode(std::move(id), Day(2026, 1, 5));
    e.last_seen_on = kMonday;
    e.next_review_due = review;
    e.planned_end_on = ending;
    return e;
  };
  in.episodes = {due("sunday", March(15), std::nullopt), due("next-monday", March(16), March(16)),
                 due("overdue", std::nullopt, March(2)), due("today", kMonday, std::nullopt),
                 due("nothing", std::nullopt, std::nullopt)};
  HuddleBoard b = Board(in, kMonday);
  EXPECT_EQ(Ids(b.due_this_week), (Strings{"overdue", "today", "sunday"}));
  EXPECT_EQ(Whys(b.due_this_week),
            (Strings{"Planned ending overdue by 7 days (was due Monday 2 March 2026)",
                     "Review due today", "Review due Sunday 15 March 2026"}));
  EXPECT_EQ(b.due_this_week[0].kind, K::kPlannedEndingDue);
  EXPECT_EQ(b.due_this_week[1].kind, K::kReviewDue);
  EXPECT_EQ(b.due_this_week[0].urgency, 7);
  EXPECT_EQ(b.due_this_week[2].urgency, -6);
  EXPECT_EQ(b.due_this_week[0].about, (DecisionSubject{DecisionSubjectKind::kEpisode, "overdue"}));
  EXPECT_EQ(b.due_this_week[0].worker_user_id, "u-kw");

  // On Sunday the week is only Sunday; the Monday after waits for Monday's huddle.
  EXPECT_EQ(Ids(Board(in, March(15)).due_this_week), (Strings{"overdue", "today", "sunday"}));
  EXPECT_EQ(Ids(Board(in, March(16)).due_this_week),
            (Strings{"overdue", "today", "sunday", "next-monday", "next-monday"}));
}

TEST(HuddleDueThisWeekTest, AReviewAndAnEndingOnTheSameDayAreTwoItemsReviewFirst) {
  HuddleInputs in;
  EpisodeDue e = Episode("e-1", Day(2026, 1, 5));
  e.next_review_due = March(13);
  e.planned_end_on = March(13);
  in.episodes = {e};
  HuddleBoard b = Board(in);
  ASSERT_EQ(b.due_this_week.size(), 2u);
  EXPECT_EQ(b.due_this_week[0].kind, K::kReviewDue);
  EXPECT_EQ(b.due_this_week[1].kind, K::kPlannedEndingDue);
  EXPECT_EQ(b.due_this_week[1].why, "Planned ending due Friday 13 March 2026");
}

// (e)
TEST(HuddleWarmIntroductionsTest, EveryOneNotLandedOldestFirst) {
  HuddleInputs in;
  in.warm_introductions = {{"w-new", "p-1", "Sam", "Hyde Men's Shed", "u-peer", kWednesday},
                           {"w-old", "p-2", "Ali", "Tameside Carers Centre", "u-kw", March(6)}};
  HuddleBoard b = Board(in);
  EXPECT_EQ(Ids(b.warm_introductions), (Strings{"w-old", "w-new"}));
  EXPECT_EQ(Whys(b.warm_introductions),
            (Strings{"Warm introduction to Tameside Carers Centre made 5 days ago (6 March 2026), "
                     "not yet landed",
                     "Warm introduction to Hyde Men's Shed made today, not yet landed"}));
  EXPECT_EQ(b.warm_introductions[0].kind, K::kWarmIntroductionNotLanded);
  EXPECT_EQ(b.warm_introductions[0].worker_user_id, "u-kw");
  EXPECT_EQ(b.warm_introductions[0].person_name, "Ali");
  EXPECT_EQ(b.warm_introductions[0].about,
            (DecisionSubject{DecisionSubjectKind::kWarmIntroduction, "w-old"}));
}

// (f): 11 February is 28 days before 11 March.
TEST(HuddleNotSeenTest, LongerThanTheThresholdOnly) {
  HuddleInputs in;
  auto seen = [](std::string id, Date started, std::optional<Date> last) {
    EpisodeDue e = Episode(std::move(id), started);
    e.last_seen_on = last;
    return e;
  };
  in.episodes = {seen("seen-28", Day(2026, 1, 5), Day(2026, 2, 11)),
                 seen("seen-29", Day(2026, 1, 5), Day(2026, 2, 10)),
                 seen("never-28", Day(2026, 2, 11), std::nullopt),
                 seen("never-29", Day(2026, 2, 10), std::nullopt),
                 seen("seen-lately", Day(2025, 1, 5), kMonday),
                 seen("never-45", Day(2026, 1, 25), std::nullopt)};
  HuddleBoard b = Board(in);
  EXPECT_EQ(Ids(b.not_seen), (Strings{"never-45", "never-29", "seen-29"}));
  EXPECT_EQ(Whys(b.not_seen),
            (Strings{"Not seen since support began 45 days ago (25 January 2026): longer than "
                     "28 days",
                     "Not seen since support began 29 days ago (10 February 2026): longer than "
                     "28 days",
                     "Last seen 29 days ago (10 February 2026): longer than 28 days"}));
  EXPECT_EQ(b.not_seen[0].urgency, 45);
  EXPECT_EQ(b.not_seen[0].kind, K::kNotSeen);
  EXPECT_EQ(b.not_seen[0].person_id, "p-never-45");
}

TEST(HuddleNotSeenTest, TheLocalityThresholdDecides) {
  HuddleInputs in;
  EpisodeDue e = Episode("e", Day(2026, 1, 5));
  e.last_seen_on = March(3);  // 8 days before
  in.episodes = {e};
  EXPECT_TRUE(Board(in, kWednesday, {.target_days = 14, .not_seen_days = 8}).not_seen.empty());
  EXPECT_EQ(Ids(Board(in, kWednesday, {.target_days = 14, .not_seen_days = 7}).not_seen),
            Strings{"e"});
}

// (g) and carry-over across days.
TEST(HuddleCarryOverTest, ADecisionMadeMondayComesBackUntilDone) {
  HuddleInputs in;
  in.concerns = {RaisedConcern("c-1", London(kMonday, 8))};
  in.person_names = {{"p-1", "Sam Jones"}};
  in.decisions = {Decision("d-1", kMonday, kTuesday, AboutConcern("c-1"))};

  // Monday: made today, so not carried over, but the concern shows it discussed.
  HuddleBoard monday = Board(in, kMonday);
  EXPECT_TRUE(monday.carried_over.empty());
  EXPECT_EQ(DecisionIds(monday.concerns.at(0)), Strings{"d-1"});

  HuddleBoard tuesday = Board(in, kTuesday);
  ASSERT_EQ(Ids(tuesday.carried_over), Strings{"d-1"});
  const HuddleItem& item = tuesday.carried_over[0];
  EXPECT_EQ(item.kind, K::kCarriedOverDecision);
  EXPECT_EQ(item.why, "From the huddle on Monday 9 March 2026, not done yet: due today");
  EXPECT_EQ(item.about, AboutConcern("c-1"));
  EXPECT_EQ(item.person_id, "p-1");
  EXPECT_EQ(item.person_name, "Sam Jones");
  EXPECT_EQ(item.worker_user_id, "u-peer");
  EXPECT_EQ(item.urgency, 0);
  EXPECT_EQ(DecisionIds(item), Strings{"d-1"});

  HuddleBoard wednesday = Board(in, kWednesday);
  EXPECT_EQ(Whys(wednesday.carried_over),
            Strings{"From the huddle on Monday 9 March 2026, not done yet: overdue by 1 day "
                    "(was due Tuesday 10 March 2026)"});
  EXPECT_EQ(wednesday.carried_over[0].urgency, 1);

  // Done on Tuesday: gone from Wednesday's board, still listed on the concern.
  in.decisions[0] = *MarkDone(in.decisions[0], {kTuesday, "u-peer", "Rang him; he is OK"});
  HuddleBoard after = Board(in, kWednesday);
  EXPECT_TRUE(after.carried_over.empty());
  EXPECT_EQ(DecisionIds(after.concerns.at(0)), Strings{"d-1"});
}

TEST(HuddleCarryOverTest, OverdueFirst) {
  HuddleInputs in;
  in.decisions = {Decision("later", kMonday, March(20), AboutConcern("c-1")),
                  Decision("overdue", kMonday, kMonday, AboutConcern("c-2")),
                  Decision("today", kTuesday, kWednesday, AboutConcern("c-3")),
                  Decision("made-today", kWednesday, kWednesday, AboutConcern("c-4"))};
  HuddleBoard b = Board(in);
  EXPECT_EQ(Ids(b.carried_over), (Strings{"overdue", "today", "later"}));
  EXPECT_EQ(b.carried_over[2].why,
            "From the huddle on Monday 9 March 2026, not done yet: due Friday 20 March 2026");
  EXPECT_EQ(b.carried_over[2].urgency, -9);
}

TEST(HuddleBoardTest, ItemsListDecisionsAboutThemOrTheirPersonOldestFirst) {
  HuddleInputs in;
  in.concerns = {RaisedConcern("c-1", London(kMonday, 8), Role::kPeerWorker, "p-1")};
  in.decisions = {
      Decision("today", kWednesday, kWednesday, AboutConcern("c-1")),
      Decision("person", kTuesday, March(13), {DecisionSubjectKind::kPerson, "p-1"}, ""),
      Decision("monday", kMonday, kTuesday, AboutConcern("c-1")),
      Decision("other-concern", kMonday, kTuesday, AboutConcern("c-2")),
      Decision("other-person", kMonday, kTuesday, {DecisionSubjectKind::kPerson, "p-2"}, ""),
      Decision("episode", kMonday, kTuesday, {DecisionSubjectKind::kEpisode, "c-1"})};
  HuddleBoard b = Board(in);
  EXPECT_EQ(DecisionIds(b.concerns.at(0)), (Strings{"monday", "person", "today"}));
}

}  // namespace
}  // namespace huddle_test
}  // namespace lw

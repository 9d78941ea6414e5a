#include "domain/network/warm_introduction.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "testing/field_errors.h"

namespace lw {
namespace warm_introduction_test {
namespace {

using ::lw::testing::Fields;
using ::lw::testing::MessageFor;

Date Day(int y, int m, int d) { return *Date::FromYmd(y, m, d); }
// Made at 10:00 London time on Monday 2 March 2026.
Timestamp At(Date day, int hour = 10) { return LondonToUtc(day, hour, 0); }
Date MadeDay() { return Day(2026, 3, 2); }

WarmIntroductionDraft Draft() {
  return {
      .team_id = "team-hyde",
      .person_id = "p-1",
      .episode_id = "e-1",
      .service_id = "s-debt",
      .service_name = "Hyde Debt Advice",
      .directory_organisation_id = "d-org",
      .partner_organisation_id = "org-advice",
      .made_by_user_id = "u-sam",
      .made_at = At(MadeDay()),
      .note = "  Dan has rent arrears and is worried about a letter.  ",
      .consent = {.parts = {SharedPart::kGoals, SharedPart::kContactDetails, SharedPart::kGoals},
                  .given = ConsentGiven::kInPerson,
                  .recorded_at = At(MadeDay()),
                  .recorded_by_user_id = "u-sam"}};
}

WarmIntroduction Made() {
  auto r = MakeWarmIntroduction(Draft());
  EXPECT_TRUE(r.has_value()) << r.error().message;
  r->id = "w-1";
  return *r;
}

WarmStep Step(WarmState to, WarmSide side = WarmSide::kService, int day = 3) {
  WarmStep s{.to = to, .at = At(Day(2026, 3, day)), .by_user_id = "u-partner", .side = side};
  if (to == WarmState::kDidNotWorkOut) {
    s.reason = NotLandedReason::kCouldNotReach;
    s.note = "Three calls, no answer";
  }
  if (to == WarmState::kWithdrawn) s.note = "Dan changed his mind";
  return s;
}

TEST(WarmIntroductionTest, MakingOneKeepsTheConsentSortedAndTheNoteTrimmed) {
  WarmIntroduction w = Made();
  EXPECT_EQ(w.version, 1);
  EXPECT_EQ(w.state, WarmState::kMade);
  EXPECT_TRUE(w.IsOpen());
  EXPECT_FALSE(w.Landed());
  EXPECT_EQ(w.note, "Dan has rent arrears and is worried about a letter.");
  EXPECT_EQ(w.consent.parts,
            (std::vector<SharedPart>{SharedPart::kContactDetails, SharedPart::kGoals}));
}

TEST(WarmIntroductionTest, MakingOneNeedsANoteAnEpisodeAndWhoRecordedConsent) {
  WarmIntroductionDraft d = Draft();
  d.note = " ";
  d.episode_id = "";
  d.consent.recorded_by_user_id = "";
  auto r = MakeWarmIntroduction(d);
  EXPECT_EQ(Fields(r), (std::vector<std::string>{"episode_id", "note", "consent_recorded_by"}));
  EXPECT_EQ(MessageFor(r, "episode_id"), "Introductions are made from an open episode of support");
}

TEST(WarmIntroductionTest, AJointCallOrVisitNeedsItsDateAndOthersMustNotHaveOne) {
  WarmIntroductionDraft d = Draft();
  d.way = WarmWay::kJointVisit;
  EXPECT_EQ(MessageFor(MakeWarmIntroduction(d), "joint_on"),
            "Enter the date of the call or visit together");
  d.joint_on = MadeDay().PlusDays(-1);
  EXPECT_EQ(MessageFor(MakeWarmIntroduction(d), "joint_on"),
            "The call or visit together must be today or later");
  d.joint_on = MadeDay().PlusDays(2);
  auto joint = MakeWarmIntroduction(d);
  ASSERT_TRUE(joint.has_value());
  EXPECT_EQ(joint->joint_on, MadeDay().PlusDays(2));

  WarmIntroductionDraft plain = Draft();
  plain.joint_on = MadeDay();
  EXPECT_EQ(Fields(MakeWarmIntroduction(plain)), (std::vector<std::string>{"joint_on"}));
}

TEST(WarmIntroductionTest, InTouchThenMetLands) {
  auto touched = RecordWarmStep(Made(), Step(WarmState::kInTouch));
  ASSERT_TRUE(touched.has_value()) << touched.error().message;
  EXPECT_EQ(touched->version, 2);
  EXPECT_EQ(touched->state, WarmState::kInTouch);
  EXPECT_TRUE(touched->IsOpen());
  auto met = RecordWarmStep(*touched, Step(WarmState::kMet, WarmSide::kService, 5));
  ASSERT_TRUE(met.has_value()) << met.error().message;
  EXPECT_EQ(met->state, WarmState::kMet);
  EXPECT_TRUE(met->Landed());
  EXPECT_FALSE(met->IsOpen());
  ASSERT_EQ(met->steps.size(), 2u);
  EXPECT_EQ(met->steps[0].to, WarmState::kInTouch);
}

TEST(WarmIntroductionTest, MetStraightAwayOnAJointVisitByTheTeam) {
  auto met = RecordWarmStep(Made(), Step(WarmState::kMet, WarmSide::kTeam));
  ASSERT_TRUE(met.has_value());
  EXPECT_EQ(met->steps.back().side, WarmSide::kTeam);
}

TEST(WarmIntroductionTest, DidNotWorkOutNeedsAReasonAndANote) {
  WarmStep bare{.to = WarmState::kDidNotWorkOut, .at = At(Day(2026, 3, 3)), .by_user_id = "u-p"};
  auto r = RecordWarmStep(Made(), bare);
  EXPECT_EQ(Fields(r), (std::vector<std::string>{"note", "reason"}));
  auto ok = RecordWarmStep(Made(), Step(WarmState::kDidNotWorkOut));
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ(ok->state, WarmState::kDidNotWorkOut);
  EXPECT_EQ(ok->steps.back().reason, NotLandedReason::kCouldNotReach);
  EXPECT_FALSE(ok->IsOpen());

  WarmStep reason_on_met = Step(WarmState::kMet);
  reason_on_met.reason = NotLandedReason::kOther;
  EXPECT_EQ(Fields(RecordWarmStep(Made(), reason_on_met)), (std::vector<std::string>{"reason"}));
}

TEST(WarmIntroductionTest, OnlyTheTeamWithdrawsAndWithAReason) {
  auto by_service = RecordWarmStep(Made(), Step(WarmState::kWithdrawn, WarmSide::kService));
  ASSERT_FALSE(by_service.has_value());
  EXPECT_EQ(by_service.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(by_service.error().message,
            "Only the team can withdraw an introduction; mark it didn't work out instead");
  WarmStep no_note = Step(WarmState::kWithdrawn, WarmSide::kTeam);
  no_note.note = "";
  EXPECT_EQ(MessageFor(RecordWarmStep(Made(), no_note), "note"), "Say why it is withdrawn");
  auto ok = RecordWarmStep(Made(), Step(WarmState::kWithdrawn, WarmSide::kTeam));
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ(ok->state, WarmState::kWithdrawn);
}

TEST(WarmIntroductionTest, EveryTransitionNotInTheLifecycleIsRefused) {
  // From each state reachable, every target state: allowed exactly as the
  // header's diagram says.
  const WarmIntroduction made = Made();
  const WarmIntroduction in_touch = *RecordWarmStep(made, Step(WarmState::kInTouch));
  const WarmIntroduction met = *RecordWarmStep(in_touch, Step(WarmState::kMet, {}, 4));
  const WarmIntroduction failed = *RecordWarmStep(made, Step(WarmState::kDidNotWorkOut));
  const WarmIntroduction withdrawn =
      *RecordWarmStep(made, Step(WarmState::kWithdrawn, WarmSide::kTeam));
  struct Case {
    const WarmIntroduction* from;
    WarmState to;
    bool allowed;
  };
  const Case cases[] = {
      {&made, WarmState::kMade, false},
      {&made, WarmState::kInTouch, true},
      {&made, WarmState::kMet, true},
      {&made, WarmState::kDidNotWorkOut, true},
      {&made, WarmState::kWithdrawn, true},
      {&in_touch, WarmState::kMade, false},
      {&in_touch, WarmState::kInTouch, false},
      {&in_touch, WarmState::kMet, true},
      {&in_touch, WarmState::kDidNotWorkOut, true},
      {&in_touch, WarmState::kWithdrawn, true},
  };
  for (const Case& c : cases) {
    auto r = RecordWarmStep(*c.from, Step(c.to, WarmSide::kTeam, 6));
    EXPECT_EQ(r.has_value(), c.allowed)
        << WarmStateKey(c.from->state) << " -> " << WarmStateKey(c.to);
    if (!c.allowed) {
      EXPECT_EQ(r.error().code, ErrorCode::kFailedPrecondition);
    }
  }
  for (const WarmIntroduction* ended : {&met, &failed, &withdrawn}) {
    for (WarmState to : kAllWarmStates) {
      auto r = RecordWarmStep(*ended, Step(to, WarmSide::kTeam, 6));
      EXPECT_FALSE(r.has_value()) << WarmStateKey(ended->state) << " -> " << WarmStateKey(to);
    }
  }
  EXPECT_EQ(RecordWarmStep(met, Step(WarmState::kDidNotWorkOut, {}, 6)).error().message,
            "This introduction is Met: connected and cannot be marked Didn't work out");
}

TEST(WarmIntroductionTest, AStepCannotGoBackInTime) {
  auto touched = *RecordWarmStep(Made(), Step(WarmState::kInTouch, {}, 5));
  EXPECT_EQ(Fields(RecordWarmStep(touched, Step(WarmState::kMet, {}, 4))),
            (std::vector<std::string>{"at"}));
}

TEST(WarmIntroductionTest, ThePersonsViewOnceInTouchOrEnded) {
  PersonView view{.feeling = PersonFeeling::kWentWell,
                  .words = "They were kind. I have a plan for the arrears.",
                  .recorded_at = At(Day(2026, 3, 9)),
                  .recorded_by_user_id = "u-sam"};
  auto early = RecordPersonView(Made(), view);
  ASSERT_FALSE(early.has_value());
  EXPECT_EQ(early.error().code, ErrorCode::kFailedPrecondition);
  auto met = *RecordWarmStep(Made(), Step(WarmState::kMet));
  auto r = RecordPersonView(met, view);
  ASSERT_TRUE(r.has_value()) << r.error().message;
  EXPECT_EQ(r->person_view, view);
  EXPECT_EQ(r->version, met.version + 1);
  auto withdrawn = *RecordWarmStep(Made(), Step(WarmState::kWithdrawn, WarmSide::kTeam));
  EXPECT_FALSE(RecordPersonView(withdrawn, view).has_value());
  auto failed = *RecordWarmStep(Made(), Step(WarmState::kDidNotWorkOut));
  EXPECT_TRUE(RecordPersonView(failed, view).has_value());
}

TEST(WarmIntroductionTest, NotLandedAfterTheLocalitysDaysCountedInLondonDays) {
  const WarmIntroductionRules rules;  // 10 days, reminders every 7
  const WarmIntroduction w = Made();  // Monday 2 March
  EXPECT_EQ(DaysSinceMade(w, MadeDay()), 0);
  EXPECT_FALSE(NotLandedInTime(w, MadeDay().PlusDays(10), rules)) << "exactly 10 days is in time";
  EXPECT_TRUE(NotLandedInTime(w, MadeDay().PlusDays(11), rules));
  auto met = *RecordWarmStep(w, Step(WarmState::kMet));
  EXPECT_FALSE(NotLandedInTime(met, MadeDay().PlusDays(30), rules));
  auto touched = *RecordWarmStep(w, Step(WarmState::kInTouch));
  EXPECT_TRUE(NotLandedInTime(touched, MadeDay().PlusDays(11), rules)) << "in touch is not landed";
  EXPECT_TRUE(NotLandedInTime(w, MadeDay().PlusDays(4), {.land_within_days = 3}));
}

TEST(WarmIntroductionTest, RemindersWhenNotLandedThenEveryFewDays) {
  const WarmIntroductionRules rules{.land_within_days = 10, .remind_every_days = 7};
  WarmIntroduction w = Made();
  EXPECT_FALSE(ReminderDue(w, MadeDay().PlusDays(10), rules));
  ASSERT_TRUE(ReminderDue(w, MadeDay().PlusDays(11), rules));
  w = RecordReminder(w, At(MadeDay().PlusDays(11), 7));
  EXPECT_EQ(w.reminders_sent, 1);
  EXPECT_EQ(w.version, 2);
  EXPECT_FALSE(ReminderDue(w, MadeDay().PlusDays(11), rules)) << "not twice in a day";
  EXPECT_FALSE(ReminderDue(w, MadeDay().PlusDays(17), rules));
  EXPECT_TRUE(ReminderDue(w, MadeDay().PlusDays(18), rules));
  w = RecordReminder(w, At(MadeDay().PlusDays(18), 7));
  EXPECT_EQ(w.reminders_sent, 2);
  auto met = *RecordWarmStep(w, Step(WarmState::kMet, {}, 25));
  EXPECT_FALSE(ReminderDue(met, MadeDay().PlusDays(40), rules)) << "landed: no more reminders";
}

TEST(WarmIntroductionTest, RulesAreChecked) {
  EXPECT_TRUE(ValidateWarmIntroductionRules({}).has_value());
  EXPECT_FALSE(ValidateWarmIntroductionRules({.land_within_days = 0}).has_value());
  EXPECT_FALSE(ValidateWarmIntroductionRules({.remind_every_days = 366}).has_value());
}

Person Dan() {
  return {.id = "p-1",
          .version = 3,
          .team_id = "team-hyde",
          .given_name = "Daniel",
          .family_name = "Hughes",
          .preferred_name = "Dan",
          .date_of_birth = Day(1980, 5, 17),
          .postcode = "SK14 2QR",
          .nhs_number = "9434765919"};
}

PersonDetails DansDetails() {
  PersonDetails d;
  d.pronouns = "he/him";
  d.address = {.line_1 = "4 Market Street", .town = "Hyde", .postcode = "SK14 2QR"};
  d.contact.phone = "07700 900123";
  d.safe_contact_notes = "Mornings are best";
  d.languages = {{.name = "English"}};
  d.communication_needs = "Prefers calls to letters";
  return d;
}

MyPlan DansPlan() {
  MyPlan p;
  p.my_story = "I lost my job in the spring.";
  p.what_matters = "My daughter.";
  p.my_goals = "Sort out the rent.";
  return p;
}

TEST(WarmIntroductionTest, TheServiceSeesTheNameAndOnlyTheConsentedParts) {
  const PersonDetails details = DansDetails();
  const MyPlan plan = DansPlan();
  SharedRecord s = ShareWithService(Made(), Dan(), &details, &plan);  // contact and goals
  EXPECT_FALSE(s.withdrawn);
  EXPECT_EQ(s.name, "Dan Hughes");
  ASSERT_TRUE(s.contact.has_value());
  EXPECT_EQ(s.contact->phone, "07700 900123");
  EXPECT_EQ(s.safe_contact_notes, "Mornings are best");
  EXPECT_EQ(s.goals, "Sort out the rent.");
  EXPECT_FALSE(s.address.has_value());
  EXPECT_FALSE(s.date_of_birth.has_value());
  EXPECT_FALSE(s.pronouns.has_value());
  EXPECT_TRUE(s.languages.empty());
  EXPECT_EQ(s.communication_needs, "");
  EXPECT_FALSE(s.my_story.has_value());
  EXPECT_FALSE(s.what_matters.has_value());
}

TEST(WarmIntroductionTest, EachPartSharesOnlyItself) {
  const PersonDetails details = DansDetails();
  const MyPlan plan = DansPlan();
  for (SharedPart part : kAllSharedParts) {
    WarmIntroduction w = Made();
    w.consent.parts = {part};
    SharedRecord s = ShareWithService(w, Dan(), &details, &plan);
    const int filled = int{s.contact.has_value()} + int{s.address.has_value()} +
                       int{s.date_of_birth.has_value()} + int{s.pronouns.has_value()} +
                       int{s.my_story.has_value()} + int{s.what_matters.has_value()} +
                       int{s.goals.has_value()};
    EXPECT_EQ(filled, 1) << SharedPartKey(part);
  }
  WarmIntroduction none = Made();
  none.consent.parts.clear();
  SharedRecord s = ShareWithService(none, Dan(), &details, &plan);
  EXPECT_EQ(s.name, "Dan Hughes");
  EXPECT_FALSE(s.contact || s.address || s.date_of_birth || s.pronouns || s.my_story ||
               s.what_matters || s.goals);
}

TEST(WarmIntroductionTest, AWithdrawnIntroductionSharesNothingAtAll) {
  const PersonDetails details = DansDetails();
  const MyPlan plan = DansPlan();
  auto withdrawn = *RecordWarmStep(Made(), Step(WarmState::kWithdrawn, WarmSide::kTeam));
  SharedRecord s = ShareWithService(withdrawn, Dan(), &details, &plan);
  EXPECT_TRUE(s.withdrawn);
  EXPECT_EQ(s.name, "");
  EXPECT_FALSE(s.contact.has_value());
  EXPECT_FALSE(s.goals.has_value());
}

TEST(WarmIntroductionTest, ConsentedButNotRecordedIsSharedEmptyAndTheAddressIsThePostcode) {
  WarmIntroduction w = Made();
  w.consent.parts = {SharedPart::kAddress, SharedPart::kMyStory, SharedPart::kContactDetails};
  SharedRecord s = ShareWithService(w, Dan(), nullptr, nullptr);
  ASSERT_TRUE(s.address.has_value());
  EXPECT_EQ(s.address->postcode, "SK14 2QR");
  EXPECT_EQ(s.address->line_1, "");
  EXPECT_EQ(s.my_story, "");
  ASSERT_TRUE(s.contact.has_value());
  EXPECT_EQ(s.contact->phone, "");
  EXPECT_FALSE(s.goals.has_value()) << "not consented";
}

TEST(WarmIntroductionTest, KeysRoundTrip) {
  for (WarmState v : kAllWarmStates) EXPECT_EQ(ParseWarmState(WarmStateKey(v)), v);
  for (SharedPart v : kAllSharedParts) EXPECT_EQ(ParseSharedPart(SharedPartKey(v)), v);
  for (ConsentGiven v : kAllConsentGiven) EXPECT_EQ(ParseConsentGiven(ConsentGivenKey(v)), v);
  for (WarmWay v : kAllWarmWays) EXPECT_EQ(ParseWarmWay(WarmWayKey(v)), v);
  for (NotLandedReason v : kAllNotLandedReasons) {
    EXPECT_EQ(ParseNotLandedReason(NotLandedReasonKey(v)), v);
  }
  for (PersonFeeling v : kAllPersonFeelings) EXPECT_EQ(ParsePersonFeeling(PersonFeelingKey(v)), v);
  EXPECT_EQ(ParseWarmState("landed"), std::nullopt);
}

}  // namespace
}  // namespace warm_introduction_test
}  // namespace lw

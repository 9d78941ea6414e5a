#include "domain/frontdoor/introduction.h"

#include <gtest/gtest.h>

#include "domain/frontdoor/lifecycle.h"
#include "domain/frontdoor/test_support.h"

namespace lw {
namespace introduction_test {
namespace {

using namespace frontdoor_test;

Introduction ReceivedAt(Timestamp t) {
  Introduction in;
  in.version = 1;
  in.received_at = t;
  in.contact.methods = {ContactMethod::kPhone};
  return in;
}

Introduction HeldAt(const Introduction& in, Timestamp t) {
  InitialConversation c;
  c.held_at = t;
  c.with_user_id = "u-peer";
  c.what_matters = "My kids";
  return *RecordConversationHeld(in, c);
}

TEST(WaitingDaysTest, NoneUntilTheConversationIsHeld) {
  EXPECT_EQ(WaitingDays(ReceivedAt(Utc(2026, 3, 9))), std::nullopt);
}

TEST(WaitingDaysTest, CountsCalendarDaysNotHours) {
  auto in = HeldAt(ReceivedAt(Utc(2026, 1, 5, 9)), Utc(2026, 1, 19, 8));  // 13 days 23 hours
  EXPECT_EQ(WaitingDays(in), 14);
  EXPECT_EQ(WaitingDays(HeldAt(ReceivedAt(Utc(2026, 1, 5, 9)), Utc(2026, 1, 5, 17))), 0);
}

TEST(WaitingDaysTest, CrossingMidnightInLondonSummerTime) {
  // 23:30 BST on 1 June, then 00:30 BST on 2 June: one day, though both
  // instants fall on 1 June in UTC.
  auto in = HeldAt(ReceivedAt(Utc(2026, 6, 1, 22, 30)), Utc(2026, 6, 1, 23, 30));
  EXPECT_EQ(WaitingDays(in), 1);
}

TEST(WaitingDaysTest, AcrossTheSpringChangeToBst) {
  // Clocks go forward at 01:00 UTC on 29 March 2026. Received 23:30 GMT on
  // 28 March; held 23:30 UTC on 29 March, which is 00:30 BST on 30 March.
  auto in = HeldAt(ReceivedAt(Utc(2026, 3, 28, 23, 30)), Utc(2026, 3, 29, 23, 30));
  EXPECT_EQ(WaitingDays(in), 2);
}

TEST(WaitingDaysTest, AcrossTheAutumnChangeToGmt) {
  // Clocks go back at 01:00 UTC on 25 October 2026. Received 23:30 UTC on
  // 24 October (00:30 BST, 25 October); held 23:30 GMT on 25 October.
  auto in = HeldAt(ReceivedAt(Utc(2026, 10, 24, 23, 30)), Utc(2026, 10, 25, 23, 30));
  EXPECT_EQ(WaitingDays(in), 0);
}

TEST(DaysWaitingTest, OpenCountsToNowHeldStopsTheClock) {
  Introduction in = ReceivedAt(Utc(2026, 3, 9, 10));
  EXPECT_EQ(DaysWaiting(in, Utc(2026, 3, 9, 23)), 0);
  EXPECT_EQ(DaysWaiting(in, Utc(2026, 3, 20, 10)), 11);
  Introduction held = HeldAt(in, Utc(2026, 3, 12, 10));
  EXPECT_EQ(DaysWaiting(held, Utc(2026, 6, 1)), 3);
}

TEST(DaysWaitingTest, ClosedWithoutConversationStopsAtClosing) {
  Introduction in = ReceivedAt(Utc(2026, 3, 9, 10));
  in = *Close(in, Ending::kChoseNotToGoAhead, "", Utc(2026, 3, 13, 10), FrontDoorPolicy{});
  EXPECT_EQ(DaysWaiting(in, Utc(2026, 6, 1)), 4);
}

TEST(PastTargetTest, OnlyWhileStillWaitingBeyondTheTarget) {
  FrontDoorPolicy policy;  // 14 days
  Introduction in = ReceivedAt(Utc(2026, 3, 9, 10));
  EXPECT_FALSE(PastTarget(in, Utc(2026, 3, 23, 20), policy));  // day 14: within target
  EXPECT_TRUE(PastTarget(in, Utc(2026, 3, 24, 9), policy));    // day 15
  EXPECT_FALSE(PastTarget(in, Utc(2026, 3, 24, 9), FrontDoorPolicy{.target_days = 21}));
  Introduction held = HeldAt(in, Utc(2026, 3, 30, 10));
  EXPECT_FALSE(PastTarget(held, Utc(2026, 4, 30), policy));
}

TEST(PastTargetCutoffTest, AgreesWithPastTargetAtEveryHourAroundTheBoundary) {
  const FrontDoorPolicy policy;  // 14 days
  for (Timestamp now : {Utc(2026, 3, 24, 9), Utc(2026, 7, 1, 23, 30), Utc(2026, 10, 25, 0, 30)}) {
    const Timestamp cutoff = PastTargetCutoff(now, policy);
    for (int h = -30; h <= 30; ++h) {
      Introduction in = ReceivedAt(cutoff + std::chrono::hours(h));
      if (in.received_at > now) continue;
      EXPECT_EQ(PastTarget(in, now, policy), in.received_at < cutoff)
          << FormatUtcIso(now) << " received " << FormatUtcIso(in.received_at);
    }
  }
  // The cutoff is midnight in London, 14 days before today.
  EXPECT_EQ(FormatUtcIso(PastTargetCutoff(Utc(2026, 7, 15, 12), policy)),
            "2026-06-30T23:00:00.000000Z");
}

TEST(NextStepTest, SaysWhatHappensNextInEachState) {
  Introduction in = ReceivedAt(Utc(2026, 3, 9, 10));
  EXPECT_EQ(NextStep(in), "Make contact");
  EXPECT_EQ(LastAttempt(in), nullptr);
  in = *RecordContactAttempt(in, {.at = Utc(2026, 3, 10), .by_user_id = "u1"});
  in = *RecordContactAttempt(in, {.at = Utc(2026, 3, 12), .by_user_id = "u2"});
  EXPECT_EQ(NextStep(in), "Try again");
  ASSERT_NE(LastAttempt(in), nullptr);
  EXPECT_EQ(LastAttempt(in)->by_user_id, "u2");
  in = *BookConversation(in, {.when = Utc(2026, 3, 14), .with_user_id = "u1"});
  EXPECT_EQ(NextStep(in), "Hold the conversation");
  in = HeldAt(in, Utc(2026, 3, 14));
  EXPECT_EQ(NextStep(in), "Agree how it ends");
  in = *Close(in, Ending::kInformationGiven, "Debt advice", Utc(2026, 3, 14), FrontDoorPolicy{});
  EXPECT_EQ(NextStep(in), "");
}

TEST(ForIntroducerTest, KeepsWhatTheyWroteAndWhereItIsButNotTheTeamsRecord) {
  Introduction in = ReceivedAt(Utc(2026, 3, 9, 10));
  in.in_their_words = "Struggling since the flood";
  in.assigned_user_id = "u-worker";
  in.person_id = "p-1";
  in = *RecordContactAttempt(in, {.at = Utc(2026, 3, 10), .by_user_id = "u1", .outcome_note = "x"});
  in = HeldAt(in, Utc(2026, 3, 11));
  in = *Close(in, Ending::kWarmIntroduction, "Money advice", Utc(2026, 3, 11), FrontDoorPolicy{});
  Introduction seen = ForIntroducer(in);
  EXPECT_EQ(seen.in_their_words, "Struggling since the flood");
  EXPECT_EQ(seen.state, IntroductionState::kClosed);
  EXPECT_EQ(seen.ending, Ending::kWarmIntroduction);
  EXPECT_TRUE(seen.attempts.empty());
  EXPECT_FALSE(seen.conversation.has_value());
  EXPECT_TRUE(seen.ending_note.empty());
  EXPECT_TRUE(seen.assigned_user_id.empty());
  EXPECT_TRUE(seen.person_id.empty());
}

TEST(ContactPreferencesTest, AllowsOnlyChosenMethods) {
  ContactPreferences c{.methods = {ContactMethod::kText}};
  EXPECT_TRUE(c.Allows(ContactMethod::kText));
  EXPECT_FALSE(c.Allows(ContactMethod::kPhone));
  EXPECT_FALSE(c.Allows(ContactMethod::kEmail));
}

using IntroductionInvariantsDeathTest = ::testing::Test;

TEST(IntroductionInvariantsDeathTest, ImpossibleIntroductionsAbort) {
  Introduction ok = ReceivedAt(Utc(2026, 3, 9));
  CheckIntroductionInvariants(ok);  // does not abort

  Introduction closed_without_ending = ok;
  closed_without_ending.state = IntroductionState::kClosed;
  closed_without_ending.closed_at = Utc(2026, 3, 10);
  EXPECT_DEATH(CheckIntroductionInvariants(closed_without_ending), "ending");

  Introduction booked_without_booking = ok;
  booked_without_booking.state = IntroductionState::kConversationBooked;
  EXPECT_DEATH(CheckIntroductionInvariants(booked_without_booking), "booking");

  Introduction support_without_conversation = ok;
  support_without_conversation.state = IntroductionState::kClosed;
  support_without_conversation.ending = Ending::kSupportBegins;
  support_without_conversation.closed_at = Utc(2026, 3, 10);
  EXPECT_DEATH(CheckIntroductionInvariants(support_without_conversation), "conversation");

  Introduction version_zero = ok;
  version_zero.version = 0;
  EXPECT_DEATH(CheckIntroductionInvariants(version_zero), "version");
}

}  // namespace
}  // namespace introduction_test
}  // namespace lw

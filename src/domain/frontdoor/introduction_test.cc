#include "domain/frontdoor/introduction.h"

#include <gtest/gtest.h>

#include "domain/frontdoor/lifecycle.h"
#include "domain/frontdoor/test_support.h"

namespace lw {
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
}  // namespace lw

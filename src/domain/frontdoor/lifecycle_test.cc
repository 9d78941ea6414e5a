#include "domain/frontdoor/lifecycle.h"

#include <gtest/gtest.h>

#include <array>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "domain/frontdoor/test_support.h"

namespace lw {
namespace lifecycle_test {
namespace {

using namespace frontdoor_test;
using S = IntroductionState;

const FrontDoorPolicy kPolicy;

Introduction Fresh() {
  IntroductionDraft d = PublicDraft();
  d.contact_methods = {"phone", "text"};
  auto r = ValidateNewIntroduction(d, kPolicy, Day(2026, 3, 9));
  EXPECT_TRUE(r.has_value());
  r->id = "i-1";
  r->reference = "LW-7K3M-Q9TP";
  return *r;
}

ContactAttempt Attempt(Timestamp at, ContactMethod m = ContactMethod::kPhone) {
  return {.at = at, .method = m, .by_user_id = "u-fd", .outcome_note = "No answer"};
}

ConversationBooking Booking() {
  return {.when = Utc(2026, 3, 30, 10),
          .place = ConversationPlace::kCommunityVenue,
          .with_user_id = "u-peer",
          .where_detail = "Hyde Library, the quiet room"};
}

InitialConversation Conversation() {
  InitialConversation c;
  c.held_at = Utc(2026, 3, 30, 10);
  c.with_user_id = "u-peer";
  c.what_matters = "Getting back to the allotment";
  return c;
}

// Open, with three attempts over 14 days: enough for could-not-be-reached,
// so only the state decides what is refused.
Introduction Open() {
  Introduction in = Fresh();
  for (int day : {9, 16, 23}) in = *RecordContactAttempt(in, Attempt(Utc(2026, 3, day, 11)));
  return in;
}
Introduction Booked() { return *BookConversation(Open(), Booking()); }
Introduction Held() { return *RecordConversationHeld(Booked(), Conversation()); }
Introduction Closed() {
  return *Close(Held(), Ending::kSupportBegins, "", Utc(2026, 3, 31), kPolicy);
}

struct Op {
  const char* name;
  std::function<Result<Introduction>(const Introduction&)> run;
};

std::vector<Op> Ops() {
  auto close = [](Ending e, const std::string& note) {
    return
        [e, note](const Introduction& in) { return Close(in, e, note, Utc(2026, 4, 1), kPolicy); };
  };
  return {
      {"attempt", [](auto& in) { return RecordContactAttempt(in, Attempt(Utc(2026, 3, 29))); }},
      {"book", [](auto& in) { return BookConversation(in, Booking()); }},
      {"not-held",
       [](auto& in) { return RecordConversationNotHeld(in, Attempt(Utc(2026, 3, 30, 11))); }},
      {"held", [](auto& in) { return RecordConversationHeld(in, Conversation()); }},
      {"support-begins", close(Ending::kSupportBegins, "")},
      {"warm-introduction", close(Ending::kWarmIntroduction, "Tameside Carers Centre")},
      {"information-given", close(Ending::kInformationGiven, "Wanted to know about debt advice")},
      {"chose-not-to-go-ahead", close(Ending::kChoseNotToGoAhead, "")},
      {"could-not-be-reached", close(Ending::kCouldNotBeReached, "")},
      {"assign", [](auto& in) { return AssignWorker(in, "u-peer"); }},
      {"link", [](auto& in) { return LinkPerson(in, "p-42"); }},
  };
}

// The state after each op, or nullopt where it must be refused.
// Columns: from open, booked, held, closed.
using Row = std::array<std::optional<S>, 4>;
const std::map<std::string, Row>& Expected() {
  static const auto* table = new std::map<std::string, Row>{
      {"attempt", {S::kOpen, S::kConversationBooked, std::nullopt, std::nullopt}},
      {"book", {S::kConversationBooked, S::kConversationBooked, std::nullopt, std::nullopt}},
      {"not-held", {std::nullopt, S::kOpen, std::nullopt, std::nullopt}},
      {"held", {S::kConversationHeld, S::kConversationHeld, std::nullopt, std::nullopt}},
      {"support-begins", {std::nullopt, std::nullopt, S::kClosed, std::nullopt}},
      {"warm-introduction", {std::nullopt, std::nullopt, S::kClosed, std::nullopt}},
      {"information-given", {std::nullopt, std::nullopt, S::kClosed, std::nullopt}},
      {"chose-not-to-go-ahead", {S::kClosed, S::kClosed, S::kClosed, std::nullopt}},
      {"could-not-be-reached", {S::kClosed, std::nullopt, std::nullopt, std::nullopt}},
      {"assign", {S::kOpen, S::kConversationBooked, S::kConversationHeld, std::nullopt}},
      {"link", {S::kOpen, S::kConversationBooked, S::kConversationHeld, std::nullopt}},
  };
  return *table;
}

TEST(LifecycleTest, EveryTransitionIsAllowedOrRefusedAsTheTableSays) {
  std::array<Introduction, 4> from = {Open(), Booked(), Held(), Closed()};
  ASSERT_EQ(from[0].state, S::kOpen);
  ASSERT_EQ(from[1].state, S::kConversationBooked);
  ASSERT_EQ(from[2].state, S::kConversationHeld);
  ASSERT_EQ(from[3].state, S::kClosed);
  auto ops = Ops();
  ASSERT_EQ(ops.size(), Expected().size());
  for (const auto& op : ops) {
    for (std::size_t i = 0; i < from.size(); ++i) {
      SCOPED_TRACE(std::string(op.name) + " from " +
                   std::string(IntroductionStateKey(from[i].state)));
      auto want = Expected().at(op.name)[i];
      auto got = op.run(from[i]);
      if (want) {
        ASSERT_TRUE(got.has_value()) << got.error().message;
        EXPECT_EQ(got->state, *want);
        EXPECT_EQ(got->version, from[i].version + 1);
      } else {
        ASSERT_FALSE(got.has_value());
        EXPECT_EQ(got.error().code, ErrorCode::kFailedPrecondition);
        EXPECT_FALSE(got.error().message.empty());
      }
    }
  }
}

TEST(LifecycleTest, AClosedIntroductionPointsToANewOne) {
  auto r = RecordContactAttempt(Closed(), Attempt(Utc(2026, 4, 1)));
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().message,
            "This introduction is closed. If they would like support again, make a new "
            "introduction");
}

TEST(LifecycleTest, ClosingRecordsEndingNoteAndTime) {
  auto r = Close(Held(), Ending::kWarmIntroduction, "  Tameside Carers Centre ", Utc(2026, 4, 1),
                 kPolicy);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->ending, Ending::kWarmIntroduction);
  EXPECT_EQ(r->ending_note, "Tameside Carers Centre");
  EXPECT_EQ(r->closed_at, Utc(2026, 4, 1));
}

TEST(LifecycleTest, EndingsAgreedInConversationNeedItHeld) {
  auto r = Close(Open(), Ending::kSupportBegins, "", Utc(2026, 4, 1), kPolicy);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().message,
            "Record the initial conversation before closing as \"Living Well support begins\"");
}

TEST(LifecycleTest, WarmIntroductionNeedsTheServiceNamed) {
  auto r = Close(Held(), Ending::kWarmIntroduction, " ", Utc(2026, 4, 1), kPolicy);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(MessageFor(r, "ending_note"), "Name the service they were introduced to");
}

TEST(LifecycleTest, InformationGivenNeedsTheirWords) {
  auto r = Close(Held(), Ending::kInformationGiven, "", Utc(2026, 4, 1), kPolicy);
  EXPECT_EQ(MessageFor(r, "ending_note"),
            "Write what information or advice they wanted, in their words");
  r = Close(Held(), Ending::kChoseNotToGoAhead, std::string(1001, 'x'), Utc(2026, 4, 1), kPolicy);
  EXPECT_EQ(MessageFor(r, "ending_note"), "Note must be 1000 characters or fewer");
}

// --- could not be reached ---------------------------------------------

Introduction WithAttempts(const std::vector<Timestamp>& times) {
  Introduction in = Fresh();
  for (auto t : times) in = *RecordContactAttempt(in, Attempt(t));
  return in;
}

Result<Introduction> CloseUnreachable(const Introduction& in) {
  return Close(in, Ending::kCouldNotBeReached, "", Utc(2026, 5, 1), kPolicy);
}

TEST(UnreachableRuleTest, TwoAttemptsAreNotEnough) {
  auto r = CloseUnreachable(WithAttempts({Utc(2026, 3, 9), Utc(2026, 3, 30)}));
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(r.error().message,
            "Make 1 more contact attempt before closing as could not be reached (3 are needed, "
            "over at least 14 days)");
  EXPECT_NE(CloseUnreachable(Fresh()).error().message.find("Make 3 more contact attempts"),
            std::string::npos);
}

TEST(UnreachableRuleTest, ThreeAttemptsOverThirteenDaysAreNotEnough) {
  auto r = CloseUnreachable(WithAttempts({Utc(2026, 3, 9), Utc(2026, 3, 15), Utc(2026, 3, 22)}));
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().message,
            "Contact attempts must span at least 14 days: make another attempt on or after 23 "
            "March 2026");
}

TEST(UnreachableRuleTest, ThreeAttemptsOverFourteenDaysAreEnough) {
  auto r = CloseUnreachable(WithAttempts({Utc(2026, 3, 9), Utc(2026, 3, 15), Utc(2026, 3, 23)}));
  ASSERT_TRUE(r.has_value()) << r.error().message;
  EXPECT_EQ(r->ending, Ending::kCouldNotBeReached);
}

TEST(UnreachableRuleTest, SpanIsFirstToLastWhateverTheOrderRecorded) {
  auto r = CloseUnreachable(WithAttempts({Utc(2026, 3, 23), Utc(2026, 3, 9), Utc(2026, 3, 15)}));
  EXPECT_TRUE(r.has_value());
}

TEST(UnreachableRuleTest, FollowsTheLocalityPolicy) {
  FrontDoorPolicy strict{.unreachable_attempts = 4, .unreachable_span_days = 21};
  auto in = WithAttempts({Utc(2026, 3, 9), Utc(2026, 3, 15), Utc(2026, 3, 23)});
  EXPECT_FALSE(Close(in, Ending::kCouldNotBeReached, "", Utc(2026, 5, 1), strict).has_value());
  in = *RecordContactAttempt(in, Attempt(Utc(2026, 3, 30)));
  EXPECT_TRUE(Close(in, Ending::kCouldNotBeReached, "", Utc(2026, 5, 1), strict).has_value());
}

TEST(UnreachableRuleTest, NotHeldConversationsCountAsAttempts) {
  Introduction in = WithAttempts({Utc(2026, 3, 9), Utc(2026, 3, 15)});
  in = *BookConversation(in, Booking());
  in = *RecordConversationNotHeld(in, Attempt(Utc(2026, 3, 30, 11)));
  EXPECT_TRUE(CloseUnreachable(in).has_value());
}

// --- data checks on each transition -------------------------------------

TEST(LifecycleDataTest, AttemptsOnlyByMethodsThePersonChose) {
  auto r = RecordContactAttempt(Fresh(), Attempt(Utc(2026, 3, 10), ContactMethod::kEmail));
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(MessageFor(r, "method"),
            "They did not agree to be contacted by Email: use a way they chose");
}

TEST(LifecycleDataTest, AttemptIsCheckedAndKeptVerbatim) {
  ContactAttempt a = Attempt(Utc(2026, 3, 1));  // before received
  a.by_user_id = "";
  a.outcome_note = std::string(1001, 'n');
  auto r = RecordContactAttempt(Fresh(), a);
  EXPECT_EQ(Fields(r), (std::vector<std::string>{"at", "by_user_id", "outcome_note"}));
  a = Attempt(Utc(2026, 3, 10));
  a.outcome_note = " <script>alert(1)</script> ";
  r = RecordContactAttempt(Fresh(), a);
  ASSERT_TRUE(r.has_value());
  ASSERT_EQ(r->attempts.size(), 1u);
  EXPECT_EQ(r->attempts[0].outcome_note, "<script>alert(1)</script>");
}

TEST(LifecycleDataTest, RebookingReplacesTheBooking) {
  ConversationBooking second = Booking();
  second.place = ConversationPlace::kVideo;
  second.where_detail = "";
  auto r = BookConversation(Booked(), second);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->booking, second);
}

TEST(LifecycleDataTest, BookingNeedsWhoWithAndLimitsWhere) {
  ConversationBooking b = Booking();
  b.with_user_id = " ";
  b.where_detail = std::string(201, 'w');
  auto r = BookConversation(Open(), b);
  EXPECT_EQ(MessageFor(r, "with_user_id"), "Select who will have the conversation");
  EXPECT_EQ(MessageFor(r, "where_detail"), "Where must be 200 characters or fewer");
}

TEST(LifecycleDataTest, NotHeldClearsTheBookingAndLogsTheAttempt) {
  Introduction booked = Booked();
  auto r = RecordConversationNotHeld(booked, Attempt(Utc(2026, 3, 30, 11), ContactMethod::kText));
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->booking, std::nullopt);
  ASSERT_EQ(r->attempts.size(), booked.attempts.size() + 1);
  EXPECT_EQ(r->attempts.back().method, ContactMethod::kText);
  auto bad = RecordConversationNotHeld(booked, Attempt(Utc(2026, 3, 30), ContactMethod::kEmail));
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
}

TEST(LifecycleDataTest, HeldNeedsThePersonsWords) {
  InitialConversation c = Conversation();
  c.what_matters = "  ";
  auto r = RecordConversationHeld(Open(), c);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(MessageFor(r, "what_matters"), "Write at least one answer in the person's own words");
  for (auto field : {&InitialConversation::whats_going_on, &InitialConversation::strengths,
                     &InitialConversation::what_would_help, &InitialConversation::in_your_corner}) {
    InitialConversation one = c;
    one.*field = "Something in their words";
    EXPECT_TRUE(RecordConversationHeld(Open(), one).has_value());
  }
}

TEST(LifecycleDataTest, HeldIsRecordedVerbatimWithItsSafetyConcern) {
  InitialConversation c = Conversation();
  c.in_your_corner = "My sister <Priya> & my dog";
  c.safety_concern = "Said they sometimes think of ending it";
  c.raised_to_huddle = true;
  c.safety_agreed = "Daily call from the peer worker this week";
  auto r = RecordConversationHeld(Booked(), c);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->conversation, c);
  EXPECT_EQ(r->booking, Booking());  // kept: what was booked is history
}

TEST(LifecycleDataTest, ConcernRaisedToHuddleMustBeDescribed) {
  InitialConversation c = Conversation();
  c.raised_to_huddle = true;
  auto r = RecordConversationHeld(Open(), c);
  EXPECT_EQ(MessageFor(r, "safety_concern"), "Describe the concern raised to the huddle");
}

TEST(LifecycleDataTest, ConversationCannotPrecedeTheIntroductionAndTextIsLimited) {
  InitialConversation c = Conversation();
  c.held_at = Utc(2026, 3, 8);
  c.whats_going_on = std::string(5001, 'x');
  c.with_user_id = "";
  auto r = RecordConversationHeld(Open(), c);
  EXPECT_EQ(Fields(r), (std::vector<std::string>{"with_user_id", "held_at", "whats_going_on"}));
  EXPECT_EQ(MessageFor(r, "whats_going_on"), "What is going on must be 5000 characters or fewer");
}

TEST(LifecycleDataTest, LinkPersonNeedsAnId) {
  EXPECT_EQ(MessageFor(LinkPerson(Open(), ""), "person_id"), "Choose the person record to link");
  auto r = AssignWorker(Open(), "");  // un-assigning is allowed
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->assigned_user_id, "");
}

TEST(LifecycleDataTest, RefusalLeavesNothingHalfDone) {
  const Introduction in = Open();
  ContactAttempt bad = Attempt(Utc(2026, 3, 1));
  EXPECT_FALSE(RecordContactAttempt(in, bad).has_value());
  EXPECT_EQ(in, Open());  // Open() is deterministic
}

}  // namespace
}  // namespace lifecycle_test
}  // namespace lw

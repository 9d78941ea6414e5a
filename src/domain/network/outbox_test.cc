#include "domain/network/outbox.h"

#include <gtest/gtest.h>
#include <chrono>

namespace lw {
namespace outbox_test {
namespace {

using std::chrono::minutes;

Timestamp At(int minute = 0) { return FromUnixMicros(1'773'000'000'000'000) + minutes(minute); }

OutboxDraft Draft() {
  return OutboxDraft{.kind = OutboxKind::kWarmReminder,
                     .about_id = "w-1",
                     .to = "referrals@hyde-walks.example",
                     .subject = "A warm introduction has not landed",
                     .body = "A warm introduction to Hyde Walks ...",
                     .created_at = At()};
}

TEST(OutboxTest, KeysArePinned) {
  EXPECT_EQ(OutboxStateKey(OutboxState::kQueued), "queued");
  EXPECT_EQ(OutboxStateKey(OutboxState::kSent), "sent");
  EXPECT_EQ(OutboxStateKey(OutboxState::kFailed), "failed");
  EXPECT_EQ(ParseOutboxState("failed"), OutboxState::kFailed);
  EXPECT_EQ(ParseOutboxState("lost"), std::nullopt);
  EXPECT_EQ(OutboxKindKey(OutboxKind::kWarmReminder), "warm-reminder");
  EXPECT_EQ(ParseOutboxKind("warm-reminder"), OutboxKind::kWarmReminder);
}

TEST(OutboxTest, EmailAddresses) {
  for (std::string_view good : {"priya.desai@millbrook.example", "a@b.co", "x+tag@mail.nhs.uk"}) {
    EXPECT_TRUE(IsValidEmailAddress(good)) << good;
  }
  for (std::string_view bad :
       {"", "priya", "@millbrook.example", "priya@", "priya@localhost", "a@b@c.example",
        "a b@c.example", "a@c.example\r\nRCPT TO:<x@y.example>", "<a@c.example>", "a@.example",
        "a@c..example", "a@c.example.", ".a@c.example", "a..b@c.example", "\"a\"@c.example",
        "a,b@c.example", "ä@c.example"}) {
    EXPECT_FALSE(IsValidEmailAddress(bad)) << bad;
  }
  EXPECT_FALSE(IsValidEmailAddress(std::string(250, 'a') + "@b.example"));
}

TEST(OutboxTest, MakeQueuesForNow) {
  auto m = MakeOutboxMessage(Draft());
  ASSERT_TRUE(m) << m.error().message;
  EXPECT_EQ(m->state, OutboxState::kQueued);
  EXPECT_EQ(m->attempts, 0);
  EXPECT_EQ(m->next_attempt_at, At());
  EXPECT_TRUE(DueToSend(*m, At()));
  EXPECT_FALSE(DueToSend(*m, At() - minutes(1)));
  EXPECT_TRUE(CheckOutboxInvariants(*m));
}

TEST(OutboxTest, MakeRefusesBadAddressesAndHeaderInjection) {
  OutboxDraft d = Draft();
  d.to = "not an address";
  d.subject = "Hello\r\nBcc: someone@else.example";
  d.body = "";
  auto m = MakeOutboxMessage(d);
  ASSERT_FALSE(m);
  ASSERT_EQ(m.error().code, ErrorCode::kInvalidArgument);
  ASSERT_EQ(m.error().field_errors.size(), 3U);
  EXPECT_EQ(m.error().field_errors[0].field, "to");
  EXPECT_EQ(m.error().field_errors[1].field, "subject");
  EXPECT_EQ(m.error().field_errors[2].field, "body");
}

TEST(OutboxTest, NextAttemptBacksOffThenGivesUp) {
  EXPECT_EQ(NextAttempt(1, At()), At(5));
  EXPECT_EQ(NextAttempt(2, At()), At(15));
  EXPECT_EQ(NextAttempt(3, At()), At(45));
  EXPECT_EQ(NextAttempt(4, At()), At(135));
  EXPECT_EQ(NextAttempt(5, At()), std::nullopt);
  EXPECT_EQ(NextAttempt(6, At()), std::nullopt);
}

// Starts an attempt at `at`, which must be allowed.
OutboxMessage Started(const OutboxMessage& m, Timestamp at) {
  auto started = RecordAttemptStarted(m, at);
  EXPECT_TRUE(started) << started.error().message;
  return started.value_or(m);
}

TEST(OutboxTest, StartingAnAttemptClaimsTheMessageForTheLease) {
  OutboxMessage m = *MakeOutboxMessage(Draft());
  EXPECT_TRUE(DueToSend(m, At()));
  OutboxMessage claimed = Started(m, At(1));
  EXPECT_EQ(claimed.version, m.version + 1);
  EXPECT_EQ(claimed.state, OutboxState::kQueued);
  EXPECT_EQ(claimed.attempts, 1);
  EXPECT_EQ(claimed.last_attempt_at, At(1));
  EXPECT_FALSE(DueToSend(claimed, At(1) + kOutboxSendLease - std::chrono::seconds(1)))
      << "no other server takes it while it is being sent";
  EXPECT_TRUE(DueToSend(claimed, At(1) + kOutboxSendLease))
      << "an attempt whose outcome was never recorded is tried again";
}

TEST(OutboxTest, AnOutcomeNeedsAnAttempt) {
  OutboxMessage m = *MakeOutboxMessage(Draft());
  EXPECT_EQ(RecordSent(m, At(1)).error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(RecordFailure(m, "451", At(1)).error().code, ErrorCode::kFailedPrecondition);
}

TEST(OutboxTest, FailureRetriesThenFailsForGood) {
  OutboxMessage m = *MakeOutboxMessage(Draft());
  for (int i = 1; i < kMaxOutboxAttempts; ++i) {
    auto next = RecordFailure(Started(m, At(1000 * i)), "451 try again later", At(1000 * i));
    ASSERT_TRUE(next) << next.error().message;
    m = *next;
    EXPECT_EQ(m.state, OutboxState::kQueued);
    EXPECT_EQ(m.attempts, i);
    EXPECT_EQ(m.last_error, "451 try again later");
    EXPECT_EQ(m.next_attempt_at, NextAttempt(i, At(1000 * i)));
    EXPECT_FALSE(DueToSend(m, At(1000 * i)));
  }
  auto last = RecordFailure(Started(m, At(9000)), std::string(2000, 'x'), At(9000));
  ASSERT_TRUE(last);
  EXPECT_EQ(last->state, OutboxState::kFailed);
  EXPECT_EQ(last->attempts, kMaxOutboxAttempts);
  EXPECT_EQ(last->last_error.size(), kMaxOutboxErrorChars);
  EXPECT_EQ(last->next_attempt_at, std::nullopt);
  EXPECT_FALSE(DueToSend(*last, At(100'000)));
  EXPECT_EQ(RecordFailure(*last, "again", At(9001)).error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(RecordSent(*last, At(9001)).error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(RecordAttemptStarted(*last, At(9001)).error().code, ErrorCode::kFailedPrecondition);
}

TEST(OutboxTest, NoMoreAttemptsStartAfterTheLastWasStarted) {
  OutboxMessage m = *MakeOutboxMessage(Draft());
  for (int i = 1; i < kMaxOutboxAttempts; ++i) {
    m = *RecordFailure(Started(m, At(1000 * i)), "451", At(1000 * i));
  }
  m = Started(m, At(9000));  // the last; its outcome never recorded
  ASSERT_TRUE(DueToSend(m, At(9000) + kOutboxSendLease));
  EXPECT_EQ(RecordAttemptStarted(m, At(9000) + kOutboxSendLease).error().code,
            ErrorCode::kFailedPrecondition);
  auto failed = RecordFailure(m, "no outcome recorded", At(9000) + kOutboxSendLease);
  ASSERT_TRUE(failed);
  EXPECT_EQ(failed->state, OutboxState::kFailed);
}

TEST(OutboxTest, SentAfterARetryIsFinal) {
  OutboxMessage m = *RecordFailure(Started(*MakeOutboxMessage(Draft()), At(1)), "451 busy", At(1));
  auto sent = RecordSent(Started(m, At(7)), At(7));
  ASSERT_TRUE(sent);
  EXPECT_EQ(sent->state, OutboxState::kSent);
  EXPECT_EQ(sent->version, 5);
  EXPECT_EQ(sent->attempts, 2);
  EXPECT_EQ(sent->sent_at, At(7));
  EXPECT_EQ(sent->last_attempt_at, At(7));
  EXPECT_EQ(sent->next_attempt_at, std::nullopt);
  EXPECT_EQ(sent->last_error, "451 busy");  // kept: what happened on the way
  EXPECT_EQ(RecordSent(*sent, At(8)).error().code, ErrorCode::kFailedPrecondition);
}

TEST(OutboxTest, InvariantsCatchImpossibleStates) {
  OutboxMessage m = *MakeOutboxMessage(Draft());
  m.state = OutboxState::kSent;
  EXPECT_EQ(CheckOutboxInvariants(m).error().code, ErrorCode::kInternal);
  m = *MakeOutboxMessage(Draft());
  m.state = OutboxState::kFailed;
  m.next_attempt_at.reset();
  EXPECT_FALSE(CheckOutboxInvariants(m));  // no attempts made
}

}  // namespace
}  // namespace outbox_test
}  // namespace lw

#include "services/outbox.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "services/service_test_support.h"
#include "storage/records/outbox_records.h"

namespace lw {
namespace outbox_test {
namespace {

using std::chrono::minutes;

// Answers each Send with the next of `replies` (Ok once they run out).
class FakeSender : public MailSender {
 public:
  Status Send(const MailMessage& m, Timestamp) override {
    if (during_send) during_send();
    sent.push_back(m);
    if (replies.empty()) return Ok();
    Status s = replies.front();
    replies.erase(replies.begin());
    return s;
  }
  std::vector<Status> replies;
  std::vector<MailMessage> sent;
  std::function<void()> during_send;  // called as the relay would be talking
};

class OutboxJobTest : public ::testing::Test {
 protected:
  void Queue(const std::string& id, const std::string& to) {
    OutboxMessage m = *MakeOutboxMessage({.about_id = "w-1",
                                          .to = to,
                                          .subject = "A warm introduction has not landed yet",
                                          .body = "Sign in to see it",
                                          .created_at = world_.clock.Now()});
    m.id = id;
    ASSERT_TRUE(world_.store->Transact(TxMode::kWrite, [&](StoreTx& tx) {
      return records::Create(tx, m, {.changed_by = "test", .changed_at = world_.clock.Now()});
    }));
  }

  std::string Run() {
    auto r = SendDueMessages(*world_.store, world_.clock, sender_, "livingwell@millbrook.example");
    EXPECT_TRUE(r) << r.error().message;
    return r.value_or("");
  }

  OutboxMessage Stored(const std::string& id) {
    std::optional<OutboxMessage> m;
    EXPECT_TRUE(world_.store->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto got = records::Get<OutboxMessage>(tx, id);
      if (!got) return Fail(got.error());
      m = *got;
      return Ok();
    }));
    return m.value_or(OutboxMessage{});
  }

  testing::ServiceWorld world_;
  FakeSender sender_;
};

TEST_F(OutboxJobTest, SendsDueMessagesFromTheConfiguredAddress) {
  Queue("m-1", "a@millbrook.example");
  Queue("m-2", "b@millbrook.example");
  EXPECT_EQ(Run(), "sent 2, to retry 0, gave up on 0 outbox messages");
  ASSERT_EQ(sender_.sent.size(), 2u);
  EXPECT_EQ(sender_.sent[0].from, "livingwell@millbrook.example");
  EXPECT_EQ(Stored("m-1").state, OutboxState::kSent);
  EXPECT_EQ(Stored("m-1").sent_at, world_.clock.Now());
  EXPECT_EQ(Stored("m-2").state, OutboxState::kSent);
  EXPECT_EQ(Run(), "sent 0, to retry 0, gave up on 0 outbox messages");
  EXPECT_EQ(sender_.sent.size(), 2u) << "a sent message is not sent again";
}

TEST_F(OutboxJobTest, ARefusalIsRetriedAfterTheBackOffThenSent) {
  Queue("m-1", "a@millbrook.example");
  sender_.replies = {Fail(ErrorCode::kUnavailable, "451 4.3.0 Try again later")};
  EXPECT_EQ(Run(), "sent 0, to retry 1, gave up on 0 outbox messages");
  OutboxMessage m = Stored("m-1");
  EXPECT_EQ(m.state, OutboxState::kQueued);
  EXPECT_EQ(m.attempts, 1);
  EXPECT_EQ(m.last_error, "451 4.3.0 Try again later");
  // Not before its time.
  world_.clock.Advance(minutes(4));
  Run();
  EXPECT_EQ(sender_.sent.size(), 1u);
  world_.clock.Advance(minutes(1));
  EXPECT_EQ(Run(), "sent 1, to retry 0, gave up on 0 outbox messages");
  EXPECT_EQ(Stored("m-1").state, OutboxState::kSent);
  EXPECT_EQ(Stored("m-1").attempts, 2);
}

TEST_F(OutboxJobTest, GivesUpAfterFiveAttempts) {
  Queue("m-1", "a@millbrook.example");
  for (int i = 0; i < kMaxOutboxAttempts; ++i) {
    sender_.replies.push_back(Fail(ErrorCode::kUnavailable, "550 5.1.1 No such user"));
  }
  for (int i = 0; i < kMaxOutboxAttempts; ++i) {
    Run();
    world_.clock.Advance(std::chrono::hours(3));
  }
  OutboxMessage m = Stored("m-1");
  EXPECT_EQ(m.state, OutboxState::kFailed);
  EXPECT_EQ(m.attempts, kMaxOutboxAttempts);
  EXPECT_EQ(m.last_error, "550 5.1.1 No such user");
  Run();
  EXPECT_EQ(sender_.sent.size(), static_cast<std::size_t>(kMaxOutboxAttempts));
}

TEST_F(OutboxJobTest, AtMostABatchPerRun) {
  for (int i = 0; i < kOutboxBatch + 3; ++i) {
    Queue("m-" + std::to_string(100 + i), "a@millbrook.example");
  }
  Run();
  EXPECT_EQ(sender_.sent.size(), static_cast<std::size_t>(kOutboxBatch));
  Run();
  EXPECT_EQ(sender_.sent.size(), static_cast<std::size_t>(kOutboxBatch + 3));
}

TEST_F(OutboxJobTest, EachMessageIsClaimedAndCommittedBeforeTheRelayIsAsked) {
  Queue("m-1", "a@millbrook.example");
  std::vector<OutboxMessage> seen_while_sending;
  sender_.during_send = [&] { seen_while_sending.push_back(Stored("m-1")); };
  EXPECT_EQ(Run(), "sent 1, to retry 0, gave up on 0 outbox messages");
  ASSERT_EQ(seen_while_sending.size(), 1u);
  // Read from the store in its own transaction while the relay had it: the
  // claim was already there, so no transaction was held open over sending.
  EXPECT_EQ(seen_while_sending[0].attempts, 1);
  EXPECT_EQ(seen_while_sending[0].state, OutboxState::kQueued);
  EXPECT_EQ(seen_while_sending[0].next_attempt_at, world_.clock.Now() + kOutboxSendLease);
}

TEST_F(OutboxJobTest, AMessageAnotherServerIsSendingIsLeftAlone) {
  Queue("m-1", "a@millbrook.example");
  OutboxMessage m = Stored("m-1");
  ASSERT_TRUE(world_.store->Transact(TxMode::kWrite, [&](StoreTx& tx) {
    return records::Update(tx, *RecordAttemptStarted(m, world_.clock.Now()),
                           {.changed_by = "system", .changed_at = world_.clock.Now()});
  }));
  world_.clock.Advance(kOutboxSendLease - minutes(1));
  EXPECT_EQ(Run(), "sent 0, to retry 0, gave up on 0 outbox messages");
  EXPECT_TRUE(sender_.sent.empty());

  // That server never recorded the outcome (it stopped): once the lease is
  // over the message is tried again.
  world_.clock.Advance(minutes(1));
  EXPECT_EQ(Run(), "sent 1, to retry 0, gave up on 0 outbox messages");
  EXPECT_EQ(Stored("m-1").attempts, 2);
}

TEST_F(OutboxJobTest, ALastAttemptWithNoOutcomeIsGivenUp) {
  Queue("m-1", "a@millbrook.example");
  OutboxMessage m = Stored("m-1");
  auto save = [&](const OutboxMessage& next) {
    ASSERT_TRUE(world_.store->Transact(TxMode::kWrite, [&](StoreTx& tx) {
      return records::Update(tx, next, {.changed_by = "system", .changed_at = world_.clock.Now()});
    }));
    m = next;
  };
  for (int i = 1; i <= kMaxOutboxAttempts; ++i) {
    save(*RecordAttemptStarted(m, world_.clock.Now()));
    if (i < kMaxOutboxAttempts) save(*RecordFailure(m, "451 busy", world_.clock.Now()));
  }
  world_.clock.Advance(kOutboxSendLease);
  EXPECT_EQ(Run(), "sent 0, to retry 0, gave up on 1 outbox messages");
  EXPECT_TRUE(sender_.sent.empty());
  EXPECT_EQ(Stored("m-1").state, OutboxState::kFailed);
  EXPECT_EQ(Stored("m-1").last_error, "No outcome was recorded for the last attempt");
}

TEST_F(OutboxJobTest, OnlyAdministratorsSeeTheOutbox) {
  Queue("m-1", "a@millbrook.example");
  world_.clock.Advance(minutes(1));
  Queue("m-2", "b@millbrook.example");
  Outbox outbox(*world_.store);
  auto list = outbox.List(world_.Add("admin", Role::kAdministrator));
  ASSERT_TRUE(list);
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].id, "m-2") << "newest first";
  for (Role role : {Role::kPractitioner, Role::kTeamLead, Role::kCommissioner}) {
    auto refused = outbox.List(world_.Add(std::string(RoleKey(role)) + "-x", role,
                                          RoleBelongsToTeam(role) ? "team-a" : ""));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::kNotFound);
  }
}

}  // namespace
}  // namespace outbox_test
}  // namespace lw

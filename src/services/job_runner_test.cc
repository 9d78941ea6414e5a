#include "services/job_runner.h"

#include <gtest/gtest.h>

#include "base/random.h"
#include "storage/memory/memory_store.h"

namespace lw {
namespace job_runner_test {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

// 2026-03-09 09:00:00 UTC, the start of a 15-minute slot.
const Timestamp kSlotStart = FromUnixMicros(1'773'046'800'000'000);

class JobRunnerTest : public ::testing::Test {
 protected:
  Job CountingJob(std::string name, Micros interval) {
    return Job{.name = std::move(name),
               .interval = interval,
               .work = [this](StoreTx&, Timestamp) -> Result<std::string> {
                 ++work_done_;
                 return std::string("did the work");
               }};
  }

  std::vector<JobRun> Runs(const std::string& job) {
    std::vector<JobRun> out;
    auto read = store_->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto runs = tx.ListJobRuns(job, 100);
      if (!runs) return Fail(runs.error());
      out = std::move(*runs);
      return Ok();
    });
    EXPECT_TRUE(read) << read.error().message;
    return out;
  }

  ManualClock clock_{kSlotStart + seconds(5)};
  std::unique_ptr<MemoryStore> store_ = MemoryStore::Create();
  int work_done_ = 0;
};

TEST_F(JobRunnerTest, RunsADueJobOnceAndRecordsWhoRanItAndWhatHappened) {
  JobRunner runner(*store_, clock_, "server-a");
  runner.Add(CountingJob("demo.job", minutes(15)));
  auto ran = runner.RunDue();
  ASSERT_TRUE(ran) << ran.error().message;
  ASSERT_EQ(ran->size(), 1u);
  EXPECT_EQ((*ran)[0].slot, kSlotStart);
  EXPECT_EQ((*ran)[0].instance, "server-a");
  EXPECT_EQ((*ran)[0].outcome, "did the work");
  EXPECT_EQ(work_done_, 1);

  // Later in the same slot, on this server or another: nothing to do.
  clock_.Advance(minutes(5));
  ASSERT_TRUE(runner.RunDue());
  JobRunner other(*store_, clock_, "server-b");
  other.Add(CountingJob("demo.job", minutes(15)));
  auto ran_elsewhere = other.RunDue();
  ASSERT_TRUE(ran_elsewhere);
  EXPECT_TRUE(ran_elsewhere->empty());
  EXPECT_EQ(work_done_, 1);

  // The next slot runs again, on whichever server gets there first.
  clock_.Advance(minutes(10));
  auto next = other.RunDue();
  ASSERT_TRUE(next);
  ASSERT_EQ(next->size(), 1u);
  EXPECT_EQ((*next)[0].instance, "server-b");
  EXPECT_EQ(work_done_, 2);
  EXPECT_EQ(Runs("demo.job").size(), 2u);
}

TEST_F(JobRunnerTest, FailedWorkIsNotRecordedSoTheSlotIsTriedAgain) {
  JobRunner runner(*store_, clock_, "server-a");
  bool fail = true;
  runner.Add(Job{.name = "flaky.job",
                 .interval = minutes(15),
                 .work = [&](StoreTx&, Timestamp) -> Result<std::string> {
                   if (fail) return Fail(ErrorCode::kUnavailable, "database went away");
                   return std::string("ok");
                 }});
  auto first = runner.RunDue();
  ASSERT_FALSE(first);
  EXPECT_EQ(first.error().code, ErrorCode::kUnavailable);
  EXPECT_TRUE(Runs("flaky.job").empty());
  fail = false;
  auto second = runner.RunDue();
  ASSERT_TRUE(second);
  EXPECT_EQ(second->size(), 1u);
}

TEST_F(JobRunnerTest, OutsideWorkMakesItsOwnTransactionsAndIsRecordedAfter) {
  JobRunner runner(*store_, clock_, "server-a");
  bool fail = true;
  runner.Add(
      Job{.name = "outside.job",
          .interval = minutes(15),
          .work_outside = [&](Store& store, const Clock& clock) -> Result<std::string> {
            ++work_done_;
            if (fail) return Fail(ErrorCode::kUnavailable, "relay down");
            // Not inside the runner's transaction: it can open its own write.
            Status own = store.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
              return tx.PutLocality({"loc", "Testshire", "Living Well"});
            });
            if (!own) return Fail(own.error());
            return "finished at +" +
                   std::to_string(
                       std::chrono::duration_cast<seconds>(clock.Now() - kSlotStart).count()) +
                   "s";
          }});
  auto failed = runner.RunDue();
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().message, "relay down");
  EXPECT_TRUE(Runs("outside.job").empty()) << "a failed run leaves the slot open";

  fail = false;
  auto ran = runner.RunDue();
  ASSERT_TRUE(ran) << ran.error().message;
  ASSERT_EQ(ran->size(), 1u);
  EXPECT_EQ((*ran)[0].outcome, "finished at +5s");
  ASSERT_EQ(Runs("outside.job").size(), 1u);

  // The slot is done, here and on any other server.
  JobRunner other(*store_, clock_, "server-b");
  other.Add(Job{.name = "outside.job",
                .interval = minutes(15),
                .work_outside = [&](Store&, const Clock&) -> Result<std::string> {
                  ++work_done_;
                  return std::string("again");
                }});
  auto again = other.RunDue();
  ASSERT_TRUE(again);
  EXPECT_TRUE(again->empty());
  EXPECT_EQ(work_done_, 2);
}

TEST_F(JobRunnerTest, SessionPurgeRemovesOnlyExpiredSessions) {
  AuthOptions auth;  // 30 minutes idle, 12 hours absolute
  ASSERT_TRUE(store_->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    if (auto s = tx.PutLocality({"loc", "Testshire", "Living Well"}); !s) return s;
    if (auto s = tx.CreateUser({.id = "u1",
                                .username = "asha",
                                .display_name = "Asha",
                                .role = Role::kPractitioner,
                                .password_hash = "x",
                                .active = true,
                                .created_at = kSlotStart});
        !s) {
      return s;
    }
    const Timestamp now = clock_.Now();
    for (Session s : {Session{"idle", "u1", "c", now - minutes(10), now - minutes(31)},
                      Session{"old", "u1", "c", now - std::chrono::hours(13), now},
                      Session{"live", "u1", "c", now - minutes(10), now - minutes(1)}}) {
      if (auto ok = tx.CreateSession(s); !ok) return ok;
    }
    return Ok();
  }));
  JobRunner runner(*store_, clock_, "server-a");
  runner.Add(SessionPurgeJob(auth, minutes(15)));
  auto ran = runner.RunDue();
  ASSERT_TRUE(ran) << ran.error().message;
  ASSERT_EQ(ran->size(), 1u);
  EXPECT_EQ((*ran)[0].job, "sessions.purge");
  EXPECT_EQ((*ran)[0].outcome, "removed 2 expired sessions");
  auto live = store_->Transact(TxMode::kRead, [](StoreTx& tx) -> Status {
    auto s = tx.FindSession("live");
    if (!s || !*s) return Fail(ErrorCode::kNotFound, "the live session was removed");
    return Ok();
  });
  EXPECT_TRUE(live) << live.error().message;
}

TEST_F(JobRunnerTest, NextDueIsTheEarliestNextSlotOfAnyJob) {
  JobRunner runner(*store_, clock_, "server-a");
  EXPECT_EQ(runner.NextDue(clock_.Now()), clock_.Now() + std::chrono::hours(1));  // no jobs
  runner.Add(CountingJob("slow", minutes(15)));
  runner.Add(CountingJob("fast", minutes(1)));
  EXPECT_EQ(runner.NextDue(kSlotStart + seconds(5)), kSlotStart + minutes(1));
  EXPECT_EQ(runner.NextDue(kSlotStart + minutes(14) + seconds(30)), kSlotStart + minutes(15));
}

}  // namespace
}  // namespace job_runner_test
}  // namespace lw

#include "services/group_commit.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

#include "storage/memory/memory_store.h"

namespace lw {
namespace group_commit_test {
namespace {

using std::chrono::hours;

// Counts one event for `key` in the store's rate windows.
std::function<Status(StoreTx&)> Count(const std::string& key) {
  return [key](StoreTx& tx) -> Status {
    auto n = tx.CountInWindow(key, FromUnixMicros(1'000'000), hours(1));
    if (!n) return Fail(n.error());
    return Ok();
  };
}

int Counted(Store& store, const std::string& key) {
  int n = 0;
  EXPECT_TRUE(store
                  .Transact(TxMode::kWrite,
                            [&](StoreTx& tx) -> Status {
                              // Counting once more tells the count so far (and is rolled back).
                              auto c = tx.CountInWindow(key, FromUnixMicros(1'000'000), hours(1));
                              if (!c) return Fail(c.error());
                              n = *c - 1;
                              return Fail(ErrorCode::kFailedPrecondition, "only looking");
                            })
                  .error()
                  .code == ErrorCode::kFailedPrecondition);
  return n;
}

TEST(GroupCommitTest, ACallerAloneIsCommittedAloneAtOnce) {
  auto store = MemoryStore::Create();
  GroupCommit commits(*store);
  ASSERT_TRUE(commits.Run(Count("k")));
  ASSERT_TRUE(commits.Run(Count("k")));
  EXPECT_EQ(Counted(*store, "k"), 2);
  EXPECT_EQ(commits.batches(), 2);
  EXPECT_EQ(commits.works(), 2);
}

TEST(GroupCommitTest, CallersArrivingWhileABatchRunsShareTheNextCommit) {
  auto store = MemoryStore::Create();
  GroupCommit commits(*store);
  std::promise<void> first_started;
  std::promise<void> release_first;
  auto released = release_first.get_future().share();
  std::atomic<int> first_runs = 0;
  auto first = std::async(std::launch::async, [&] {
    return commits.Run([&](StoreTx& tx) -> Status {
      if (first_runs++ == 0) {
        first_started.set_value();
        released.wait();
      }
      return Count("k")(tx);
    });
  });
  first_started.get_future().wait();
  constexpr int kOthers = 8;
  std::vector<std::future<Status>> others;
  for (int i = 0; i < kOthers; ++i) {
    others.push_back(std::async(std::launch::async, [&] { return commits.Run(Count("k")); }));
  }
  // Give them time to queue behind the running batch.
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  release_first.set_value();
  EXPECT_TRUE(first.get());
  for (auto& f : others) EXPECT_TRUE(f.get());
  EXPECT_EQ(Counted(*store, "k"), kOthers + 1);
  EXPECT_EQ(commits.works(), kOthers + 1);
  EXPECT_EQ(commits.batches(), 2);  // the first alone, then the eight together
}

TEST(GroupCommitTest, OneFailingWorkFailsAloneAndTheOthersAreCommitted) {
  auto store = MemoryStore::Create();
  GroupCommit commits(*store);
  std::promise<void> first_started;
  std::promise<void> release_first;
  auto released = release_first.get_future().share();
  std::atomic<int> first_runs = 0;
  auto first = std::async(std::launch::async, [&] {
    return commits.Run([&](StoreTx& tx) -> Status {
      if (first_runs++ == 0) {
        first_started.set_value();
        released.wait();
      }
      return Count("ok")(tx);
    });
  });
  first_started.get_future().wait();
  std::atomic<int> failing_runs = 0;
  auto good1 = std::async(std::launch::async, [&] { return commits.Run(Count("ok")); });
  auto bad = std::async(std::launch::async, [&] {
    return commits.Run([&](StoreTx& tx) -> Status {
      ++failing_runs;
      if (auto s = Count("bad")(tx); !s) return s;  // its effect must not survive
      return Fail(ErrorCode::kInvalidArgument, "this one is wrong");
    });
  });
  auto good2 = std::async(std::launch::async, [&] { return commits.Run(Count("ok")); });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  release_first.set_value();
  EXPECT_TRUE(first.get());
  EXPECT_TRUE(good1.get());
  EXPECT_TRUE(good2.get());
  Status failed = bad.get();
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(failed.error().message, "this one is wrong");
  EXPECT_EQ(Counted(*store, "ok"), 3);
  EXPECT_EQ(Counted(*store, "bad"), 0);
  EXPECT_EQ(failing_runs, 2);  // in the batch, then alone
}

TEST(GroupCommitTest, ManyThreadsEachGetTheirOwnCommittedResult) {
  auto store = MemoryStore::Create();
  GroupCommit commits(*store, /*max_batch=*/4);
  constexpr int kThreads = 8, kEach = 50;
  std::vector<std::thread> threads;
  std::atomic<int> ok = 0;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kEach; ++i) {
        if (commits.Run(Count("k"))) ++ok;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok, kThreads * kEach);
  EXPECT_EQ(Counted(*store, "k"), kThreads * kEach);
  EXPECT_EQ(commits.works(), kThreads * kEach);
  EXPECT_LE(commits.batches(), commits.works());
}

}  // namespace
}  // namespace group_commit_test
}  // namespace lw

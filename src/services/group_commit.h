// GroupCommit: many callers' small write transactions committed as one, so
// one disk sync makes them all durable.
//
// A durable commit costs one synchronous write (fsync) however little it
// holds, and a disk does only so many a second (docs/performance.md). When
// several callers arrive together, `Run` puts their work into one write
// transaction: the first caller to find no batch running becomes its
// leader, takes everything queued (at most `max_batch`), runs it and
// commits, and wakes the others with their results; whoever queued while
// it ran goes in the next batch. Nobody waits for a batch to fill: a
// caller alone is committed alone, at once.
//
// Contract: `Run(work)` returns only after `work`'s effects are committed
// (or have failed), exactly as `Store::Transact(kWrite, work)` would. If
// any work in a batch fails, the batch rolls back and each work is run
// again in a transaction of its own, so one caller's failure is never
// another's. `work` may therefore run more than once, in different
// transactions: as with Transact, it must only assign its results and
// reset them when it starts. Work in one batch sees the effects of the
// work before it (the same transaction), as it would have a moment later.
//
// Thread-safety: Run from any number of threads.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <vector>

#include "base/error.h"
#include "domain/ports/store.h"

namespace lw {

class GroupCommit {
 public:
  explicit GroupCommit(Store& store, int max_batch = 64);

  Status Run(const std::function<Status(StoreTx&)>& work);

  // Batches committed, and works in them (for tests and metrics).
  std::int64_t batches() const;
  std::int64_t works() const;

 private:
  struct Item;
  void RunBatch(const std::vector<Item*>& batch);

  Store& store_;
  const int max_batch_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::vector<Item*> queue_;  // guarded by mu_
  bool leading_ = false;      // a batch is running; guarded by mu_
  std::int64_t batches_ = 0;  // guarded by mu_
  std::int64_t works_ = 0;    // guarded by mu_
};

}  // namespace lw

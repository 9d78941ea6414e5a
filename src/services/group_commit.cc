#include "services/group_commit.h"

#include <algorithm>

#include "base/check.h"

namespace lw {

struct GroupCommit::Item {
  const std::function<Status(StoreTx&)>* work = nullptr;
  Status result = Ok();
  bool done = false;
};

GroupCommit::GroupCommit(Store& store, int max_batch) : store_(store), max_batch_(max_batch) {
  LW_CHECK(max_batch >= 1);
}

Status GroupCommit::Run(const std::function<Status(StoreTx&)>& work) {
  Item item{.work = &work};
  std::unique_lock lock(mu_);
  queue_.push_back(&item);
  while (!item.done) {
    if (leading_) {
      cv_.wait(lock, [&] { return item.done || !leading_; });
      continue;
    }
    // Lead the next batch: everything queued, oldest first, up to the limit.
    leading_ = true;
    const auto take = std::min(queue_.size(), static_cast<std::size_t>(max_batch_));
    std::vector<Item*> batch(queue_.begin(), queue_.begin() + static_cast<std::ptrdiff_t>(take));
    queue_.erase(queue_.begin(), queue_.begin() + static_cast<std::ptrdiff_t>(take));
    lock.unlock();
    RunBatch(batch);
    lock.lock();
    for (Item* done : batch) done->done = true;
    ++batches_;
    works_ += static_cast<std::int64_t>(batch.size());
    leading_ = false;
    cv_.notify_all();
  }
  return item.result;
}

void GroupCommit::RunBatch(const std::vector<Item*>& batch) {
  if (batch.size() == 1) {
    batch.front()->result = store_.Transact(TxMode::kWrite, *batch.front()->work);
    return;
  }
  Status together = store_.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    for (Item* item : batch) {
      if (auto s = (*item->work)(tx); !s) return s;
    }
    return Ok();
  });
  if (together) {
    for (Item* item : batch) item->result = Ok();
    return;
  }
  // Someone's work failed and the batch rolled back: each alone, for its
  // own answer.
  for (Item* item : batch) item->result = store_.Transact(TxMode::kWrite, *item->work);
}

std::int64_t GroupCommit::batches() const {
  std::lock_guard lock(mu_);
  return batches_;
}

std::int64_t GroupCommit::works() const {
  std::lock_guard lock(mu_);
  return works_;
}

}  // namespace lw

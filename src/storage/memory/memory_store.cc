#include "storage/memory/memory_store.h"

#include <algorithm>
#include <mutex>
#include <vector>

#include "storage/memory/memory_state.h"
#include "storage/memory/memory_tx.h"

namespace lw {
namespace {

// Stores with a transaction open on this thread, to refuse nested Transact
// calls (which would deadlock on the store's lock).
thread_local std::vector<const Store*> tls_open_stores;

class OpenTxMark {
 public:
  explicit OpenTxMark(const Store* store) : store_(store) { tls_open_stores.push_back(store); }
  ~OpenTxMark() { std::erase(tls_open_stores, store_); }
  OpenTxMark(const OpenTxMark&) = delete;
  OpenTxMark& operator=(const OpenTxMark&) = delete;

  static bool IsOpen(const Store* store) {
    return std::ranges::find(tls_open_stores, store) != tls_open_stores.end();
  }

 private:
  const Store* store_;
};

// Rolls the transaction back unless told it committed, so that an
// exception escaping `fn` also leaves the state untouched.
class RollbackGuard {
 public:
  explicit RollbackGuard(MemoryTx& tx) : tx_(tx) {}
  ~RollbackGuard() {
    if (!committed_) tx_.Rollback();
  }
  RollbackGuard(const RollbackGuard&) = delete;
  RollbackGuard& operator=(const RollbackGuard&) = delete;
  void Commit() { committed_ = true; }

 private:
  MemoryTx& tx_;
  bool committed_ = false;
};

}  // namespace

std::unique_ptr<MemoryStore> MemoryStore::Create() {
  return std::make_unique<MemoryStore>(Private{});
}

MemoryStore::MemoryStore(Private) : state_(std::make_unique<State>()) {}

MemoryStore::~MemoryStore() = default;

Status MemoryStore::Transact(TxMode mode, const std::function<Status(StoreTx&)>& fn) {
  if (OpenTxMark::IsOpen(this)) {
    return Fail(ErrorCode::kInternal, "Transact called inside a transaction on the same store");
  }
  OpenTxMark mark(this);
  if (mode == TxMode::kRead) {
    { std::lock_guard turnstile(turnstile_); }  // wait behind a waiting writer
    std::shared_lock lock(mu_);
    MemoryTx tx(*state_, mode);
    return fn(tx);
  }
  std::unique_lock turnstile(turnstile_);
  std::unique_lock lock(mu_);
  turnstile.unlock();
  MemoryTx tx(*state_, mode);
  RollbackGuard guard(tx);
  Status result = fn(tx);
  if (result && tx.broken()) result = Fail(*tx.broken());
  if (result) {
    guard.Commit();
    if (tx.data_changed()) ++state_->generation;
  }
  return result;
}

Status MemoryStore::Ping() { return Ok(); }

Result<int> MemoryStore::AppliedSchemaVersion() { return 0; }

int MemoryStore::LatestSchemaVersion() const { return 0; }

}  // namespace lw

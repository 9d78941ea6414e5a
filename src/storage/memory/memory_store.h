// MemoryStore: the store port (domain/ports/store.h) kept in process memory.
//
// For unit tests and the simulator: nothing survives the object, and it
// passes the same contract suite as the SQLite store
// (tests/contract/store_contract_test.cc), including the behaviour that
// suite pins down where the port leaves it open (list orders, kNotFound on
// single-record writes, kFailedPrecondition for a reference to a missing
// record, a failed call changing nothing).
//
// Transactions. One reader-writer lock guards all state. A kWrite
// transaction holds it exclusively for the whole of `fn` (so writes are
// serial) and changes the state in place, recording how to undo each
// change; if `fn` returns an error (or throws) the undo log runs backwards
// and the state is exactly as before. Undo, not copy-and-swap, so that a
// write costs what it changes rather than the size of the whole store: the
// simulator appends an audit entry for every read of a record. A kRead
// transaction holds the lock shared, so readers run together and see no
// write in progress; its write calls fail with kInternal. A writer waiting
// for the lock holds a turnstile that new readers must pass, so a stream
// of readers cannot starve writers.
//
// Schema: there is none; AppliedSchemaVersion and LatestSchemaVersion are 0.
//
// Thread-safety: any number of threads may call Transact at once. Calling
// Transact from inside `fn` on the same store returns kInternal (it would
// otherwise deadlock).
#pragma once

#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string_view>

#include "domain/ports/store.h"

namespace lw {

class MemoryStore final : public Store {
  struct Private {
    explicit Private() = default;
  };

 public:
  static std::unique_ptr<MemoryStore> Create();

  explicit MemoryStore(Private);
  ~MemoryStore() override;
  MemoryStore(const MemoryStore&) = delete;
  MemoryStore& operator=(const MemoryStore&) = delete;

  Status Transact(TxMode mode, const std::function<Status(StoreTx&)>& fn) override;
  Status Ping() override;
  Status Migrate() override { return Ok(); }
  Result<int> AppliedSchemaVersion() override;
  int LatestSchemaVersion() const override;
  std::string_view Kind() const override { return "memory"; }

  struct State;  // memory_state.h

 private:
  std::mutex turnstile_;  // held by a writer while it waits for mu_
  std::shared_mutex mu_;
  std::unique_ptr<State> state_;
};

}  // namespace lw

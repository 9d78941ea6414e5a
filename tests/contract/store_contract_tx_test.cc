// The store contract, part 3: the audit log, transactions (commit,
// rollback, read-only, nesting) and concurrent use.
#include <atomic>
#include <latch>
#include <string>
#include <thread>
#include <vector>

#include "contract/store_contract.h"

namespace lw::contract {
namespace store_contract_tx_test {
namespace {

// Appends one entry in its own transaction.
Result<AuditEntry> Append(Store& store, const AuditEvent& event) {
  Result<AuditEntry> out = Fail(ErrorCode::kInternal, "not run");
  Status status = store.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    out = tx.AppendAudit(event);
    if (!out) return Fail(out.error());
    return Ok();
  });
  if (!status) return Fail(status.error());
  return out;
}

TEST_P(StoreContract, AuditEntriesAreNumberedAndChainedFromGenesis) {
  std::vector<AuditEntry> appended;
  for (int i = 0; i < 5; ++i) {
    AuditEvent event =
        Event(i == 0 ? "person.create" : "person.read", "p-" + std::to_string(i % 2));
    if (i == 3) event.reason = "Break glass: crisis call out of hours";
    auto entry = Append(*store_, event);
    LW_ASSERT_OK(entry);
    EXPECT_EQ(entry->seq, i + 1);
    EXPECT_EQ(Fields(entry->event), Fields(event));
    EXPECT_EQ(entry->prev_hash, i == 0 ? std::string(kAuditGenesisHash) : appended.back().hash);
    EXPECT_EQ(entry->hash, ComputeAuditHash(entry->seq, event, entry->prev_hash));
    appended.push_back(*entry);
    clock_.Advance(std::chrono::seconds(1));
  }

  auto all = Read([](StoreTx& tx) { return tx.ReadAudit(1, 100); });
  LW_ASSERT_OK(all);
  ASSERT_EQ(all->size(), 5u);
  AuditChainVerifier verifier;
  for (std::size_t i = 0; i < all->size(); ++i) {
    const AuditEntry& e = (*all)[i];
    EXPECT_EQ(e.seq, appended[i].seq);
    EXPECT_EQ(e.hash, appended[i].hash);
    EXPECT_EQ(e.prev_hash, appended[i].prev_hash);
    EXPECT_EQ(Fields(e.event), Fields(appended[i].event));
    EXPECT_TRUE(verifier.Add(e)) << verifier.problem();
  }
  EXPECT_EQ(verifier.verified(), 5);
  EXPECT_EQ(verifier.last_hash(), appended.back().hash);

  auto page = Read([](StoreTx& tx) { return tx.ReadAudit(2, 2); });
  LW_ASSERT_OK(page);
  ASSERT_EQ(page->size(), 2u);
  EXPECT_EQ((*page)[0].seq, 2);
  EXPECT_EQ((*page)[1].seq, 3);
  auto tail = Read([](StoreTx& tx) { return tx.ReadAudit(5, 10); });
  LW_ASSERT_OK(tail);
  ASSERT_EQ(tail->size(), 1u);
  EXPECT_EQ((*tail)[0].seq, 5);
  auto past_end = Read([](StoreTx& tx) { return tx.ReadAudit(6, 10); });
  LW_ASSERT_OK(past_end);
  EXPECT_TRUE(past_end->empty());
  auto none = Read([](StoreTx& tx) { return tx.ReadAudit(1, 0); });
  LW_ASSERT_OK(none);
  EXPECT_TRUE(none->empty());
  LW_EXPECT_ERROR(Read([](StoreTx& tx) { return tx.ReadAudit(1, -1); }),
                  ErrorCode::kInvalidArgument);

  auto for_p1 = Read([](StoreTx& tx) { return tx.AuditForRecord("person", "p-1"); });
  LW_ASSERT_OK(for_p1);
  ASSERT_EQ(for_p1->size(), 2u);
  EXPECT_EQ((*for_p1)[0].seq, 2);
  EXPECT_EQ((*for_p1)[1].seq, 4);
  EXPECT_EQ((*for_p1)[1].event.reason, "Break glass: crisis call out of hours");
  auto other_type = Read([](StoreTx& tx) { return tx.AuditForRecord("user", "p-1"); });
  LW_ASSERT_OK(other_type);
  EXPECT_TRUE(other_type->empty());
}

TEST_P(StoreContract, AnAuditEntryRolledBackLeavesNoGap) {
  LW_ASSERT_OK(Append(*store_, Event("person.read", "p-1")));
  Status rolled_back = store_->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto entry = tx.AppendAudit(Event("person.update", "p-1"));
    if (!entry) return Fail(entry.error());
    EXPECT_EQ(entry->seq, 2);
    return Fail(ErrorCode::kConflict, "the update it audited failed");
  });
  ASSERT_FALSE(rolled_back.has_value());
  auto next = Append(*store_, Event("person.read", "p-2"));
  LW_ASSERT_OK(next);
  EXPECT_EQ(next->seq, 2);
  auto all = Read([](StoreTx& tx) { return tx.ReadAudit(1, 10); });
  LW_ASSERT_OK(all);
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[1].event.record_id, "p-2");
  AuditChainVerifier verifier;
  for (const AuditEntry& e : *all) EXPECT_TRUE(verifier.Add(e)) << verifier.problem();
}

TEST_P(StoreContract, AnErrorFromFnRollsBackEveryWrite) {
  SeedEverything();
  std::string before = Snapshot();
  ASSERT_NE(before.find("person p-sam v1"), std::string::npos) << before;
  Status result = store_->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    for (const Status& s : WriteEverything(tx)) EXPECT_TRUE(s) << Describe(s);
    // Inside the transaction the writes are visible.
    auto sam = tx.GetPerson("p-sam");
    EXPECT_TRUE(sam && *sam && (*sam)->version == 2);
    return Fail(ErrorCode::kFailedPrecondition, "changed my mind");
  });
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(result.error().message, "changed my mind");
  EXPECT_EQ(Snapshot(), before);
}

TEST_P(StoreContract, TheSameWritesCommitWhenFnSucceeds) {
  SeedEverything();
  std::string before = Snapshot();
  LW_ASSERT_OK(store_->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    for (const Status& s : WriteEverything(tx)) EXPECT_TRUE(s) << Describe(s);
    return Ok();
  }));
  std::string after = Snapshot();
  EXPECT_NE(after, before);
  EXPECT_NE(after.find("person p-sam v2 Changed"), std::string::npos) << after;
  EXPECT_NE(after.find("locality loc-new"), std::string::npos) << after;
  EXPECT_NE(after.find("audit 2 "), std::string::npos) << after;
}

TEST_P(StoreContract, WritesInAReadTransactionFailWithInternalAndChangeNothing) {
  SeedEverything();
  std::string before = Snapshot();
  LW_ASSERT_OK(store_->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    std::vector<Status> results = WriteEverything(tx);
    EXPECT_EQ(results.size(), 16u);
    for (const Status& s : results) {
      EXPECT_FALSE(s.has_value());
      if (!s) {
        EXPECT_EQ(s.error().code, ErrorCode::kInternal) << s.error().message;
      }
    }
    return Ok();  // and commit
  }));
  EXPECT_EQ(Snapshot(), before);
}

TEST_P(StoreContract, AWriteTheDatabaseRefusesEndsTheTransaction) {
  SeedEverything();
  const std::string before = Snapshot();
  // fn carries on and returns Ok, but the refused write (a username taken)
  // has ended the transaction: nothing it did is committed.
  Status result = store_->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    EXPECT_TRUE(tx.CreateUser(MakeUser("u-one", "one")));
    auto taken = tx.CreateUser(MakeUser("u-two", "asha"));
    EXPECT_FALSE(taken.has_value());
    (void)tx.CreateUser(MakeUser("u-three", "three"));
    return Ok();
  });
  LW_EXPECT_ERROR(result, ErrorCode::kAlreadyExists);
  EXPECT_EQ(Snapshot(), before);
  // A missing reference does the same.
  result = store_->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    EXPECT_TRUE(tx.CreateUser(MakeUser("u-one", "one")));
    EXPECT_FALSE(tx.CreateSession(MakeSession("u-none")).has_value());
    return Ok();
  });
  LW_EXPECT_ERROR(result, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Snapshot(), before);
}

TEST_P(StoreContract, ARefusalDecidedByTheStoreLeavesTheTransactionUsable) {
  SeedEverything();
  LW_ASSERT_OK(store_->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    EXPECT_TRUE(tx.CreateUser(MakeUser("u-one", "one")));
    Person stale = MakePerson("p-sam", "Sam", "Stale");
    stale.version = 9;
    LW_EXPECT_ERROR(tx.UpdatePerson(stale, Change("Stale")), ErrorCode::kConflict);
    LW_EXPECT_ERROR(tx.UpdateUser(MakeUser("u-none", "none")), ErrorCode::kNotFound);
    LW_EXPECT_ERROR(tx.TouchSession("no-such-session", clock_.Now()), ErrorCode::kNotFound);
    LW_EXPECT_ERROR(tx.ListPeople({.limit = -1}), ErrorCode::kInvalidArgument);
    LW_EXPECT_ERROR(tx.ListIntroductions({.offset = -1}), ErrorCode::kInvalidArgument);
    EXPECT_TRUE(tx.CreateUser(MakeUser("u-three", "three")));
    return Ok();
  }));
  auto users = Read([](StoreTx& tx) { return tx.ListUsers(); });
  LW_ASSERT_OK(users);
  std::vector<std::string> names;
  for (const User& u : *users) names.push_back(u.username);
  EXPECT_EQ(names, (std::vector<std::string>{"asha", "one", "three"}));
  auto versions = Read([](StoreTx& tx) { return tx.ListPersonVersions("p-sam"); });
  LW_ASSERT_OK(versions);
  EXPECT_EQ(versions->size(), 1u);
}

TEST_P(StoreContract, TransactInsideTransactIsRefused) {
  Seed();
  LW_ASSERT_OK(store_->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    LW_EXPECT_ERROR(store_->Transact(TxMode::kRead, [](StoreTx&) { return Ok(); }),
                    ErrorCode::kInternal);
    LW_EXPECT_ERROR(store_->Transact(TxMode::kWrite, [](StoreTx&) { return Ok(); }),
                    ErrorCode::kInternal);
    return tx.CreateUser(MakeUser("u-asha", "asha"));  // the outer one carries on
  }));
  LW_ASSERT_OK(store_->Transact(TxMode::kRead, [&](StoreTx&) -> Status {
    LW_EXPECT_ERROR(store_->Transact(TxMode::kWrite, [](StoreTx&) { return Ok(); }),
                    ErrorCode::kInternal);
    return Ok();
  }));
  EXPECT_EQ(Read([](StoreTx& tx) { return tx.CountUsers(); }), 1);
}

// --- Concurrency.

TEST_P(StoreContract, ConcurrentUpdatesFromOneVersionLetExactlyOneWin) {
  Seed();
  LW_ASSERT_OK(Write([&](StoreTx& tx) {
    return tx.CreatePerson(MakePerson("p-sam", "Sam", "Okafor"), Change("Created"));
  }));
  constexpr int kThreads = 8;
  std::vector<Status> results(kThreads);
  std::latch start(kThreads);
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      Person edit = MakePerson("p-sam", "Sam", "Edit " + std::to_string(i));
      edit.version = 1;
      ChangeMeta change{.changed_by = "u-" + std::to_string(i),
                        .changed_at = kStart,
                        .reason = "Edit " + std::to_string(i)};
      start.arrive_and_wait();
      results[i] = store_->Transact(TxMode::kWrite,
                                    [&](StoreTx& tx) { return tx.UpdatePerson(edit, change); });
    });
  }
  for (std::thread& t : threads) t.join();

  int won = -1;
  int conflicts = 0;
  for (int i = 0; i < kThreads; ++i) {
    if (results[i]) {
      EXPECT_EQ(won, -1) << "two updates from version 1 both succeeded";
      won = i;
    } else {
      EXPECT_EQ(results[i].error().code, ErrorCode::kConflict) << results[i].error().message;
      EXPECT_EQ(results[i].error().current_version, 2);
      ++conflicts;
    }
  }
  ASSERT_NE(won, -1);
  EXPECT_EQ(conflicts, kThreads - 1);
  auto versions = Read([](StoreTx& tx) { return tx.ListPersonVersions("p-sam"); });
  LW_ASSERT_OK(versions);
  ASSERT_EQ(versions->size(), 2u);
  EXPECT_EQ((*versions)[1].person.family_name, "Edit " + std::to_string(won));
  EXPECT_EQ((*versions)[1].change.changed_by, "u-" + std::to_string(won));
}

TEST_P(StoreContract, ConcurrentAuditAppendsFormOneUnbrokenChain) {
  constexpr int kThreads = 8;
  constexpr int kEach = 50;
  std::latch start(kThreads);
  std::vector<int> failures(kThreads, 0);
  std::vector<std::thread> threads;
  for (int i = 0; i < kThreads; ++i) {
    threads.emplace_back([&, i] {
      AuditEvent event = Event("person.read", "p-" + std::to_string(i));
      event.actor_user_id = "u-" + std::to_string(i);
      start.arrive_and_wait();
      for (int n = 0; n < kEach; ++n) {
        if (!Append(*store_, event)) ++failures[i];
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(failures, std::vector<int>(kThreads, 0));

  auto all = Read([](StoreTx& tx) { return tx.ReadAudit(1, 1000); });
  LW_ASSERT_OK(all);
  ASSERT_EQ(all->size(), static_cast<std::size_t>(kThreads * kEach));
  AuditChainVerifier verifier;
  for (const AuditEntry& e : *all) {
    if (!verifier.Add(e)) break;
  }
  EXPECT_EQ(verifier.problem(), "");
  EXPECT_EQ(verifier.verified(), kThreads * kEach);
  for (int i = 0; i < kThreads; ++i) {
    auto mine =
        Read([&](StoreTx& tx) { return tx.AuditForRecord("person", "p-" + std::to_string(i)); });
    LW_ASSERT_OK(mine);
    EXPECT_EQ(mine->size(), static_cast<std::size_t>(kEach));
  }
}

TEST_P(StoreContract, ReadersRunAlongsideWritersAndSeeWholeTransactions) {
  Seed();
  constexpr int kWrites = 40;
  std::atomic<bool> done{false};
  std::atomic<int> torn{0};
  std::atomic<int> reads{0};
  // Each write adds a person and an audit entry together; a reader must
  // never see one without the other.
  constexpr int kReaders = 3;
  std::latch started(kReaders + 1);
  std::thread writer([&] {
    started.arrive_and_wait();
    for (int i = 0; i < kWrites; ++i) {
      std::string id = "p-" + std::to_string(i);
      Status s = store_->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
        if (auto ok = tx.CreatePerson(MakePerson(id, "Person", id), Change("Created")); !ok) {
          return ok;
        }
        if (auto e = tx.AppendAudit(Event("person.create", id)); !e) return Fail(e.error());
        return Ok();
      });
      EXPECT_TRUE(s) << Describe(s);
    }
    done = true;
  });
  std::vector<std::thread> readers;
  for (int r = 0; r < kReaders; ++r) {
    readers.emplace_back([&] {
      started.arrive_and_wait();
      do {
        Status s = store_->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
          auto people = tx.CountPeople("team-hyde");
          auto audit = tx.ReadAudit(1, 1000);
          if (!people || !audit) return Fail(ErrorCode::kInternal, "read failed");
          if (*people != static_cast<std::int64_t>(audit->size())) ++torn;
          ++reads;
          return Ok();
        });
        EXPECT_TRUE(s) << Describe(s);
      } while (!done);
    });
  }
  writer.join();
  for (std::thread& t : readers) t.join();
  EXPECT_EQ(torn.load(), 0);
  EXPECT_GE(reads.load(), kReaders);
  EXPECT_EQ(Read([](StoreTx& tx) { return tx.CountPeople("team-hyde"); }), kWrites);
}

}  // namespace
}  // namespace store_contract_tx_test
}  // namespace lw::contract

namespace lw::contract {
namespace store_contract_tx_test {
namespace {

// Entries appended in one transaction chain one to the next, and the next
// transaction carries on from the last of them.
TEST_P(StoreContract, AuditEntriesInOneTransactionChainInOrder) {
  LW_ASSERT_OK(Append(*store_, Event("person.read", "p-0")));
  LW_ASSERT_OK(store_->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    for (int i = 1; i <= 3; ++i) {
      auto e = tx.AppendAudit(Event("person.huddle", "p-" + std::to_string(i)));
      if (!e) return Fail(e.error());
      EXPECT_EQ(e->seq, i + 1);
    }
    return Ok();
  }));
  auto next = Append(*store_, Event("person.read", "p-4"));
  LW_ASSERT_OK(next);
  EXPECT_EQ(next->seq, 5);
  auto all = Read([](StoreTx& tx) { return tx.ReadAudit(1, 100); });
  LW_ASSERT_OK(all);
  ASSERT_EQ(all->size(), 5u);
  AuditChainVerifier verifier;
  for (const AuditEntry& e : *all) EXPECT_TRUE(verifier.Add(e)) << verifier.problem();
  EXPECT_EQ((*all)[2].event.record_id, "p-2");
}

// The generation a write transaction sees at its start.
std::optional<std::uint64_t> GenerationNow(Store& store) {
  std::optional<std::uint64_t> out;
  Status done = store.Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    out = tx.DataGeneration();
    return Ok();
  });
  EXPECT_TRUE(done) << Describe(done);
  return out;
}

// DataGeneration (ADR 0013): still while only the audit log, sessions and
// counts change; moved by a committed change of data; not by one rolled
// back; nullopt inside a transaction once it has changed data; and always
// nullopt on a store that cannot tell (PostgreSQL).
TEST_P(StoreContract, DataGenerationMovesWithCommittedDataOnly) {
  if (std::string_view(GetParam()) == "postgresql") {
    EXPECT_EQ(GenerationNow(*store_), std::nullopt);
    return;
  }
  const auto first = GenerationNow(*store_);
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(GenerationNow(*store_), first);

  LW_ASSERT_OK(Append(*store_, Event("person.read", "p-1")));
  LW_ASSERT_OK(store_->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    auto counted = tx.RecordSignInFailure("user:nobody", clock_.Now(), std::chrono::minutes(15));
    if (!counted) return Fail(counted.error());
    return Ok();
  }));
  EXPECT_EQ(GenerationNow(*store_), first) << "audit entries and counts are not data";

  LW_ASSERT_OK(store_->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    EXPECT_EQ(tx.DataGeneration(), first);
    if (auto s = tx.PutLocality({.id = "loc-g", .name = "Gen", .service_name = "Gen"}); !s) {
      return s;
    }
    EXPECT_EQ(tx.DataGeneration(), std::nullopt) << "what it reads now is not committed";
    return Ok();
  }));
  const auto second = GenerationNow(*store_);
  ASSERT_TRUE(second.has_value());
  EXPECT_NE(second, first);

  Status rolled_back = store_->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    if (auto s = tx.PutLocality({.id = "loc-h", .name = "Gone", .service_name = "Gone"}); !s) {
      return s;
    }
    return Fail(ErrorCode::kInvalidArgument, "changed my mind");
  });
  EXPECT_FALSE(rolled_back);
  EXPECT_EQ(GenerationNow(*store_), second);
}

}  // namespace
}  // namespace store_contract_tx_test
}  // namespace lw::contract

// The store contract suite run on PostgreSQL: a fresh database on the
// throwaway test cluster for every test (tests/pg/).
#include <unistd.h>

#include <atomic>
#include <thread>

#include "contract/store_contract.h"
#include "storage/postgresql/pg_store.h"

namespace lw::contract {
namespace {

INSTANTIATE_TEST_SUITE_P(Backends, StoreContract, ::testing::Values("postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace lw::contract

// --- Beyond the contract: what PostgreSQL does differently underneath.

namespace lw::contract {
namespace {

class PostgresStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = PostgresStore::Open({.url = db_.url(), .pool_size = 4});
    ASSERT_TRUE(opened) << Describe(opened);
    store_ = std::move(*opened);
    ASSERT_TRUE(store_->Migrate());
  }

  ::lw::testing::PgTestDatabase db_;
  std::unique_ptr<PostgresStore> store_;
};

TEST_F(PostgresStoreTest, ConflictingWritesAreRunAgainNotFailed) {
  // Every append reads the chain's head, so concurrent appends conflict;
  // SERIALIZABLE aborts all but one and the store runs the others again.
  constexpr int kThreads = 4;
  constexpr int kAppends = 25;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kAppends; ++i) {
        Status s = store_->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
          auto e = tx.AppendAudit(AuditEvent{.at = kStart,
                                             .actor_user_id = "u" + std::to_string(t),
                                             .actor_role = "practitioner",
                                             .organisation_id = "org",
                                             .action = "person.read",
                                             .record_type = "person",
                                             .record_id = std::to_string(i),
                                             .reason = ""});
          if (!e) return Fail(e.error());
          return Ok();
        });
        if (!s) ++failures;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures, 0);
  EXPECT_GT(store_->retries(), 0) << "the appends never conflicted, so nothing was shown";
  std::int64_t entries = 0;
  ASSERT_TRUE(store_->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto all = tx.ReadAudit(1, 1000);
    if (!all) return Fail(all.error());
    AuditChainVerifier verifier;
    for (const AuditEntry& e : *all) {
      if (!verifier.Add(e)) return Fail(ErrorCode::kInternal, verifier.problem());
    }
    entries = static_cast<std::int64_t>(all->size());
    return Ok();
  }));
  EXPECT_EQ(entries, kThreads * kAppends);
}

TEST_F(PostgresStoreTest, ADeadlockIsRunAgainAndBothTransactionsCommit) {
  auto make_user = [](const std::string& id) {
    return User{.id = id,
                .username = id,
                .display_name = id,
                .role = Role::kPractitioner,
                .password_hash = "x",
                .active = true,
                .created_at = kStart};
  };
  ASSERT_TRUE(store_->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
    if (auto s = tx.CreateUser(make_user("u1")); !s) return s;
    return tx.CreateUser(make_user("u2"));
  }));
  // Each transaction renames one account, waits until the other has renamed
  // the other one, then renames that too: a lock cycle PostgreSQL breaks by
  // aborting one of them (40P01, or 40001 under SERIALIZABLE).
  std::atomic<int> holding{0};
  auto rename_both = [&](std::string first, std::string second, std::string name) {
    std::atomic<bool> first_attempt = true;
    return store_->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
      for (const std::string& id : {first, second}) {
        User u = make_user(id);
        u.display_name = name;
        if (auto s = tx.UpdateUser(u); !s) return s;
        if (id == first && first_attempt.exchange(false)) {
          ++holding;
          for (int i = 0; i < 500 && holding < 2; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
          }
        }
      }
      return Ok();
    });
  };
  Status a = Ok();
  Status b = Ok();
  {
    std::jthread one([&] { a = rename_both("u1", "u2", "by one"); });
    std::jthread two([&] { b = rename_both("u2", "u1", "by two"); });
  }
  EXPECT_TRUE(a) << Describe(a);
  EXPECT_TRUE(b) << Describe(b);
  EXPECT_GE(store_->retries(), 1);
  // Whichever committed last renamed both: the two accounts agree.
  std::string first_name;
  std::string second_name;
  ASSERT_TRUE(store_->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto u1 = tx.GetUser("u1");
    auto u2 = tx.GetUser("u2");
    if (!u1 || !u2) return Fail(ErrorCode::kInternal, "read failed");
    first_name = (*u1)->display_name;
    second_name = (*u2)->display_name;
    return Ok();
  }));
  EXPECT_EQ(first_name, second_name);
}

TEST(PostgresStoreCollationTest, ADatabaseThatSortsTextLinguisticallyIsRefusedWithTheFix) {
  const std::string cluster = ::lw::testing::PgClusterUrl();
  const std::string name =
      "lwtest_icu_" + SeededRandom(static_cast<std::uint64_t>(getpid())).Hex(6);
  ::lw::testing::PgQuery(cluster, "CREATE DATABASE " + name +
                                      " TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8' "
                                      "LOCALE_PROVIDER icu ICU_LOCALE 'en-GB'");
  std::string url = cluster.substr(0, cluster.rfind('/') + 1) + name;
  Status migrated = Ok();
  {
    auto store = PostgresStore::Open({.url = url});
    ASSERT_TRUE(store) << Describe(store);
    migrated = (*store)->Migrate();
    auto applied = (*store)->AppliedSchemaVersion();
    ASSERT_TRUE(applied) << Describe(applied);
    EXPECT_EQ(*applied, 0) << "nothing was created in it";
  }
  ::lw::testing::PgQuery(cluster, "DROP DATABASE " + name + " WITH (FORCE)");
  ASSERT_FALSE(migrated);
  EXPECT_EQ(migrated.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_NE(migrated.error().message.find("createdb --encoding=UTF8 --locale=C.UTF-8"),
            std::string::npos)
      << migrated.error().message;
}

TEST_F(PostgresStoreTest, AStoreMadeWhileTheDatabaseIsUnreachableSaysSoAndNamesNoPassword) {
  auto opened =
      PostgresStore::Open({.url = "postgresql://livingwell:secret-password@127.0.0.1:1/none",
                           .connect_timeout_seconds = 1});
  ASSERT_TRUE(opened) << "opening connects nothing";
  Status ping = (*opened)->Ping();
  ASSERT_FALSE(ping);
  EXPECT_EQ(ping.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(ping.error().message.find("PostgreSQL database none on 127.0.0.1:1"), std::string::npos)
      << ping.error().message;
  EXPECT_EQ(ping.error().message.find("secret-password"), std::string::npos);
  auto bad = PostgresStore::Open({.url = "postgresql://[oops"});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace lw::contract

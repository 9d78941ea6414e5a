// The store contract suite run on PostgreSQL: a fresh database on the
// throwaway test cluster for every test (tests/pg/).
#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <thread>

#include "contract/introductions_contract.h"
#include "contract/store_contract.h"
#include "storage/postgresql/pg_store.h"
#include "storage/sql/bulk_load.h"

namespace lw::contract {
namespace store_contract_pgtest {
namespace {

INSTANTIATE_TEST_SUITE_P(Backends, StoreContract, ::testing::Values("postgresql"),
                         [](const auto& info) { return info.param; });
INSTANTIATE_TEST_SUITE_P(Backends, IntroductionsContract, ::testing::Values("postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace store_contract_pgtest
}  // namespace lw::contract

// --- Beyond the contract: what PostgreSQL does differently underneath.

namespace lw::contract {
namespace store_contract_pgtest {
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

// Store::StartBulkLoad on PostgreSQL (storage/sql/bulk_load.h): the
// secondary indexes go, the unique ones stay, FinishBulkLoad builds each
// again exactly as pg_indexes had it, and a load cut short is repaired by
// the next Migrate once its lease has run out.
TEST_F(PostgresStoreTest, ABulkLoadPutsOffTheSecondaryIndexesAndBuildsThemAgainTheSame) {
  const std::string kIndexes =
      "SELECT string_agg(indexname || ': ' || indexdef, E'\\n' ORDER BY indexname) "
      "FROM pg_indexes WHERE schemaname = current_schema()";
  const std::string before = db_.Query(kIndexes);
  const std::string unique = db_.Query(
      "SELECT string_agg(indexname || ': ' || indexdef, E'\\n' ORDER BY indexname) "
      "FROM pg_indexes WHERE schemaname = current_schema() AND indexdef LIKE 'CREATE UNIQUE%'");
  ASSERT_NE(before, unique);
  ASSERT_TRUE(store_->StartBulkLoad());
  EXPECT_EQ(db_.Query(kIndexes), unique);
  EXPECT_NE(db_.Query("SELECT COUNT(*) FROM deferred_indexes"), "0");
  ASSERT_TRUE(store_->FinishBulkLoad());
  EXPECT_EQ(db_.Query(kIndexes), before);
  EXPECT_EQ(db_.Query("SELECT COUNT(*) FROM deferred_indexes"), "0");

  // Cut short: the next Migrate after the lease builds them.
  ManualClock clock(FromUnixMicros(1'773'046'800'000'000));
  auto reopened = PostgresStore::Open({.url = db_.url(), .pool_size = 2, .clock = &clock});
  ASSERT_TRUE(reopened) << Describe(reopened);
  ASSERT_TRUE((*reopened)->StartBulkLoad());
  ASSERT_TRUE((*reopened)->Migrate());  // within the lease: left alone
  EXPECT_EQ(db_.Query(kIndexes), unique);
  clock.Advance(sql::kBulkLoadLease + std::chrono::minutes(1));
  ASSERT_TRUE((*reopened)->Migrate());
  EXPECT_EQ(db_.Query(kIndexes), before);
}

TEST_F(PostgresStoreTest, ConcurrentWritesQueueForTheWriteLockAndAllCommit) {
  // Every append reads the chain's head, so concurrent appends would all
  // conflict; the write lock makes them queue instead of being aborted.
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
  EXPECT_EQ(store_->retries(), 0) << "writers behind the lock never conflict";
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

// A connection of its own, outside the store and its write lock: another
// program writing to the same database.
class OutsideWriter {
 public:
  explicit OutsideWriter(const std::string& url) : conn_(PQconnectdb(url.c_str())) {
    EXPECT_EQ(PQstatus(conn_), CONNECTION_OK) << PQerrorMessage(conn_);
  }
  ~OutsideWriter() { PQfinish(conn_); }
  OutsideWriter(const OutsideWriter&) = delete;
  OutsideWriter& operator=(const OutsideWriter&) = delete;

  void Exec(const std::string& sql) {
    PGresult* r = PQexec(conn_, sql.c_str());
    ExecStatusType status = PQresultStatus(r);
    EXPECT_TRUE(status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        << sql << ": " << PQresultErrorMessage(r);
    PQclear(r);
  }

 private:
  PGconn* conn_;
};

class PostgresRetryTest : public PostgresStoreTest {
 protected:
  void SetUp() override {
    PostgresStoreTest::SetUp();
    ASSERT_TRUE(store_->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
      if (auto s = tx.CreateUser(Account("u1")); !s) return s;
      return tx.CreateUser(Account("u2"));
    }));
  }
  static User Account(const std::string& id, const std::string& name = "") {
    return User{.id = id,
                .username = id,
                .display_name = name.empty() ? id : name,
                .role = Role::kPractitioner,
                .password_hash = "x",
                .active = true,
                .created_at = kStart};
  }
  std::string DisplayName(const std::string& id) {
    std::string name;
    EXPECT_TRUE(store_->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto u = tx.GetUser(id);
      if (!u || !*u) return Fail(ErrorCode::kNotFound, id);
      name = (*u)->display_name;
      return Ok();
    }));
    return name;
  }
};

TEST_F(PostgresRetryTest, ASerializationFailureIsRunAgainAndCommits) {
  OutsideWriter outside(db_.url());
  outside.Exec("BEGIN ISOLATION LEVEL SERIALIZABLE");
  outside.Exec("UPDATE users SET display_name = 'outside' WHERE id = 'u1'");
  // The store's transaction starts now, then waits for the outside row
  // lock; when the outside transaction commits, PostgreSQL aborts the
  // store's (40001: concurrent update) and the store runs it again.
  Status renamed = Ok();
  std::jthread store_side([&] {
    renamed = store_->Transact(TxMode::kWrite,
                               [&](StoreTx& tx) { return tx.UpdateUser(Account("u1", "store")); });
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  outside.Exec("COMMIT");
  store_side.join();
  EXPECT_TRUE(renamed) << Describe(renamed);
  EXPECT_GE(store_->retries(), 1);
  EXPECT_EQ(DisplayName("u1"), "store") << "the store's change ran last";
}

TEST_F(PostgresRetryTest, ADeadlockIsRunAgainAndCommits) {
  OutsideWriter outside(db_.url());
  outside.Exec("BEGIN");
  outside.Exec("UPDATE users SET display_name = 'outside' WHERE id = 'u1'");
  // The store renames u2 then u1 (waiting for the outside lock on u1); the
  // outside then wants u2: a cycle. The store waited first, so after
  // deadlock_timeout (1 s) PostgreSQL aborts the store's transaction
  // (40P01), the outside one goes on and commits, and the store runs its
  // transaction again.
  Status renamed = Ok();
  std::jthread store_side([&] {
    renamed = store_->Transact(TxMode::kWrite, [&](StoreTx& tx) -> Status {
      if (auto s = tx.UpdateUser(Account("u2", "store")); !s) return s;
      return tx.UpdateUser(Account("u1", "store"));
    });
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  outside.Exec("UPDATE users SET display_name = 'outside' WHERE id = 'u2'");
  outside.Exec("COMMIT");
  store_side.join();
  EXPECT_TRUE(renamed) << Describe(renamed);
  EXPECT_GE(store_->retries(), 1);
  EXPECT_EQ(DisplayName("u1"), "store");
  EXPECT_EQ(DisplayName("u2"), "store");
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
}  // namespace store_contract_pgtest
}  // namespace lw::contract

// SqliteStore behaviour beyond the store contract (which
// tests/contract/store_contract*_test.cc checks for every store): the file
// on disk, migrations, tamper evidence, backup, and environment failures.
#include "storage/sqlite/sqlite_store.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "base/clock.h"
#include "domain/audit/audit.h"
#include "storage/migrations.h"
#include "testing/temp_dir.h"

namespace lw {
namespace sqlite_store_test {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const Timestamp kStart = FromUnixMicros(1'773'046'800'000'000);  // 2026-03-09 09:00 UTC

std::string Describe(const Error& e) {
  return std::string(ErrorCodeName(e.code)) + ": " + e.message;
}
template <typename T>
std::string Describe(const std::expected<T, Error>& r) {
  return r ? std::string("ok") : Describe(r.error());
}

// A plain sqlite3 connection to the same file, standing in for someone
// with the file and the sqlite3 shell.
class RawDb {
 public:
  explicit RawDb(const std::string& path) {
    EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    sqlite3_busy_timeout(db_, 5000);
  }
  ~RawDb() { sqlite3_close_v2(db_); }
  RawDb(const RawDb&) = delete;
  RawDb& operator=(const RawDb&) = delete;

  void Exec(const std::string& sql) {
    char* message = nullptr;
    EXPECT_EQ(sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message), SQLITE_OK)
        << sql << ": " << (message ? message : "");
    sqlite3_free(message);
  }
  // Every row of `sql`, columns joined by '|'.
  std::vector<std::string> Rows(const std::string& sql) {
    std::vector<std::string> rows;
    sqlite3_stmt* stmt = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr), SQLITE_OK) << sql;
    while (stmt != nullptr && sqlite3_step(stmt) == SQLITE_ROW) {
      std::string row;
      for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
        if (i > 0) row += "|";
        const unsigned char* text = sqlite3_column_text(stmt, i);
        row += text ? reinterpret_cast<const char*>(text) : "NULL";
      }
      rows.push_back(row);
    }
    sqlite3_finalize(stmt);
    return rows;
  }

 private:
  sqlite3* db_ = nullptr;
};

class SqliteStoreTest : public ::testing::Test {
 protected:
  std::unique_ptr<SqliteStore> Open(SqliteOptions options = {}) {
    if (options.path.empty()) options.path = path_;
    options.clock = &clock_;
    auto store = SqliteStore::Open(options);
    EXPECT_TRUE(store) << Describe(store);
    return store ? std::move(*store) : nullptr;
  }

  Status Write(Store& store, const std::function<Status(StoreTx&)>& fn) {
    return store.Transact(TxMode::kWrite, fn);
  }

  // A locality, a team, a user and a person with two versions, audited.
  Status SeedSomeRecords(Store& store) {
    return Write(store, [&](StoreTx& tx) -> Status {
      Person sam{.id = "p-sam",
                 .team_id = "team-hyde",
                 .given_name = "Sam",
                 .family_name = "Okafor",
                 .date_of_birth = *Date::FromYmd(1990, 2, 28)};
      ChangeMeta change{.changed_by = "u-asha", .changed_at = clock_.Now(), .reason = "Created"};
      Person renamed = sam;
      renamed.version = 1;
      renamed.preferred_name = "Sammy";
      for (Status s : {tx.PutLocality({.id = "loc-tg", .name = "Tameside", .service_name = "LLW"}),
                       tx.PutTeam({.id = "team-hyde", .locality_id = "loc-tg", .name = "Hyde"}),
                       tx.CreateUser({.id = "u-asha",
                       .username = "asha",
                       .display_name = "Asha",
                       .created_at = clock_.Now()}),
                       tx.CreatePerson(sam, change), tx.UpdatePerson(renamed, change)}) {
        if (!s) return s;
      }
      for (int i = 0; i < 5; ++i) {
        auto entry = tx.AppendAudit({.at = clock_.Now(),
                                     .actor_user_id = "u-asha",
                                     .actor_role = "practitioner",
                                     .action = "person.read",
                                     .record_type = "person",
                                     .record_id = "p-sam"});
        if (!entry) return Fail(entry.error());
      }
      return Ok();
    });
  }

  std::vector<AuditEntry> AllAudit(Store& store) {
    std::vector<AuditEntry> out;
    Status s = store.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto all = tx.ReadAudit(1, 1000);
      if (!all) return Fail(all.error());
      out = *all;
      return Ok();
    });
    EXPECT_TRUE(s) << Describe(s);
    return out;
  }

  // The verifier's complaint about the whole log ("" if it verifies).
  std::string VerifyAudit(Store& store) {
    AuditChainVerifier verifier;
    for (const AuditEntry& e : AllAudit(store)) {
      if (!verifier.Add(e)) break;
    }
    return verifier.problem();
  }

  std::optional<Person> GetPerson(Store& store, const std::string& id) {
    std::optional<Person> out;
    Status s = store.Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
      auto got = tx.GetPerson(id);
      if (!got) return Fail(got.error());
      out = *got;
      return Ok();
    });
    EXPECT_TRUE(s) << Describe(s);
    return out;
  }

  testing::TempDir dir_;
  std::string path_ = dir_.File("livingwell.db");
  ManualClock clock_{kStart};
};

TEST_F(SqliteStoreTest, DataSurvivesCloseAndReopen) {
  {
    auto store = Open();
    ASSERT_TRUE(store);
    ASSERT_TRUE(SeedSomeRecords(*store));
  }
  auto store = Open();
  ASSERT_TRUE(store);
  auto sam = GetPerson(*store, "p-sam");
  ASSERT_TRUE(sam.has_value());
  EXPECT_EQ(sam->version, 2);
  EXPECT_EQ(sam->preferred_name, "Sammy");
  EXPECT_EQ(sam->date_of_birth, Date::FromYmd(1990, 2, 28).value());
  EXPECT_EQ(AllAudit(*store).size(), 5u);
  EXPECT_EQ(VerifyAudit(*store), "");
}

TEST_F(SqliteStoreTest, TheFileUsesWriteAheadLogging) {
  auto store = Open();
  ASSERT_TRUE(store);
  RawDb raw(path_);
  EXPECT_EQ(raw.Rows("PRAGMA journal_mode"), std::vector<std::string>{"wal"});
}

// The front-door list's shapes (storage/sql/sql_tx_introductions.cc) find
// the open introductions through the partial indexes of migration 0005, so
// neither the page nor its count steps over the closed ones.
TEST_F(SqliteStoreTest, OpenIntroductionListsUseTheOpenOnlyIndexes) {
  auto store = Open();
  ASSERT_TRUE(store);
  RawDb raw(path_);
  auto plan = [&](const std::string& sql) {
    std::string joined;
    for (const std::string& row : raw.Rows("EXPLAIN QUERY PLAN " + sql)) joined += row + "\n";
    return joined;
  };
  const std::string open = "FROM introductions i WHERE i.state <> 'closed'";
  EXPECT_THAT(plan("SELECT i.id " + open + " ORDER BY i.received_at, i.id LIMIT 50"),
              HasSubstr("introductions_open_by_received"));
  EXPECT_THAT(plan("SELECT i.id " + open + " ORDER BY i.source, i.received_at, i.id LIMIT 50"),
              HasSubstr("introductions_open_by_source"));
  const std::string team =
      plan("SELECT i.id " + open + " AND i.team_id = 't1' ORDER BY i.received_at, i.id LIMIT 50");
  EXPECT_THAT(team, HasSubstr("introductions_open_by_team"));
  EXPECT_THAT(team, Not(HasSubstr("TEMP B-TREE")));
}

// Store::StartBulkLoad (storage/sql/bulk_load.h): the secondary indexes
// go while the rows are written, the unique ones stay, and FinishBulkLoad
// builds each again exactly as the migrations made it.
TEST_F(SqliteStoreTest, ABulkLoadPutsOffTheSecondaryIndexesAndBuildsThemAgainTheSame) {
  auto store = Open();
  ASSERT_TRUE(store);
  RawDb raw(path_);
  const std::string kIndexes =
      "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
  const std::vector<std::string> before = raw.Rows(kIndexes);
  std::vector<std::string> unique;
  for (const std::string& row : before) {
    if (row.find("|CREATE UNIQUE") != std::string::npos) unique.push_back(row);
  }
  ASSERT_GT(before.size(), unique.size() + 10) << "the schema's secondary indexes";

  ASSERT_TRUE(store->StartBulkLoad());
  EXPECT_EQ(raw.Rows(kIndexes), unique);
  EXPECT_EQ(raw.Rows("SELECT COUNT(*) FROM deferred_indexes"),
            std::vector<std::string>{std::to_string(before.size() - unique.size())});
  // Records go in and come out; a duplicate key is still refused.
  ASSERT_TRUE(SeedSomeRecords(*store));
  Status duplicate = Write(*store, [&](StoreTx& tx) {
    return tx.CreatePerson({.id = "p-sam", .team_id = "team-hyde", .given_name = "Sam"},
                           {.changed_by = "u-asha", .changed_at = clock_.Now()});
  });
  EXPECT_FALSE(duplicate);
  Status read = store->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto people = tx.ListPeople({.team_id = "team-hyde"});
    if (!people) return Fail(people.error());
    EXPECT_EQ(people->size(), 1u);
    return Ok();
  });
  EXPECT_TRUE(read) << Describe(read);

  ASSERT_TRUE(store->FinishBulkLoad());
  EXPECT_EQ(raw.Rows(kIndexes), before);
  EXPECT_EQ(raw.Rows("SELECT COUNT(*) FROM deferred_indexes"), std::vector<std::string>{"0"});
  // Finishing again has nothing left to build.
  EXPECT_TRUE(store->FinishBulkLoad());
  EXPECT_EQ(raw.Rows(kIndexes), before);
}

TEST_F(SqliteStoreTest, ABulkLoadCutShortHasItsIndexesBuiltWhenItsLeaseHasRunOut) {
  const std::string kIndexes =
      "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
  auto store = Open();
  ASSERT_TRUE(store);
  const std::vector<std::string> before = RawDb(path_).Rows(kIndexes);
  ASSERT_TRUE(store->StartBulkLoad());
  ASSERT_TRUE(SeedSomeRecords(*store));
  store.reset();  // the process stopped before FinishBulkLoad
  EXPECT_LT(RawDb(path_).Rows(kIndexes).size(), before.size());

  // Opened again within the load's lease (it might be running elsewhere):
  // the indexes stay put off, and a second load is refused.
  clock_.Advance(std::chrono::hours(1));
  store = Open();
  ASSERT_TRUE(store);
  EXPECT_LT(RawDb(path_).Rows(kIndexes).size(), before.size());
  Status second = store->StartBulkLoad();
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().code, ErrorCode::kFailedPrecondition);
  store.reset();

  // Once the lease has run out, opening the store builds them.
  clock_.Advance(std::chrono::hours(2));
  store = Open();
  ASSERT_TRUE(store);
  EXPECT_EQ(RawDb(path_).Rows(kIndexes), before);
  EXPECT_EQ(RawDb(path_).Rows("SELECT COUNT(*) FROM deferred_indexes"),
            std::vector<std::string>{"0"});
}

TEST_F(SqliteStoreTest, MigrationsAreRecordedOnceAndReopeningChangesNothing) {
  const std::vector<Migration>& migrations = Migrations();
  ASSERT_FALSE(migrations.empty());
  EXPECT_EQ(migrations.front().version, 1);
  EXPECT_EQ(migrations.front().name, "foundation");
  std::vector<std::string> expected;
  for (const Migration& m : migrations) {
    expected.push_back(std::to_string(m.version) + "|" + std::string(m.name) + "|" +
                       std::to_string(ToUnixMicros(kStart)));
  }
  {
    auto store = Open();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->LatestSchemaVersion(), migrations.back().version);
    EXPECT_EQ(store->AppliedSchemaVersion(), store->LatestSchemaVersion());
  }
  clock_.Advance(std::chrono::hours(1));
  auto store = Open();
  ASSERT_TRUE(store);
  EXPECT_EQ(store->AppliedSchemaVersion(), store->LatestSchemaVersion());
  RawDb raw(path_);
  EXPECT_EQ(raw.Rows("SELECT version, name, applied_at FROM schema_migrations ORDER BY version"),
            expected);
  EXPECT_EQ(raw.Rows("SELECT name FROM sqlite_master WHERE name = 'records_listed_by_team'"),
            std::vector<std::string>{"records_listed_by_team"});
  // 0008 dropped it (ADR 0013).
  EXPECT_TRUE(
      raw.Rows("SELECT name FROM sqlite_master WHERE name = 'audit_log_by_record'").empty());
}

TEST_F(SqliteStoreTest, WithoutMigrateABehindDatabaseStillOpens) {
  {
    auto store = Open({.migrate = false});
    ASSERT_TRUE(store);
    EXPECT_EQ(store->AppliedSchemaVersion(), 0);
    EXPECT_GE(store->LatestSchemaVersion(), 1);
    EXPECT_TRUE(store->Ping());
  }
  auto store = Open();
  ASSERT_TRUE(store);
  EXPECT_EQ(store->AppliedSchemaVersion(), store->LatestSchemaVersion());
  EXPECT_TRUE(SeedSomeRecords(*store));
}

TEST_F(SqliteStoreTest, ADatabaseNewerThanThisBuildIsRefused) {
  { ASSERT_TRUE(Open()); }
  {
    RawDb raw(path_);
    raw.Exec("INSERT INTO schema_migrations VALUES (999, 'from_the_future', 0)");
  }
  for (bool migrate : {true, false}) {
    auto store = SqliteStore::Open({.path = path_, .migrate = migrate});
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().code, ErrorCode::kFailedPrecondition);
    EXPECT_NE(store.error().message.find("999"), std::string::npos) << store.error().message;
  }
}

TEST_F(SqliteStoreTest, AlteringAnAuditRowIsDetected) {
  auto store = Open();
  ASSERT_TRUE(store);
  ASSERT_TRUE(SeedSomeRecords(*store));
  ASSERT_EQ(VerifyAudit(*store), "");
  RawDb raw(path_);
  raw.Exec("UPDATE audit_log SET action = 'person.nothing-to-see' WHERE seq = 3");
  EXPECT_EQ(VerifyAudit(*store), "entry 3 was altered after it was written");
}

TEST_F(SqliteStoreTest, RemovingAnAuditRowIsDetected) {
  auto store = Open();
  ASSERT_TRUE(store);
  ASSERT_TRUE(SeedSomeRecords(*store));
  RawDb raw(path_);
  raw.Exec("DELETE FROM audit_log WHERE seq = 2");
  std::string problem = VerifyAudit(*store);
  EXPECT_NE(problem.find("entry 3"), std::string::npos) << problem;
  // Renumbering to hide the gap breaks the hash chain instead.
  raw.Exec("UPDATE audit_log SET seq = seq - 1 WHERE seq > 2");
  problem = VerifyAudit(*store);
  EXPECT_NE(problem.find("entry 2"), std::string::npos) << problem;
}

TEST_F(SqliteStoreTest, BackupProducesADatabaseWithTheSameData) {
  auto store = Open();
  ASSERT_TRUE(store);
  ASSERT_TRUE(SeedSomeRecords(*store));
  std::string dest = dir_.File("backup.db");
  Status backed_up = store->Backup(dest);
  ASSERT_TRUE(backed_up) << Describe(backed_up);
  EXPECT_FALSE(std::filesystem::exists(dest + ".partial"));
  // The live store carries on.
  EXPECT_TRUE(Write(*store, [](StoreTx& tx) {
    return tx.PutLocality({.id = "loc-new", .name = "After the backup", .service_name = "x"});
  }));

  auto copy = Open({.path = dest});
  ASSERT_TRUE(copy);
  EXPECT_EQ(copy->AppliedSchemaVersion(), copy->LatestSchemaVersion());
  auto sam = GetPerson(*copy, "p-sam");
  ASSERT_TRUE(sam.has_value());
  EXPECT_EQ(sam->version, 2);
  EXPECT_EQ(sam->preferred_name, "Sammy");
  std::vector<AuditEntry> original = AllAudit(*store);
  std::vector<AuditEntry> copied = AllAudit(*copy);
  ASSERT_EQ(copied.size(), original.size());
  EXPECT_EQ(copied.back().hash, original.back().hash);
  EXPECT_EQ(VerifyAudit(*copy), "");
  Status localities = copy->Transact(TxMode::kRead, [](StoreTx& tx) -> Status {
    auto all = tx.ListLocalities();
    if (!all) return Fail(all.error());
    EXPECT_EQ(all->size(), 1u);  // not the one written after the backup
    return Ok();
  });
  EXPECT_TRUE(localities) << Describe(localities);
}

TEST_F(SqliteStoreTest, BackupRefusesToOverwriteAndReportsAnUnwritableDestination) {
  auto store = Open();
  ASSERT_TRUE(store);
  std::string existing = dir_.File("existing.db");
  std::ofstream(existing) << "precious";
  Status over = store->Backup(existing);
  ASSERT_FALSE(over);
  EXPECT_EQ(over.error().code, ErrorCode::kAlreadyExists);
  std::ifstream in(existing);
  std::string content;
  in >> content;
  EXPECT_EQ(content, "precious");

  Status nowhere = store->Backup(dir_.File("no/such/dir/backup.db"));
  ASSERT_FALSE(nowhere);
  EXPECT_EQ(nowhere.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(nowhere.error().message.find("no/such/dir"), std::string::npos)
      << nowhere.error().message;
}

TEST_F(SqliteStoreTest, OpenOnAnImpossiblePathIsUnavailableAndNamesIt) {
  for (const std::string& path : {dir_.File("no/such/dir/livingwell.db"), dir_.path()}) {
    auto store = SqliteStore::Open({.path = path});
    ASSERT_FALSE(store) << path;
    EXPECT_EQ(store.error().code, ErrorCode::kUnavailable) << store.error().message;
    EXPECT_NE(store.error().message.find(path), std::string::npos) << store.error().message;
  }
}

TEST_F(SqliteStoreTest, AFileThatIsNotADatabaseIsUnavailable) {
  std::ofstream(path_) << std::string(8192, 'x');
  auto store = SqliteStore::Open({.path = path_});
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(store.error().message.find(path_), std::string::npos) << store.error().message;
}

TEST_F(SqliteStoreTest, BadOptionsAreInvalidArguments) {
  for (const SqliteOptions& options :
       {SqliteOptions{.path = ""}, SqliteOptions{.path = ":memory:"},
        SqliteOptions{.path = path_, .read_connections = 0},
        SqliteOptions{.path = path_, .busy_timeout = std::chrono::milliseconds(-1)}}) {
    auto store = SqliteStore::Open(options);
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().code, ErrorCode::kInvalidArgument) << store.error().message;
  }
}

TEST_F(SqliteStoreTest, AWriteLockHeldElsewhereIsUnavailableAfterTheBusyTimeout) {
  auto store = Open({.busy_timeout = std::chrono::milliseconds(50)});
  ASSERT_TRUE(store);
  RawDb other_process(path_);
  other_process.Exec("BEGIN IMMEDIATE");
  Status blocked = Write(*store, [](StoreTx& tx) {
    return tx.PutLocality({.id = "loc-x", .name = "X", .service_name = "X"});
  });
  ASSERT_FALSE(blocked);
  EXPECT_EQ(blocked.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(blocked.error().message.find(path_), std::string::npos) << blocked.error().message;
  EXPECT_NE(blocked.error().message.find("locked"), std::string::npos) << blocked.error().message;
  other_process.Exec("ROLLBACK");
  EXPECT_TRUE(Write(*store, [](StoreTx& tx) {
    return tx.PutLocality({.id = "loc-x", .name = "X", .service_name = "X"});
  }));
}

TEST_F(SqliteStoreTest, AReadTransactionKeepsItsSnapshotWhileAWriteCommits) {
  auto store = Open();
  ASSERT_TRUE(store);
  ASSERT_TRUE(SeedSomeRecords(*store));
  Status read = store->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto before = tx.ReadAudit(1, 100);
    if (!before) return Fail(before.error());
    // The writer is not blocked by this reader (WAL) and commits.
    Status written;
    std::thread writer([&] {
      written = Write(*store, [&](StoreTx& w) -> Status {
        auto e = w.AppendAudit({.at = clock_.Now(),
                                .action = "person.read",
                                .record_type = "person",
                                .record_id = "p-sam"});
        if (!e) return Fail(e.error());
        return Ok();
      });
    });
    writer.join();
    EXPECT_TRUE(written) << Describe(written);
    auto after = tx.ReadAudit(1, 100);
    if (!after) return Fail(after.error());
    EXPECT_EQ(after->size(), before->size());
    return Ok();
  });
  EXPECT_TRUE(read) << Describe(read);
  EXPECT_EQ(AllAudit(*store).size(), 6u);
}

// Another process (here another store on the same file, as a command run
// while the server is up would be) committing data or audit moves the
// writer's DataGeneration: it cannot tell which, so any commit counts. A
// reader cannot tell at all.
TEST_F(SqliteStoreTest, DataGenerationSeesCommitsFromAnotherConnection) {
  auto store = Open();
  ASSERT_TRUE(store);
  auto generation = [&](Store& s, TxMode mode) {
    std::optional<std::uint64_t> out;
    Status done = s.Transact(mode, [&](StoreTx& tx) -> Status {
      out = tx.DataGeneration();
      return Ok();
    });
    EXPECT_TRUE(done) << Describe(done);
    return out;
  };
  const auto before = generation(*store, TxMode::kWrite);
  ASSERT_TRUE(before.has_value());
  EXPECT_EQ(generation(*store, TxMode::kWrite), before);
  EXPECT_EQ(generation(*store, TxMode::kRead), std::nullopt);
  {
    auto other = Open();
    ASSERT_TRUE(other);
    ASSERT_TRUE(Write(*other, [&](StoreTx& tx) {
      return tx.PutLocality({.id = "loc-o", .name = "Other", .service_name = "Other"});
    }));
  }
  const auto after = generation(*store, TxMode::kWrite);
  ASSERT_TRUE(after.has_value());
  EXPECT_NE(after, before);
  EXPECT_EQ(generation(*store, TxMode::kWrite), after);
}

// The store's own thread copies the WAL into the database file, so the
// writer never checkpoints as it commits (ADR 0013): the file grows with
// what is written while the store is open.
TEST_F(SqliteStoreTest, TheCheckpointThreadCopiesTheWalIntoTheDatabase) {
  auto store = Open({.checkpoint_every = std::chrono::milliseconds(10)});
  ASSERT_TRUE(store);
  const auto before = std::filesystem::file_size(path_);
  ASSERT_TRUE(Write(*store, [&](StoreTx& tx) -> Status {
    for (int i = 0; i < 900; ++i) {
      auto e = tx.AppendAudit({.at = clock_.Now(),
                               .action = "person.read",
                               .record_type = "person",
                               .record_id = "p-" + std::to_string(i)});
      if (!e) return Fail(e.error());
    }
    return Ok();
  }));
  auto grown = [&] { return std::filesystem::file_size(path_) > before + 100'000; };
  for (int i = 0; i < 500 && !grown(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_TRUE(grown()) << "database file still " << std::filesystem::file_size(path_) << " bytes";
  EXPECT_EQ(AllAudit(*store).size(), 900u);
}

// Without the thread the writer checkpoints only every 1,000 pages, so a
// smaller write stays in the WAL until the store closes.
TEST_F(SqliteStoreTest, WithoutTheCheckpointThreadAWriteWaitsInTheWal) {
  {
    auto store = Open({.checkpoint_every = std::chrono::milliseconds(0)});
    ASSERT_TRUE(store);
    const auto before = std::filesystem::file_size(path_);
    ASSERT_TRUE(Write(*store, [&](StoreTx& tx) -> Status {
      for (int i = 0; i < 300; ++i) {
        auto e = tx.AppendAudit({.at = clock_.Now(),
                                 .action = "person.read",
                                 .record_type = "person",
                                 .record_id = "p-" + std::to_string(i)});
        if (!e) return Fail(e.error());
      }
      return Ok();
    }));
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    EXPECT_EQ(std::filesystem::file_size(path_), before);
  }
  auto reopened = Open();
  ASSERT_TRUE(reopened);
  EXPECT_EQ(AllAudit(*reopened).size(), 300u);
}

}  // namespace
}  // namespace sqlite_store_test
}  // namespace lw

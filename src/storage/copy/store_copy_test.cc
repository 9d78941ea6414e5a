// CopyStore on SQLite to SQLite: what it copies, what it verifies, and what
// it refuses. tests/integration/store_copy_pgtest.cc runs it to and from
// PostgreSQL through the command.
#include "storage/copy/store_copy.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "services/audit_service.h"
#include "storage/copy/copy_test_support.h"
#include "storage/copy/table_list.h"
#include "storage/migrations.h"
#include "storage/sql/migrate.h"
#include "storage/sqlite/connection.h"
#include "storage/sqlite/sqlite_store.h"
#include "testing/temp_dir.h"

namespace lw::copy {
namespace store_copy_test {
namespace {

using lw::testing::DumpSqlite;
using lw::testing::ExecSqlite;
using lw::testing::MakePopulatedStore;

bool Exists(const std::string& path) { return std::filesystem::exists(path); }

class StoreCopyTest : public ::testing::Test {
 protected:
  StoreCopyTest() : source_(dir_.File("source.db")), target_(dir_.File("target.db")) {}

  // A store file at `version` of the compiled-in migrations, with no rows.
  void MakeStoreAtVersion(const std::string& path, int version) {
    auto c = sqlite::Connection::Open(path, sqlite::Connection::Kind::kWriter,
                                      std::chrono::milliseconds(1000));
    ASSERT_TRUE(c) << c.error().message;
    std::vector<Migration> some(Migrations().begin(), Migrations().begin() + version);
    ASSERT_TRUE(sql::Migrate(**c, some, clock_));
  }
  void MakeEmptyStore(const std::string& path) {
    MakeStoreAtVersion(path, sql::LatestVersion(Migrations()));
  }
  Result<CopyReport> Copy(const std::string& from, const std::string& to) {
    return CopyStore(from, to, {.busy_timeout = std::chrono::milliseconds(1000), .clock = &clock_});
  }
  // Every table's checksum in `path`, read independently of a copy.
  std::vector<TableChecksum> Checksums(const std::string& path) {
    std::vector<TableChecksum> out;
    auto c = sqlite::Connection::Open(path, sqlite::Connection::Kind::kReader,
                                      std::chrono::milliseconds(1000));
    EXPECT_TRUE(c) << c.error().message;
    if (!c) return out;
    for (const TableSpec& table : CopiedTables()) {
      auto sum = ChecksumTable(**c, table);
      EXPECT_TRUE(sum) << sum.error().message;
      if (sum) out.push_back(*sum);
    }
    return out;
  }
  static std::vector<TableChecksum> Checksums(const CopyReport& report) {
    std::vector<TableChecksum> out;
    out.reserve(report.tables.size());
    for (const TableCopy& t : report.tables) out.push_back(t.checksum);
    return out;
  }

  ManualClock clock_{FromUnixMicros(lw::testing::kTestStartMicros)};
  lw::testing::TempDir dir_;
  std::string source_;
  std::string target_;
};

TEST_F(StoreCopyTest, CopiesEveryRowOfAPopulatedStoreExactly) {
  MakePopulatedStore(source_);
  const auto before = DumpSqlite(source_);

  auto report = Copy(source_, target_);
  ASSERT_TRUE(report) << report.error().message;

  ASSERT_EQ(report->tables.size(), CopiedTables().size());
  for (std::size_t i = 0; i < report->tables.size(); ++i) {
    EXPECT_EQ(report->tables[i].table, CopiedTables()[i].name);
    EXPECT_GT(report->tables[i].checksum.rows, 0) << report->tables[i].table << " was not tested";
    EXPECT_EQ(report->tables[i].checksum.sha256.size(), 64u);
  }
  EXPECT_EQ(report->from, "SQLite database " + source_);
  EXPECT_EQ(report->to, "SQLite database " + target_);
  EXPECT_EQ(DumpSqlite(target_), before) << "the target holds different rows";
  EXPECT_EQ(DumpSqlite(source_), before) << "the source was changed";
  EXPECT_EQ(Checksums(source_), Checksums(*report));
  EXPECT_EQ(Checksums(target_), Checksums(*report));

  // The copy is a working store: current schema, chain intact, and the
  // person's second version there.
  auto store = SqliteStore::Open({.path = target_, .migrate = false});
  ASSERT_TRUE(store) << store.error().message;
  EXPECT_EQ((*store)->AppliedSchemaVersion().value_or(-1), (*store)->LatestSchemaVersion());
  auto verified = AuditService(**store).Verify();
  ASSERT_TRUE(verified) << verified.error().message;
  EXPECT_EQ(verified->entries, report->audit.entries);
  EXPECT_EQ(verified->head_hash, report->audit.hash);
  for (const TableCopy& t : report->tables) {
    if (t.table == "audit_log") {
      EXPECT_EQ(t.checksum.rows, report->audit.entries);
    }
  }
  int changed_people = 0;
  auto read = (*store)->Transact(TxMode::kRead, [&](StoreTx& tx) -> Status {
    auto teams = tx.ListTeams();
    if (!teams) return Fail(teams.error());
    for (const Team& team : *teams) {
      auto people = tx.ListPeople({.team_id = team.id});
      if (!people) return Fail(people.error());
      for (const Person& p : *people) {
        if (p.preferred_name != "Sam") continue;
        ++changed_people;
        auto versions = tx.ListPersonVersions(p.id);
        if (!versions) return Fail(versions.error());
        EXPECT_EQ(static_cast<long long>(versions->size()), p.version);
        EXPECT_GE(p.version, 2);
        EXPECT_FALSE(p.date_of_birth.has_value());
      }
    }
    return Ok();
  });
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(changed_people, 1);
}

TEST_F(StoreCopyTest, CopiesBackAndForthWithTheSameChecksums) {
  MakePopulatedStore(source_);
  auto there = Copy(source_, target_);
  ASSERT_TRUE(there) << there.error().message;
  auto back = Copy(target_, dir_.File("back.db"));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(Checksums(*back), Checksums(*there));
  EXPECT_EQ(back->rows(), there->rows());
  EXPECT_EQ(DumpSqlite(dir_.File("back.db")), DumpSqlite(source_));
}

TEST_F(StoreCopyTest, CopiesAnEmptyStore) {
  MakeEmptyStore(source_);
  auto report = Copy(source_, target_);
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(report->rows(), 0);
  EXPECT_EQ(report->audit.entries, 0);
  EXPECT_EQ(report->audit.hash, kAuditGenesisHash);
  EXPECT_EQ(Checksums(source_), Checksums(*report));
}

TEST_F(StoreCopyTest, FillsAnExistingEmptyStore) {
  MakePopulatedStore(source_);
  MakeEmptyStore(target_);
  auto report = Copy(source_, target_);
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(DumpSqlite(target_), DumpSqlite(source_));
}

TEST_F(StoreCopyTest, RefusesATargetThatHasRowsAndLeavesItAsItWas) {
  MakePopulatedStore(source_);
  MakeEmptyStore(target_);
  ExecSqlite(target_, "INSERT INTO signin_failures (key, window_start, count) VALUES ('k', 1, 1)");
  const auto before = DumpSqlite(target_);

  auto report = Copy(source_, target_);
  ASSERT_FALSE(report);
  EXPECT_EQ(report.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_NE(report.error().message.find("target: "), std::string::npos) << report.error().message;
  EXPECT_NE(report.error().message.find("table signin_failures has rows"), std::string::npos)
      << report.error().message;
  EXPECT_EQ(DumpSqlite(target_), before);
  EXPECT_TRUE(Exists(target_));
}

TEST_F(StoreCopyTest, RefusesAnOlderTargetWithRowsWithoutMigratingIt) {
  MakePopulatedStore(source_);
  MakeStoreAtVersion(target_, 1);
  ExecSqlite(target_, "INSERT INTO localities (id, name, service_name) VALUES ('l', 'L', 'S')");

  auto report = Copy(source_, target_);
  ASSERT_FALSE(report);
  EXPECT_NE(report.error().message.find("table localities has rows"), std::string::npos)
      << report.error().message;
  auto c = sqlite::Connection::Open(target_, sqlite::Connection::Kind::kReader,
                                    std::chrono::milliseconds(1000));
  ASSERT_TRUE(c);
  EXPECT_EQ(sql::AppliedVersion(**c).value_or(-1), 1) << "a refused target was migrated";
}

TEST_F(StoreCopyTest, RefusesASourceBehindThisBuildsSchema) {
  ASSERT_GE(sql::LatestVersion(Migrations()), 2);
  MakeStoreAtVersion(source_, 1);
  auto report = Copy(source_, target_);
  ASSERT_FALSE(report);
  EXPECT_EQ(report.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_NE(
      report.error().message.find("source: SQLite database " + source_ + " is at schema version 1"),
      std::string::npos)
      << report.error().message;
  EXPECT_NE(report.error().message.find("livingwell migrate"), std::string::npos);
  EXPECT_FALSE(Exists(target_)) << "a target created for a refused copy was left behind";
}

TEST_F(StoreCopyTest, RefusesASourceAheadOfThisBuildsSchema) {
  MakePopulatedStore(source_);
  ExecSqlite(source_,
             "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)");
  auto report = Copy(source_, target_);
  ASSERT_FALSE(report);
  EXPECT_EQ(report.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_NE(report.error().message.find("schema version 999, newer than this build's"),
            std::string::npos)
      << report.error().message;
  EXPECT_FALSE(Exists(target_));
}

TEST_F(StoreCopyTest, RefusesATargetAheadOfThisBuildsSchema) {
  MakePopulatedStore(source_);
  MakeEmptyStore(target_);
  ExecSqlite(target_,
             "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)");
  auto report = Copy(source_, target_);
  ASSERT_FALSE(report);
  EXPECT_NE(report.error().message.find("target: SQLite database " + target_ +
                                        " is at schema version 999"),
            std::string::npos)
      << report.error().message;
}

TEST_F(StoreCopyTest, RefusesLocationsThatAreNotTwoStores) {
  auto missing = Copy(dir_.File("missing.db"), target_);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(missing.error().message,
            "source: there is no SQLite store at " + dir_.File("missing.db"));
  EXPECT_FALSE(Exists(target_));
  EXPECT_FALSE(Exists(dir_.File("missing.db")));

  MakePopulatedStore(source_);
  auto same = Copy(source_, source_);
  ASSERT_FALSE(same);
  EXPECT_EQ(same.error().code, ErrorCode::kInvalidArgument);

  auto directory = Copy(dir_.path(), target_);
  ASSERT_FALSE(directory);
  EXPECT_NE(directory.error().message.find("is a directory"), std::string::npos);

  auto nowhere = Copy(source_, dir_.File("no/such/dir/target.db"));
  ASSERT_FALSE(nowhere);
  EXPECT_NE(nowhere.error().message.find("does not exist"), std::string::npos)
      << nowhere.error().message;

  auto into_directory = Copy(source_, dir_.path());
  ASSERT_FALSE(into_directory);
  EXPECT_EQ(into_directory.error().message,
            "target: " + dir_.path() + " is a directory; name a file for the store, such as " +
                dir_.File("livingwell.db"));
}

TEST_F(StoreCopyTest, RollsBackWhenTheAuditChainDoesNotVerify) {
  MakePopulatedStore(source_);
  ExecSqlite(source_, "UPDATE audit_log SET reason = 'rewritten' WHERE seq = 2");
  MakeEmptyStore(target_);
  const auto before = DumpSqlite(target_);

  auto report = Copy(source_, target_);
  ASSERT_FALSE(report);
  EXPECT_EQ(report.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_NE(report.error().message.find("hash chain is broken: entry 2"), std::string::npos)
      << report.error().message;
  EXPECT_EQ(DumpSqlite(target_), before) << "a failed copy left rows behind";
  EXPECT_TRUE(before.empty());

  auto fresh = Copy(source_, dir_.File("fresh.db"));
  ASSERT_FALSE(fresh);
  EXPECT_FALSE(Exists(dir_.File("fresh.db")));
  EXPECT_FALSE(Exists(dir_.File("fresh.db-wal")));
}

TEST_F(StoreCopyTest, RefusesAValueThatBreaksTheSchema) {
  MakePopulatedStore(source_);
  // SQLite lets a BIGINT column hold text; the copy must not turn it into 0.
  ExecSqlite(source_, "UPDATE job_runs SET started_at = 'soon'");
  auto report = Copy(source_, target_);
  ASSERT_FALSE(report);
  EXPECT_EQ(report.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_NE(report.error().message.find("job_runs, column started_at"), std::string::npos)
      << report.error().message;
  EXPECT_FALSE(Exists(target_));
}

}  // namespace
}  // namespace store_copy_test
}  // namespace lw::copy

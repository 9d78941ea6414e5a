// The migration runner on its own, with made-up migrations: order,
// idempotence, and a failing migration leaving the database at the last
// one that succeeded.
#include "storage/sql/migrate.h"

#include "storage/sql/bulk_load.h"

#include "storage/sqlite/connection.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "testing/temp_dir.h"

namespace lw::sqlite {
namespace migrate_test {
namespace {

using sql::AppliedVersion;
using sql::LatestVersion;
using sql::Migrate;

class MigrateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = Connection::Open(dir_.File("m.db"), Connection::Kind::kWriter,
                                   std::chrono::milliseconds(1000));
    ASSERT_TRUE(opened) << opened.error().message;
    c_ = std::move(*opened);
  }

  // Names of the user tables, sorted.
  std::vector<std::string> Tables() {
    std::vector<std::string> out;
    auto q = c_->Prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
                         "listing tables");
    EXPECT_TRUE(q);
    while (q) {
      auto row = q->Step();
      if (!row || !*row) break;
      out.push_back(q->Text(0));
    }
    return out;
  }

  testing::TempDir dir_;
  ManualClock clock_{FromUnixMicros(1'773'046'800'000'000)};
  std::unique_ptr<Connection> c_;
};

TEST_F(MigrateTest, AppliesInOrderOnceAndRecordsEach) {
  std::vector<Migration> migrations = {
      {1, "first", "CREATE TABLE a (x INTEGER); CREATE TABLE b (y INTEGER);"},
      {2, "second", "ALTER TABLE a ADD COLUMN z TEXT; INSERT INTO a (x, z) VALUES (1, 'one');"},
  };
  EXPECT_EQ(AppliedVersion(*c_), 0);
  ASSERT_TRUE(Migrate(*c_, migrations, clock_));
  EXPECT_EQ(AppliedVersion(*c_), 2);
  EXPECT_EQ(LatestVersion(migrations), 2);
  EXPECT_EQ(Tables(), (std::vector<std::string>{"a", "b", "schema_migrations"}));
  // Running again applies nothing (the INSERT would add a second row).
  ASSERT_TRUE(Migrate(*c_, migrations, clock_));
  auto q = c_->Prepare("SELECT COUNT(*) FROM a", "counting");
  ASSERT_TRUE(q);
  ASSERT_TRUE(q->Step().value_or(false));
  EXPECT_EQ(q->Int(0), 1);
}

TEST_F(MigrateTest, AFailingMigrationLeavesTheLastGoodVersion) {
  std::vector<Migration> migrations = {
      {1, "first", "CREATE TABLE a (x INTEGER);"},
      {2, "broken", "CREATE TABLE half (x INTEGER); CREATE TABLE a (x INTEGER);"},
      {3, "never", "CREATE TABLE c (x INTEGER);"},
  };
  Status result = Migrate(*c_, migrations, clock_);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::kInternal);
  EXPECT_NE(result.error().message.find("migration 2 (broken)"), std::string::npos)
      << result.error().message;
  EXPECT_EQ(AppliedVersion(*c_), 1);
  // Migration 2 rolled back whole: no `half` table; 3 never ran.
  EXPECT_EQ(Tables(), (std::vector<std::string>{"a", "schema_migrations"}));
  EXPECT_FALSE(c_->InTransaction());
}

// A bulk load cut short (storage/sql/bulk_load.h) has its indexes built
// before any new migration runs, once its lease is over: here the new
// migration drops one of them, which it could not do were it still missing,
// and the dropped one is not built again afterwards.
TEST_F(MigrateTest, IndexesABulkLoadLeftOffComeBackBeforeTheNextMigration) {
  std::vector<Migration> migrations = {
      {1, "tables",
       "CREATE TABLE t (x INTEGER, y INTEGER); CREATE INDEX t_by_x ON t (x);"
       "CREATE INDEX t_by_y ON t (y); CREATE UNIQUE INDEX t_once ON t (x, y);"},
      {2, "deferred indexes",
       "CREATE TABLE deferred_indexes (name TEXT PRIMARY KEY, definition TEXT NOT NULL, "
       "lease_until BIGINT NOT NULL)"},
  };
  ASSERT_TRUE(Migrate(*c_, migrations, clock_));
  auto deferred = sql::DeferIndexes(*c_, clock_.Now() + std::chrono::hours(2));
  ASSERT_TRUE(deferred) << deferred.error().message;
  EXPECT_EQ(*deferred, 2);  // t_by_x and t_by_y; the unique one stays
  auto indexes = [&] {
    std::vector<std::string> out;
    auto q = c_->Prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name",
        "listing indexes");
    while (q) {
      auto row = q->Step();
      if (!row || !*row) break;
      out.push_back(q->Text(0));
    }
    return out;
  };
  EXPECT_EQ(indexes(), std::vector<std::string>{"t_once"});
  // A second load while this one holds its lease is refused.
  auto again = sql::DeferIndexes(*c_, clock_.Now() + std::chrono::hours(2));
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kFailedPrecondition);

  migrations.push_back({3, "drop one", "DROP INDEX t_by_y"});
  // Within the lease, the load may still be running: nothing is built, and
  // the migration that needs the index cannot run yet.
  Status waiting = Migrate(*c_, migrations, clock_);
  ASSERT_FALSE(waiting);
  EXPECT_EQ(waiting.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(AppliedVersion(*c_), 2);
  EXPECT_EQ(indexes(), std::vector<std::string>{"t_once"});
  // Once it has run out: built first, then migrated.
  clock_.Advance(std::chrono::hours(3));
  ASSERT_TRUE(Migrate(*c_, migrations, clock_));
  EXPECT_EQ(AppliedVersion(*c_), 3);
  EXPECT_EQ(indexes(), (std::vector<std::string>{"t_by_x", "t_once"}));
  auto left = c_->Prepare("SELECT COUNT(*) FROM deferred_indexes", "counting");
  ASSERT_TRUE(left);
  ASSERT_TRUE(left->Step());
  EXPECT_EQ(left->Int(0), 0);
}

}  // namespace
}  // namespace migrate_test
}  // namespace lw::sqlite

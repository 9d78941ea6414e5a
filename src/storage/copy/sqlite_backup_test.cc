// BackupSqliteStore: a consistent copy of a store in use, never over an
// existing file, never of a store that is not there.
#include "storage/copy/sqlite_backup.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "services/audit_service.h"
#include "storage/copy/copy_test_support.h"
#include "storage/sqlite/sqlite_store.h"
#include "testing/temp_dir.h"

namespace lw::copy {
namespace sqlite_backup_test {
namespace {

using lw::testing::DumpSqlite;

TEST(SqliteBackupTest, BacksUpAStoreWhileItIsOpen) {
  lw::testing::TempDir dir;
  const std::string path = dir.File("livingwell.db");
  auto store = SqliteStore::Open({.path = path});
  ASSERT_TRUE(store) << store.error().message;
  lw::testing::PopulateStore(**store);  // and kept open, as a running server would

  const std::string backup = dir.File("backup.db");
  auto done = BackupSqliteStore(path, backup);
  ASSERT_TRUE(done) << done.error().message;
  EXPECT_EQ(DumpSqlite(backup), DumpSqlite(path));

  auto restored = SqliteStore::Open({.path = backup, .migrate = false});
  ASSERT_TRUE(restored) << restored.error().message;
  auto verified = AuditService(**restored).Verify();
  ASSERT_TRUE(verified) << verified.error().message;
  EXPECT_GT(verified->entries, 0);

  auto again = BackupSqliteStore(path, backup);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::kAlreadyExists);
}

TEST(SqliteBackupTest, RefusesAMissingStoreWithoutCreatingOne) {
  lw::testing::TempDir dir;
  auto done = BackupSqliteStore(dir.File("livingwell.db"), dir.File("backup.db"));
  ASSERT_FALSE(done);
  EXPECT_EQ(done.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(done.error().message, "there is no SQLite store at " + dir.File("livingwell.db"));
  EXPECT_FALSE(std::filesystem::exists(dir.File("livingwell.db")));
  EXPECT_FALSE(std::filesystem::exists(dir.File("backup.db")));
}

}  // namespace
}  // namespace sqlite_backup_test
}  // namespace lw::copy

// Table checksums: what changes them and what does not.
#include "storage/copy/checksum.h"

#include <gtest/gtest.h>

#include <string>

#include "base/clock.h"
#include "storage/copy/copy_test_support.h"
#include "storage/copy/table_list.h"
#include "storage/migrations.h"
#include "storage/sql/migrate.h"
#include "storage/sqlite/connection.h"
#include "testing/temp_dir.h"

namespace lw::copy {
namespace checksum_test {
namespace {

using lw::testing::ExecSqlite;

std::string Canonical(const Row& row) {
  std::string out;
  AppendCanonicalRow(out, row);
  return out;
}

TEST(CopyChecksumTest, CanonicalRowsAreUnambiguous) {
  EXPECT_EQ(Canonical({std::string("a;b"), std::int64_t{-7}, std::monostate{}}), "t3:a;b;i-7;n;\n");
  EXPECT_NE(Canonical({std::string("ab"), std::string("")}),
            Canonical({std::string("a"), std::string("b")}));
  EXPECT_NE(Canonical({std::monostate{}}), Canonical({std::string("")}));
  EXPECT_NE(Canonical({std::int64_t{1}}), Canonical({std::string("1")}));
}

class CopyChecksumDbTest : public ::testing::Test {
 protected:
  std::unique_ptr<sqlite::Connection> Fresh(const std::string& name) {
    auto c = sqlite::Connection::Open(dir_.File(name), sqlite::Connection::Kind::kWriter,
                                      std::chrono::milliseconds(1000));
    EXPECT_TRUE(c);
    if (!c) return nullptr;
    EXPECT_TRUE(sql::Migrate(**c, Migrations(), clock_));
    return std::move(*c);
  }
  TableChecksum Sum(sqlite::Connection& c, std::string_view table) {
    auto sum = ChecksumTable(c, *FindCopiedTable(table));
    EXPECT_TRUE(sum) << sum.error().message;
    return sum.value_or(TableChecksum{});
  }

  ManualClock clock_{FromUnixMicros(1'780'000'000'000'000)};
  lw::testing::TempDir dir_;
};

TEST_F(CopyChecksumDbTest, ChangesWhenOneValueChanges) {
  auto db = Fresh("a.db");
  ASSERT_TRUE(db);
  const TableChecksum empty = Sum(*db, "organisations");
  EXPECT_EQ(empty.rows, 0);
  ExecSqlite(dir_.File("a.db"),
             "INSERT INTO organisations VALUES ('o1', 'Millbrook Mind', 'voluntary', 1), "
             "('o2', 'Millbrook Council', 'council', 0)");
  const TableChecksum two = Sum(*db, "organisations");
  EXPECT_EQ(two.rows, 2);
  EXPECT_NE(two.sha256, empty.sha256);

  ExecSqlite(dir_.File("a.db"), "UPDATE organisations SET network_partner = 0 WHERE id = 'o1'");
  const TableChecksum changed_int = Sum(*db, "organisations");
  EXPECT_EQ(changed_int.rows, 2);
  EXPECT_NE(changed_int.sha256, two.sha256);

  ExecSqlite(dir_.File("a.db"), "UPDATE organisations SET network_partner = 1 WHERE id = 'o1'");
  EXPECT_EQ(Sum(*db, "organisations"), two) << "the same rows must give the same checksum";

  ExecSqlite(dir_.File("a.db"), "UPDATE organisations SET name = 'Millbrook MIND' WHERE id = 'o1'");
  EXPECT_NE(Sum(*db, "organisations").sha256, two.sha256);
}

TEST_F(CopyChecksumDbTest, DependsOnTheRowsNotTheOrderTheyWereWritten) {
  auto a = Fresh("a.db");
  auto b = Fresh("b.db");
  ASSERT_TRUE(a && b);
  // Byte order puts 'B' before 'a'; insertion order differs between files.
  ExecSqlite(dir_.File("a.db"),
             "INSERT INTO localities VALUES ('a', 'A', 'S'); "
             "INSERT INTO localities VALUES ('B', 'B', 'S'); "
             "INSERT INTO localities VALUES ('\xc3\xa9', 'E', 'S')");
  ExecSqlite(dir_.File("b.db"),
             "INSERT INTO localities VALUES ('\xc3\xa9', 'E', 'S'); "
             "INSERT INTO localities VALUES ('B', 'B', 'S'); "
             "INSERT INTO localities VALUES ('a', 'A', 'S')");
  EXPECT_EQ(Sum(*a, "localities"), Sum(*b, "localities"));
  // Other tables' checksums name their table: equal rows in different
  // tables never collide.
  EXPECT_NE(Sum(*a, "localities").sha256, Sum(*a, "neighbourhoods").sha256);
}

}  // namespace
}  // namespace checksum_test
}  // namespace lw::copy

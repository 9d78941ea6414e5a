// The copy's table list against the schema the migrations really create, so
// that a new table or column cannot be left behind by `migrate-store`.
#include "storage/copy/table_list.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "base/clock.h"
#include "storage/migrations.h"
#include "storage/sql/migrate.h"
#include "storage/sqlite/connection.h"
#include "testing/temp_dir.h"

namespace lw::copy {
namespace table_list_test {
namespace {

class CopyTableListTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto c = sqlite::Connection::Open(dir_.File("fresh.db"), sqlite::Connection::Kind::kWriter,
                                      std::chrono::milliseconds(1000));
    ASSERT_TRUE(c) << c.error().message;
    db_ = std::move(*c);
    ManualClock clock(FromUnixMicros(1'780'000'000'000'000));
    ASSERT_TRUE(sql::Migrate(*db_, Migrations(), clock));
  }

  std::vector<std::string> Strings(const std::string& sql, const std::string& param = "") {
    std::vector<std::string> out;
    auto q = db_->Prepare(sql, "test");
    EXPECT_TRUE(q) << sql;
    if (!q) return out;
    if (!param.empty()) q->BindText(1, param);
    while (true) {
      auto row = q->Step();
      EXPECT_TRUE(row) << sql;
      if (!row || !*row) return out;
      std::string joined;
      for (int i = 0; i < q->ColumnCount(); ++i) joined += (i > 0 ? "|" : "") + q->Text(i);
      out.push_back(joined);
    }
  }

  testing::TempDir dir_;
  std::unique_ptr<sqlite::Connection> db_;
};

TEST_F(CopyTableListTest, NamesEveryTableTheMigrationsCreateExceptSchemaMigrations) {
  std::set<std::string> created;
  for (const auto& name : Strings("SELECT name FROM sqlite_master WHERE type = 'table' "
                                  "AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' "
                                  // Each database's own (migration 0011): not copied.
                                  "AND name <> 'deferred_indexes'")) {
    created.insert(name);
  }
  std::set<std::string> listed;
  for (const TableSpec& t : CopiedTables()) listed.insert(std::string(t.name));
  EXPECT_EQ(listed, created) << "a migration added or removed a table: update table_list.cc";
  EXPECT_EQ(listed.size(), CopiedTables().size()) << "a table is listed twice";
}

TEST_F(CopyTableListTest, HasEveryColumnWithItsTypeAndThePrimaryKeyInOrder) {
  for (const TableSpec& t : CopiedTables()) {
    const std::string table(t.name);
    std::vector<std::string> created;
    std::vector<std::pair<int, std::string>> key;
    for (const auto& row :
         Strings("SELECT name, upper(type), pk FROM pragma_table_info(?1) ORDER BY cid", table)) {
      const auto first = row.find('|'), second = row.rfind('|');
      const std::string name = row.substr(0, first);
      const std::string type = row.substr(first + 1, second - first - 1);
      const int pk = std::stoi(row.substr(second + 1));
      if (type == "TEXT") {
        created.push_back(name + ":text");
      } else if (type == "INTEGER" || type == "BIGINT") {
        created.push_back(name + ":integer");
      } else {
        ADD_FAILURE() << table << "." << name << " has type " << type
                      << ", which the copy does not know how to carry";
      }
      if (pk > 0) key.emplace_back(pk, name);
    }
    std::vector<std::string> listed;
    listed.reserve(t.columns.size());
    for (const Column& c : t.columns) {
      listed.push_back(std::string(c.name) +
                       (c.type == ColumnType::kInteger ? ":integer" : ":text"));
    }
    EXPECT_EQ(listed, created) << table << ": update table_list.cc";

    std::sort(key.begin(), key.end());
    std::vector<std::string> created_key, listed_key;
    for (const auto& [position, name] : key) created_key.push_back(name);
    for (std::string_view k : t.primary_key) listed_key.emplace_back(k);
    EXPECT_EQ(listed_key, created_key) << table << ": primary key";
  }
}

TEST_F(CopyTableListTest, ListsParentsBeforeChildren) {
  std::set<std::string> seen;
  for (const TableSpec& t : CopiedTables()) {
    const std::string table(t.name);
    for (const auto& parent : Strings("SELECT \"table\" FROM pragma_foreign_key_list(?1)", table)) {
      // A table referring to itself would need its rows in dependency order.
      EXPECT_TRUE(seen.contains(parent))
          << table << " refers to " << parent << ", which must be listed before it";
    }
    seen.insert(table);
  }
}

TEST_F(CopyTableListTest, FindsTablesByName) {
  ASSERT_NE(FindCopiedTable("audit_log"), nullptr);
  EXPECT_EQ(FindCopiedTable("audit_log")->primary_key, std::vector<std::string_view>{"seq"});
  EXPECT_EQ(FindCopiedTable("schema_migrations"), nullptr);
}

}  // namespace
}  // namespace table_list_test
}  // namespace lw::copy

// The tables a store copy moves (storage/copy/store_copy.h), described once:
// each table's columns with their type, and its primary key.
//
// Contract: `CopiedTables()` lists every table the migrations create except
// schema_migrations (which each store writes for itself), parents before
// children, so rows can be inserted in list order with foreign keys checked
// as they go. Every column is TEXT or an integer (INTEGER, BIGINT): the
// schema has no other types (storage/migrations). table_list_test.cc checks
// the list against a freshly migrated database, so a migration that adds a
// table or a column fails that test until it is listed here.
//
// Thread-safety: the list is built once and never changes.
#pragma once

#include <string_view>
#include <vector>

namespace lw::copy {

enum class ColumnType { kText, kInteger };

struct Column {
  std::string_view name;
  ColumnType type;
};

struct TableSpec {
  std::string_view name;
  std::vector<Column> columns;                // in the order the migrations create them
  std::vector<std::string_view> primary_key;  // in key order
};

const std::vector<TableSpec>& CopiedTables();

// The table named `name` in CopiedTables(); null if there is none.
const TableSpec* FindCopiedTable(std::string_view name);

}  // namespace lw::copy

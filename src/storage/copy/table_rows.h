// Reading and writing one table's rows as plain values, on either SQL
// backend (storage/sql/query.h), for the store copy.
//
// Values are what the schema holds: NULL, a 64-bit integer or text, decided
// per column by the TableSpec (table_list.h), never guessed from the data.
//
// `ScanTable` calls `fn` with every row of a table in primary-key order,
// text compared byte by byte on both backends (SQLite's BINARY collation;
// COLLATE "C" on PostgreSQL), so two stores holding the same rows produce
// them in the same order. SQLite streams the rows from one statement;
// PostgreSQL reads them through a server-side cursor 1000 at a time, which
// needs an open transaction (a program error otherwise). An integer column
// holding anything but an integer (SQLite does not stop that) is
// kFailedPrecondition naming the table and column; a failing `fn` stops the
// scan and its error is returned.
//
// `RowWriter` inserts rows in batches of up to 100 per INSERT; `Flush`
// writes what is buffered. Failures are the backend's (kFailedPrecondition
// for a missing parent row, kAlreadyExists for a duplicate key).
//
// Thread-safety: none; as the connection.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <variant>
#include <vector>

#include "base/error.h"
#include "storage/copy/table_list.h"
#include "storage/sql/query.h"

namespace lw::copy {

// NULL, an integer or text.
using Value = std::variant<std::monostate, std::int64_t, std::string>;
// One value per column of the TableSpec, in its order.
using Row = std::vector<Value>;

Status ScanTable(sql::Connection& c, const TableSpec& table,
                 const std::function<Status(const Row&)>& fn);

// Does `table` hold at least one row?
Result<bool> TableHasRows(sql::Connection& c, const TableSpec& table);

class RowWriter {
 public:
  RowWriter(sql::Connection& c, const TableSpec& table);

  // Buffers `row`, writing the buffer when it is full.
  Status Add(Row row);
  // Writes whatever is buffered.
  Status Flush();
  // Rows written so far (not counting the buffer).
  std::int64_t written() const { return written_; }

 private:
  sql::Connection& c_;
  const TableSpec& table_;
  std::string doing_;  // names the table in errors; outlives each Query
  std::vector<Row> pending_;
  std::int64_t written_ = 0;
};

}  // namespace lw::copy

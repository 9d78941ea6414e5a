// Prepared statements: ownership and one use at a time.
//
// `StatementPtr` owns a prepared sqlite3_stmt and finalizes it. A
// Connection keeps one per distinct SQL text for its whole life, so SQL is
// parsed once per connection, not per call.
//
// `Query` is one use of such a statement: bind parameters (1-based, as in
// the SQL's ?1, ?2 ...), step through rows, read columns (0-based). When the
// Query is destroyed it resets the statement and clears its bindings, which
// releases any read lock it held and readies it for the next use. A Query
// borrows the statement and its connection; it must not outlive either, and
// only one Query may use a statement at a time.
//
// Errors: a failed bind is remembered and reported by the next Step/Run; a
// failed step is returned as an Error mapped by sqlite_error.h, naming
// `doing` (the store call) and the connection's file.
//
// Thread-safety: none; a Query belongs to the thread that holds its
// connection.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "base/clock.h"
#include "base/error.h"

namespace lw::sqlite {

struct FinalizeStatement {
  void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};
using StatementPtr = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

class Connection;

class Query {
 public:
  Query(Connection& connection, sqlite3_stmt* stmt, std::string_view doing)
      : connection_(&connection), stmt_(stmt), doing_(doing) {}
  ~Query();
  Query(Query&& other) noexcept;
  Query& operator=(Query&&) = delete;
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;

  Query& BindText(int index, std::string_view value);
  // Binds NULL for an empty string: how optional references are stored.
  Query& BindOptionalText(int index, std::string_view value);
  Query& BindInt(int index, std::int64_t value);
  Query& BindTime(int index, Timestamp value) { return BindInt(index, ToUnixMicros(value)); }

  // Advances to the next row: true if there is one, false when done.
  Result<bool> Step();
  // Steps until done, for statements whose rows (if any) are not wanted.
  Status Run();
  // Rows changed by the last INSERT, UPDATE or DELETE on this connection.
  std::int64_t Changes() const;

  bool IsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  std::int64_t Int(int column) const { return sqlite3_column_int64(stmt_, column); }
  Timestamp Time(int column) const { return FromUnixMicros(Int(column)); }
  // The column as text; "" for NULL.
  std::string Text(int column) const;

 private:
  void NoteBind(int rc);

  Connection* connection_;  // null once moved from
  sqlite3_stmt* stmt_;
  std::string_view doing_;
  int bind_rc_ = SQLITE_OK;
};

}  // namespace lw::sqlite

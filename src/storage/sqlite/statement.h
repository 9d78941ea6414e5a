// Cursor: one cached SQLite prepared statement, as the shared SQL code
// (storage/sql/query.h) uses it.
//
// A Connection keeps one Cursor per distinct SQL text for its whole life, so
// SQL is parsed once per connection, not per call. Reset (when the Query
// using it is destroyed) resets the statement and clears its bindings, which
// releases any read lock it held.
//
// Errors: a failed bind is remembered and reported by the next Step; a failed
// step is returned as an Error mapped by sqlite_error.h, naming `doing` (the
// store call) and the connection's file.
//
// Thread-safety: none; a cursor belongs to the thread that holds its
// connection.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "base/error.h"
#include "storage/sql/query.h"

namespace lw::sqlite {

struct FinalizeStatement {
  void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};
using StatementPtr = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

class Connection;

class Cursor final : public sql::Cursor {
 public:
  Cursor(Connection& connection, StatementPtr stmt)
      : connection_(connection), stmt_(std::move(stmt)) {}

  // Names the store call in errors until the next use.
  void set_doing(std::string_view doing) { doing_ = doing; }

  void BindText(int index, std::string_view value) override;
  void BindInt(int index, std::int64_t value) override;
  void BindNull(int index) override;
  Result<bool> Step() override;
  std::int64_t Changes() const override;
  int ColumnCount() const override { return sqlite3_column_count(stmt_.get()); }
  bool IsNull(int column) const override {
    return sqlite3_column_type(stmt_.get(), column) == SQLITE_NULL;
  }
  std::int64_t Int(int column) const override { return sqlite3_column_int64(stmt_.get(), column); }
  std::string Text(int column) const override;
  void Reset() override;

 private:
  void NoteBind(int rc) {
    if (bind_rc_ == SQLITE_OK) bind_rc_ = rc;
  }

  Connection& connection_;
  StatementPtr stmt_;
  std::string_view doing_;
  int bind_rc_ = SQLITE_OK;
};

}  // namespace lw::sqlite

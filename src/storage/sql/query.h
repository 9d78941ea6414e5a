// What the SQL backends share: a connection that prepares statements, and
// one use of a prepared statement. One copy of every query (sql_tx.h) runs on
// SQLite and on PostgreSQL through these, so the two stores cannot drift.
//
// SQL is written once with numbered parameters `?1, ?2 ...` (SQLite's
// syntax); the PostgreSQL driver rewrites them to `$1, $2 ...` when it
// prepares the statement. Columns are read as 64-bit integers or text; every
// stored time is BIGINT microseconds (storage/migrations).
//
// `Cursor` is the backend's side: a cached prepared statement that one Query
// at a time binds, steps and reads. `Query` is the caller's side: it borrows
// a cursor from its connection and resets it (clearing bindings and results)
// when destroyed, readying it for the next use. A Query must not outlive its
// connection, and only one Query may use a statement at a time.
//
// Errors: a failed bind is remembered and reported by the next Step or Run; a
// failed step is an Error from the backend's mapping (kAlreadyExists for a
// unique key, kFailedPrecondition for a missing referenced record,
// kUnavailable for the database being unreachable, busy or full), naming the
// store call (`doing`).
//
// Thread-safety: none. A connection and its queries belong to the thread
// that holds the connection.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/clock.h"
#include "base/error.h"

namespace lw::sql {

enum class Dialect { kSqlite, kPostgresql };

class Cursor {
 public:
  virtual ~Cursor() = default;

  // Parameters are 1-based, as in the SQL's ?N.
  virtual void BindText(int index, std::string_view value) = 0;
  virtual void BindInt(int index, std::int64_t value) = 0;
  virtual void BindNull(int index) = 0;
  // Runs the statement on the first call; true while there is a row.
  virtual Result<bool> Step() = 0;
  // Rows changed by the statement (INSERT, UPDATE, DELETE), once run.
  virtual std::int64_t Changes() const = 0;
  // Columns of the current row, 0-based.
  virtual int ColumnCount() const = 0;
  virtual bool IsNull(int column) const = 0;
  virtual std::int64_t Int(int column) const = 0;
  virtual std::string Text(int column) const = 0;  // "" for NULL
  // Clears bindings and results for the next use.
  virtual void Reset() = 0;
};

class Query {
 public:
  explicit Query(Cursor& cursor) : cursor_(&cursor) {}
  ~Query() {
    if (cursor_ != nullptr) cursor_->Reset();
  }
  Query(Query&& other) noexcept : cursor_(std::exchange(other.cursor_, nullptr)) {}
  Query& operator=(Query&&) = delete;
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;

  Query& BindText(int index, std::string_view value) {
    cursor_->BindText(index, value);
    return *this;
  }
  // Binds NULL for an empty string: how optional references are stored.
  Query& BindOptionalText(int index, std::string_view value) {
    if (value.empty()) {
      cursor_->BindNull(index);
    } else {
      cursor_->BindText(index, value);
    }
    return *this;
  }
  Query& BindInt(int index, std::int64_t value) {
    cursor_->BindInt(index, value);
    return *this;
  }
  Query& BindTime(int index, Timestamp value) { return BindInt(index, ToUnixMicros(value)); }

  Result<bool> Step() { return cursor_->Step(); }
  // Steps until done, for statements whose rows (if any) are not wanted.
  Status Run();
  std::int64_t Changes() const { return cursor_->Changes(); }

  int ColumnCount() const { return cursor_->ColumnCount(); }
  bool IsNull(int column) const { return cursor_->IsNull(column); }
  std::int64_t Int(int column) const { return cursor_->Int(column); }
  Timestamp Time(int column) const { return FromUnixMicros(Int(column)); }
  std::string Text(int column) const { return cursor_->Text(column); }

 private:
  Cursor* cursor_;  // null once moved from
};

class Connection {
 public:
  virtual ~Connection() = default;

  // A ready-to-bind use of the connection's cached statement for `sql`,
  // prepared on first use only. `doing` names the caller in error messages
  // and must outlive the Query (a literal).
  virtual Result<Query> Prepare(std::string_view sql, std::string_view doing) = 0;
  // Runs every statement in `script`, uncached, with no results (migrations).
  virtual Status Exec(const std::string& script, std::string_view doing) = 0;
  // Begins a transaction that holds the database's write lock for schema
  // changes: a second process doing the same waits until this one ends.
  virtual Status BeginSchemaChange(std::string_view doing) = 0;
  virtual Result<bool> HasTable(std::string_view name) = 0;
  // Is a transaction open (BEGIN without COMMIT or ROLLBACK yet)?
  virtual bool InTransaction() const = 0;
  virtual Dialect dialect() const = 0;
};

// Every row of `q`, decoded by `read`.
template <typename Read>
auto Collect(Query& q, Read read) -> Result<std::vector<typename decltype(read(q))::value_type>> {
  std::vector<typename decltype(read(q))::value_type> out;
  while (true) {
    auto row = q.Step();
    if (!row) return Fail(std::move(row.error()));
    if (!*row) return out;
    auto value = read(q);
    if (!value) return Fail(std::move(value.error()));
    out.push_back(std::move(*value));
  }
}

// The first row of `q` decoded by `read`, or nullopt if there is none.
template <typename Read>
auto First(Query& q, Read read) -> Result<std::optional<typename decltype(read(q))::value_type>> {
  auto row = q.Step();
  if (!row) return Fail(std::move(row.error()));
  if (!*row) return std::nullopt;
  auto value = read(q);
  if (!value) return Fail(std::move(value.error()));
  return std::optional(std::move(*value));
}

// Runs `sql` once with no parameters and no rows wanted.
Status RunStatement(Connection& c, std::string_view sql, std::string_view doing);

}  // namespace lw::sql

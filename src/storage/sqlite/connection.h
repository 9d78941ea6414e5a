// Connection: one SQLite connection, set up the way livingwell needs it,
// with its own cache of prepared statements.
//
// `Open` sets, on every connection: extended result codes, busy_timeout,
// journal_mode=WAL (refusing a file that cannot use WAL), synchronous=FULL
// (a commit acknowledged to a user survives a power cut) and
// foreign_keys=ON. A kReader connection is also query_only. Failure to open
// or configure is kUnavailable naming the file (kInvalidArgument for a path
// that is not a plain file name).
//
// It is the SQLite side of storage/sql/query.h: `Prepare(sql)` returns a
// Query on the connection's cached statement for that exact SQL text,
// preparing it on first use only; the statement lives as long as the
// connection. `Exec` runs a script (several statements, no results) without
// caching, for migrations.
//
// Ownership: the Connection owns the sqlite3 handle and its statements, and
// closes them in its destructor. Thread-safety: none. The store gives a
// connection to one thread at a time (the writer behind a mutex, readers
// through a pool), which is why it is opened without SQLite's own mutex.
#pragma once

#include <sqlite3.h>

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/error.h"
#include "storage/sql/query.h"
#include "storage/sqlite/statement.h"

namespace lw::sqlite {

class Connection final : public sql::Connection {
  struct Private {
    explicit Private() = default;
  };

 public:
  // kCheckpointer: a connection of its own that only checkpoints the WAL,
  // off the writer's path (SqliteOptions::checkpoint_every).
  enum class Kind { kWriter, kReader, kCheckpointer };

  // `writer_cache_mib`: the writer's page cache (readers keep 16 MiB).
  static Result<std::unique_ptr<Connection>> Open(const std::string& path, Kind kind,
                                                  std::chrono::milliseconds busy_timeout,
                                                  int writer_cache_mib = 64);

  Connection(Private, sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~Connection() override;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  Result<sql::Query> Prepare(std::string_view sql, std::string_view doing) override;
  Status Exec(const std::string& script, std::string_view doing) override;
  // BEGIN IMMEDIATE: SQLite's write lock is the schema lock.
  Status BeginSchemaChange(std::string_view doing) override;
  Result<bool> HasTable(std::string_view name) override;
  sql::Dialect dialect() const override { return sql::Dialect::kSqlite; }

  // Error for a call that returned `rc` on this connection.
  Error ErrorFor(int rc, std::string_view doing) const;
  // Is a transaction open (BEGIN without COMMIT or ROLLBACK yet)?
  bool InTransaction() const override { return sqlite3_get_autocommit(db_) == 0; }
  sqlite3* db() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  Status Configure(Kind kind, std::chrono::milliseconds busy_timeout, int writer_cache_mib);

  sqlite3* db_;
  std::string path_;
  std::unordered_map<std::string, std::unique_ptr<Cursor>, Hash, std::equal_to<>> statements_;
};

}  // namespace lw::sqlite

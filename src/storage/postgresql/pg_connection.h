// Connection: one libpq connection to PostgreSQL, the PostgreSQL side of
// storage/sql/query.h, with its own cache of prepared statements.
//
// `Open` connects (libpq URL or key=value string), and sets per-session
// limits: a statement may run 30 s, wait 10 s for a lock, and a transaction
// left idle for 60 s is ended by the server. Failure to connect is
// kUnavailable naming host, port and database (never the password). Notices below
// warning level are not sent (they would land in the server's log as
// raw text).
//
// `Prepare(sql)` rewrites the shared SQL's `?N` parameters to `$N` and
// prepares it on the server the first time this connection sees that text
// (PQprepare), then reuses it. Parameters are sent and results read as
// text; the schema only has TEXT and integer columns.
//
// Errors are mapped from the SQLSTATE: 23505 (unique) kAlreadyExists; 23503
// (foreign key) kFailedPrecondition; 40001 (serialization failure) and 40P01
// (deadlock) kUnavailable and `retryable()`, which the store retries with the
// whole transaction; connection, resource and shutdown classes (08, 53, 57,
// 58) kUnavailable; anything else kInternal. After a lost connection
// `broken()` is true and the store discards it.
//
// Ownership: owns the PGconn and closes it in its destructor. Thread-safety:
// none; the store's pool gives a connection to one thread at a time.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/error.h"
#include "storage/sql/query.h"

struct pg_conn;
struct pg_result;

namespace lw::pg {

class Cursor;

class Connection final : public sql::Connection {
  struct Private {
    explicit Private() = default;
  };

 public:
  static Result<std::unique_ptr<Connection>> Open(const std::string& url,
                                                  int connect_timeout_seconds);

  Connection(Private, pg_conn* conn, std::string name);
  ~Connection() override;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  Result<sql::Query> Prepare(std::string_view sql, std::string_view doing) override;
  Status Exec(const std::string& script, std::string_view doing) override;
  // BEGIN, then a transaction-scoped advisory lock every migrating process
  // takes, so migrations run one process at a time.
  Status BeginSchemaChange(std::string_view doing) override;
  Result<bool> HasTable(std::string_view name) override;
  bool InTransaction() const override;
  // Has a statement failed in the open transaction (so it can only roll back)?
  bool in_failed_transaction() const;
  sql::Dialect dialect() const override { return sql::Dialect::kPostgresql; }

  // Did the last failure say the transaction should be run again
  // (serialization failure or deadlock)? Cleared by ClearRetryable.
  bool retryable() const { return retryable_; }
  void ClearRetryable() { retryable_ = false; }
  // Is the connection lost (server gone, network down), or marked to be
  // closed rather than reused?
  bool broken() const;
  // Marks the connection to be closed when released (e.g. it may still hold
  // a lock it failed to release: closing it releases everything).
  void Discard() { discard_ = true; }

  // The error for a failed `result` (null: libpq could not even send).
  Error ErrorFor(const pg_result* result, std::string_view doing);
  pg_conn* raw() const { return conn_; }
  const std::string& name() const { return name_; }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  pg_conn* conn_;
  std::string name_;  // "PostgreSQL database DB on HOST:PORT", for messages
  bool retryable_ = false;
  bool discard_ = false;
  std::unordered_map<std::string, std::unique_ptr<Cursor>, Hash, std::equal_to<>> statements_;
};

// `sql` with every ?N outside quotes rewritten to $N; `params` is set to the
// highest N. Exposed for tests.
std::string RewriteParameters(std::string_view sql, int& params);

// "PostgreSQL database DB on HOST:PORT" for a libpq URL or key=value
// string, for messages: never the password. kInvalidArgument if libpq
// cannot parse it.
Result<std::string> DescribeUrl(const std::string& url);

}  // namespace lw::pg

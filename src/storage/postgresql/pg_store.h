// PostgresStore: the store port (domain/ports/store.h) on PostgreSQL 15, for
// a locality that runs several `livingwell serve` processes against one
// database (docs/deployment.md).
//
// Transactions. kWrite takes the database-wide write lock (a session-level
// advisory lock) and then runs as SERIALIZABLE, so writes from every server
// queue and run one at a time, as on SQLite; kRead runs as REPEATABLE READ
// READ ONLY, sees one snapshot and waits for nothing. Should PostgreSQL still
// abort a transaction with a serialization failure (40001) or a deadlock
// (40P01) — a writer outside livingwell, say — the whole transaction, `fn`
// included, is run again on a fresh snapshot, up to `max_attempts` times
// with a short random back-off; after that the caller gets kUnavailable.
// The SQL is the one shared with SQLite (storage/sql).
//
// Connections. A pool of at most `pool_size` connections, opened when first
// needed, so the store can be created while the database is down: calls
// then fail with kUnavailable naming the database, and succeed again once it
// is back, with no restart. A connection found lost is discarded; if it was
// lost before the transaction did anything, the transaction is run again on
// a new connection. A caller waits up to `acquire_timeout` for a free
// connection, then gets kUnavailable.
//
// Lifecycle. `Open` checks the connection string and connects nothing.
// `Migrate` refuses a database that is not UTF8 with byte-order collation
// (C or C.UTF-8: text sorts as on SQLite), then applies missing migrations, one process at a time
// (an advisory lock); a database ahead of this build is kFailedPrecondition at Migrate and
// AppliedSchemaVersion tells /readyz. Destroying the store closes the
// connections; no transaction may be running then.
//
// Thread-safety: any number of threads may call any method at once.
#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "base/clock.h"
#include "domain/ports/store.h"

namespace lw {

namespace pg {
class Connection;
}  // namespace pg

struct PostgresOptions {
  // libpq connection URL (postgresql://user@host:port/db?sslmode=...) or
  // key=value string.
  std::string url;
  int pool_size = 8;                                  // connections at most (>= 1)
  std::chrono::milliseconds acquire_timeout{10'000};  // wait for a free connection
  int connect_timeout_seconds = 5;
  int max_attempts = 12;  // runs of a transaction that keeps hitting conflicts
  // Stamps schema_migrations.applied_at and times bulk-load leases
  // (StartBulkLoad); null means the system clock. Must outlive the store.
  const Clock* clock = nullptr;
};

class PostgresStore final : public Store {
  struct Private {
    explicit Private() = default;
  };

 public:
  static Result<std::unique_ptr<PostgresStore>> Open(const PostgresOptions& options);

  PostgresStore(Private, PostgresOptions options, std::string name);
  ~PostgresStore() override;
  PostgresStore(const PostgresStore&) = delete;
  PostgresStore& operator=(const PostgresStore&) = delete;

  Status Transact(TxMode mode, const std::function<Status(StoreTx&)>& fn) override;
  Status Ping() override;
  Result<int> AppliedSchemaVersion() override;
  int LatestSchemaVersion() const override;
  Status Migrate() override;
  Status StartBulkLoad() override;
  Status FinishBulkLoad() override;
  std::string_view Kind() const override { return "postgresql"; }
  StoreStats Stats() const override;

  // "PostgreSQL database DB on HOST:PORT".
  const std::string& name() const { return name_; }
  // How many transactions were run again after a conflict (for tests and
  // metrics).
  std::int64_t retries() const;

 private:
  class Lease;
  Result<std::unique_ptr<pg::Connection>> Acquire();
  void Release(std::unique_ptr<pg::Connection> connection);
  Status RunOnce(pg::Connection& c, TxMode mode, const std::function<Status(StoreTx&)>& fn,
                 bool& nothing_ran);

  PostgresOptions options_;
  std::string name_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<pg::Connection>> idle_;
  int open_ = 0;  // connections open: idle plus in use
  std::int64_t retries_ = 0;
};

}  // namespace lw

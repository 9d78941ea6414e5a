// SqliteStore: the store port (domain/ports/store.h) on one SQLite 3 file,
// the default for a single team or locality.
//
// Durability: WAL journal with synchronous=FULL on every connection, so a
// commit acknowledged to a user survives a power cut; foreign keys on.
//
// Connections. One writer connection behind a mutex runs every kWrite
// transaction as BEGIN IMMEDIATE ... COMMIT, so writes are serial in this
// process and take SQLite's write lock up front (other processes wait up to
// `busy_timeout`). A pool of `read_connections` reader connections
// (query_only) runs kRead transactions as deferred BEGIN ... COMMIT: each
// sees one snapshot from its first read, and readers and the writer do not
// block each other. A kRead caller waits for a free reader. Each connection
// caches its prepared statements, so SQL is parsed once per connection.
//
// Lifecycle. `Open` opens or creates the file, and when `migrate` is set
// applies every compiled-in migration the file lacks (migrate.h). With
// `migrate` unset a database that is behind still opens (and
// AppliedSchemaVersion < LatestSchemaVersion tells /readyz); one that is
// ahead of this build never opens (kFailedPrecondition), since this build
// cannot know what the newer schema means. Destroying the store closes the
// connections; no transaction may be running then.
//
// Failures. Open: kInvalidArgument for bad options, kUnavailable naming the
// path when the file cannot be opened, created, put in WAL mode or
// migrated. Calls: as the port says, plus kFailedPrecondition for a write
// referring to a record that does not exist (a foreign key) and
// kUnavailable (busy, locked, I/O, full, corrupt) naming the file and
// giving SQLite's message. Transact inside Transact on the same thread is
// kInternal. If a call fails half way through a two-statement write the
// transaction rolls back even if `fn` returns Ok (sqlite_tx.h).
//
// Thread-safety: any number of threads may call any method at once.
#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "base/clock.h"
#include "domain/ports/store.h"

namespace lw {

namespace sqlite {
class Connection;
}  // namespace sqlite

struct SqliteOptions {
  // The database file; created if missing. Its directory must exist.
  std::string path;
  // Reader connections, i.e. how many kRead transactions run at once (>= 1).
  int read_connections = 4;
  // The writer's page cache in MiB (2..4096). 64 holds a huddle board's
  // reads; loading millions of records wants more (livingwell generate).
  int writer_cache_mib = 64;
  // How long to wait for a lock held by another process before kUnavailable.
  std::chrono::milliseconds busy_timeout{5000};
  // Apply missing migrations at Open; if false, Open leaves the schema alone.
  bool migrate = true;
  // Stamps schema_migrations.applied_at and times bulk-load leases
  // (StartBulkLoad); null means the system clock. Must outlive the store.
  const Clock* clock = nullptr;
  // How often a thread of the store's own copies the WAL into the database
  // (a passive checkpoint, which neither waits for nor blocks the writer),
  // so that no commit pays for a whole checkpoint (the thread copies only
  // the last few frames holding the writer's lock, for the WAL to start
  // again; sqlite_store.cc says how), ADR 0013. Zero: SQLite's automatic
  // checkpoint, run by the committing writer every 1,000 pages.
  std::chrono::milliseconds checkpoint_every{100};
};

// What the writer knows of the store's generation (StoreTx::DataGeneration):
// the number, and the writer's PRAGMA data_version when it last looked.
struct SqliteWriterGeneration {
  std::uint64_t number = 0;
  std::int64_t data_version = -1;
};

class SqliteStore final : public Store {
  struct Private {
    explicit Private() = default;
  };

 public:
  static Result<std::unique_ptr<SqliteStore>> Open(const SqliteOptions& options);

  SqliteStore(Private, std::string path, std::unique_ptr<sqlite::Connection> writer,
              std::vector<std::unique_ptr<sqlite::Connection>> readers,
              std::unique_ptr<sqlite::Connection> checkpointer,
              std::chrono::milliseconds checkpoint_every, const Clock* clock);
  ~SqliteStore() override;
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  Status Transact(TxMode mode, const std::function<Status(StoreTx&)>& fn) override;
  Status Ping() override;
  Status Migrate() override;
  Status StartBulkLoad() override;
  Status FinishBulkLoad() override;
  Result<int> AppliedSchemaVersion() override;
  int LatestSchemaVersion() const override;
  std::string_view Kind() const override { return "sqlite"; }

  // Copies a consistent snapshot of the whole database to a new file at
  // `dest_path` with SQLite's online backup API, while the store stays in
  // use (writers are not blocked). The copy is written beside `dest_path`
  // and renamed into place only when complete. kAlreadyExists if
  // `dest_path` exists; kUnavailable if it cannot be written.
  Status Backup(const std::string& dest_path);

  const std::string& path() const { return path_; }

 private:
  class ReaderLease;

  std::string path_;
  SystemClock system_clock_;
  const Clock* clock_;  // SqliteOptions::clock, or system_clock_
  std::mutex writer_mu_;
  std::unique_ptr<sqlite::Connection> writer_;  // guarded by writer_mu_
  SqliteWriterGeneration generation_;           // guarded by writer_mu_
  std::vector<std::unique_ptr<sqlite::Connection>> readers_;
  std::mutex pool_mu_;
  std::condition_variable pool_cv_;
  std::vector<sqlite::Connection*> free_readers_;  // guarded by pool_mu_
  // The checkpoint thread (SqliteOptions::checkpoint_every), if any.
  void CheckpointLoop(std::chrono::milliseconds every);
  std::unique_ptr<sqlite::Connection> checkpointer_;  // used by checkpoint_thread_ only
  std::mutex stop_mu_;
  std::condition_variable stop_cv_;
  bool stopping_ = false;  // guarded by stop_mu_
  std::thread checkpoint_thread_;
};

}  // namespace lw

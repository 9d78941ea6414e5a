#include "storage/sqlite/sqlite_store.h"

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <utility>

#include "storage/migrations.h"
#include "storage/sql/bulk_load.h"
#include "storage/sql/migrate.h"
#include "storage/sql/open_tx_mark.h"
#include "storage/sql/sql_tx.h"
#include "storage/sqlite/connection.h"
#include "storage/sqlite/sqlite_error.h"

namespace lw {

using sql::OpenTxMark;
using sql::RunStatement;
using sqlite::Connection;

namespace {

// Ends whatever transaction is still open on the connection when it goes
// out of scope (also if `fn` throws), so the connection goes back clean.
class RollbackGuard {
 public:
  explicit RollbackGuard(Connection& c) : c_(c) {}
  ~RollbackGuard() {
    if (c_.InTransaction()) {
      if (auto q = c_.Prepare("ROLLBACK", "rolling back")) (void)q->Run();
    }
  }
  RollbackGuard(const RollbackGuard&) = delete;
  RollbackGuard& operator=(const RollbackGuard&) = delete;

 private:
  Connection& c_;
};

// Moves `g` when another connection (another process: a command run while
// the server is up) has committed since the writer last looked. The
// writer's own commits do not move data_version; RunTransaction counts
// those itself.
Status NoticeOtherWriters(Connection& c, SqliteWriterGeneration& g) {
  auto q = c.Prepare("PRAGMA data_version", "reading data_version");
  if (!q) return Fail(std::move(q.error()));
  auto row = q->Step();
  if (!row) return Fail(std::move(row.error()));
  std::int64_t version = *row ? q->Int(0) : -1;
  if (auto done = q->Run(); !done) return done;
  if (version != g.data_version) {
    g.data_version = version;
    ++g.number;
  }
  return Ok();
}

// `generation` is the writer's, null for a reader.
Status RunTransaction(Connection& c, TxMode mode, const std::function<Status(StoreTx&)>& fn,
                      SqliteWriterGeneration* generation) {
  bool write = mode == TxMode::kWrite;
  if (auto ok = RunStatement(c, write ? "BEGIN IMMEDIATE" : "BEGIN", "starting a transaction");
      !ok) {
    return ok;
  }
  RollbackGuard guard(c);
  sql::SqlTx tx(c, mode);
  if (generation != nullptr) {
    if (auto ok = NoticeOtherWriters(c, *generation); !ok) return ok;
    tx.set_generation(generation->number);
  }
  Status result = fn(tx);
  if (result && tx.broken()) result = Fail(*tx.broken());
  if (!result) return result;  // the guard rolls back
  if (auto ok = RunStatement(c, "COMMIT", "committing"); !ok) return ok;
  if (generation != nullptr && tx.data_changed()) ++generation->number;
  return Ok();
}

}  // namespace

class SqliteStore::ReaderLease {
 public:
  explicit ReaderLease(SqliteStore& store) : store_(store) {
    std::unique_lock lock(store_.pool_mu_);
    store_.pool_cv_.wait(lock, [&] { return !store_.free_readers_.empty(); });
    connection_ = store_.free_readers_.back();
    store_.free_readers_.pop_back();
  }
  ~ReaderLease() {
    {
      std::lock_guard lock(store_.pool_mu_);
      store_.free_readers_.push_back(connection_);
    }
    store_.pool_cv_.notify_one();
  }
  ReaderLease(const ReaderLease&) = delete;
  ReaderLease& operator=(const ReaderLease&) = delete;

  Connection& connection() { return *connection_; }

 private:
  SqliteStore& store_;
  Connection* connection_ = nullptr;
};

namespace {

// Process-wide SQLite settings, applied once before the library starts.
// Memory statistics take a global mutex on every allocation SQLite makes,
// which two request threads then fight over; livingwell never reads them.
// (If SQLite was already started by someone else, this is refused and
// changes nothing.)
void ConfigureSqliteOnce() {
  static std::once_flag once;
  std::call_once(once, [] { (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

}  // namespace

Result<std::unique_ptr<SqliteStore>> SqliteStore::Open(const SqliteOptions& options) {
  ConfigureSqliteOnce();
  if (options.read_connections < 1) {
    return Fail(ErrorCode::kInvalidArgument, "SQLite store needs at least one read connection");
  }
  if (options.busy_timeout.count() < 0) {
    return Fail(ErrorCode::kInvalidArgument, "SQLite busy timeout must not be negative");
  }
  auto writer = Connection::Open(options.path, Connection::Kind::kWriter, options.busy_timeout,
                                 options.writer_cache_mib);
  if (!writer) return Fail(std::move(writer.error()));
  const std::vector<Migration>& migrations = Migrations();
  if (options.migrate) {
    SystemClock system_clock;
    const Clock& clock = options.clock != nullptr ? *options.clock : system_clock;
    if (auto ok = sql::Migrate(**writer, migrations, clock); !ok) return Fail(ok.error());
  }
  auto applied = sql::AppliedVersion(**writer);
  if (!applied) return Fail(std::move(applied.error()));
  if (*applied > sql::LatestVersion(migrations)) {
    return Fail(ErrorCode::kFailedPrecondition,
                "SQLite database " + options.path + " has schema version " +
                    std::to_string(*applied) + ", newer than this build of livingwell knows (" +
                    std::to_string(sql::LatestVersion(migrations)) + ")");
  }
  std::vector<std::unique_ptr<Connection>> readers;
  for (int i = 0; i < options.read_connections; ++i) {
    auto reader = Connection::Open(options.path, Connection::Kind::kReader, options.busy_timeout);
    if (!reader) return Fail(std::move(reader.error()));
    readers.push_back(std::move(*reader));
  }
  std::unique_ptr<Connection> checkpointer;
  if (options.checkpoint_every.count() > 0) {
    auto opened =
        Connection::Open(options.path, Connection::Kind::kCheckpointer, options.busy_timeout);
    if (!opened) return Fail(std::move(opened.error()));
    checkpointer = std::move(*opened);
    // The writer no longer checkpoints as it commits; the thread does.
    if (auto ok = (*writer)->Exec("PRAGMA wal_autocheckpoint=0", "turning off autocheckpoint");
        !ok) {
      return Fail(ok.error());
    }
  }
  return std::make_unique<SqliteStore>(Private{}, options.path, std::move(*writer),
                                       std::move(readers), std::move(checkpointer),
                                       options.checkpoint_every, options.clock);
}

SqliteStore::SqliteStore(Private, std::string path, std::unique_ptr<Connection> writer,
                         std::vector<std::unique_ptr<Connection>> readers,
                         std::unique_ptr<Connection> checkpointer,
                         std::chrono::milliseconds checkpoint_every, const Clock* clock)
    : path_(std::move(path)),
      clock_(clock != nullptr ? clock : &system_clock_),
      writer_(std::move(writer)),
      readers_(std::move(readers)),
      checkpointer_(std::move(checkpointer)) {
  for (auto& reader : readers_) free_readers_.push_back(reader.get());
  if (checkpointer_) {
    checkpoint_thread_ =
        std::thread([this, checkpoint_every] { CheckpointLoop(checkpoint_every); });
  }
}

// The thread stops first; then readers close, then the checkpointer: the
// last connection to close (the writer) checkpoints the WAL.
SqliteStore::~SqliteStore() {
  {
    std::lock_guard lock(stop_mu_);
    stopping_ = true;
  }
  stop_cv_.notify_all();
  if (checkpoint_thread_.joinable()) checkpoint_thread_.join();
  readers_.clear();
  checkpointer_.reset();
  writer_.reset();
}

namespace {

// Runs `pragma` (a wal_checkpoint) on `c`; the WAL's frames after it, or -1
// when it failed (SQLITE_BUSY while another process checkpoints, say: it
// is tried again next time, and closing checkpoints whatever is left).
std::int64_t Checkpoint(Connection& c, std::string_view pragma) {
  auto q = c.Prepare(pragma, "checkpointing");
  if (!q) return -1;
  auto row = q->Step();
  if (!row || !*row) return -1;
  std::int64_t frames = q->Int(1);
  if (!q->Run()) return -1;
  return frames;
}

}  // namespace

// A passive checkpoint copies what was committed before it started, while
// the writer goes on appending, so under steady writes it never catches
// up, and SQLite starts the WAL again from its beginning only once every
// frame has been copied. So when the WAL holds more than kCatchUpFrames,
// the thread copies the short tail again holding the writer's lock, and the
// next write starts the WAL afresh. Should the file grow past
// kTruncateAbove regardless (a long reader held it), it is truncated,
// waiting for readers.
void SqliteStore::CheckpointLoop(std::chrono::milliseconds every) {
  constexpr std::int64_t kCatchUpFrames = 1024;         // 4 MiB of 4 KiB pages
  constexpr std::uintmax_t kTruncateAbove = 64u << 20;  // bytes of WAL
  const std::string wal_path = path_ + "-wal";
  std::unique_lock lock(stop_mu_);
  while (!stop_cv_.wait_for(lock, every, [this] { return stopping_; })) {
    lock.unlock();
    std::error_code size_error;
    const std::uintmax_t wal_size = std::filesystem::file_size(wal_path, size_error);
    if (!size_error && wal_size > kTruncateAbove) {
      std::lock_guard writer(writer_mu_);
      (void)Checkpoint(*checkpointer_, "PRAGMA wal_checkpoint(TRUNCATE)");
    } else if (Checkpoint(*checkpointer_, "PRAGMA wal_checkpoint(PASSIVE)") > kCatchUpFrames) {
      std::lock_guard writer(writer_mu_);
      (void)Checkpoint(*checkpointer_, "PRAGMA wal_checkpoint(PASSIVE)");
    }
    lock.lock();
  }
}

Status SqliteStore::Transact(TxMode mode, const std::function<Status(StoreTx&)>& fn) {
  if (OpenTxMark::IsOpen(this)) {
    return Fail(ErrorCode::kInternal, "Transact called inside a transaction on the same store");
  }
  OpenTxMark mark(this);
  if (mode == TxMode::kWrite) {
    std::lock_guard lock(writer_mu_);
    return RunTransaction(*writer_, mode, fn, &generation_);
  }
  ReaderLease lease(*this);
  return RunTransaction(lease.connection(), mode, fn, nullptr);
}

Status SqliteStore::Ping() {
  ReaderLease lease(*this);
  // Reads the schema, which touches the file.
  return RunStatement(lease.connection(), "SELECT COUNT(*) FROM sqlite_master", "ping");
}

Result<int> SqliteStore::AppliedSchemaVersion() {
  ReaderLease lease(*this);
  return sql::AppliedVersion(lease.connection());
}

Status SqliteStore::Migrate() {
  std::lock_guard lock(writer_mu_);
  return sql::Migrate(*writer_, Migrations(), *clock_);
}

Status SqliteStore::StartBulkLoad() {
  std::lock_guard lock(writer_mu_);
  auto deferred = sql::DeferIndexes(*writer_, clock_->Now() + sql::kBulkLoadLease);
  return deferred ? Ok() : Fail(std::move(deferred.error()));
}

Status SqliteStore::FinishBulkLoad() {
  std::lock_guard lock(writer_mu_);
  auto restored = sql::RestoreIndexes(*writer_, std::nullopt);
  return restored ? Ok() : Fail(std::move(restored.error()));
}

int SqliteStore::LatestSchemaVersion() const { return sql::LatestVersion(Migrations()); }

Status SqliteStore::Backup(const std::string& dest_path) {
  std::error_code ec;
  bool exists = std::filesystem::exists(dest_path, ec);
  if (ec) {
    return Fail(ErrorCode::kUnavailable,
                "backup destination " + dest_path + " cannot be checked: " + ec.message());
  }
  if (exists) {
    return Fail(ErrorCode::kAlreadyExists,
                "backup destination " + dest_path + " already exists; choose a new file");
  }
  std::string partial = dest_path + ".partial";
  std::filesystem::remove(partial, ec);
  Status copied = [&]() -> Status {
    sqlite3* dest = nullptr;
    int rc = sqlite3_open_v2(partial.c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    // Closes `dest` on every path below.
    std::unique_ptr<sqlite3, decltype(&sqlite3_close_v2)> dest_owner(dest, &sqlite3_close_v2);
    if (rc != SQLITE_OK) {
      return Fail(sqlite::MakeError(SQLITE_CANTOPEN, partial, "creating the backup",
                                    dest != nullptr ? sqlite3_errmsg(dest) : sqlite3_errstr(rc)));
    }
    // A reader's snapshot is consistent and does not block the writer.
    ReaderLease lease(*this);
    sqlite3_backup* backup = sqlite3_backup_init(dest, "main", lease.connection().db(), "main");
    if (backup == nullptr) {
      return Fail(sqlite::MakeError(sqlite3_extended_errcode(dest), partial, "starting the backup",
                                    sqlite3_errmsg(dest)));
    }
    rc = sqlite3_backup_step(backup, -1);
    int finish_rc = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
      // A failure to write the copy (IOERR, FULL ...) maps to kUnavailable.
      return Fail(sqlite::MakeError(rc == SQLITE_OK ? SQLITE_IOERR : rc, partial,
                                    "copying " + path_, sqlite3_errstr(rc)));
    }
    if (finish_rc != SQLITE_OK) {
      return Fail(
          sqlite::MakeError(finish_rc, partial, "finishing the backup", sqlite3_errmsg(dest)));
    }
    return Ok();
  }();
  if (!copied) {
    std::filesystem::remove(partial, ec);
    return copied;
  }
  std::filesystem::rename(partial, dest_path, ec);
  if (ec) {
    std::filesystem::remove(partial, ec);
    return Fail(ErrorCode::kUnavailable,
                "backup could not be moved into place at " + dest_path + ": " + ec.message());
  }
  return Ok();
}

}  // namespace lw

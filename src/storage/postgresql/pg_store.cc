#include "storage/postgresql/pg_store.h"

#include <random>
#include <thread>
#include <utility>

#include "storage/migrations.h"
#include "storage/postgresql/pg_connection.h"
#include "storage/sql/bulk_load.h"
#include "storage/sql/migrate.h"
#include "storage/sql/open_tx_mark.h"
#include "storage/sql/sql_tx.h"

namespace lw {

using pg::Connection;

namespace {

constexpr const char* kBeginWrite = "BEGIN ISOLATION LEVEL SERIALIZABLE";
// The write lock: a session-level advisory lock ("lwwrites" as a number)
// every livingwell write transaction holds from before BEGIN until after
// COMMIT, so its snapshot is taken once the previous writer has committed.
constexpr const char* kLockWrites = "SELECT pg_advisory_lock(7815203018446087283)";
constexpr const char* kUnlockWrites = "SELECT pg_advisory_unlock(7815203018446087283)";
constexpr const char* kBeginRead = "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY";

// A random pause before running a conflicting transaction again, growing
// with the attempt (1-2 ms, 1-4 ms ... at most 1-64 ms), so two servers
// retrying the same conflict do not meet again in lock step.
void BackOff(int attempt) {
  thread_local std::minstd_rand rng{std::random_device{}()};
  int ceiling = 1 << std::min(attempt, 6);
  std::uniform_int_distribution<int> micros(1000, 1000 * ceiling);
  std::this_thread::sleep_for(std::chrono::microseconds(micros(rng)));
}

}  // namespace

Result<std::unique_ptr<PostgresStore>> PostgresStore::Open(const PostgresOptions& options) {
  if (options.pool_size < 1) {
    return Fail(ErrorCode::kInvalidArgument, "PostgreSQL store needs at least one connection");
  }
  if (options.max_attempts < 1) {
    return Fail(ErrorCode::kInvalidArgument, "PostgreSQL store needs at least one attempt");
  }
  auto name = pg::DescribeUrl(options.url);
  if (!name) return Fail(std::move(name.error()));
  return std::make_unique<PostgresStore>(Private{}, options, std::move(*name));
}

PostgresStore::PostgresStore(Private, PostgresOptions options, std::string name)
    : options_(std::move(options)), name_(std::move(name)) {}

PostgresStore::~PostgresStore() = default;

Result<std::unique_ptr<Connection>> PostgresStore::Acquire() {
  std::unique_lock lock(mu_);
  if (!cv_.wait_for(lock, options_.acquire_timeout,
                    [&] { return !idle_.empty() || open_ < options_.pool_size; })) {
    return Fail(ErrorCode::kUnavailable, "all " + std::to_string(options_.pool_size) +
                                             " connections to " + name_ + " are busy");
  }
  if (!idle_.empty()) {
    auto c = std::move(idle_.back());
    idle_.pop_back();
    return c;
  }
  ++open_;
  lock.unlock();
  auto opened = Connection::Open(options_.url, options_.connect_timeout_seconds);
  if (!opened) {
    lock.lock();
    --open_;
    cv_.notify_one();
    return Fail(std::move(opened.error()));
  }
  return std::move(*opened);
}

void PostgresStore::Release(std::unique_ptr<Connection> c) {
  {
    std::lock_guard lock(mu_);
    if (c->broken()) {
      // One lost connection usually means the server went away: the idle
      // ones are lost too, and are closed now rather than found out one
      // request at a time.
      open_ -= 1 + static_cast<int>(idle_.size());
      idle_.clear();
      c.reset();
    } else {
      idle_.push_back(std::move(c));
    }
  }
  cv_.notify_all();
}

Status PostgresStore::RunOnce(Connection& c, TxMode mode, const std::function<Status(StoreTx&)>& fn,
                              bool& nothing_ran) {
  c.ClearRetryable();
  nothing_ran = false;
  const bool write = mode == TxMode::kWrite;
  // Every write appends to the one audit chain, so concurrent writes always
  // conflict on its head. Under SERIALIZABLE alone all but one would be
  // aborted and run again, and under sustained load some ran out of
  // attempts (docs/performance.md). Taking the write lock first makes them
  // queue instead; SERIALIZABLE and the retry stay as the guarantee against
  // any writer that does not take the lock.
  if (write) {
    if (auto locked = sql::RunStatement(c, kLockWrites, "waiting for the write lock"); !locked) {
      nothing_ran = true;
      return locked;
    }
  }
  struct Unlock {
    Connection& c;
    bool write;
    ~Unlock() {
      if (!write || c.broken()) return;  // a lost connection holds no lock
      // A lock that could not be released is released by closing.
      if (!sql::RunStatement(c, kUnlockWrites, "releasing the write lock")) c.Discard();
    }
  } unlock{c, write};
  if (auto begun = sql::RunStatement(c, write ? kBeginWrite : kBeginRead, "starting a transaction");
      !begun) {
    nothing_ran = true;
    return begun;
  }
  Status result = Ok();
  {
    sql::SqlTx tx(c, mode);
    result = fn(tx);
    if (result && tx.broken()) result = Fail(*tx.broken());
  }
  // PostgreSQL aborts the whole transaction at its first failed statement
  // (SQLite does not); `fn` may have carried on past one, but nothing may be
  // committed after it.
  if (result && c.InTransaction() && c.in_failed_transaction()) {
    result =
        Fail(ErrorCode::kInternal, "a statement failed earlier in this transaction on " + name_);
  }
  if (result) result = sql::RunStatement(c, "COMMIT", "committing");
  if (!result && c.InTransaction() && !c.broken()) (void)c.Exec("ROLLBACK", "rolling back");
  return result;
}

Status PostgresStore::Transact(TxMode mode, const std::function<Status(StoreTx&)>& fn) {
  if (sql::OpenTxMark::IsOpen(this)) {
    return Fail(ErrorCode::kInternal, "Transact called inside a transaction on the same store");
  }
  sql::OpenTxMark mark(this);
  for (int attempt = 1;; ++attempt) {
    auto c = Acquire();
    if (!c) return Fail(std::move(c.error()));
    bool nothing_ran = false;
    Status result = RunOnce(**c, mode, fn, nothing_ran);
    const bool retryable = !result && (*c)->retryable();
    const bool lost = (*c)->broken();
    Release(std::move(*c));
    if (result) return result;
    if (attempt >= options_.max_attempts) return result;
    // A pooled connection that died while idle: nothing happened, so run
    // the transaction on a new one.
    if (lost && nothing_ran) continue;
    if (!retryable) return result;
    {
      std::lock_guard lock(mu_);
      ++retries_;
    }
    BackOff(attempt);
  }
}

StoreStats PostgresStore::Stats() const {
  std::lock_guard lock(mu_);
  return StoreStats{.connections_open = open_,
                    .connections_idle = static_cast<std::int64_t>(idle_.size()),
                    .transactions_retried = retries_};
}

std::int64_t PostgresStore::retries() const {
  std::lock_guard lock(mu_);
  return retries_;
}

Status PostgresStore::Ping() {
  for (int attempt = 1;; ++attempt) {
    auto c = Acquire();
    if (!c) return Fail(std::move(c.error()));
    Status result = sql::RunStatement(**c, "SELECT 1", "ping");
    const bool lost = (*c)->broken();
    Release(std::move(*c));
    if (result || !lost || attempt >= 2) return result;
  }
}

Result<int> PostgresStore::AppliedSchemaVersion() {
  auto c = Acquire();
  if (!c) return Fail(std::move(c.error()));
  auto version = sql::AppliedVersion(**c);
  Release(std::move(*c));
  return version;
}

int PostgresStore::LatestSchemaVersion() const { return sql::LatestVersion(Migrations()); }

namespace {

// Text must be UTF-8 and compared byte by byte, as SQLite does, so both
// stores list and copy records in the same order (tests/contract).
Status CheckEncodingAndCollation(pg::Connection& c, const std::string& name) {
  auto q = c.Prepare(
      "SELECT pg_encoding_to_char(encoding) || ' ' || datlocprovider::text || ' ' || datcollate "
      "FROM pg_database "
      "WHERE datname = current_database()",
      "checking the database's encoding");
  if (!q) return Fail(std::move(q.error()));
  auto row = q->Step();
  if (!row) return Fail(std::move(row.error()));
  const std::string found = *row ? q->Text(0) : "";
  // datlocprovider 'c' is libc; ICU ('i') never sorts byte by byte.
  if (found == "UTF8 c C" || found == "UTF8 c C.UTF-8" || found == "UTF8 c C.utf8" ||
      found == "UTF8 c POSIX") {
    return Ok();
  }
  return Fail(ErrorCode::kFailedPrecondition,
              name + " has encoding, locale provider and collation '" + found +
                  "'; livingwell needs UTF8 with byte-order collation. Create it with: "
                  "createdb --encoding=UTF8 --locale=C.UTF-8 --template=template0 NAME");
}

}  // namespace

Status PostgresStore::Migrate() {
  auto c = Acquire();
  if (!c) return Fail(std::move(c.error()));
  if (Status ok = CheckEncodingAndCollation(**c, name_); !ok) {
    Release(std::move(*c));
    return ok;
  }
  SystemClock system_clock;
  const Clock& clock = options_.clock != nullptr ? *options_.clock : system_clock;
  Status migrated = sql::Migrate(**c, Migrations(), clock);
  Result<int> applied = 0;
  if (migrated) applied = sql::AppliedVersion(**c);
  Release(std::move(*c));
  if (!migrated) return migrated;
  if (!applied) return Fail(std::move(applied.error()));
  if (*applied > LatestSchemaVersion()) {
    return Fail(ErrorCode::kFailedPrecondition,
                name_ + " has schema version " + std::to_string(*applied) +
                    ", newer than this build of livingwell knows (" +
                    std::to_string(LatestSchemaVersion()) + ")");
  }
  return Ok();
}

Status PostgresStore::StartBulkLoad() {
  auto c = Acquire();
  if (!c) return Fail(std::move(c.error()));
  SystemClock system_clock;
  const Clock& clock = options_.clock != nullptr ? *options_.clock : system_clock;
  auto deferred = sql::DeferIndexes(**c, clock.Now() + sql::kBulkLoadLease);
  Release(std::move(*c));
  return deferred ? Ok() : Fail(std::move(deferred.error()));
}

Status PostgresStore::FinishBulkLoad() {
  auto c = Acquire();
  if (!c) return Fail(std::move(c.error()));
  auto restored = sql::RestoreIndexes(**c, std::nullopt);
  Release(std::move(*c));
  return restored ? Ok() : Fail(std::move(restored.error()));
}

}  // namespace lw

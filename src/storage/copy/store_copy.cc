#include "storage/copy/store_copy.h"

#include <filesystem>
#include <memory>
#include <string_view>
#include <system_error>
#include <utility>

#include "storage/copy/location.h"
#include "storage/copy/table_list.h"
#include "storage/copy/table_rows.h"
#include "storage/migrations.h"
#include "storage/postgresql/pg_connection.h"
#include "storage/postgresql/pg_store.h"
#include "storage/sql/migrate.h"
#include "storage/sqlite/connection.h"
#include "storage/sqlite/sqlite_store.h"

namespace lw::copy {
namespace {

namespace fs = std::filesystem;

// Says which side of the copy an error is about.
std::unexpected<Error> On(std::string_view side, Error error) {
  error.message = std::string(side) + ": " + error.message;
  return Fail(std::move(error));
}

// pg::Connection's session limits are for a server's requests. A copy is
// one long transaction on each side, idle on one while it works on the
// other, and a large table's first FETCH sorts it all: either limit could
// end a healthy copy. The lock timeout stays, so a server holding the
// target's tables makes the copy fail rather than hang.
Result<std::unique_ptr<sql::Connection>> OpenPostgres(const std::string& url,
                                                      const CopyOptions& options) {
  auto c = pg::Connection::Open(url, options.connect_timeout_seconds);
  if (!c) return Fail(std::move(c.error()));
  if (auto ok = (*c)->Exec("SET statement_timeout = 0; SET idle_in_transaction_session_timeout = 0",
                           "setting session limits for the copy");
      !ok) {
    return Fail(std::move(ok.error()));
  }
  return std::unique_ptr<sql::Connection>(std::move(*c));
}

std::string StoreFileIn(const std::string& directory) {
  return (fs::path(directory) / "livingwell.db").string();
}

Result<std::unique_ptr<sql::Connection>> OpenSource(const std::string& location,
                                                    const CopyOptions& options) {
  if (IsPostgresLocation(location)) return OpenPostgres(location, options);
  std::error_code ec;
  const fs::file_status status = fs::status(location, ec);
  if (status.type() == fs::file_type::directory) {
    return Fail(
        ErrorCode::kInvalidArgument,
        location + " is a directory; name the store's file, usually " + StoreFileIn(location));
  }
  if (status.type() != fs::file_type::regular) {
    return Fail(ErrorCode::kNotFound, "there is no SQLite store at " + location);
  }
  // A reader is query-only and never creates the file: the source is not
  // written.
  auto c =
      sqlite::Connection::Open(location, sqlite::Connection::Kind::kReader, options.busy_timeout);
  if (!c) return Fail(std::move(c.error()));
  return std::unique_ptr<sql::Connection>(std::move(*c));
}

// `created` is set once a SQLite file may have been made for the target.
Result<std::unique_ptr<sql::Connection>> OpenTarget(const std::string& location,
                                                    const CopyOptions& options, bool& created) {
  if (IsPostgresLocation(location)) return OpenPostgres(location, options);
  std::error_code ec;
  const fs::file_status status = fs::status(location, ec);
  if (status.type() == fs::file_type::directory) {
    return Fail(
        ErrorCode::kInvalidArgument,
        location + " is a directory; name a file for the store, such as " + StoreFileIn(location));
  }
  if (status.type() == fs::file_type::not_found) {
    fs::path parent = fs::path(location).parent_path();
    if (parent.empty()) parent = ".";
    if (!fs::is_directory(parent, ec)) {
      return Fail(ErrorCode::kNotFound, "directory " + parent.string() + " does not exist");
    }
    created = true;
  }
  auto c =
      sqlite::Connection::Open(location, sqlite::Connection::Kind::kWriter, options.busy_timeout);
  if (!c) return Fail(std::move(c.error()));
  return std::unique_ptr<sql::Connection>(std::move(*c));
}

// Refuses to copy a store onto itself, which would find it not empty at
// best. Only what can be told without connecting: the same SQLite file, or
// the same PostgreSQL database on the same host and port.
Status CheckDistinct(const std::string& from, const std::string& to) {
  bool same = false;
  if (IsPostgresLocation(from) && IsPostgresLocation(to)) {
    same = DescribeLocation(from) == DescribeLocation(to);
  } else if (!IsPostgresLocation(from) && !IsPostgresLocation(to)) {
    std::error_code ec;
    same = from == to || fs::equivalent(from, to, ec);
  }
  if (!same) return Ok();
  return Fail(ErrorCode::kInvalidArgument,
              "the source and the target are the same store (" + DescribeLocation(to) + ")");
}

void RollBack(sql::Connection& c) {
  if (c.InTransaction()) (void)c.Exec("ROLLBACK", "rolling back");
}

Status CheckVersion(sql::Connection& c, const std::string& name, int latest, bool is_source) {
  auto version = sql::AppliedVersion(c);
  if (!version) return Fail(std::move(version.error()));
  if (*version > latest) {
    return Fail(ErrorCode::kFailedPrecondition,
                name + " is at schema version " + std::to_string(*version) +
                    ", newer than this build's " + std::to_string(latest) +
                    ": use the livingwell release that wrote it");
  }
  if (!is_source || *version == latest) return Ok();
  if (*version == 0) {
    return Fail(ErrorCode::kFailedPrecondition,
                name + " is not a livingwell store (it has no schema)");
  }
  return Fail(ErrorCode::kFailedPrecondition,
              name + " is at schema version " + std::to_string(*version) + " and this build's is " +
                  std::to_string(latest) + ": run `livingwell migrate` on it first");
}

// Tables the target does not have yet (before it is migrated) are empty.
Status CheckEmpty(sql::Connection& c, const std::string& name) {
  for (const TableSpec& table : CopiedTables()) {
    auto exists = c.HasTable(table.name);
    if (!exists) return Fail(std::move(exists.error()));
    if (!*exists) continue;
    auto has_rows = TableHasRows(c, table);
    if (!has_rows) return Fail(std::move(has_rows.error()));
    if (*has_rows) {
      return Fail(ErrorCode::kFailedPrecondition,
                  name + " is not empty: table " + std::string(table.name) +
                      " has rows; a store is only copied into an empty one");
    }
  }
  return Ok();
}

// Migrates the target with the store's own Migrate, as `livingwell
// migrate` would, so it passes whatever a server checks first (such as a
// PostgreSQL database's encoding) before anything is copied into it.
Status MigrateAsAServerWould(const std::string& location, const CopyOptions& options,
                             const Clock& clock) {
  if (IsPostgresLocation(location)) {
    auto store = PostgresStore::Open({.url = location,
                                      .pool_size = 1,
                                      .connect_timeout_seconds = options.connect_timeout_seconds,
                                      .clock = &clock});
    if (!store) return Fail(std::move(store.error()));
    return (*store)->Migrate();
  }
  auto store = SqliteStore::Open({.path = location,
                                  .read_connections = 1,
                                  .busy_timeout = options.busy_timeout,
                                  .migrate = true,
                                  .clock = &clock});
  if (!store) return Fail(std::move(store.error()));
  return Ok();
}

Status BeginSnapshot(sql::Connection& c) {
  return c.Exec(c.dialect() == sql::Dialect::kSqlite
                    ? "BEGIN"
                    : "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY",
                "starting a consistent read");
}

// Takes the target's write lock for the whole copy. On PostgreSQL,
// EXCLUSIVE lets others read (nothing, until the commit) but not write.
Status BeginCopy(sql::Connection& c) {
  if (c.dialect() == sql::Dialect::kSqlite) return c.Exec("BEGIN IMMEDIATE", "starting the copy");
  std::string tables;
  for (const TableSpec& table : CopiedTables()) {
    if (!tables.empty()) tables += ", ";
    tables += "\"" + std::string(table.name) + "\"";
  }
  return c.Exec("BEGIN; LOCK TABLE " + tables + " IN EXCLUSIVE MODE",
                "locking the tables for the copy");
}

// Everything from the source's snapshot to the target's commit. The caller
// rolls back both connections if this fails.
Result<CopyReport> CopyBetween(sql::Connection& source, sql::Connection& target,
                               const std::string& to, CopyReport report, const CopyOptions& options,
                               const Clock& clock) {
  const int latest = sql::LatestVersion(Migrations());
  if (auto ok = BeginSnapshot(source); !ok) return On("source", std::move(ok.error()));
  if (auto ok = CheckVersion(source, report.from, latest, /*is_source=*/true); !ok) {
    return On("source", std::move(ok.error()));
  }

  // Checked before migrating, so a refused target is left as it was.
  if (auto ok = CheckVersion(target, report.to, latest, /*is_source=*/false); !ok) {
    return On("target", std::move(ok.error()));
  }
  if (auto ok = CheckEmpty(target, report.to); !ok) return On("target", std::move(ok.error()));
  if (auto ok = MigrateAsAServerWould(to, options, clock); !ok) {
    return On("target", std::move(ok.error()));
  }
  if (auto version = sql::AppliedVersion(target); !version || *version != latest) {
    return On("target", version ? Error::Make(ErrorCode::kInternal,
                                              report.to + " is at schema version " +
                                                  std::to_string(*version) + " after migrating")
                                : std::move(version.error()));
  }
  if (auto ok = BeginCopy(target); !ok) return On("target", std::move(ok.error()));
  // Again, under the lock: nothing can have arrived since.
  if (auto ok = CheckEmpty(target, report.to); !ok) return On("target", std::move(ok.error()));

  std::vector<std::int64_t> copied;
  for (const TableSpec& table : CopiedTables()) {
    RowWriter writer(target, table);
    if (auto ok = ScanTable(source, table, [&](const Row& row) { return writer.Add(row); }); !ok) {
      return Fail(std::move(ok.error()));
    }
    if (auto ok = writer.Flush(); !ok) return On("target", std::move(ok.error()));
    copied.push_back(writer.written());
  }

  // Read back from both sides, independently of what was sent.
  for (std::size_t i = 0; i < CopiedTables().size(); ++i) {
    const TableSpec& table = CopiedTables()[i];
    auto in_source = ChecksumTable(source, table);
    if (!in_source) return On("source", std::move(in_source.error()));
    auto in_target = ChecksumTable(target, table);
    if (!in_target) return On("target", std::move(in_target.error()));
    if (*in_source != *in_target || in_source->rows != copied[i]) {
      return Fail(ErrorCode::kInternal,
                  "table " + std::string(table.name) + ": the copy does not match the source (" +
                      std::to_string(in_source->rows) + " rows, sha256 " + in_source->sha256 +
                      " in the source; " + std::to_string(in_target->rows) + " rows, sha256 " +
                      in_target->sha256 + " in the copy)");
    }
    report.tables.push_back({.table = std::string(table.name), .checksum = *in_target});
  }

  auto chain = VerifyAuditChain(target);
  if (!chain) {
    Error error = std::move(chain.error());
    if (error.code == ErrorCode::kFailedPrecondition) {
      // The checksums matched: the source's log is broken the same way.
      error.message += " (the source's log is the same; check it with `livingwell audit verify`)";
      return Fail(std::move(error));
    }
    return On("target", std::move(error));
  }
  report.audit = *chain;

  if (auto ok = target.Exec("COMMIT", "committing the copy"); !ok) {
    return On("target", std::move(ok.error()));
  }
  return report;
}

void RemoveSqliteFiles(const std::string& path) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path + suffix, ec);
}

}  // namespace

std::int64_t CopyReport::rows() const {
  std::int64_t total = 0;
  for (const TableCopy& t : tables) total += t.checksum.rows;
  return total;
}

Result<CopyReport> CopyStore(const std::string& from, const std::string& to,
                             const CopyOptions& options) {
  SystemClock system_clock;
  const Clock& clock = options.clock != nullptr ? *options.clock : system_clock;
  if (auto ok = CheckDistinct(from, to); !ok) return Fail(std::move(ok.error()));
  CopyReport report{.from = DescribeLocation(from), .to = DescribeLocation(to)};

  auto source = OpenSource(from, options);
  if (!source) return On("source", std::move(source.error()));
  bool created = false;
  Result<CopyReport> result = [&]() -> Result<CopyReport> {
    auto target = OpenTarget(to, options, created);
    if (!target) return On("target", std::move(target.error()));
    auto copied = CopyBetween(**source, **target, to, std::move(report), options, clock);
    RollBack(**target);  // a no-op after the commit
    RollBack(**source);  // ends the read
    return copied;
  }();  // the target's connection is closed here, before its file may go
  if (!result && created) RemoveSqliteFiles(to);
  return result;
}

}  // namespace lw::copy

#include "storage/sqlite/connection.h"

#include <string>
#include <utility>

#include "storage/sqlite/sqlite_error.h"

namespace lw::sqlite {

Result<std::unique_ptr<Connection>> Connection::Open(const std::string& path, Kind kind,
                                                     std::chrono::milliseconds busy_timeout,
                                                     int writer_cache_mib) {
  if (path.empty() || path == ":memory:" || path.starts_with("file:")) {
    return Fail(ErrorCode::kInvalidArgument,
                "SQLite database path must name a file, not '" + path + "'");
  }
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  if (kind == Kind::kWriter) flags |= SQLITE_OPEN_CREATE;
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    // The handle exists even on failure, to carry the message; close it.
    std::string detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    return Fail(MakeError(rc == SQLITE_NOMEM ? rc : SQLITE_CANTOPEN, path, "opening", detail));
  }
  auto connection = std::make_unique<Connection>(Private{}, db, path);
  if (auto ok = connection->Configure(kind, busy_timeout, writer_cache_mib); !ok) {
    return Fail(std::move(ok.error()));
  }
  return connection;
}

Connection::~Connection() {
  statements_.clear();  // finalized before the handle closes
  sqlite3_close_v2(db_);
}

Status Connection::Configure(Kind kind, std::chrono::milliseconds busy_timeout,
                             int writer_cache_mib) {
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, static_cast<int>(busy_timeout.count()));
  std::string mode;
  {
    // journal_mode answers with the mode now in force.
    auto journal = Prepare("PRAGMA journal_mode=WAL", "setting journal_mode=WAL");
    if (!journal) return Fail(std::move(journal.error()));
    auto row = journal->Step();
    if (!row) return Fail(std::move(row.error()));
    if (*row) mode = journal->Text(0);
  }
  if (mode != "wal") {
    return Fail(ErrorCode::kUnavailable, "SQLite database " + path_ +
                                             ": cannot use write-ahead logging (journal mode is '" +
                                             mode + "')");
  }
  std::string pragmas = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";
  // Page cache (negative: KiB; grown only as pages are read). SQLite's
  // default of 2 MiB is smaller than one huddle board's read (about 1,500
  // pages of 4 KiB), which the writer then read from the file again on every
  // view (ADR 0011). The writer's cache is never emptied by another
  // connection's commit, so it is the large one; a reader's is emptied by
  // every commit.
  switch (kind) {
    case Kind::kReader:
      pragmas += " PRAGMA query_only=ON; PRAGMA cache_size=-16384;";
      break;
    case Kind::kWriter:
      pragmas += " PRAGMA cache_size=-" + std::to_string(writer_cache_mib * 1024) + ";";
      break;
    case Kind::kCheckpointer:
      break;  // reads no tables: SQLite's small default cache
  }
  return Exec(pragmas, "setting pragmas");
}

Result<sql::Query> Connection::Prepare(std::string_view sql, std::string_view doing) {
  auto it = statements_.find(sql);
  if (it == statements_.end()) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) return Fail(ErrorFor(rc, doing));
    it = statements_.emplace(std::string(sql), std::make_unique<Cursor>(*this, StatementPtr(stmt)))
             .first;
  }
  it->second->set_doing(doing);
  return sql::Query(*it->second);
}

Status Connection::BeginSchemaChange(std::string_view doing) {
  return Exec("BEGIN IMMEDIATE", doing);
}

Result<bool> Connection::HasTable(std::string_view name) {
  auto q = Prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
                   "checking for a table");
  if (!q) return Fail(std::move(q.error()));
  q->BindText(1, name);
  auto row = q->Step();
  if (!row) return Fail(std::move(row.error()));
  return q->Int(0) > 0;
}

Status Connection::Exec(const std::string& script, std::string_view doing) {
  char* message = nullptr;
  int rc = sqlite3_exec(db_, script.c_str(), nullptr, nullptr, &message);
  if (rc == SQLITE_OK) return Ok();
  std::string detail = message != nullptr ? message : sqlite3_errstr(rc);
  sqlite3_free(message);
  return Fail(MakeError(sqlite3_extended_errcode(db_), path_, doing, detail));
}

Error Connection::ErrorFor(int rc, std::string_view doing) const {
  return MakeError(rc, path_, doing, sqlite3_errmsg(db_));
}

}  // namespace lw::sqlite

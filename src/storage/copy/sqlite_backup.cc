#include "storage/copy/sqlite_backup.h"

#include <filesystem>
#include <system_error>
#include <utility>

#include "storage/sqlite/sqlite_store.h"

namespace lw::copy {

Status BackupSqliteStore(const std::string& store_path, const std::string& dest_path) {
  std::error_code ec;
  // SqliteStore::Open would create an empty store and back that up.
  if (!std::filesystem::is_regular_file(store_path, ec)) {
    return Fail(ErrorCode::kNotFound, "there is no SQLite store at " + store_path);
  }
  auto store = SqliteStore::Open({.path = store_path, .read_connections = 1, .migrate = false});
  if (!store) return Fail(std::move(store.error()));
  return (*store)->Backup(dest_path);
}

}  // namespace lw::copy

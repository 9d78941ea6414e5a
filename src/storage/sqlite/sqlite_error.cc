#include "storage/sqlite/sqlite_error.h"

#include <sqlite3.h>

#include <string>

namespace lw::sqlite {

ErrorCode CodeForResult(int extended_rc) {
  switch (extended_rc & 0xff) {
    case SQLITE_CONSTRAINT:
      if (extended_rc == SQLITE_CONSTRAINT_UNIQUE || extended_rc == SQLITE_CONSTRAINT_PRIMARYKEY) {
        return ErrorCode::kAlreadyExists;
      }
      if (extended_rc == SQLITE_CONSTRAINT_FOREIGNKEY) return ErrorCode::kFailedPrecondition;
      return ErrorCode::kInternal;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_PROTOCOL:
    case SQLITE_NOLFS:
    case SQLITE_NOMEM:
      return ErrorCode::kUnavailable;
    default:
      return ErrorCode::kInternal;
  }
}

Error MakeError(int extended_rc, std::string_view path, std::string_view doing,
                std::string_view detail) {
  ErrorCode code = CodeForResult(extended_rc);
  std::string message;
  if (code == ErrorCode::kUnavailable) {
    message = "SQLite database " + std::string(path) + ": " + std::string(doing) +
              " failed: " + std::string(detail);
  } else if (code == ErrorCode::kFailedPrecondition) {
    message = std::string(doing) + ": refers to a record that does not exist (" +
              std::string(detail) + ")";
  } else {
    message = std::string(doing) + ": " + std::string(detail);
  }
  return Error::Make(code, std::move(message));
}

}  // namespace lw::sqlite

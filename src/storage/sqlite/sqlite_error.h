// Turning SQLite result codes into livingwell errors, in one place.
//
// Mapping (extended result codes): a UNIQUE or PRIMARY KEY constraint is
// kAlreadyExists; a FOREIGN KEY constraint (a reference to a missing record)
// is kFailedPrecondition; busy, locked, I/O, full, corrupt, not-a-database,
// cannot-open, read-only, permission and out-of-memory are kUnavailable,
// with a message naming the database file for the operator; anything else
// (a bad statement, misuse, another constraint) is a bug: kInternal.
#pragma once

#include <string_view>

#include "base/error.h"

namespace lw::sqlite {

ErrorCode CodeForResult(int extended_rc);

// `doing` says what failed ("opening", "CreateUser"); `detail` is
// sqlite3_errmsg or sqlite3_errstr.
Error MakeError(int extended_rc, std::string_view path, std::string_view doing,
                std::string_view detail);

}  // namespace lw::sqlite

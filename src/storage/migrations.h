// The numbered, forward-only schema migrations, compiled in from
// storage/migrations/NNNN_name.sql. Migration N is applied once, in order,
// inside a transaction, and recorded in schema_migrations. The SQL is kept
// portable (no backend-specific types or syntax) so one file serves every
// SQL backend; where a backend must differ, the file says so.
#pragma once

#include <string_view>
#include <vector>

namespace lw {

struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;  // one or more statements separated by ';'
};

const std::vector<Migration>& Migrations();

}  // namespace lw

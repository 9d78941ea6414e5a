// Checksums of a table's contents, to show that a copy holds exactly what
// its source holds.
//
// `ChecksumTable` reads every row of a table in primary-key order
// (ScanTable, table_rows.h) and returns the row count and the SHA-256 of a
// canonical serialisation: a header naming the format, the table and its
// columns with their types, then each row as written by
// `AppendCanonicalRow`. Any difference in any value (including NULL
// against empty text), in the rows present, or in their keys changes the
// checksum; the same rows give the same checksum on SQLite and PostgreSQL.
//
// Canonical row: each value in column order as `n;` (NULL), `i<decimal>;`
// (integer) or `t<byte length>:<bytes>;` (text), then a newline. Lengths
// make it unambiguous: no value can be mistaken for a separator.
//
// Failures: as ScanTable. Thread-safety: as the connection.
#pragma once

#include <cstdint>
#include <string>

#include "base/error.h"
#include "storage/copy/table_list.h"
#include "storage/copy/table_rows.h"
#include "storage/sql/query.h"

namespace lw::copy {

struct TableChecksum {
  std::int64_t rows = 0;
  std::string sha256;  // lower-case hex, 64 characters

  friend bool operator==(const TableChecksum&, const TableChecksum&) = default;
};

Result<TableChecksum> ChecksumTable(sql::Connection& c, const TableSpec& table);

void AppendCanonicalRow(std::string& out, const Row& row);

}  // namespace lw::copy

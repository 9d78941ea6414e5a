#include "storage/copy/table_rows.h"

#include <cstddef>
#include <string_view>
#include <utility>

#include "base/check.h"

namespace lw::copy {
namespace {

constexpr std::size_t kBatchRows = 100;          // rows per INSERT
constexpr const char* kCursor = "lw_copy_scan";  // PostgreSQL only
constexpr int kFetchRows = 1000;

// Every name is ours (table_list.cc), but quoting keeps words such as
// `key` from ever being read as SQL.
std::string Quote(std::string_view name) { return "\"" + std::string(name) + "\""; }

std::string ColumnList(const TableSpec& table) {
  std::string out;
  for (const Column& column : table.columns) {
    if (!out.empty()) out += ", ";
    out += Quote(column.name);
  }
  return out;
}

ColumnType TypeOf(const TableSpec& table, std::string_view name) {
  for (const Column& column : table.columns) {
    if (column.name == name) return column.type;
  }
  LW_CHECK(false && "primary key column missing from its table");
  return ColumnType::kText;
}

// Byte order for text on both backends: SQLite's default collation is
// BINARY already; PostgreSQL's default follows the database's locale.
std::string OrderBy(const TableSpec& table, sql::Dialect dialect) {
  std::string out;
  for (std::string_view key : table.primary_key) {
    if (!out.empty()) out += ", ";
    out += Quote(key);
    if (dialect == sql::Dialect::kPostgresql && TypeOf(table, key) == ColumnType::kText) {
      out += " COLLATE \"C\"";
    }
  }
  return out;
}

std::string SelectAll(const TableSpec& table, sql::Dialect dialect) {
  return "SELECT " + ColumnList(table) + " FROM " + Quote(table.name) + " ORDER BY " +
         OrderBy(table, dialect);
}

Result<Row> ReadRow(const sql::Query& q, const TableSpec& table) {
  Row row;
  row.reserve(table.columns.size());
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    const int column = static_cast<int>(i);
    if (q.IsNull(column)) {
      row.emplace_back(std::monostate{});
    } else if (table.columns[i].type == ColumnType::kInteger) {
      std::int64_t value = q.Int(column);
      // SQLite lets any column hold any type; read as an integer, a text or
      // real value would silently become 0 (or lose its fraction).
      if (q.Text(column) != std::to_string(value)) {
        return Fail(ErrorCode::kFailedPrecondition, "table " + std::string(table.name) +
                                                        ", column " +
                                                        std::string(table.columns[i].name) +
                                                        ": holds a value that is not an integer");
      }
      row.emplace_back(value);
    } else {
      row.emplace_back(q.Text(column));
    }
  }
  return row;
}

// Steps `q` to its end, handing each row to `fn`; returns how many rows.
Result<int> Drain(sql::Query& q, const TableSpec& table,
                  const std::function<Status(const Row&)>& fn) {
  int rows = 0;
  while (true) {
    auto more = q.Step();
    if (!more) return Fail(std::move(more.error()));
    if (!*more) return rows;
    auto row = ReadRow(q, table);
    if (!row) return Fail(std::move(row.error()));
    if (auto ok = fn(*row); !ok) return Fail(std::move(ok.error()));
    ++rows;
  }
}

}  // namespace

Status ScanTable(sql::Connection& c, const TableSpec& table,
                 const std::function<Status(const Row&)>& fn) {
  const std::string doing = "reading table " + std::string(table.name);
  const std::string select = SelectAll(table, c.dialect());
  if (c.dialect() == sql::Dialect::kSqlite) {
    auto q = c.Prepare(select, doing);
    if (!q) return Fail(std::move(q.error()));
    auto rows = Drain(*q, table, fn);
    if (!rows) return Fail(std::move(rows.error()));
    return Ok();
  }
  // libpq would hold the whole result in memory; a cursor holds a page.
  LW_CHECK(c.InTransaction());
  if (auto ok =
          c.Exec("DECLARE " + std::string(kCursor) + " NO SCROLL CURSOR FOR " + select, doing);
      !ok) {
    return ok;
  }
  const std::string fetch =
      "FETCH FORWARD " + std::to_string(kFetchRows) + " FROM " + std::string(kCursor);
  Status result = Ok();
  while (true) {
    auto q = c.Prepare(fetch, doing);
    if (!q) {
      result = Fail(std::move(q.error()));
      break;
    }
    auto rows = Drain(*q, table, fn);
    if (!rows) {
      result = Fail(std::move(rows.error()));
      break;
    }
    if (*rows == 0) break;
  }
  // Closed even after a failure, so a later scan can declare it again; in a
  // failed transaction this fails too, and the caller is rolling back.
  Status closed = c.Exec("CLOSE " + std::string(kCursor), doing);
  if (!result) return result;
  return closed;
}

Result<bool> TableHasRows(sql::Connection& c, const TableSpec& table) {
  const std::string doing = "checking whether table " + std::string(table.name) + " is empty";
  auto q = c.Prepare("SELECT 1 FROM " + Quote(table.name) + " LIMIT 1", doing);
  if (!q) return Fail(std::move(q.error()));
  auto row = q->Step();
  if (!row) return Fail(std::move(row.error()));
  return *row;
}

RowWriter::RowWriter(sql::Connection& c, const TableSpec& table)
    : c_(c), table_(table), doing_("copying rows into table " + std::string(table.name)) {
  pending_.reserve(kBatchRows);
}

Status RowWriter::Add(Row row) {
  LW_CHECK(row.size() == table_.columns.size());
  pending_.push_back(std::move(row));
  if (pending_.size() < kBatchRows) return Ok();
  return Flush();
}

Status RowWriter::Flush() {
  if (pending_.empty()) return Ok();
  const std::size_t width = table_.columns.size();
  std::string sql = "INSERT INTO " + Quote(table_.name) + " (" + ColumnList(table_) + ") VALUES ";
  int parameter = 0;
  for (std::size_t r = 0; r < pending_.size(); ++r) {
    sql += r == 0 ? "(" : ", (";
    for (std::size_t i = 0; i < width; ++i) {
      if (i > 0) sql += ", ";
      sql += "?" + std::to_string(++parameter);
    }
    sql += ")";
  }
  // At most two texts per table (a full batch and the last, shorter one),
  // so the connection's statement cache stays small.
  auto q = c_.Prepare(sql, doing_);
  if (!q) return Fail(std::move(q.error()));
  parameter = 0;
  for (const Row& row : pending_) {
    for (const Value& value : row) {
      ++parameter;
      if (const auto* i = std::get_if<std::int64_t>(&value)) {
        q->BindInt(parameter, *i);
      } else if (const auto* s = std::get_if<std::string>(&value)) {
        q->BindText(parameter, *s);
      } else {
        q->BindOptionalText(parameter, "");  // NULL
      }
    }
  }
  if (auto ok = q->Run(); !ok) return ok;
  if (q->Changes() != static_cast<std::int64_t>(pending_.size())) {
    return Fail(ErrorCode::kInternal, doing_ + ": " + std::to_string(pending_.size()) +
                                          " rows sent but " + std::to_string(q->Changes()) +
                                          " written");
  }
  written_ += static_cast<std::int64_t>(pending_.size());
  pending_.clear();
  return Ok();
}

}  // namespace lw::copy

#include "storage/sql/bulk_load.h"

#include <string>
#include <utility>
#include <vector>

namespace lw::sql {
namespace {

struct IndexDefinition {
  std::string name;
  std::string definition;
};

// Every row of a two-column query: (name, definition).
Result<std::vector<IndexDefinition>> ReadDefinitions(Connection& c, std::string_view sql,
                                                     std::string_view doing) {
  auto q = c.Prepare(sql, doing);
  if (!q) return Fail(std::move(q.error()));
  std::vector<IndexDefinition> out;
  while (true) {
    auto row = q->Step();
    if (!row) return Fail(std::move(row.error()));
    if (!*row) break;
    out.push_back({q->Text(0), q->Text(1)});
  }
  return out;
}

// The non-unique secondary indexes of the schema, as the database itself
// would create them again. Index names are plain identifiers (migrations).
constexpr std::string_view kSqliteIndexes =
    "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
    "AND upper(sql) NOT LIKE 'CREATE UNIQUE%' ORDER BY name";
constexpr std::string_view kPostgresqlIndexes =
    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
    "AND upper(indexdef) NOT LIKE 'CREATE UNIQUE%' ORDER BY indexname";

// Runs `body` in a transaction holding the schema lock; rolls back on failure.
template <typename Body>
auto InSchemaChange(Connection& c, std::string_view doing, Body body) -> decltype(body()) {
  if (auto ok = c.BeginSchemaChange(doing); !ok) return Fail(ok.error());
  auto result = body();
  if (result) {
    if (auto ok = c.Exec("COMMIT", doing); !ok) result = Fail(ok.error());
  }
  if (!result && c.InTransaction()) (void)c.Exec("ROLLBACK", doing);
  return result;
}

}  // namespace

Result<int> DeferIndexes(Connection& c) {
  constexpr std::string_view kDoing = "putting off index upkeep for a bulk load";
  return InSchemaChange(c, kDoing, [&]() -> Result<int> {
    auto indexes = ReadDefinitions(
        c, c.dialect() == Dialect::kSqlite ? kSqliteIndexes : kPostgresqlIndexes, kDoing);
    if (!indexes) return Fail(std::move(indexes.error()));
    for (const IndexDefinition& index : *indexes) {
      auto record =
          c.Prepare("INSERT INTO deferred_indexes (name, definition) VALUES (?1, ?2)", kDoing);
      if (!record) return Fail(std::move(record.error()));
      record->BindText(1, index.name).BindText(2, index.definition);
      if (auto ok = record->Run(); !ok) return Fail(ok.error());
      if (auto ok = c.Exec("DROP INDEX \"" + index.name + "\"", kDoing); !ok) {
        return Fail(ok.error());
      }
    }
    return static_cast<int>(indexes->size());
  });
}

Result<int> RestoreIndexes(Connection& c) {
  constexpr std::string_view kDoing = "building the indexes a bulk load put off";
  return InSchemaChange(c, kDoing, [&]() -> Result<int> {
    auto indexes =
        ReadDefinitions(c, "SELECT name, definition FROM deferred_indexes ORDER BY name", kDoing);
    if (!indexes) return Fail(std::move(indexes.error()));
    for (const IndexDefinition& index : *indexes) {
      if (auto ok = c.Exec(index.definition, kDoing); !ok) return Fail(ok.error());
    }
    if (!indexes->empty()) {
      if (auto ok = c.Exec("DELETE FROM deferred_indexes", kDoing); !ok) return Fail(ok.error());
    }
    return static_cast<int>(indexes->size());
  });
}

}  // namespace lw::sql

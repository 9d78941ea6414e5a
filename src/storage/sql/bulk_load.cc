#include "storage/sql/bulk_load.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lw::sql {
namespace {

struct IndexDefinition {
  std::string name;
  std::string definition;
};

// Every row of a two-column query: (name, definition).
Result<std::vector<IndexDefinition>> ReadDefinitions(Query q) {
  std::vector<IndexDefinition> out;
  while (true) {
    auto row = q.Step();
    if (!row) return Fail(std::move(row.error()));
    if (!*row) break;
    out.push_back({q.Text(0), q.Text(1)});
  }
  return out;
}

// The non-unique secondary indexes of the schema, as the database itself
// would create them again.
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

// "name", as an SQL identifier.
std::string Quoted(std::string_view name) {
  std::string out = "\"";
  for (char ch : name) {
    out += ch;
    if (ch == '"') out += '"';
  }
  return out + "\"";
}

// The definition as one CREATE INDEX IF NOT EXISTS statement, or an error
// when it is not the single CREATE INDEX statement DeferIndexes recorded.
Result<std::string> IfNotExists(const IndexDefinition& index) {
  constexpr std::string_view kCreate = "CREATE INDEX ";
  const std::string& d = index.definition;
  if (!d.starts_with(kCreate) || d.find(';') != std::string::npos) {
    return Fail(ErrorCode::kInternal,
                "deferred index " + index.name + " has an unexpected definition: " + d);
  }
  if (d.starts_with("CREATE INDEX IF NOT EXISTS ")) return d;
  return "CREATE INDEX IF NOT EXISTS " + d.substr(kCreate.size());
}

}  // namespace

Result<int> DeferIndexes(Connection& c, Timestamp lease_until) {
  constexpr std::string_view kDoing = "putting off index upkeep for a bulk load";
  return InSchemaChange(c, kDoing, [&]() -> Result<int> {
    std::int64_t already = 0;
    {  // The statement is done with before any index is dropped.
      auto deferred = c.Prepare("SELECT COUNT(*) FROM deferred_indexes", kDoing);
      if (!deferred) return Fail(std::move(deferred.error()));
      auto counted = deferred->Step();
      if (!counted) return Fail(std::move(counted.error()));
      already = deferred->Int(0);
    }
    if (already > 0) {
      return Fail(ErrorCode::kFailedPrecondition,
                  "another bulk load is under way, or one was cut short: its indexes are built "
                  "again when its lease runs out and the store is next opened");
    }
    auto listed =
        c.Prepare(c.dialect() == Dialect::kSqlite ? kSqliteIndexes : kPostgresqlIndexes, kDoing);
    if (!listed) return Fail(std::move(listed.error()));
    auto indexes = ReadDefinitions(std::move(*listed));
    if (!indexes) return Fail(std::move(indexes.error()));
    for (const IndexDefinition& index : *indexes) {
      if (auto checked = IfNotExists(index); !checked) return Fail(std::move(checked.error()));
      auto record = c.Prepare(
          "INSERT INTO deferred_indexes (name, definition, lease_until) VALUES (?1, ?2, ?3)",
          kDoing);
      if (!record) return Fail(std::move(record.error()));
      record->BindText(1, index.name).BindText(2, index.definition).BindTime(3, lease_until);
      if (auto ok = record->Run(); !ok) return Fail(ok.error());
      if (auto ok = c.Exec("DROP INDEX " + Quoted(index.name), kDoing); !ok) {
        return Fail(ok.error());
      }
    }
    return static_cast<int>(indexes->size());
  });
}

Result<int> RestoreIndexes(Connection& c, std::optional<Timestamp> now) {
  constexpr std::string_view kDoing = "building the indexes a bulk load put off";
  std::vector<IndexDefinition> indexes;
  {
    auto listed =
        now ? c.Prepare(
                  "SELECT name, definition FROM deferred_indexes WHERE lease_until <= ?1 "
                  "ORDER BY name",
                  kDoing)
            : c.Prepare("SELECT name, definition FROM deferred_indexes ORDER BY name", kDoing);
    if (!listed) return Fail(std::move(listed.error()));
    if (now) listed->BindTime(1, *now);
    auto read = ReadDefinitions(std::move(*listed));
    if (!read) return Fail(std::move(read.error()));
    indexes = std::move(*read);
  }
  int built = 0;
  for (const IndexDefinition& index : indexes) {
    auto statement = IfNotExists(index);
    if (!statement) return Fail(std::move(statement.error()));
    auto done = InSchemaChange(c, kDoing, [&]() -> Result<int> {
      if (auto ok = c.Exec(*statement, kDoing); !ok) return Fail(ok.error());
      auto forget = c.Prepare("DELETE FROM deferred_indexes WHERE name = ?1", kDoing);
      if (!forget) return Fail(std::move(forget.error()));
      forget->BindText(1, index.name);
      if (auto ok = forget->Run(); !ok) return Fail(ok.error());
      return 1;
    });
    if (!done) return Fail(std::move(done.error()));
    built += *done;
  }
  return built;
}

}  // namespace lw::sql

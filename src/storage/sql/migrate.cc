#include "storage/sql/migrate.h"

#include <string>

#include "base/check.h"
#include "storage/sql/bulk_load.h"

namespace lw::sql {
namespace {

constexpr const char* kCreateSchemaMigrations =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)";

// Runs `body` in a transaction holding the schema lock, rolling back on
// failure.
template <typename Body>
Status InWriteTransaction(Connection& c, std::string_view doing, Body body) {
  if (auto ok = c.BeginSchemaChange(doing); !ok) return ok;
  Status result = body();
  if (result) result = c.Exec("COMMIT", doing);
  if (!result && c.InTransaction()) (void)c.Exec("ROLLBACK", doing);
  return result;
}

}  // namespace

int LatestVersion(const std::vector<Migration>& migrations) {
  return migrations.empty() ? 0 : migrations.back().version;
}

Result<int> AppliedVersion(Connection& c) {
  auto exists = c.HasTable("schema_migrations");
  if (!exists) return Fail(std::move(exists.error()));
  if (!*exists) return 0;
  auto q = c.Prepare("SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
                     "reading the schema version");
  if (!q) return Fail(std::move(q.error()));
  auto row = q->Step();
  if (!row) return Fail(std::move(row.error()));
  return static_cast<int>(q->Int(0));
}

Status Migrate(Connection& c, const std::vector<Migration>& migrations, const Clock& clock) {
  // Compiled in from numbered files: versions are 1, 2, 3 ... by construction.
  for (std::size_t i = 0; i < migrations.size(); ++i) {
    LW_CHECK(migrations[i].version == static_cast<int>(i) + 1);
  }
  constexpr std::string_view kCreating = "creating schema_migrations";
  Status created =
      InWriteTransaction(c, kCreating, [&] { return c.Exec(kCreateSchemaMigrations, kCreating); });
  if (!created) return created;
  // Indexes a bulk load put off and did not build again (it was cut short,
  // and its lease has run out) come back first: their definitions belong to
  // the schema as it was, before any migration below.
  auto deferring = c.HasTable("deferred_indexes");
  if (!deferring) return Fail(std::move(deferring.error()));
  if (*deferring) {
    if (auto restored = RestoreIndexes(c, clock.Now()); !restored) {
      return Fail(std::move(restored.error()));
    }
    // A load still holding its lease keeps the schema as it is until it
    // has finished: migrations written against whole indexes wait.
    auto applied = AppliedVersion(c);
    if (!applied) return Fail(std::move(applied.error()));
    if (*applied < LatestVersion(migrations)) {
      auto q = c.Prepare("SELECT COUNT(*) FROM deferred_indexes", "checking for a bulk load");
      if (!q) return Fail(std::move(q.error()));
      auto row = q->Step();
      if (!row) return Fail(std::move(row.error()));
      if (q->Int(0) > 0) {
        return Fail(ErrorCode::kFailedPrecondition,
                    "a bulk load is under way (its indexes are put off): migrate again once it "
                    "has finished");
      }
    }
  }
  for (const Migration& m : migrations) {
    std::string label =
        "applying migration " + std::to_string(m.version) + " (" + std::string(m.name) + ")";
    // Errors name `label`: every statement below runs as `label`.
    Status applied = InWriteTransaction(c, label, [&]() -> Status {
      auto version = AppliedVersion(c);  // again, inside the write lock
      if (!version) return Fail(std::move(version.error()));
      if (*version >= m.version) return Ok();  // done already, perhaps by another process
      if (auto ok = c.Exec(std::string(m.sql), label); !ok) return ok;
      auto record = c.Prepare(
          "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, ?2, ?3)", label);
      if (!record) return Fail(std::move(record.error()));
      record->BindInt(1, m.version).BindText(2, m.name).BindTime(3, clock.Now());
      return record->Run();
    });
    if (!applied) return applied;
  }
  return Ok();
}

}  // namespace lw::sql

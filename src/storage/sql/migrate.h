// Applying the compiled-in schema migrations (storage/migrations.h) to a
// SQL database (SQLite or PostgreSQL), and reading how far a database has
// got.
//
// `Migrate` creates schema_migrations if it is missing, then applies each
// migration newer than the database, in order, each in its own transaction
// holding the schema lock (Connection::BeginSchemaChange) together with its
// schema_migrations row, so a failure leaves the database at the last
// migration that succeeded. Inside each transaction it re-reads the version
// first, so two processes migrating one database at once apply each
// migration once. On failure it
// returns the error with the migration's number and name. Before any
// migration, it builds the indexes a bulk load put off and did not build,
// once that load's lease has run out (sql/bulk_load.h).
//
// `AppliedVersion` is the highest version recorded (0 for a database that
// has no schema_migrations table yet).
//
// Both need a connection that may write, with no transaction open.
#pragma once

#include <vector>

#include "base/clock.h"
#include "base/error.h"
#include "storage/migrations.h"
#include "storage/sql/query.h"

namespace lw::sql {

Status Migrate(Connection& connection, const std::vector<Migration>& migrations,
               const Clock& clock);

Result<int> AppliedVersion(Connection& connection);

// The highest version in `migrations` (0 if there are none).
int LatestVersion(const std::vector<Migration>& migrations);

}  // namespace lw::sql

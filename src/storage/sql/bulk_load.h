// Putting off index upkeep while a store is filled in bulk
// (Store::StartBulkLoad; services/synth_load.h).
//
// Inserting millions of rows into tables with secondary indexes writes each
// index page again and again, in key orders that jump about the file;
// building an index after the rows are in sorts its keys once and writes
// each page once (ADR 0018).
//
// `DeferIndexes` records the definition of every non-unique index in the
// schema in deferred_indexes (migration 0011), with a lease running to
// `lease_until`, and drops it, all in one transaction holding the schema
// lock. It refuses (kFailedPrecondition) while indexes are already
// deferred: one bulk load at a time. Unique indexes and primary keys stay,
// so duplicates are still refused as they are written.
//
// `RestoreIndexes` creates each recorded index again (CREATE INDEX IF NOT
// EXISTS) and forgets it, one index to a transaction, so work done survives
// a failure later on and two processes restoring at once do no harm. With
// `now`, only indexes whose lease has run out (lease_until <= now) are
// built: a load still under way keeps its own. `sql::Migrate` calls it with
// the time before applying any migration, because the recorded
// definitions belong to the schema as it was when they were dropped.
//
// Reads in between are correct, only slower. Both need a connection that
// may write, with no transaction open.
#pragma once

#include <optional>

#include "base/clock.h"
#include "base/error.h"
#include "storage/sql/query.h"

namespace lw::sql {

// How long a bulk load may hold off other processes' rebuilding.
inline constexpr Micros kBulkLoadLease = std::chrono::hours(2);

// The number of indexes dropped.
Result<int> DeferIndexes(Connection& connection, Timestamp lease_until);
// The number of indexes created. `now` unset: every recorded index.
Result<int> RestoreIndexes(Connection& connection, std::optional<Timestamp> now);

}  // namespace lw::sql

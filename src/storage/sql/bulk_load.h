// Putting off index upkeep while a new store is filled in bulk
// (Store::StartBulkLoad; services/synth_load.h).
//
// Inserting millions of rows into tables with secondary indexes writes each
// index page again and again, in key orders that jump about the file;
// building an index after the rows are in sorts its keys once and writes
// each page once. `DeferIndexes` records the definition of every
// non-unique index in the schema in deferred_indexes (migration 0011) and
// drops it; `RestoreIndexes` creates each recorded index again and forgets
// it, and is a no-op when none is recorded. Unique indexes and primary keys
// stay, so duplicates are still refused as they are written. Each runs in
// one transaction holding the schema lock, so it happens whole or not at
// all. `sql::Migrate` ends with `RestoreIndexes`: a store whose load was
// cut short has its indexes back the next time it is opened.
//
// Reads in between are correct, only slower. Both need a connection that
// may write, with no transaction open.
#pragma once

#include "base/error.h"
#include "storage/sql/query.h"

namespace lw::sql {

// The number of indexes dropped.
Result<int> DeferIndexes(Connection& connection);
// The number of indexes created.
Result<int> RestoreIndexes(Connection& connection);

}  // namespace lw::sql

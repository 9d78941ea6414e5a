-- 0011 deferred indexes: the secondary indexes a bulk load has put off
-- building (Store::StartBulkLoad, storage/sql/bulk_load.h), each with the
-- statement that creates it again. Empty except while a new store is being
-- filled; Migrate builds whatever is left here, so a load cut short never
-- leaves an index missing. Not copied by migrate-store: each database
-- keeps its own.

CREATE TABLE deferred_indexes (
  name TEXT PRIMARY KEY,
  definition TEXT NOT NULL
);

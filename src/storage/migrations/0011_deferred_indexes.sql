-- 0011 deferred indexes: the secondary indexes a bulk load has put off
-- building (Store::StartBulkLoad, storage/sql/bulk_load.h), each with the
-- statement that creates it again and the end of the load's lease (Unix
-- microseconds). Empty except while a store is being filled; once a lease
-- has run out, Migrate builds what is left, so a load cut short never
-- leaves an index missing for long. Not copied by migrate-store: each
-- database keeps its own.

CREATE TABLE deferred_indexes (
  name TEXT PRIMARY KEY,
  definition TEXT NOT NULL,
  lease_until BIGINT NOT NULL
);

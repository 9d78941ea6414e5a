-- 0002 background job runs: each (job, slot) is run by one server only.
-- Portable SQL, as 0001.

CREATE TABLE job_runs (
  job TEXT NOT NULL,                 -- 'sessions.purge'
  slot BIGINT NOT NULL,              -- start of the interval the run is for
  instance TEXT NOT NULL,            -- the server that ran it
  started_at BIGINT NOT NULL,
  finished_at BIGINT NOT NULL,
  outcome TEXT NOT NULL,
  PRIMARY KEY (job, slot)
);

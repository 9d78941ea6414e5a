-- 0006 team records: episodes of support, contacts, concerns, team
-- decisions, people's fuller details, staff posts and break-glass grants
-- (domain/ports/records.h). One versioned table pair for every kind, as
-- introductions are kept (ADR 0006, ADR 0010): the head row holds the
-- current version and what lists filter and sort on; each version is a row
-- that is never changed, holding the whole record as JSON
-- (storage/records) with who changed it, when and why. Portable SQL, as
-- 0001.

CREATE TABLE records (
  kind TEXT NOT NULL,                    -- RecordKindKey
  id TEXT NOT NULL,
  version BIGINT NOT NULL CHECK (version >= 1),
  team_id TEXT NOT NULL,                 -- '' when none
  owner_id TEXT NOT NULL,                -- '' when none
  is_open INTEGER NOT NULL CHECK (is_open IN (0, 1)),
  sort_key BIGINT NOT NULL,
  PRIMARY KEY (kind, id)
);
CREATE INDEX records_by_team ON records (kind, team_id, is_open, sort_key, id);
CREATE INDEX records_by_owner ON records (kind, owner_id, is_open, sort_key, id);
CREATE INDEX records_by_sort ON records (kind, sort_key, id);

CREATE TABLE record_versions (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  version BIGINT NOT NULL CHECK (version >= 1),
  changed_by TEXT NOT NULL,
  changed_at BIGINT NOT NULL,
  reason TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (kind, id, version),
  FOREIGN KEY (kind, id) REFERENCES records (kind, id)
);

-- The people each record's current version is about; flag: for a contact,
-- whether they attended. Rewritten with the head on every version.
CREATE TABLE record_links (
  kind TEXT NOT NULL,
  record_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  flag INTEGER NOT NULL CHECK (flag IN (0, 1)),
  sort_key BIGINT NOT NULL,              -- the record's, for "last seen" and timelines
  PRIMARY KEY (kind, record_id, person_id),
  FOREIGN KEY (kind, record_id) REFERENCES records (kind, id)
);
CREATE INDEX record_links_by_person ON record_links (person_id, kind, flag, sort_key);

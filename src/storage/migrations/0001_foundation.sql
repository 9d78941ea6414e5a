-- 0001 foundation: reference data, staff accounts, sessions and API tokens,
-- sign-in throttling, people (versioned) and the audit log.
--
-- Portable SQL: runs unchanged on SQLite 3 and PostgreSQL 15.
--   Times      BIGINT microseconds since the Unix epoch, UTC.
--   Dates      TEXT 'YYYY-MM-DD'.
--   Booleans   INTEGER, 0 or 1.
--   Optional references are NULL, never '' (so foreign keys can check them).
-- schema_migrations is created by the migration runner, not here.
-- person_versions and audit_log are append-only: no code updates or deletes
-- a row in them.

CREATE TABLE localities (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  service_name TEXT NOT NULL
);

CREATE TABLE neighbourhoods (
  id TEXT PRIMARY KEY,
  locality_id TEXT NOT NULL REFERENCES localities (id),
  name TEXT NOT NULL
);
CREATE INDEX neighbourhoods_by_locality ON neighbourhoods (locality_id);

CREATE TABLE organisations (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,                -- OrganisationKindKey: 'nhs-trust', 'council' ...
  network_partner INTEGER NOT NULL CHECK (network_partner IN (0, 1))
);

CREATE TABLE teams (
  id TEXT PRIMARY KEY,
  locality_id TEXT NOT NULL REFERENCES localities (id),
  neighbourhood_id TEXT REFERENCES neighbourhoods (id),  -- NULL: a locality-wide team
  name TEXT NOT NULL
);

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,                -- RoleKey: 'front-door', 'practitioner' ...
  organisation_id TEXT REFERENCES organisations (id),
  team_id TEXT REFERENCES teams (id),
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL CHECK (active IN (0, 1)),
  created_at BIGINT NOT NULL
);

-- Keyed by the hex SHA-256 of the secret the client holds; never the secret.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL
);

CREATE TABLE api_tokens (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  label TEXT NOT NULL,
  created_at BIGINT NOT NULL
);

-- One fixed window of failed sign-ins per key ('account:NAME', 'address:IP').
CREATE TABLE signin_failures (
  key TEXT PRIMARY KEY,
  window_start BIGINT NOT NULL,
  count INTEGER NOT NULL CHECK (count >= 1)
);

-- The head of each person's record: which team holds it and its current
-- version. The fields live in person_versions.
CREATE TABLE people (
  id TEXT PRIMARY KEY,
  team_id TEXT NOT NULL REFERENCES teams (id),
  version BIGINT NOT NULL CHECK (version >= 1)
);
CREATE INDEX people_by_team ON people (team_id);

-- Every version of every person's record, with who made it, when and why.
CREATE TABLE person_versions (
  person_id TEXT NOT NULL REFERENCES people (id),
  version BIGINT NOT NULL CHECK (version >= 1),
  team_id TEXT NOT NULL,
  given_name TEXT NOT NULL,
  family_name TEXT NOT NULL,
  preferred_name TEXT NOT NULL,
  date_of_birth TEXT,                -- 'YYYY-MM-DD', NULL when not known
  postcode TEXT NOT NULL,
  nhs_number TEXT NOT NULL,
  changed_by TEXT NOT NULL,
  changed_at BIGINT NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (person_id, version)
);

-- Hash-chained, append-only (domain/audit/audit.h). seq is 1, 2, 3 ... with
-- no gaps; no foreign keys, so an entry never blocks and outlives its record.
CREATE TABLE audit_log (
  seq BIGINT PRIMARY KEY,
  at BIGINT NOT NULL,
  actor_user_id TEXT NOT NULL,
  actor_role TEXT NOT NULL,
  organisation_id TEXT NOT NULL,
  action TEXT NOT NULL,
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_by_record ON audit_log (record_type, record_id);

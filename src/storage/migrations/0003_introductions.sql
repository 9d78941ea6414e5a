-- 0003 introductions: the front door (domain/frontdoor). Versioned like
-- people: the head row says which version is current and carries what lists
-- and look-ups need; every version is a row that is never changed, holding
-- the whole record as JSON (storage/sql/introduction_record.h) with who
-- changed it, when and why. Portable SQL, as 0001.

CREATE TABLE introductions (
  id TEXT PRIMARY KEY,
  reference TEXT NOT NULL UNIQUE,        -- 'LW-7K3M-Q9TP', quoted by the person
  version BIGINT NOT NULL CHECK (version >= 1),
  team_id TEXT NOT NULL REFERENCES teams (id),
  state TEXT NOT NULL,                   -- IntroductionStateKey
  received_at BIGINT NOT NULL,
  made_by_user_id TEXT REFERENCES users (id),   -- NULL: the public form
  assigned_user_id TEXT REFERENCES users (id),  -- NULL: nobody yet
  person_id TEXT REFERENCES people (id)         -- NULL: not matched or created yet
);
CREATE INDEX introductions_by_team ON introductions (team_id, state, received_at);
CREATE INDEX introductions_by_maker ON introductions (made_by_user_id, received_at);
CREATE INDEX introductions_by_person ON introductions (person_id);

CREATE TABLE introduction_versions (
  introduction_id TEXT NOT NULL REFERENCES introductions (id),
  version BIGINT NOT NULL CHECK (version >= 1),
  changed_by TEXT NOT NULL,
  changed_at BIGINT NOT NULL,
  reason TEXT NOT NULL,
  record TEXT NOT NULL,
  PRIMARY KEY (introduction_id, version)
);

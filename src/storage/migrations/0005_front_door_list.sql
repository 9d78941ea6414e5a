-- 0005 front-door list: what keeps the list of open introductions fast as
-- closed ones pile up (domain/ports/store.h, CountIntroductions and
-- ListIntroductions). Portable SQL, as 0001.
--
-- Partial indexes over the open introductions only: both SQLite and
-- PostgreSQL use one when the query's WHERE has its condition as written
-- ("state <> 'closed'", storage/sql/sql_tx_introductions.cc). Oldest first
-- no longer steps over every closed introduction, and a team's list no
-- longer sorts all of the team's introductions.

CREATE INDEX introductions_open_by_received ON introductions (received_at, id)
  WHERE state <> 'closed';
CREATE INDEX introductions_open_by_team ON introductions (team_id, received_at, id)
  WHERE state <> 'closed';
CREATE INDEX introductions_open_by_source ON introductions (source, received_at, id)
  WHERE state <> 'closed';

-- How many introductions each team has in each state, kept in the same
-- transaction as every introduction written (storage/sql), so the list's
-- total is a handful of rows rather than a count of every open one.
CREATE TABLE introduction_tallies (
  team_id TEXT NOT NULL REFERENCES teams (id),
  state TEXT NOT NULL,                   -- IntroductionStateKey
  n BIGINT NOT NULL CHECK (n >= 0),
  PRIMARY KEY (team_id, state)
);
INSERT INTO introduction_tallies (team_id, state, n)
  SELECT team_id, state, COUNT(*) FROM introductions GROUP BY team_id, state;

-- 0007 team view indexes: the lists of a team's and a worker's open
-- episodes (the huddle board and caseloads, services/team_huddle.cc) read
-- from an index alone. Portable SQL, as 0001.
--
-- A team view's read starts with a cold page cache (each view commits its
-- audit entries, and a commit empties every reader connection's cache), so
-- what a view costs is the pages it touches. 0006's indexes found a list's
-- rows but not their version and owner or team, so every listed record
-- cost a visit to its head row as well as to its version's body. These
-- carry them (docs/performance.md, "The team's huddle and caseloads under
-- load"); the old ones are their prefixes, so they go.

CREATE INDEX records_listed_by_team
  ON records (kind, team_id, is_open, sort_key, id, version, owner_id);
CREATE INDEX records_listed_by_owner
  ON records (kind, owner_id, is_open, sort_key, id, version, team_id);
DROP INDEX records_by_team;
DROP INDEX records_by_owner;

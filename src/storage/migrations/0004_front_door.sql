-- 0004 front door: what the front-door list, its paging and the public
-- form need (domain/ports/store.h). Portable SQL, as 0001.
--
-- introductions.source is the IntroductionSourceKey, kept on the head row so
-- lists can filter and sort by it; rows written before this migration hold
-- '' (there were none in service). The indexes serve the list's orders over
-- many open introductions: each ends with received_at then id, as the
-- lists do.

ALTER TABLE introductions ADD COLUMN source TEXT NOT NULL DEFAULT '';
CREATE INDEX introductions_by_received ON introductions (received_at, id);
CREATE INDEX introductions_by_state ON introductions (state, received_at, id);
CREATE INDEX introductions_by_source ON introductions (source, received_at, id);

-- A form's one-time key and the introduction it made, so submitting the form
-- twice makes one introduction. Forgotten after a while (recorded_at).
CREATE TABLE introduction_submissions (
  key TEXT PRIMARY KEY,
  introduction_id TEXT NOT NULL REFERENCES introductions (id),
  recorded_at BIGINT NOT NULL
);
CREATE INDEX introduction_submissions_by_time ON introduction_submissions (recorded_at);

-- One fixed window of counted events per key ('introduce:203.0.113.9'), as
-- signin_failures.
CREATE TABLE rate_windows (
  key TEXT PRIMARY KEY,
  window_start BIGINT NOT NULL,
  count INTEGER NOT NULL CHECK (count >= 1)
);
CREATE INDEX rate_windows_by_start ON rate_windows (window_start);

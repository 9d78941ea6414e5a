-- 0010 user email: where a staff account's reminders go (issue 7: warm
-- introductions not landed in time are also sent by email, through the
-- outbox; domain/network/outbox.h). Optional: '' for none. Portable SQL:
-- SQLite and PostgreSQL both add a column with a constant default in place.

ALTER TABLE users ADD COLUMN email TEXT NOT NULL DEFAULT '';

-- 0008 audit without a by-record index (ADR 0013). Portable SQL, as 0001.
--
-- Every view of a list writes one audit entry for each person it shows (a
-- huddle board about 150, a caseload 60). audit_log itself grows at its
-- end, but audit_log_by_record put each entry on the leaf of its person's
-- id, a random page, so every commit wrote a page for each person shown,
-- and the checkpoint wrote it again: most of a team view's cost
-- (docs/performance.md). Nothing on a page's path reads the log by record;
-- an investigation reads it whole (StoreTx::AuditForRecord), which takes
-- about a second per million entries.

DROP INDEX audit_log_by_record;

-- Everyone who ever submitted a claim (SUBMIT, RESUBMIT), not only the latest: the four-eyes and
-- independence rules exclude them all from reviewing or approving it.
ALTER TABLE claim ADD COLUMN submitters BIGINT[] NOT NULL DEFAULT '{}';
UPDATE claim SET submitters = ARRAY[submitted_by] WHERE submitted_by IS NOT NULL;

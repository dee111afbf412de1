-- A computed check attached to a claim is evidence of its own kind: it links to the stored check
-- (query, dataset version, value) instead of a web page, and can be re-run.
ALTER TABLE evidence ADD COLUMN kind VARCHAR(10) NOT NULL DEFAULT 'SOURCE';
ALTER TABLE evidence ADD COLUMN check_id BIGINT REFERENCES reference_check (id);
ALTER TABLE evidence ADD CONSTRAINT evidence_kind_ck CHECK (
    (kind = 'SOURCE' AND check_id IS NULL) OR (kind = 'CHECK' AND check_id IS NOT NULL));
CREATE UNIQUE INDEX evidence_check_uk ON evidence (check_id) WHERE check_id IS NOT NULL;

-- A change the sentence states ("rose from 4.2% to 4.8%", "down by £106 to £2,280") links two
-- claims of one article: each end keeps its role, the direction the text gives and the figures as
-- read at extraction, and points at the other end.
ALTER TABLE claim
    ADD COLUMN change_role      VARCHAR(4),
    ADD COLUMN change_direction VARCHAR(4),
    ADD COLUMN change_from      NUMERIC,
    ADD COLUMN change_to        NUMERIC,
    ADD COLUMN change_by        NUMERIC,
    ADD COLUMN change_claim_id  BIGINT;

ALTER TABLE claim ADD CONSTRAINT claim_change_role_ck CHECK (change_role IN ('FROM', 'TO', 'BY'));
ALTER TABLE claim ADD CONSTRAINT claim_change_direction_ck CHECK (change_direction IN ('UP', 'DOWN', 'SAME'));
ALTER TABLE claim ADD CONSTRAINT claim_change_whole_ck CHECK (change_role IS NOT NULL
    OR (change_direction IS NULL AND change_from IS NULL AND change_to IS NULL AND change_by IS NULL
        AND change_claim_id IS NULL));
-- both ends of a change are inserted in one batch, each naming the other: checked at commit
ALTER TABLE claim ADD CONSTRAINT claim_change_claim_fk FOREIGN KEY (change_claim_id) REFERENCES claim (id)
    ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX claim_change_claim_idx ON claim (change_claim_id) WHERE change_claim_id IS NOT NULL;

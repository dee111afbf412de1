-- The audit chain without a global lock (issue 15): business transactions append entries unsealed
-- (seq, prev_hash, hash NULL) with the hash of their content; one sealer at a time (AuditSealer)
-- gives each the next sequence number, the previous entry's hash and its own hash. format says how
-- an entry's hash is computed: 1 for the entries written so far (chained in id order under the old
-- lock), 2 for sealed ones (see AuditHash).

DROP TRIGGER audit_log_no_update_delete ON audit_log;
DROP TRIGGER audit_log_no_truncate ON audit_log;

ALTER TABLE audit_log ADD COLUMN seq BIGINT;
ALTER TABLE audit_log ADD COLUMN content_hash CHAR(64);
ALTER TABLE audit_log ADD COLUMN format SMALLINT NOT NULL DEFAULT 1;
ALTER TABLE audit_log ALTER COLUMN format DROP DEFAULT;

-- the old chain ran in id order: number it so, from 1
UPDATE audit_log a SET seq = n.seq
  FROM (SELECT id, row_number() OVER (ORDER BY id) AS seq FROM audit_log) n
 WHERE a.id = n.id;

ALTER TABLE audit_log ALTER COLUMN prev_hash DROP NOT NULL;
ALTER TABLE audit_log ALTER COLUMN hash DROP NOT NULL;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_sealed_ck CHECK (
    (seq IS NULL AND prev_hash IS NULL AND hash IS NULL)
    OR (seq IS NOT NULL AND prev_hash IS NOT NULL AND hash IS NOT NULL));
ALTER TABLE audit_log ADD CONSTRAINT audit_log_format_ck CHECK (format IN (1, 2));
ALTER TABLE audit_log ADD CONSTRAINT audit_log_content_ck CHECK (format = 1 OR content_hash IS NOT NULL);
-- one entry per place in the chain: two sealers can never both write the same number (partial:
-- an unsealed entry costs no index entry here)
CREATE UNIQUE INDEX audit_log_seq_uk ON audit_log (seq) WHERE seq IS NOT NULL;
-- ids no longer order the chain (seq does): Hibernate takes them 50 at a time, without a query per entry
ALTER SEQUENCE audit_log_id_seq INCREMENT BY 50;
-- what the sealer looks for every round; stays small (under a second of writes)
CREATE INDEX audit_log_unsealed_ix ON audit_log (id) WHERE hash IS NULL;

-- New entries arrive unsealed: only sealing gives them a place in the chain. (The trigger's WHEN
-- clause keeps an ordinary insert from calling any function.)
CREATE FUNCTION audit_log_refuse_sealed_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log: entries are appended unsealed; only the sealer chains them';
END;
$$;

-- The one update allowed: sealing an unsealed entry, once, changing nothing but seq, prev_hash
-- and hash. Every other UPDATE (of a sealed entry, or of any other column) is refused, as are
-- DELETE and TRUNCATE.
CREATE FUNCTION audit_log_seal_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.seq IS NOT NULL OR OLD.prev_hash IS NOT NULL OR OLD.hash IS NOT NULL THEN
        RAISE EXCEPTION 'audit_log is append-only: entry % is sealed', OLD.id;
    END IF;
    IF NEW.seq IS NULL OR NEW.prev_hash IS NULL OR NEW.hash IS NULL THEN
        RAISE EXCEPTION 'audit_log is append-only: an update may only seal entry %', OLD.id;
    END IF;
    IF (NEW.id, NEW.at, NEW.actor, NEW.action, NEW.entity_type, NEW.entity_id, NEW.before, NEW.after,
        NEW.reason, NEW.format, NEW.content_hash)
       IS DISTINCT FROM
       (OLD.id, OLD.at, OLD.actor, OLD.action, OLD.entity_type, OLD.entity_id, OLD.before, OLD.after,
        OLD.reason, OLD.format, OLD.content_hash) THEN
        RAISE EXCEPTION 'audit_log is append-only: sealing entry % may not change it', OLD.id;
    END IF;
    RETURN NEW;
END;
$$;

-- Once per sealing statement, over the rows it sealed: each follows the entry one before it in the
-- chain (seq - 1, or genesis for 1) and links to its hash. With seq unique, the chain can then only
-- grow at its end, 1, 2, 3... without a gap or a fork.
CREATE FUNCTION audit_log_seal_at_end() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    bad RECORD;
BEGIN
    SELECT n.id, n.seq INTO bad
      FROM sealed n LEFT JOIN audit_log p ON p.seq = n.seq - 1
     WHERE n.seq < 1
        OR n.prev_hash IS DISTINCT FROM (CASE WHEN n.seq = 1 THEN repeat('0', 64)::CHAR(64) ELSE p.hash END)
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'audit_log: entry % must be sealed at the end of the chain, linked to entry number %',
            bad.id, bad.seq - 1;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER audit_log_append_unsealed BEFORE INSERT ON audit_log
    FOR EACH ROW WHEN (NEW.seq IS NOT NULL OR NEW.prev_hash IS NOT NULL OR NEW.hash IS NOT NULL)
    EXECUTE FUNCTION audit_log_refuse_sealed_insert();
CREATE TRIGGER audit_log_seal_only BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_seal_only();
CREATE TRIGGER audit_log_seal_at_end AFTER UPDATE ON audit_log
    REFERENCING NEW TABLE AS sealed
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_seal_at_end();
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

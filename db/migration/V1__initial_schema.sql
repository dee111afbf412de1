-- ClaimDesk schema, version 1: accounts, articles, claims, evidence, comments and the audit log.
-- Never edit a migration once it has landed: add V2__... instead.

CREATE TABLE app_user (
    id            BIGSERIAL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    -- comma-separated subset of EDITOR, REVIEWER, ADMIN (what quarkus-security-jpa reads)
    roles         VARCHAR(100) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT app_user_username_uk UNIQUE (username),
    CONSTRAINT app_user_roles_ck CHECK (roles ~ '^(EDITOR|REVIEWER|ADMIN)(,(EDITOR|REVIEWER|ADMIN))*$')
);

-- Failed sign-ins per name tried (whether or not such a user exists, so a lock reveals nothing).
CREATE TABLE login_throttle (
    username        VARCHAR(64) PRIMARY KEY,
    failures        INT         NOT NULL DEFAULT 0,
    last_failure_at TIMESTAMPTZ,
    locked_until    TIMESTAMPTZ
);

CREATE TABLE article (
    id            BIGSERIAL PRIMARY KEY,
    title         TEXT        NOT NULL,
    outlet        TEXT,
    author        TEXT,
    url           TEXT,
    published_at  DATE,
    body          TEXT        NOT NULL,
    source_format VARCHAR(16) NOT NULL DEFAULT 'text',
    -- SHA-256 of the stored body: the same content submitted twice links to one article
    content_hash  CHAR(64)    NOT NULL,
    created_by    BIGINT      REFERENCES app_user (id),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    version       BIGINT      NOT NULL DEFAULT 0,
    search        TSVECTOR GENERATED ALWAYS AS (
                      setweight(to_tsvector('english', coalesce(title, '')), 'A')
                      || setweight(to_tsvector('english', body), 'B')) STORED,
    CONSTRAINT article_content_hash_uk UNIQUE (content_hash)
);
CREATE INDEX article_search_ix ON article USING GIN (search);
CREATE INDEX article_outlet_ix ON article (outlet, published_at);

CREATE TABLE claim (
    id                  BIGSERIAL PRIMARY KEY,
    article_id          BIGINT       NOT NULL REFERENCES article (id),
    status              VARCHAR(20)  NOT NULL,
    origin              VARCHAR(10)  NOT NULL DEFAULT 'EXTRACTED', -- EXTRACTED or MANUAL
    quote               TEXT         NOT NULL,
    start_offset        INT          NOT NULL,
    end_offset          INT          NOT NULL,
    sentence            TEXT,
    sentence_start      INT,
    sentence_end        INT,
    value               NUMERIC,
    high                NUMERIC,
    approx              BOOLEAN      NOT NULL DEFAULT FALSE,
    bound               VARCHAR(2)   NOT NULL DEFAULT '=',
    unit                VARCHAR(40),
    type                VARCHAR(20)  NOT NULL,
    speaker             TEXT,
    hedges              TEXT[]       NOT NULL DEFAULT '{}',
    time_ref            TEXT,
    checkworthiness     DOUBLE PRECISION NOT NULL DEFAULT 0,
    editor_id           BIGINT       REFERENCES app_user (id),
    confirmed_by        BIGINT       REFERENCES app_user (id),
    submitted_by        BIGINT       REFERENCES app_user (id),
    submitted_at        TIMESTAMPTZ,
    assignee_id         BIGINT       REFERENCES app_user (id),
    lease_until         TIMESTAMPTZ,
    due_at              TIMESTAMPTZ,
    verdict             VARCHAR(20),
    verdict_explanation TEXT,
    proposed_by         BIGINT       REFERENCES app_user (id),
    approved_by         BIGINT       REFERENCES app_user (id),
    status_reason       TEXT,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT claim_span_ck CHECK (start_offset >= 0 AND end_offset > start_offset),
    CONSTRAINT claim_bound_ck CHECK (bound IN ('=', '>', '<', '>=', '<='))
);
-- ids are handed out 50 at a time so that Hibernate can batch the inserts of one article's claims
ALTER SEQUENCE claim_id_seq INCREMENT BY 50;
CREATE INDEX claim_article_ix ON claim (article_id, start_offset);
CREATE INDEX claim_speaker_ix ON claim (lower(speaker));
CREATE INDEX claim_status_ix ON claim (status, id);
-- the reviewer queue reads only SUBMITTED claims in priority order
-- expired leases are found on every queue request
CREATE INDEX claim_lease_ix ON claim (lease_until) WHERE status = 'IN_REVIEW';
CREATE INDEX claim_queue_ix ON claim (due_at NULLS LAST, checkworthiness DESC, submitted_at, id)
    WHERE status = 'SUBMITTED';

CREATE TABLE evidence (
    id              BIGSERIAL PRIMARY KEY,
    claim_id        BIGINT      NOT NULL REFERENCES claim (id),
    title           TEXT        NOT NULL,
    url             TEXT        NOT NULL,
    publisher       TEXT,
    accessed_at     DATE,
    excerpt         TEXT,
    reference_value NUMERIC,
    reference_unit  VARCHAR(40),
    added_by        BIGINT      NOT NULL REFERENCES app_user (id),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX evidence_claim_ix ON evidence (claim_id);

CREATE TABLE claim_comment (
    id         BIGSERIAL PRIMARY KEY,
    claim_id   BIGINT      NOT NULL REFERENCES claim (id),
    author_id  BIGINT      NOT NULL REFERENCES app_user (id),
    body       TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX claim_comment_claim_ix ON claim_comment (claim_id, created_at);

-- Bulk imports run in the background; a page and GET /api/jobs/{id} follow their progress.
CREATE TABLE import_job (
    id          BIGSERIAL PRIMARY KEY,
    created_by  VARCHAR(64) NOT NULL,
    status      VARCHAR(12) NOT NULL,          -- QUEUED, RUNNING, DONE
    total       INT         NOT NULL,
    processed   INT         NOT NULL DEFAULT 0,
    succeeded   INT         NOT NULL DEFAULT 0,
    failed      INT         NOT NULL DEFAULT 0,
    errors      JSONB       NOT NULL DEFAULT '[]',  -- [{line, name, message}]
    article_ids JSONB       NOT NULL DEFAULT '[]',
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at TIMESTAMPTZ
);

-- Append-only, hash-chained record of every change: hash = SHA-256(canonical entry + prev_hash).
CREATE TABLE audit_log (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL,
    actor       VARCHAR(64) NOT NULL,
    action      VARCHAR(40) NOT NULL,
    entity_type VARCHAR(20) NOT NULL,
    entity_id   BIGINT,
    before      JSONB,
    after       JSONB,
    reason      TEXT,
    prev_hash   CHAR(64)    NOT NULL,
    hash        CHAR(64)    NOT NULL
);
CREATE INDEX audit_log_entity_ix ON audit_log (entity_type, entity_id, id);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

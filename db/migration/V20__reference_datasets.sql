-- Reference datasets (official tables) with their versions, rows and import jobs; checks run
-- against one version; poll records on poll claims. Versions are never changed once imported:
-- a new import of the same dataset is a new version, and checks name the version they used.

CREATE TABLE reference_dataset (
    id          BIGSERIAL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    -- hoc-results, homeoffice or long: every version of a dataset has the same shape
    format      VARCHAR(20)  NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
-- names are told apart without regard to case: "GE2024" and "ge2024" are one dataset
CREATE UNIQUE INDEX reference_dataset_name_uk ON reference_dataset (lower(name));

CREATE TABLE reference_version (
    id            BIGSERIAL PRIMARY KEY,
    dataset_id    BIGINT       NOT NULL REFERENCES reference_dataset (id),
    number        INT          NOT NULL,
    publisher     TEXT,
    licence       TEXT,
    source_url    TEXT,
    release_date  DATE,
    attribution   TEXT,
    title         TEXT,
    -- [{name, kind}] in file order; kind TEXT, NUMBER, YEAR, QUARTER or DATE
    columns       JSONB        NOT NULL,
    -- what the importer learnt: row noun, polling day, value column, units
    meta          JSONB        NOT NULL,
    row_count     INT          NOT NULL,
    -- the period the rows cover, in words ("2018 Q1–2023 Q4", "the general election of 2024-07-04")
    coverage      TEXT         NOT NULL,
    -- SHA-256 of the file as uploaded: the same file imported twice is recognisable
    content_hash  CHAR(64)     NOT NULL,
    imported_by   VARCHAR(64)  NOT NULL,
    imported_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT reference_version_number_uk UNIQUE (dataset_id, number)
);

-- One row of a version: its cells in column order (numbers without separators), and its source line.
CREATE TABLE reference_row (
    version_id BIGINT NOT NULL REFERENCES reference_version (id),
    line       INT    NOT NULL,
    cells      JSONB  NOT NULL,
    PRIMARY KEY (version_id, line)
);

-- Imports started from the datasets page run in the background; the page follows their progress.
CREATE TABLE reference_import (
    id             BIGSERIAL PRIMARY KEY,
    created_by     VARCHAR(64) NOT NULL,
    name           VARCHAR(100) NOT NULL,
    format         VARCHAR(20) NOT NULL,
    status         VARCHAR(12) NOT NULL,      -- QUEUED, RUNNING, DONE, FAILED
    total          INT         NOT NULL,
    processed      INT         NOT NULL DEFAULT 0,
    error          TEXT,
    dataset_id     BIGINT      REFERENCES reference_dataset (id),
    version_id     BIGINT      REFERENCES reference_version (id),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at    TIMESTAMPTZ
);

-- A check: a query over one dataset version, run for a claim, with what it gave and the proposal.
CREATE TABLE reference_check (
    id               BIGSERIAL PRIMARY KEY,
    claim_id         BIGINT       NOT NULL REFERENCES claim (id),
    version_id       BIGINT       NOT NULL REFERENCES reference_version (id),
    query            JSONB        NOT NULL,
    description      TEXT         NOT NULL,
    period_mapping   TEXT,
    reference_value  NUMERIC      NOT NULL,
    unit             VARCHAR(60)  NOT NULL,
    row_count        INT          NOT NULL,
    partial          BOOLEAN      NOT NULL DEFAULT FALSE,
    proposed_verdict VARCHAR(20),
    rule             TEXT,
    created_by       VARCHAR(64)  NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX reference_check_claim_ix ON reference_check (claim_id, id);

-- The poll behind a poll claim: who, when, how many, the shares; one per claim.
CREATE TABLE reference_poll (
    id               BIGSERIAL PRIMARY KEY,
    claim_id         BIGINT       NOT NULL REFERENCES claim (id),
    pollster         TEXT,
    fieldwork_start  DATE,
    fieldwork_end    DATE,
    sample_size      INT,
    -- {"Reform UK": 27, "Labour": 26}: shares in percent, in the order given
    shares           JSONB        NOT NULL,
    commissioned_by  TEXT,
    method           TEXT,
    population       TEXT,
    question         TEXT,
    tables_url       TEXT,
    updated_by       VARCHAR(64)  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT reference_poll_claim_uk UNIQUE (claim_id),
    CONSTRAINT reference_poll_sample_ck CHECK (sample_size IS NULL OR sample_size > 0)
);

-- Desk analytics (org.claimdesk.stats): summaries of the audit log, kept up to date by a trigger on
-- each claim step it records, so that the dashboard never scans the whole log. They read only the
-- entries' entity_type, entity_id, action, actor and at: how the chain's hash columns are filled is
-- not their business. Articles never change outlet after ingest, so a claim's outlet is looked up
-- when its entry arrives. Outlets are kept lower-cased, '' for an article that names none.

-- One row per claim that entered review: when it first reached each step on its way to publication.
CREATE TABLE stats_claim_flow (
    claim_id     BIGINT PRIMARY KEY,
    outlet       TEXT NOT NULL,
    submitted_at TIMESTAMPTZ,
    taken_at     TIMESTAMPTZ,
    proposed_at  TIMESTAMPTZ,
    approved_at  TIMESTAMPTZ,
    published_at TIMESTAMPTZ
);
CREATE INDEX stats_claim_flow_approved_ix ON stats_claim_flow (approved_at) INCLUDE (claim_id);

-- The stages of that first pass, one row per claim and stage once both of its ends are known:
-- 'taken' (submitted to taken), 'proposed', 'approved', 'published' and 'total' (submitted to
-- published). A percentile is found without sorting: the counts per bucket (stats_stage_count) say
-- which bucket holds the k-th duration and how many come before it there, and the index, in
-- (bucket, hours) order, is read from that bucket's start.
CREATE TABLE stats_stage_time (
    claim_id BIGINT           NOT NULL,
    stage    VARCHAR(10)      NOT NULL,
    ended_at TIMESTAMPTZ      NOT NULL,
    week     DATE             NOT NULL,  -- the Monday (UTC) of ended_at
    outlet   TEXT             NOT NULL,
    hours    DOUBLE PRECISION NOT NULL,
    bucket   SMALLINT         NOT NULL,  -- stats_hours_bucket(hours)
    PRIMARY KEY (claim_id, stage)
);
CREATE INDEX stats_stage_time_week_ix ON stats_stage_time (stage, week, bucket, hours) INCLUDE (ended_at, outlet);
CREATE INDEX stats_stage_time_bucket_ix ON stats_stage_time (stage, bucket, hours) INCLUDE (ended_at, outlet);

CREATE TABLE stats_stage_count (
    outlet TEXT        NOT NULL,
    stage  VARCHAR(10) NOT NULL,
    week   DATE        NOT NULL,
    bucket SMALLINT    NOT NULL,
    n      INT         NOT NULL,
    PRIMARY KEY (outlet, stage, week, bucket)
);
-- The same over all outlets: what the dashboard reads when it is not filtered by outlet.
CREATE TABLE stats_stage_count_all (
    stage  VARCHAR(10) NOT NULL,
    week   DATE        NOT NULL,
    bucket SMALLINT    NOT NULL,
    n      INT         NOT NULL,
    PRIMARY KEY (stage, week, bucket)
);

-- Review steps per UTC day, outlet, actor and action: reviewer load, send-back and needs-info rates.
CREATE TABLE stats_action_day (
    day    DATE        NOT NULL,
    outlet TEXT        NOT NULL,
    actor  VARCHAR(64) NOT NULL,
    action VARCHAR(40) NOT NULL,
    n      INT         NOT NULL,
    PRIMARY KEY (day, action, actor, outlet)
);

-- Durations in buckets a quarter of a doubling wide (about 19 %), from a minute up; never
-- decreasing in hours, so (bucket, hours) order is hours order.
CREATE FUNCTION stats_hours_bucket(hours DOUBLE PRECISION) RETURNS SMALLINT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT floor(4 * ln(greatest(hours * 60, 1)) / ln(2))::smallint
$$;

-- A claim's stages from its flow row (the same rows for the trigger and for stats_rebuild()).
CREATE FUNCTION stats_stages_of(f stats_claim_flow)
RETURNS TABLE (stage VARCHAR, ended_at TIMESTAMPTZ, week DATE, hours DOUBLE PRECISION, bucket SMALLINT)
LANGUAGE sql IMMUTABLE AS $$
    SELECT v.stage, v.ended_at, date_trunc('week', v.ended_at AT TIME ZONE 'UTC')::date, h.hours,
           stats_hours_bucket(h.hours)
    FROM (VALUES ('taken'::varchar, f.submitted_at, f.taken_at), ('proposed', f.taken_at, f.proposed_at),
                 ('approved', f.proposed_at, f.approved_at), ('published', f.approved_at, f.published_at),
                 ('total', f.submitted_at, f.published_at)) AS v(stage, started_at, ended_at)
    CROSS JOIN LATERAL (SELECT date_part('epoch', v.ended_at - v.started_at) / 3600 AS hours) AS h
    WHERE v.started_at IS NOT NULL AND v.ended_at IS NOT NULL
$$;

CREATE FUNCTION stats_count_stage(stage_name VARCHAR, week_start DATE, outlet_key TEXT, bucket_no SMALLINT,
                                  delta INT) RETURNS void LANGUAGE sql AS $$
    INSERT INTO stats_stage_count AS c (outlet, stage, week, bucket, n)
    VALUES (outlet_key, stage_name, week_start, bucket_no, delta)
    ON CONFLICT ON CONSTRAINT stats_stage_count_pkey DO UPDATE SET n = c.n + EXCLUDED.n;
    INSERT INTO stats_stage_count_all AS c (stage, week, bucket, n)
    VALUES (stage_name, week_start, bucket_no, delta)
    ON CONFLICT ON CONSTRAINT stats_stage_count_all_pkey DO UPDATE SET n = c.n + EXCLUDED.n;
$$;

CREATE FUNCTION stats_audit_log_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    claim_outlet TEXT;
    flow stats_claim_flow;
    step RECORD;
    old_row stats_stage_time;
BEGIN
    SELECT coalesce(lower(a.outlet), '') INTO claim_outlet
    FROM claim c JOIN article a ON a.id = c.article_id WHERE c.id = NEW.entity_id;
    claim_outlet := coalesce(claim_outlet, '');
    INSERT INTO stats_action_day AS d (day, outlet, actor, action, n)
    VALUES ((NEW.at AT TIME ZONE 'UTC')::date, claim_outlet, NEW.actor, NEW.action, 1)
    ON CONFLICT (day, action, actor, outlet) DO UPDATE SET n = d.n + 1;
    IF NEW.action NOT IN ('CLAIM_SUBMIT', 'CLAIM_TAKE', 'CLAIM_PROPOSE_VERDICT', 'CLAIM_APPROVE', 'CLAIM_PUBLISH') THEN
        RETURN NULL;
    END IF;
    -- LEAST skips NULLs: each column keeps the earliest time its step happened
    INSERT INTO stats_claim_flow AS f (claim_id, outlet, submitted_at, taken_at, proposed_at, approved_at, published_at)
    VALUES (NEW.entity_id, claim_outlet,
            CASE WHEN NEW.action = 'CLAIM_SUBMIT' THEN NEW.at END,
            CASE WHEN NEW.action = 'CLAIM_TAKE' THEN NEW.at END,
            CASE WHEN NEW.action = 'CLAIM_PROPOSE_VERDICT' THEN NEW.at END,
            CASE WHEN NEW.action = 'CLAIM_APPROVE' THEN NEW.at END,
            CASE WHEN NEW.action = 'CLAIM_PUBLISH' THEN NEW.at END)
    ON CONFLICT (claim_id) DO UPDATE SET
        submitted_at = LEAST(f.submitted_at, EXCLUDED.submitted_at),
        taken_at = LEAST(f.taken_at, EXCLUDED.taken_at),
        proposed_at = LEAST(f.proposed_at, EXCLUDED.proposed_at),
        approved_at = LEAST(f.approved_at, EXCLUDED.approved_at),
        published_at = LEAST(f.published_at, EXCLUDED.published_at)
    RETURNING * INTO flow;
    -- later passes (after a send-back or a reopening) leave the first one as it was
    FOR step IN SELECT * FROM stats_stages_of(flow) LOOP
        SELECT * INTO old_row FROM stats_stage_time t WHERE t.claim_id = flow.claim_id AND t.stage = step.stage;
        IF NOT FOUND THEN
            INSERT INTO stats_stage_time (claim_id, stage, ended_at, week, outlet, hours, bucket)
            VALUES (flow.claim_id, step.stage, step.ended_at, step.week, flow.outlet, step.hours, step.bucket);
            PERFORM stats_count_stage(step.stage, step.week, flow.outlet, step.bucket, 1);
        ELSIF old_row.ended_at <> step.ended_at OR old_row.hours <> step.hours THEN
            -- only when an entry arrives out of time order
            UPDATE stats_stage_time t SET ended_at = step.ended_at, week = step.week, hours = step.hours,
                bucket = step.bucket
            WHERE t.claim_id = flow.claim_id AND t.stage = step.stage;
            PERFORM stats_count_stage(step.stage, old_row.week, flow.outlet, old_row.bucket, -1);
            PERFORM stats_count_stage(step.stage, step.week, flow.outlet, step.bucket, 1);
        END IF;
    END LOOP;
    RETURN NULL;
END;
$$;

CREATE TRIGGER audit_log_stats AFTER INSERT ON audit_log FOR EACH ROW
    WHEN (NEW.entity_type = 'CLAIM' AND NEW.action IN ('CLAIM_SUBMIT', 'CLAIM_RESUBMIT', 'CLAIM_TAKE',
          'CLAIM_RELEASE', 'CLAIM_LEASE_EXPIRED', 'CLAIM_NEEDS_INFO', 'CLAIM_PROPOSE_VERDICT', 'CLAIM_APPROVE',
          'CLAIM_SEND_BACK', 'CLAIM_PUBLISH', 'CLAIM_REOPEN'))
    EXECUTE FUNCTION stats_audit_log_inserted();

-- The summaries from the whole log, in one pass each: the rows the trigger would have written. Run
-- here for the history so far; SELECT stats_rebuild() does it again (after a bulk load with the
-- trigger disabled, say). It locks the summaries until it commits.
CREATE FUNCTION stats_rebuild() RETURNS void LANGUAGE sql AS $$
    TRUNCATE stats_action_day, stats_claim_flow, stats_stage_time, stats_stage_count, stats_stage_count_all;

    INSERT INTO stats_action_day (day, outlet, actor, action, n)
    SELECT (l.at AT TIME ZONE 'UTC')::date, coalesce(lower(a.outlet), ''), l.actor, l.action, count(*)
    FROM audit_log l LEFT JOIN claim c ON c.id = l.entity_id LEFT JOIN article a ON a.id = c.article_id
    WHERE l.entity_type = 'CLAIM' AND l.action IN ('CLAIM_SUBMIT', 'CLAIM_RESUBMIT', 'CLAIM_TAKE', 'CLAIM_RELEASE',
          'CLAIM_LEASE_EXPIRED', 'CLAIM_NEEDS_INFO', 'CLAIM_PROPOSE_VERDICT', 'CLAIM_APPROVE', 'CLAIM_SEND_BACK',
          'CLAIM_PUBLISH', 'CLAIM_REOPEN')
    GROUP BY 1, 2, 3, 4;

    INSERT INTO stats_claim_flow (claim_id, outlet, submitted_at, taken_at, proposed_at, approved_at, published_at)
    SELECT l.entity_id, coalesce(lower(min(a.outlet)), ''),
           min(l.at) FILTER (WHERE l.action = 'CLAIM_SUBMIT'),
           min(l.at) FILTER (WHERE l.action = 'CLAIM_TAKE'),
           min(l.at) FILTER (WHERE l.action = 'CLAIM_PROPOSE_VERDICT'),
           min(l.at) FILTER (WHERE l.action = 'CLAIM_APPROVE'),
           min(l.at) FILTER (WHERE l.action = 'CLAIM_PUBLISH')
    FROM audit_log l LEFT JOIN claim c ON c.id = l.entity_id LEFT JOIN article a ON a.id = c.article_id
    WHERE l.entity_type = 'CLAIM' AND l.entity_id IS NOT NULL
      AND l.action IN ('CLAIM_SUBMIT', 'CLAIM_TAKE', 'CLAIM_PROPOSE_VERDICT', 'CLAIM_APPROVE', 'CLAIM_PUBLISH')
    GROUP BY l.entity_id;

    INSERT INTO stats_stage_time (claim_id, stage, ended_at, week, outlet, hours, bucket)
    SELECT f.claim_id, s.stage, s.ended_at, s.week, f.outlet, s.hours, s.bucket
    FROM stats_claim_flow f CROSS JOIN LATERAL stats_stages_of(f) s;

    INSERT INTO stats_stage_count (outlet, stage, week, bucket, n)
    SELECT outlet, stage, week, bucket, count(*) FROM stats_stage_time GROUP BY 1, 2, 3, 4;

    INSERT INTO stats_stage_count_all (stage, week, bucket, n)
    SELECT stage, week, bucket, count(*) FROM stats_stage_time GROUP BY 1, 2, 3;
$$;

SELECT stats_rebuild();

-- Claims by the day they came in (status counts, per-day series), verdicts of decided claims, the
-- waiting queue's ages, the claims each reviewer holds, and outlet filters.
CREATE INDEX claim_created_ix ON claim (created_at) INCLUDE (status, article_id);
CREATE INDEX claim_decided_ix ON claim (article_id) INCLUDE (verdict, speaker, id)
    WHERE status IN ('APPROVED', 'PUBLISHED') AND verdict IS NOT NULL;
CREATE INDEX claim_waiting_ix ON claim (submitted_at) INCLUDE (due_at, updated_at, article_id)
    WHERE status = 'SUBMITTED';
CREATE INDEX claim_held_ix ON claim (assignee_id) INCLUDE (article_id) WHERE status = 'IN_REVIEW';
CREATE INDEX article_outlet_lower_ix ON article (lower(outlet));

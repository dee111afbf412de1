-- Generated desk history for the stats benchmark: ${claims} claims (about one in twenty a candidate) on
-- one article per hundred claims, spread over a year, each moved as far along the workflow as its
-- draw says, with the audit entries the workflow writes (and a send-back or a needs-info round for
-- some). Hash columns get a placeholder: the stats never read them. Statements end with ';' at a line's end.
SELECT setseed(0.16);
INSERT INTO app_user (username, password_hash, roles)
SELECT 'bench-reviewer-' || g, 'not-a-hash', 'REVIEWER' FROM generate_series(1, 8) g
ON CONFLICT (username) DO NOTHING;
CREATE TEMP TABLE bench_reviewer AS
SELECT row_number() OVER (ORDER BY id) - 1 AS k, id, username FROM app_user WHERE username LIKE 'bench-reviewer-%';
CREATE TEMP TABLE bench_mark AS SELECT coalesce(max(id), 0) AS last_article FROM article;
INSERT INTO article (title, outlet, published_at, body, content_hash, created_at)
SELECT 'Bench article ' || g,
       (ARRAY['Daily Ledger', 'Evening Post', 'Morning Star Gazette', 'The Courier', 'Northern Echo Weekly',
              'Harbour Times', 'City Tribune', 'Valley News', 'The Observer Desk', 'County Record', NULL,
              'Metro Daily'])[1 + g % 12],
       (now() - (g % 365) * interval '1 day')::date, 'Bench body ' || g,
       md5('bench-a' || g || clock_timestamp()) || md5('bench-b' || g), now() - (g % 365) * interval '1 day' - interval '4 days'
FROM generate_series(1, greatest(${claims} / 100, 1)) g;
CREATE TEMP TABLE bench_article AS
SELECT row_number() OVER (ORDER BY id) - 1 AS k, id, created_at FROM article
WHERE id > (SELECT last_article FROM bench_mark) AND title LIKE 'Bench article %';
-- one row per claim: how far it got (stage) and when each step happened
CREATE TEMP TABLE bench_claim AS
SELECT nextval('claim_id_seq') AS id, a.id AS article_id, g AS n, r.draw,
       CASE WHEN r.draw < 0.05 THEN 'CANDIDATE' WHEN r.draw < 0.13 THEN 'EXTRACTED'
            WHEN r.draw < 0.17 THEN 'REJECTED' WHEN r.draw < 0.21 THEN 'CONFIRMED'
            WHEN r.draw < 0.29 THEN 'SUBMITTED' WHEN r.draw < 0.33 THEN 'IN_REVIEW'
            WHEN r.draw < 0.35 THEN 'NEEDS_INFO' WHEN r.draw < 0.39 THEN 'VERDICT_PROPOSED'
            WHEN r.draw < 0.45 THEN 'APPROVED' ELSE 'PUBLISHED' END AS status,
       a.created_at + random() * interval '3 hours' AS created_at,
       random() * interval '6 hours' AS to_confirm, random() * interval '4 hours' AS to_submit,
       random() * random() * interval '40 hours' AS to_take, random() * interval '20 hours' AS to_propose,
       random() * interval '10 hours' AS to_approve, random() * interval '8 hours' AS to_publish,
       random() < 0.1 AS sent_back, random() < 0.06 AS asked_info, g % 8 AS taker, (g + 3) % 8 AS approver,
       random() AS verdict_draw, floor(40 * random() * random())::int AS speaker
FROM generate_series(1, ${claims}) g
CROSS JOIN LATERAL (SELECT random() AS draw, g % greatest(${claims} / 100, 1) AS k) r
JOIN bench_article a ON a.k = r.k;
ALTER TABLE bench_claim ADD COLUMN confirmed_at timestamptz, ADD COLUMN submitted_at timestamptz,
    ADD COLUMN taken_at timestamptz, ADD COLUMN proposed_at timestamptz, ADD COLUMN approved_at timestamptz,
    ADD COLUMN published_at timestamptz;
UPDATE bench_claim SET confirmed_at = created_at + to_confirm,
    submitted_at = created_at + to_confirm + to_submit,
    taken_at = created_at + to_confirm + to_submit + to_take,
    proposed_at = created_at + to_confirm + to_submit + to_take + to_propose,
    approved_at = created_at + to_confirm + to_submit + to_take + to_propose + to_approve,
    published_at = created_at + to_confirm + to_submit + to_take + to_propose + to_approve + to_publish;
INSERT INTO claim (id, article_id, status, quote, start_offset, end_offset, value, unit, type, speaker,
                   checkworthiness, submitted_at, assignee_id, due_at, verdict, verdict_explanation, created_at,
                   updated_at)
SELECT c.id, c.article_id, c.status, c.n || ' people', 0, 8, c.n, 'people', 'COUNT',
       CASE WHEN c.n % 9 = 0 THEN NULL ELSE 'Speaker ' || c.speaker END, c.draw,
       CASE WHEN c.status IN ('CANDIDATE', 'EXTRACTED', 'REJECTED', 'CONFIRMED') THEN NULL ELSE c.submitted_at END,
       CASE WHEN c.status IN ('IN_REVIEW', 'VERDICT_PROPOSED', 'APPROVED', 'PUBLISHED') THEN t.id END,
       CASE WHEN c.status = 'SUBMITTED' AND c.n % 3 = 0 THEN c.submitted_at + interval '2 days' END,
       CASE WHEN c.status IN ('VERDICT_PROPOSED', 'APPROVED', 'PUBLISHED')
            THEN CASE WHEN c.verdict_draw < 0.3 THEN 'ACCURATE' WHEN c.verdict_draw < 0.55 THEN 'MOSTLY_ACCURATE'
                      WHEN c.verdict_draw < 0.75 THEN 'MISLEADING' WHEN c.verdict_draw < 0.9 THEN 'INACCURATE'
                      ELSE 'UNSUPPORTED' END END,
       CASE WHEN c.status IN ('VERDICT_PROPOSED', 'APPROVED', 'PUBLISHED') THEN 'Checked against the bench.' END,
       c.created_at, c.created_at
FROM bench_claim c JOIN bench_reviewer t ON t.k = c.taker;
-- entries are appended unsealed with their content hash, as the app writes them (AuditHash.content):
-- the sealer chains them and the trail verifies; plain ASCII fields need no JSON escaping
CREATE FUNCTION pg_temp.bench_content_hash(at timestamptz, actor text, action text, entity_type text, entity_id bigint, reason text) RETURNS char(64) LANGUAGE sql IMMUTABLE AS $$ SELECT encode(sha256(convert_to('{"action":"' || action || '","actor":"' || actor || '","after":null,"at":"' || to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') || CASE WHEN extract(microseconds FROM at)::bigint % 1000000 = 0 THEN '' WHEN extract(microseconds FROM at)::bigint % 1000 = 0 THEN '.' || to_char(at AT TIME ZONE 'UTC', 'MS') ELSE '.' || to_char(at AT TIME ZONE 'UTC', 'US') END || 'Z","before":null,"entityId":' || entity_id || ',"entityType":"' || entity_type || '","format":2,"reason":' || coalesce('"' || reason || '"', 'null') || '}', 'UTF8')), 'hex') $$;
-- the audit entries of each claim's path, in the order the workflow writes them
INSERT INTO audit_log (at, actor, action, entity_type, entity_id, reason, format, content_hash)
SELECT e.at, e.actor, e.action, 'CLAIM', e.id, e.reason, 2,
       pg_temp.bench_content_hash(e.at, e.actor, e.action, 'CLAIM', e.id, e.reason)
FROM (
    SELECT c.id, c.created_at AS at, 'editor' AS actor, 'CLAIM_EXTRACTED' AS action, NULL AS reason
    FROM bench_claim c
    UNION ALL SELECT c.id, c.confirmed_at, 'editor', 'CLAIM_CONFIRM', NULL FROM bench_claim c
    WHERE c.status NOT IN ('CANDIDATE', 'EXTRACTED') AND (c.status <> 'REJECTED' OR c.n % 2 = 0)
    UNION ALL SELECT c.id, c.confirmed_at + interval '1 minute', 'editor', 'CLAIM_REJECT', 'not a claim'
    FROM bench_claim c WHERE c.status = 'REJECTED'
    UNION ALL SELECT c.id, c.submitted_at, 'editor', 'CLAIM_SUBMIT', NULL FROM bench_claim c
    WHERE c.status NOT IN ('CANDIDATE', 'EXTRACTED', 'REJECTED', 'CONFIRMED')
    UNION ALL SELECT c.id, c.taken_at, t.username, 'CLAIM_TAKE', NULL FROM bench_claim c
    JOIN bench_reviewer t ON t.k = c.taker
    WHERE c.status NOT IN ('CANDIDATE', 'EXTRACTED', 'REJECTED', 'CONFIRMED', 'SUBMITTED')
    UNION ALL SELECT c.id, c.taken_at + c.to_propose / 3, t.username, 'CLAIM_NEEDS_INFO', 'source?'
    FROM bench_claim c JOIN bench_reviewer t ON t.k = c.taker
    WHERE c.status = 'NEEDS_INFO' OR (c.asked_info AND c.status IN ('VERDICT_PROPOSED', 'APPROVED', 'PUBLISHED'))
    UNION ALL SELECT c.id, c.taken_at + c.to_propose / 2, 'editor', 'CLAIM_RESUBMIT', NULL FROM bench_claim c
    WHERE c.asked_info AND c.status IN ('VERDICT_PROPOSED', 'APPROVED', 'PUBLISHED')
    UNION ALL SELECT c.id, c.taken_at + c.to_propose * 2 / 3, t.username, 'CLAIM_TAKE', NULL FROM bench_claim c
    JOIN bench_reviewer t ON t.k = c.taker
    WHERE c.asked_info AND c.status IN ('VERDICT_PROPOSED', 'APPROVED', 'PUBLISHED')
    UNION ALL SELECT c.id, c.proposed_at, t.username, 'CLAIM_PROPOSE_VERDICT', NULL FROM bench_claim c
    JOIN bench_reviewer t ON t.k = c.taker WHERE c.status IN ('VERDICT_PROPOSED', 'APPROVED', 'PUBLISHED')
    UNION ALL SELECT c.id, c.proposed_at + c.to_approve / 3, p.username, 'CLAIM_SEND_BACK', 'thin evidence'
    FROM bench_claim c JOIN bench_reviewer p ON p.k = c.approver
    WHERE c.sent_back AND c.status IN ('APPROVED', 'PUBLISHED')
    UNION ALL SELECT c.id, c.proposed_at + c.to_approve * 2 / 3, t.username, 'CLAIM_PROPOSE_VERDICT', NULL
    FROM bench_claim c JOIN bench_reviewer t ON t.k = c.taker
    WHERE c.sent_back AND c.status IN ('APPROVED', 'PUBLISHED')
    UNION ALL SELECT c.id, c.approved_at, p.username, 'CLAIM_APPROVE', NULL FROM bench_claim c
    JOIN bench_reviewer p ON p.k = c.approver WHERE c.status IN ('APPROVED', 'PUBLISHED')
    UNION ALL SELECT c.id, c.published_at, 'editor', 'CLAIM_PUBLISH', NULL FROM bench_claim c
    WHERE c.status = 'PUBLISHED'
) e
ORDER BY e.at;
-- other entities' entries share the log: one per article
INSERT INTO audit_log (at, actor, action, entity_type, entity_id, format, content_hash)
SELECT a.created_at, 'editor', 'ARTICLE_CREATED', 'ARTICLE', a.id, 2,
       pg_temp.bench_content_hash(a.created_at, 'editor', 'ARTICLE_CREATED', 'ARTICLE', a.id, NULL)
FROM bench_article a;
DROP TABLE bench_mark, bench_reviewer, bench_article, bench_claim;
ANALYZE;

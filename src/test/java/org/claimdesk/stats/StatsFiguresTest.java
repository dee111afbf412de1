package org.claimdesk.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimdesk.stats.Workflows.Claim;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The figures of GET /api/stats on claims whose every step is known: checked against the stage
 * times the test chose and against SQL of its own straight over claim and audit_log (not the
 * summaries the figures are read from).
 */
@QuarkusTest
@TestProfile(StatsProfile.class)
class StatsFiguresTest {

    static final String OUTLET = "Figures Gazette";
    static final String REV_A = "fig-rev-a";
    static final String REV_B = "fig-rev-b";
    /** A Monday, 09:00 UTC: the first steps fall in its week, later ones in the next. */
    static final Instant BASE = Instant.parse("2025-03-03T09:00:00Z");
    static final LocalDate FROM = LocalDate.parse("2025-03-01");
    static final LocalDate TO = LocalDate.parse("2025-03-23");
    static final List<String> STATUSES = StatsQueries.STATUSES;

    /** Hours the backlog's claims have waited, one in each bucket, far from the bucket edges. */
    static final double[] WAITED = { 0.5, 2, 10, 30, 100, 200, 400, 800 };
    static final boolean[] OVERDUE = { false, true, false, true, false, false, true, false };

    static final List<Claim> claims = new ArrayList<>();

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void seed() throws SQLException {
        synchronized (claims) {
            if (!claims.isEmpty()) {
                return;
            }
            try (Connection c = dataSource.getConnection()) {
                Workflows w = new Workflows(c);
                w.reviewer(REV_A);
                w.reviewer(REV_B);
                long article = w.article(OUTLET);
                String[] verdicts = { "ACCURATE", "MOSTLY_ACCURATE", "MISLEADING", "INACCURATE", "UNSUPPORTED" };
                for (int i = 0; i < 10; i++) {
                    Instant submit = h(i * 6);
                    Instant take = submit.plus(hours(i + 1));
                    Instant propose = take.plus(hours(3 * (i + 1)));
                    Instant approve = propose.plus(hours(0.5 * (i + 1)));
                    Instant publish = approve.plus(hours(2 + 48 * (i % 4)));
                    String taker = i % 2 == 0 ? REV_A : REV_B;
                    String second = i % 2 == 0 ? REV_B : REV_A;
                    claims.add(w.insert(new Claim(article, "PUBLISHED", submit.minus(hours(2)))
                            .speaker(i < 6 ? "Minister Alpha" : "Minister Beta").verdict(verdicts[i % 5]).assignee(taker)
                            .step("CONFIRM", EDITOR, submit.minus(hours(1))).step("SUBMIT", EDITOR, submit)
                            .step("TAKE", taker, take).step("PROPOSE_VERDICT", taker, propose)
                            .step("APPROVE", second, approve).step("PUBLISH", EDITOR, publish)));
                }
                // sent back once: the approval stage runs from the first proposal
                claims.add(w.insert(new Claim(article, "PUBLISHED", h(0)).speaker("minister alpha ").verdict("MISLEADING")
                        .assignee(REV_A).step("SUBMIT", EDITOR, h(1)).step("TAKE", REV_A, h(2))
                        .step("PROPOSE_VERDICT", REV_A, h(5)).step("SEND_BACK", REV_B, h(6))
                        .step("PROPOSE_VERDICT", REV_A, h(8)).step("APPROVE", REV_B, h(9)).step("PUBLISH", EDITOR, h(10))));
                // released and taken again: the first take ends the queue stage
                claims.add(w.insert(new Claim(article, "APPROVED", h(19)).verdict("ACCURATE").assignee(REV_A)
                        .step("SUBMIT", EDITOR, h(20)).step("TAKE", REV_B, h(21)).step("RELEASE", REV_B, h(22))
                        .step("TAKE", REV_A, h(30)).step("PROPOSE_VERDICT", REV_A, h(33)).step("APPROVE", REV_B, h(34))));
                // asked for information and resubmitted: still its first submission and take
                claims.add(w.insert(new Claim(article, "VERDICT_PROPOSED", h(39)).verdict("INACCURATE").assignee(REV_A)
                        .step("SUBMIT", EDITOR, h(40)).step("TAKE", REV_A, h(41)).step("NEEDS_INFO", REV_A, h(42))
                        .step("RESUBMIT", EDITOR, h(50)).step("TAKE", REV_A, h(52)).step("PROPOSE_VERDICT", REV_A, h(60))));
                // published, reopened and published again: the first pass stands
                claims.add(w.insert(new Claim(article, "PUBLISHED", h(1)).speaker("Minister Beta").verdict("ACCURATE")
                        .assignee("admin").step("SUBMIT", EDITOR, h(2)).step("TAKE", REV_B, h(3))
                        .step("PROPOSE_VERDICT", REV_B, h(4)).step("APPROVE", REV_A, h(5)).step("PUBLISH", EDITOR, h(6))
                        .step("REOPEN", "admin", h(100)).step("PROPOSE_VERDICT", "admin", h(101))
                        .step("APPROVE", REV_A, h(102)).step("PUBLISH", EDITOR, h(103))));
                // held by a reviewer now
                claims.add(w.insert(new Claim(article, "IN_REVIEW", h(2)).assignee(REV_A).step("SUBMIT", EDITOR, h(3))
                        .step("TAKE", REV_A, h(4))));
                claims.add(w.insert(new Claim(article, "CANDIDATE", h(0))));
                claims.add(w.insert(new Claim(article, "REJECTED", h(0)).step("REJECT", EDITOR, h(1))));
                claims.add(w.insert(new Claim(article, "EXTRACTED", h(0))));
                // the backlog: waiting now, whatever the period
                Instant now = Instant.now();
                for (int i = 0; i < WAITED.length; i++) {
                    Instant submitted = now.minus(hours(WAITED[i]));
                    claims.add(w.insert(new Claim(article, "SUBMITTED", submitted.minus(hours(1)))
                            .due(OVERDUE[i] ? now.minus(hours(1)) : i % 2 == 0 ? null : now.plus(hours(48)))
                            .step("SUBMIT", EDITOR, submitted)));
                }
            }
        }
    }

    @Test
    void stageTimesAreTheChosenOnesAndAgreeWithTheAuditLog() throws SQLException {
        JsonPath stats = stats(Map.of("outlet", "figures GAZETTE", "from", FROM.toString(), "to", TO.toString()));
        Map<String, List<double[]>> known = knownStages();
        for (StageTimes.Stage stage : StageTimes.STAGES) {
            String name = stage.name();
            List<double[]> rows = known.get(name).stream().filter(r -> inPeriod(r[0])).toList();
            List<Double> hoursOf = rows.stream().map(r -> r[1]).toList();
            String at = "stageTimes.find { it.stage == '" + name + "' }";
            assertThat(stats.getLong(at + ".claims")).as(name).isEqualTo(hoursOf.size());
            assertThat(stats.getDouble(at + ".medianHours")).as(name).isCloseTo(percentile(hoursOf, 0.5), within(1e-6));
            assertThat(stats.getDouble(at + ".p90Hours")).as(name).isCloseTo(percentile(hoursOf, 0.9), within(1e-6));
            Map<LocalDate, List<Double>> byWeek = new TreeMap<>();
            rows.forEach(r -> byWeek.computeIfAbsent(monday(r[0]), k -> new ArrayList<>()).add(r[1]));
            List<Map<String, Object>> weeks = stats.getList(at + ".weeks");
            assertThat(weeks).as(name + " weeks").hasSize(byWeek.size());
            int i = 0;
            for (Map.Entry<LocalDate, List<Double>> e : byWeek.entrySet()) {
                Map<String, Object> w = weeks.get(i++);
                assertThat(w.get("week")).isEqualTo(e.getKey().toString());
                assertThat(((Number) w.get("claims")).intValue()).isEqualTo(e.getValue().size());
                assertThat(((Number) w.get("medianHours")).doubleValue()).isCloseTo(percentile(e.getValue(), 0.5),
                        within(1e-6));
                assertThat(((Number) w.get("p90Hours")).doubleValue()).isCloseTo(percentile(e.getValue(), 0.9),
                        within(1e-6));
            }
        }
        // the chosen history spans both weeks of March's first half, and a send-back lengthens approval
        assertThat(stats.getList("stageTimes.find { it.stage == 'published' }.weeks")).hasSize(2);
        assertThat(known.get("approved").stream().mapToDouble(r -> r[1]).max().orElseThrow()).isGreaterThan(4);
        // the same figures from the audit log directly, for this outlet and period and for the whole desk
        assertStagesMatchAuditLog(stats, OUTLET, FROM, TO);
        assertStagesMatchAuditLog(stats(Map.of()), null, null, null);
    }

    @Test
    void statusCountsAgreeWithTheDatabase() throws SQLException {
        JsonPath period = stats(Map.of("outlet", OUTLET, "from", FROM.toString(), "to", TO.toString()));
        Map<String, Long> mine = new HashMap<>();
        claims.stream().filter(c -> !c.status.equals("CANDIDATE") && !c.createdAt.isBefore(start(FROM))
                && c.createdAt.isBefore(start(TO.plusDays(1)))).forEach(c -> mine.merge(c.status, 1L, Long::sum));
        for (String status : STATUSES) {
            assertThat(period.getLong("claimsByStatus." + status)).as(status).isEqualTo(mine.getOrDefault(status, 0L));
        }
        assertThat(period.getMap("claimsByStatus")).doesNotContainKey("CANDIDATE").hasSize(STATUSES.size());
        // funnel: published ones got as far as submitted; the rejected only to extraction
        assertThat(period.getLong("funnel.find { it.status == 'SUBMITTED' }.reached"))
                .isEqualTo(mine.entrySet().stream().filter(e -> !List.of("EXTRACTED", "CONFIRMED", "REJECTED")
                        .contains(e.getKey())).mapToLong(Map.Entry::getValue).sum());
        assertThat(period.getLong("funnel.find { it.status == 'EXTRACTED' }.reached"))
                .isEqualTo(mine.values().stream().mapToLong(Long::longValue).sum());

        for (JsonPath stats : List.of(stats(Map.of()), stats(Map.of("outlet", OUTLET)), period)) {
            String outlet = stats.getString("period.outlet");
            LocalDate from = date(stats.getString("period.from"));
            LocalDate to = date(stats.getString("period.to"));
            Map<String, Long> db = longs("SELECT c.status, count(*) FROM claim c JOIN article a ON a.id = c.article_id"
                    + " WHERE c.status <> 'CANDIDATE' AND (?::text IS NULL OR lower(a.outlet) = lower(?))"
                    + " AND (?::timestamptz IS NULL OR c.created_at >= ?) AND (?::timestamptz IS NULL OR c.created_at < ?)"
                    + " GROUP BY 1", outlet, outlet, start(from), start(from), start(next(to)), start(next(to)));
            for (String status : STATUSES) {
                assertThat(stats.getLong("claimsByStatus." + status)).as(status + " " + outlet + " " + from)
                        .isEqualTo(db.getOrDefault(status, 0L));
            }
        }
    }

    @Test
    void backlogIsWhatWaitsNowWhateverThePeriod() {
        for (JsonPath stats : List.of(stats(Map.of("outlet", OUTLET)),
                stats(Map.of("outlet", OUTLET, "from", FROM.toString(), "to", TO.toString())))) {
            assertThat(stats.getLong("backlogAge.waiting")).isEqualTo(WAITED.length);
            List<Map<String, Object>> buckets = stats.getList("backlogAge.buckets");
            assertThat(buckets).hasSize(WAITED.length);
            for (int i = 0; i < WAITED.length; i++) {
                assertThat(((Number) buckets.get(i).get("claims")).intValue()).as(buckets.get(i).get("label").toString())
                        .isEqualTo(1);
                assertThat(((Number) buckets.get(i).get("overdue")).intValue()).isEqualTo(OVERDUE[i] ? 1 : 0);
            }
            assertThat(stats.getLong("backlogAge.overdue")).isEqualTo(3);
            assertThat(stats.getDouble("backlogAge.oldestHours")).isCloseTo(800, within(0.1));
        }
    }

    @Test
    void reviewerLoadRatesAndVerdictsAgreeWithTheAuditLog() throws SQLException {
        for (JsonPath stats : List.of(stats(Map.of("outlet", OUTLET, "from", FROM.toString(), "to", TO.toString())),
                stats(Map.of("outlet", OUTLET)), stats(Map.of()))) {
            String outlet = stats.getString("period.outlet");
            LocalDate from = date(stats.getString("period.from"));
            LocalDate to = date(stats.getString("period.to"));
            Object[] filter = { outlet, outlet, start(from), start(from), start(next(to)), start(next(to)) };
            String steps = "FROM audit_log l JOIN claim c ON c.id = l.entity_id JOIN article a ON a.id = c.article_id"
                    + " WHERE l.entity_type = 'CLAIM' AND (?::text IS NULL OR lower(a.outlet) = lower(?))"
                    + " AND (?::timestamptz IS NULL OR l.at >= ?) AND (?::timestamptz IS NULL OR l.at < ?)";
            Map<String, Long> byActorAction = longs("SELECT l.actor || ' ' || l.action, count(*) " + steps
                    + " GROUP BY 1", filter);
            Map<String, Long> held = longs("SELECT u.username, count(*) FROM claim c JOIN app_user u ON u.id = c.assignee_id"
                    + " JOIN article a ON a.id = c.article_id WHERE c.status = 'IN_REVIEW'"
                    + " AND (?::text IS NULL OR lower(a.outlet) = lower(?)) GROUP BY 1", outlet, outlet);
            java.util.Set<String> people = new java.util.TreeSet<>(held.keySet());
            byActorAction.forEach((k, n) -> {
                if (List.of("CLAIM_PROPOSE_VERDICT", "CLAIM_APPROVE", "CLAIM_SEND_BACK", "CLAIM_NEEDS_INFO")
                        .contains(k.substring(k.lastIndexOf(' ') + 1))) {
                    people.add(k.substring(0, k.lastIndexOf(' ')));
                }
            });
            assertThat(stats.<String>getList("reviewerLoad.reviewer")).containsExactlyInAnyOrderElementsOf(people);
            for (Map<String, Object> load : stats.<Map<String, Object>>getList("reviewerLoad")) {
                String who = (String) load.get("reviewer");
                long proposed = byActorAction.getOrDefault(who + " CLAIM_PROPOSE_VERDICT", 0L);
                long approved = byActorAction.getOrDefault(who + " CLAIM_APPROVE", 0L);
                long sentBack = byActorAction.getOrDefault(who + " CLAIM_SEND_BACK", 0L);
                long needsInfo = byActorAction.getOrDefault(who + " CLAIM_NEEDS_INFO", 0L);
                assertThat(load).as(who).containsEntry("held", held.getOrDefault(who, 0L).intValue())
                        .containsEntry("proposed", (int) proposed).containsEntry("approved", (int) approved)
                        .containsEntry("sentBack", (int) sentBack).containsEntry("needsInfo", (int) needsInfo)
                        .containsEntry("decided", (int) (proposed + approved + sentBack + needsInfo));
            }
            Map<String, Long> byAction = longs("SELECT l.action, count(*) " + steps + " GROUP BY 1", filter);
            long approvals = byAction.getOrDefault("CLAIM_APPROVE", 0L);
            long sendBacks = byAction.getOrDefault("CLAIM_SEND_BACK", 0L);
            long proposals = byAction.getOrDefault("CLAIM_PROPOSE_VERDICT", 0L);
            long infos = byAction.getOrDefault("CLAIM_NEEDS_INFO", 0L);
            assertThat(stats.getLong("rates.sendBack.count")).isEqualTo(sendBacks);
            assertThat(stats.getLong("rates.sendBack.of")).isEqualTo(approvals + sendBacks);
            assertThat(stats.getLong("rates.needsInfo.count")).isEqualTo(infos);
            assertThat(stats.getLong("rates.needsInfo.of")).isEqualTo(proposals + infos);
            assertThat(stats.getDouble("rates.sendBack.rate")).isCloseTo((double) sendBacks / (approvals + sendBacks),
                    within(1e-9));

            // verdicts of approved claims, the period on each claim's first approval
            Map<String, Long> verdicts = longs("SELECT lower(coalesce(a.outlet, '')) || '|' || c.verdict, count(*)"
                    + " FROM claim c JOIN article a ON a.id = c.article_id"
                    + " WHERE c.status IN ('APPROVED', 'PUBLISHED') AND c.verdict IS NOT NULL"
                    + " AND (?::text IS NULL OR lower(a.outlet) = lower(?))"
                    + " AND (?::timestamptz IS NULL OR (SELECT min(l.at) FROM audit_log l WHERE l.entity_type = 'CLAIM'"
                    + " AND l.entity_id = c.id AND l.action = 'CLAIM_APPROVE') >= ?)"
                    + " AND (?::timestamptz IS NULL OR (SELECT min(l.at) FROM audit_log l WHERE l.entity_type = 'CLAIM'"
                    + " AND l.entity_id = c.id AND l.action = 'CLAIM_APPROVE') < ?) GROUP BY 1", filter);
            Map<String, Long> total = new HashMap<>();
            verdicts.forEach((k, n) -> total.merge(k.substring(k.indexOf('|') + 1), n, Long::sum));
            for (String v : StatsQueries.VERDICTS) {
                assertThat(stats.getLong("verdictMix.total." + v)).as(v).isEqualTo(total.getOrDefault(v, 0L));
            }
            if (outlet != null) {
                Map<String, Object> row = stats.getMap("verdictMix.byOutlet[0]");
                assertThat(row.get("name")).isEqualTo(OUTLET);
                for (String v : StatsQueries.VERDICTS) {
                    assertThat(stats.getLong("verdictMix.byOutlet[0].counts." + v))
                            .isEqualTo(verdicts.getOrDefault(OUTLET.toLowerCase() + "|" + v, 0L));
                }
            }
        }
    }

    @Test
    void speakersAreGroupedWithoutRegardToCaseAndClaimsPerDayAreCounted() throws SQLException {
        JsonPath stats = stats(Map.of("outlet", OUTLET, "from", FROM.toString(), "to", TO.toString()));
        // "minister alpha " (one claim, sent back) counts with the six "Minister Alpha"
        List<Map<String, Object>> speakers = stats.getList("verdictMix.bySpeaker");
        Map<String, Object> alpha = speakers.stream().filter(s -> "minister alpha".equalsIgnoreCase(
                String.valueOf(s.get("name")).strip())).findFirst().orElseThrow();
        assertThat(alpha.get("total")).isEqualTo(7);
        assertThat(speakers).anySatisfy(s -> assertThat(s.get("name")).isEqualTo(""));

        List<Map<String, Object>> days = stats.getList("claimsPerDay");
        assertThat(days).hasSize((int) (TO.toEpochDay() - FROM.toEpochDay() + 1));
        Map<String, Long> created = longs("SELECT (c.created_at AT TIME ZONE 'UTC')::date::text, count(*) FROM claim c"
                + " JOIN article a ON a.id = c.article_id WHERE lower(a.outlet) = lower(?) AND c.status <> 'CANDIDATE'"
                + " GROUP BY 1", OUTLET);
        Map<String, Long> published = longs("SELECT (l.at AT TIME ZONE 'UTC')::date::text, count(*) FROM audit_log l"
                + " JOIN claim c ON c.id = l.entity_id JOIN article a ON a.id = c.article_id"
                + " WHERE l.action = 'CLAIM_PUBLISH' AND lower(a.outlet) = lower(?) GROUP BY 1", OUTLET);
        for (Map<String, Object> d : days) {
            String day = (String) d.get("day");
            assertThat(((Number) d.get("claims")).longValue()).as(day).isEqualTo(created.getOrDefault(day, 0L));
            assertThat(((Number) d.get("published")).longValue()).as(day).isEqualTo(published.getOrDefault(day, 0L));
        }
        assertThat(days.stream().mapToLong(d -> ((Number) d.get("claims")).longValue()).sum())
                .isEqualTo(stats.getMap("claimsByStatus").values().stream().mapToLong(n -> ((Number) n).longValue()).sum());
    }

    /** The stage figures of {@code stats} against percentile_cont over milestones read from the audit log. */
    private void assertStagesMatchAuditLog(JsonPath stats, String outlet, LocalDate from, LocalDate to)
            throws SQLException {
        String milestones = "WITH m AS (SELECT l.entity_id,"
                + " min(l.at) FILTER (WHERE l.action = 'CLAIM_SUBMIT') AS s,"
                + " min(l.at) FILTER (WHERE l.action = 'CLAIM_TAKE') AS t,"
                + " min(l.at) FILTER (WHERE l.action = 'CLAIM_PROPOSE_VERDICT') AS p,"
                + " min(l.at) FILTER (WHERE l.action = 'CLAIM_APPROVE') AS a,"
                + " min(l.at) FILTER (WHERE l.action = 'CLAIM_PUBLISH') AS pub"
                + " FROM audit_log l JOIN claim c ON c.id = l.entity_id JOIN article ar ON ar.id = c.article_id"
                + " WHERE l.entity_type = 'CLAIM' AND (?::text IS NULL OR lower(ar.outlet) = lower(?)) GROUP BY 1),"
                + " st AS (SELECT 'taken' AS stage, t AS ended, t - s AS took FROM m"
                + " UNION ALL SELECT 'proposed', p, p - t FROM m UNION ALL SELECT 'approved', a, a - p FROM m"
                + " UNION ALL SELECT 'published', pub, pub - a FROM m UNION ALL SELECT 'total', pub, pub - s FROM m),"
                + " wk AS (SELECT stage, ended, took, date_trunc('week', ended AT TIME ZONE 'UTC')::date::text AS week"
                + " FROM st WHERE took IS NOT NULL)"
                + " SELECT stage, week, count(*),"
                + " percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM took) / 3600),"
                + " percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM took) / 3600)"
                + " FROM wk WHERE (?::timestamptz IS NULL OR ended >= ?) AND (?::timestamptz IS NULL OR ended < ?)"
                + " GROUP BY GROUPING SETS ((stage), (stage, week))";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(milestones)) {
            bind(s, outlet, outlet, start(from), start(from), start(next(to)), start(next(to)));
            int rows = 0;
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String week = r.getString(2);
                    String at = "stageTimes.find { it.stage == '" + r.getString(1) + "' }";
                    if (week != null) {
                        at += ".weeks.find { it.week == '" + week + "' }";
                        if (LocalDate.parse(week).isBefore(monday(LocalDate.parse(stats.getString("period.seriesFrom"))))) {
                            continue;
                        }
                    }
                    assertThat(stats.getLong(at + ".claims")).as(at).isEqualTo(r.getLong(3));
                    assertThat(stats.getDouble(at + ".medianHours")).as(at).isCloseTo(r.getDouble(4), within(1e-6));
                    assertThat(stats.getDouble(at + ".p90Hours")).as(at).isCloseTo(r.getDouble(5), within(1e-6));
                    rows++;
                }
            }
            assertThat(rows).as("stages and weeks compared").isGreaterThanOrEqualTo(StageTimes.STAGES.size());
        }
    }

    /** Per stage: {epoch second the stage ended, hours it took} of each claim's first pass. */
    private static Map<String, List<double[]>> knownStages() {
        Map<String, List<double[]>> stages = new HashMap<>();
        StageTimes.STAGES.forEach(s -> stages.put(s.name(), new ArrayList<>()));
        for (Claim c : claims) {
            Instant[] m = { c.first("SUBMIT"), c.first("TAKE"), c.first("PROPOSE_VERDICT"), c.first("APPROVE"),
                    c.first("PUBLISH") };
            String[] names = { "taken", "proposed", "approved", "published" };
            for (int i = 0; i < names.length; i++) {
                add(stages.get(names[i]), m[i], m[i + 1]);
            }
            add(stages.get("total"), m[0], m[4]);
        }
        return stages;
    }

    private static void add(List<double[]> rows, Instant start, Instant end) {
        if (start != null && end != null) {
            rows.add(new double[] { end.getEpochSecond(), Duration.between(start, end).toMillis() / 3_600_000d });
        }
    }

    /** percentile_cont: linear between the values around position p(n - 1). */
    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        double pos = p * (sorted.size() - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted.get(lo) + (sorted.get(hi) - sorted.get(lo)) * (pos - lo);
    }

    private static boolean inPeriod(double endedEpochSecond) {
        Instant at = Instant.ofEpochSecond((long) endedEpochSecond);
        return !at.isBefore(start(FROM)) && at.isBefore(start(TO.plusDays(1)));
    }

    private static LocalDate monday(double epochSecond) {
        return monday(LocalDate.ofInstant(Instant.ofEpochSecond((long) epochSecond), ZoneOffset.UTC));
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Instant h(double hoursAfterBase) {
        return BASE.plus(hours(hoursAfterBase));
    }

    private static Duration hours(double h) {
        return Duration.ofSeconds(Math.round(h * 3600));
    }

    private static Instant start(LocalDate d) {
        return d == null ? null : d.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static LocalDate next(LocalDate d) {
        return d == null ? null : d.plusDays(1);
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static JsonPath stats(Map<String, String> query) {
        // doubles, not RestAssured's default floats: the figures are compared to a millionth of an hour
        return as(EDITOR).queryParams(query).get("/api/stats").then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    private Map<String, Long> longs(String sql, Object... params) throws SQLException {
        Map<String, Long> m = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    m.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return m;
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            s.setObject(i + 1, p instanceof Instant at ? at.atOffset(ZoneOffset.UTC) : p);
        }
    }
}

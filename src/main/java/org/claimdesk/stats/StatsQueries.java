package org.claimdesk.stats;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.claimdesk.stats.DeskStats.AgeBucket;
import org.claimdesk.stats.DeskStats.Backlog;
import org.claimdesk.stats.DeskStats.DayCount;
import org.claimdesk.stats.DeskStats.FunnelStep;
import org.claimdesk.stats.DeskStats.Period;
import org.claimdesk.stats.DeskStats.Rate;
import org.claimdesk.stats.DeskStats.Rates;
import org.claimdesk.stats.DeskStats.ReviewerLoad;
import org.claimdesk.stats.DeskStats.StageTime;
import org.claimdesk.stats.DeskStats.VerdictMix;
import org.claimdesk.stats.DeskStats.VerdictRow;
import org.claimdesk.stats.DeskStats.WeekRates;
import org.claimdesk.stats.DeskStats.WeekTime;

/**
 * The figures in plain SQL over one connection: the claim, article and app_user tables and the two
 * summaries of the audit log that V30 keeps ({@code stats_claim_flow}, {@code stats_action_day}).
 * Statuses, verdicts and actions are the strings stored in those tables, so this reads the
 * database as it is whatever the Java names of the workflow become.
 */
final class StatsQueries {

    /** Every status but CANDIDATE, in workflow order. */
    static final List<String> STATUSES = List.of("EXTRACTED", "CONFIRMED", "REJECTED", "SUBMITTED", "IN_REVIEW",
            "NEEDS_INFO", "VERDICT_PROPOSED", "APPROVED", "PUBLISHED");
    static final List<String> VERDICTS = List.of("ACCURATE", "MOSTLY_ACCURATE", "MISLEADING", "INACCURATE",
            "UNSUPPORTED");

    /** The funnel's steps and, for each, the statuses a claim has when it got at least that far. */
    private static final Map<String, Set<String>> REACHED = reached();

    static final String SUBMIT = "CLAIM_SUBMIT";
    static final String PROPOSE = "CLAIM_PROPOSE_VERDICT";
    static final String APPROVE = "CLAIM_APPROVE";
    static final String SEND_BACK = "CLAIM_SEND_BACK";
    static final String NEEDS_INFO = "CLAIM_NEEDS_INFO";
    static final String PUBLISH = "CLAIM_PUBLISH";

    /** Backlog buckets: lower ends in hours (the last bucket has none above). */
    static final double[] AGE_BOUNDS = { 0, 1, 4, 24, 72, 168, 336, 672 };
    static final List<String> AGE_LABELS = List.of("under 1 hour", "1 to 4 hours", "4 to 24 hours", "1 to 3 days",
            "3 to 7 days", "1 to 2 weeks", "2 to 4 weeks", "4 weeks or more");

    /** At most this many days in the per-day series, and outlets or speakers in the verdict mix. */
    static final int SERIES_DAYS = 366;
    static final int VERDICT_ROWS = 12;

    /** The stages: name, the step that starts it, the step that ends it, label. */
    record Stage(String name, String from, String to, String label) {
    }

    static final List<Stage> STAGES = List.of(
            new Stage("taken", "submitted", "taken", "Submitted to taken"),
            new Stage("proposed", "taken", "proposed", "Taken to verdict proposed"),
            new Stage("approved", "proposed", "approved", "Proposed to approved"),
            new Stage("published", "approved", "published", "Approved to published"),
            new Stage("total", "submitted", "published", "Submitted to published"));

    private final Connection db;
    private final StatsFilter filter;
    private final Instant now;

    private StatsQueries(Connection db, StatsFilter filter, Instant now) {
        this.db = db;
        this.filter = filter;
        this.now = now;
    }

    /**
     * All figures, read in one read-only snapshot: the caller's connection must not have run a
     * statement in its current transaction yet (autocommit off, or inside a JTA transaction).
     */
    static DeskStats compute(Connection db, StatsFilter filter, Instant now) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            // the plans are simple scans and sorts: compiling them would cost more than it saves
            s.execute("SET LOCAL jit = off");
            s.execute("SET LOCAL work_mem = '32MB'");
        }
        return new StatsQueries(db, filter, now).all();
    }

    private DeskStats all() throws SQLException {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate seriesTo = filter.to() == null || filter.to().isAfter(today) ? today : filter.to();
        LocalDate first = filter.from() != null ? filter.from() : firstClaimDay(seriesTo);
        LocalDate seriesFrom = first.isBefore(seriesTo.minusDays(SERIES_DAYS - 1)) ? seriesTo.minusDays(SERIES_DAYS - 1)
                : first;
        Period period = new Period(filter.from(), filter.to(), filter.outlet(), now, seriesFrom, seriesTo);

        Map<LocalDate, Map<String, Long>> byDay = claimsByDayAndStatus();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        STATUSES.forEach(s -> byStatus.put(s, 0L));
        byDay.values().forEach(m -> m.forEach((status, n) -> byStatus.merge(status, n, Long::sum)));
        List<FunnelStep> funnel = REACHED.entrySet().stream().map(e -> new FunnelStep(e.getKey(),
                byStatus.get(e.getKey()), e.getValue().stream().mapToLong(byStatus::get).sum())).toList();

        Map<LocalDate, Map<String, Long>> steps = stepsByDay();
        List<DayCount> perDay = new ArrayList<>();
        for (LocalDate d = seriesFrom; !d.isAfter(seriesTo); d = d.plusDays(1)) {
            Map<String, Long> claims = byDay.getOrDefault(d, Map.of());
            Map<String, Long> taken = steps.getOrDefault(d, Map.of());
            perDay.add(new DayCount(d, claims.values().stream().mapToLong(Long::longValue).sum(),
                    taken.getOrDefault(SUBMIT, 0L), taken.getOrDefault(PUBLISH, 0L)));
        }

        LocalDate firstWeek = monday(seriesFrom);
        return new DeskStats(period, byStatus, funnel, perDay, stageTimes(firstWeek, seriesTo), backlog(),
                reviewerLoad(), rates(steps, firstWeek, seriesTo), verdictMix());
    }

    private static Map<String, Set<String>> reached() {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        List<String> path = List.of("EXTRACTED", "CONFIRMED", "SUBMITTED", "IN_REVIEW", "VERDICT_PROPOSED", "APPROVED",
                "PUBLISHED");
        for (int i = 0; i < path.size(); i++) {
            Set<String> atOrPast = new java.util.HashSet<>(path.subList(i, path.size()));
            // a claim waiting for information has been submitted and taken; a rejected one only extracted
            if (i <= path.indexOf("IN_REVIEW")) {
                atOrPast.add("NEEDS_INFO");
            }
            if (i == 0) {
                atOrPast.add("REJECTED");
            }
            m.put(path.get(i), Set.copyOf(atOrPast));
        }
        return m;
    }

    private LocalDate firstClaimDay(LocalDate fallback) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT min(created_at) FROM claim WHERE status <> 'CANDIDATE'")) {
            r.next();
            OffsetDateTime first = r.getObject(1, OffsetDateTime.class);
            return first == null ? fallback : first.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        }
    }

    /** Claims that came in during the period, by UTC day and status now. */
    private Map<LocalDate, Map<String, Long>> claimsByDayAndStatus() throws SQLException {
        Query q = new Query("SELECT (c.created_at AT TIME ZONE 'UTC')::date, c.status, count(*) FROM claim c");
        outletJoin(q);
        q.sql.append(" WHERE c.status <> 'CANDIDATE'");
        q.range("c.created_at", filter.fromInstant(), filter.untilInstant());
        q.sql.append(" GROUP BY 1, 2");
        Map<LocalDate, Map<String, Long>> days = new HashMap<>();
        q.forEach(db, r -> days.computeIfAbsent(r.getObject(1, LocalDate.class), d -> new HashMap<>())
                .merge(r.getString(2), r.getLong(3), Long::sum));
        return days;
    }

    /** Review steps taken in the period, by UTC day and action. */
    private Map<LocalDate, Map<String, Long>> stepsByDay() throws SQLException {
        Query q = new Query("SELECT day, action, sum(n) FROM stats_action_day WHERE true");
        q.range("day", filter.from(), filter.to() == null ? null : filter.to().plusDays(1));
        q.outlet("outlet", filter.outlet());
        q.sql.append(" GROUP BY 1, 2");
        Map<LocalDate, Map<String, Long>> days = new HashMap<>();
        q.forEach(db, r -> days.computeIfAbsent(r.getObject(1, LocalDate.class), d -> new HashMap<>())
                .put(r.getString(2), r.getLong(3)));
        return days;
    }

    /**
     * Each claim's first pass: first submission, first take, first proposed verdict, first approval,
     * first publication. A stage counts in the period (and week) of the step that ended it. The
     * median and 90th percentile (interpolated, as percentile_cont) are read as the k-th values in
     * the hours-ordered indexes, k from the counts: no sort of the whole period.
     */
    private List<StageTime> stageTimes(LocalDate firstWeek, LocalDate lastDay) throws SQLException {
        Map<String, TreeMap<LocalDate, Long>> counts = stageCounts();
        List<String> weekStages = new ArrayList<>();
        List<Date> weeks = new ArrayList<>();
        List<Long> weekCounts = new ArrayList<>();
        counts.forEach((stage, byWeek) -> byWeek.subMap(firstWeek, true, lastDay, true).forEach((week, n) -> {
            weekStages.add(stage);
            weeks.add(Date.valueOf(week));
            weekCounts.add(n);
        }));
        Map<String, List<WeekTime>> weekly = new HashMap<>();
        if (!weekStages.isEmpty()) {
            Query q = new Query("SELECT p.stage, p.week, p.n");
            stageProbes(q, "t.week = p.week");
            q.sql.append(" FROM unnest(?::varchar[], ?::date[], ?::bigint[], ?::int[], ?::int[])"
                    + " AS p(stage, week, n, mid, top)");
            q.params.add(db.createArrayOf("varchar", weekStages.toArray()));
            q.params.add(db.createArrayOf("date", weeks.toArray()));
            addOffsets(q, weekCounts);
            q.forEach(db, r -> {
                double[] p = percentiles(r, 3, 4);
                if (p != null) {
                    weekly.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(new WeekTime(r.getObject(2, LocalDate.class), r.getLong(3), p[0], p[1]));
                }
            });
        }
        List<String> stages = new ArrayList<>(counts.keySet());
        List<Long> totals = stages.stream()
                .map(s -> counts.get(s).values().stream().mapToLong(Long::longValue).sum()).toList();
        Map<String, double[]> overall = new HashMap<>();
        if (!stages.isEmpty()) {
            Query q = new Query("SELECT p.stage, p.n");
            stageProbes(q, "true");
            q.sql.append(" FROM unnest(?::varchar[], ?::bigint[], ?::int[], ?::int[]) AS p(stage, n, mid, top)");
            q.params.add(db.createArrayOf("varchar", stages.toArray()));
            addOffsets(q, totals);
            q.forEach(db, r -> {
                double[] p = percentiles(r, 2, 3);
                if (p != null) {
                    overall.put(r.getString(1), p);
                }
            });
        }
        List<StageTime> result = new ArrayList<>();
        for (Stage s : STAGES) {
            double[] o = overall.get(s.name());
            List<WeekTime> w = new ArrayList<>(weekly.getOrDefault(s.name(), List.of()));
            w.sort(Comparator.comparing(WeekTime::week));
            long n = counts.getOrDefault(s.name(), new TreeMap<>()).values().stream().mapToLong(Long::longValue).sum();
            result.add(new StageTime(s.name(), s.from(), s.to(), s.label(), n, o == null ? null : o[0],
                    o == null ? null : o[1], w));
        }
        return result;
    }

    /**
     * Stage rows per stage and week in the period, from stats_stage_count; the weeks the period
     * starts or ends inside are counted row by row.
     */
    private Map<String, TreeMap<LocalDate, Long>> stageCounts() throws SQLException {
        Map<String, TreeMap<LocalDate, Long>> counts = new HashMap<>();
        Query q = new Query("SELECT stage, week, sum(n) FROM stats_stage_count WHERE n <> 0");
        q.outlet("outlet", filter.outlet());
        q.range("week", filter.from() == null ? null : monday(filter.from()),
                filter.to() == null ? null : filter.to().plusDays(1));
        q.sql.append(" GROUP BY 1, 2");
        q.forEach(db, r -> counts.computeIfAbsent(r.getString(1), k -> new TreeMap<>())
                .put(r.getObject(2, LocalDate.class), r.getLong(3)));
        List<LocalDate> edges = new ArrayList<>();
        if (filter.from() != null && filter.from().getDayOfWeek() != DayOfWeek.MONDAY) {
            edges.add(monday(filter.from()));
        }
        if (filter.to() != null && filter.to().getDayOfWeek() != DayOfWeek.SUNDAY) {
            edges.add(monday(filter.to()));
        }
        if (edges.isEmpty()) {
            return counts;
        }
        counts.values().forEach(byWeek -> edges.forEach(byWeek::remove));
        Query edge = new Query("SELECT stage, week, count(*) FROM stats_stage_time WHERE week = ANY (?)");
        edge.params.add(db.createArrayOf("date", edges.stream().map(Date::valueOf).toArray()));
        edge.range("ended_at", filter.fromInstant(), filter.untilInstant());
        edge.outlet("outlet", filter.outlet());
        edge.sql.append(" GROUP BY 1, 2");
        edge.forEach(db, r -> counts.computeIfAbsent(r.getString(1), k -> new TreeMap<>())
                .put(r.getObject(2, LocalDate.class), r.getLong(3)));
        return counts;
    }

    /** Two columns: the values at the median's offset from the bottom and the 90th percentile's from the top. */
    private void stageProbes(Query q, String week) {
        for (String order : List.of("ASC OFFSET p.mid", "DESC OFFSET p.top")) {
            q.sql.append(", ARRAY(SELECT t.hours FROM stats_stage_time t WHERE t.stage = p.stage AND ").append(week);
            q.outlet("t.outlet", filter.outlet());
            q.range("t.ended_at", filter.fromInstant(), filter.untilInstant());
            q.sql.append(" ORDER BY t.hours ").append(order).append(" LIMIT 2)");
        }
    }

    private void addOffsets(Query q, List<Long> counts) throws SQLException {
        q.params.add(db.createArrayOf("bigint", counts.toArray()));
        q.params.add(db.createArrayOf("int4", counts.stream().map(n -> Percentile.MEDIAN.offset(n)).toArray()));
        q.params.add(db.createArrayOf("int4", counts.stream().map(n -> Percentile.P90.offset(n)).toArray()));
    }

    /** Median and 90th percentile from the count column and the two probe columns after it, or null. */
    private static double[] percentiles(ResultSet r, int countColumn, int firstProbe) throws SQLException {
        long n = r.getLong(countColumn);
        Double[] low = (Double[]) r.getArray(firstProbe).getArray();
        Double[] high = (Double[]) r.getArray(firstProbe + 1).getArray();
        if (low.length == 0 || high.length == 0) {
            return null;
        }
        return new double[] { hours(Percentile.MEDIAN.value(n, low)), hours(Percentile.P90.value(n, high)) };
    }

    /** Claims waiting for a reviewer now, by time since they were (last) submitted. */
    private Backlog backlog() throws SQLException {
        StringBuilder bounds = new StringBuilder();
        for (int i = 1; i < AGE_BOUNDS.length; i++) {
            bounds.append(i > 1 ? "," : "").append(AGE_BOUNDS[i]);
        }
        Query q = new Query("SELECT width_bucket(w.hours, ARRAY[" + bounds + "]::float8[]), count(*),"
                + " count(*) FILTER (WHERE w.overdue), max(w.hours) FROM claim c");
        outletJoin(q);
        q.sql.append(" CROSS JOIN LATERAL (SELECT extract(epoch FROM ? - coalesce(c.submitted_at, c.updated_at))"
                + " / 3600.0 AS hours, coalesce(c.due_at < ?, false) AS overdue) AS w");
        q.params.add(OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        q.params.add(OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        q.sql.append(" WHERE c.status = 'SUBMITTED' GROUP BY 1");
        long[][] byBucket = new long[AGE_BOUNDS.length][2];
        double[] oldest = { Double.NEGATIVE_INFINITY };
        q.forEach(db, r -> {
            int b = Math.max(r.getInt(1), 0);
            byBucket[b][0] += r.getLong(2);
            byBucket[b][1] += r.getLong(3);
            oldest[0] = Math.max(oldest[0], r.getDouble(4));
        });
        List<AgeBucket> buckets = new ArrayList<>();
        long waiting = 0;
        long overdue = 0;
        for (int i = 0; i < AGE_BOUNDS.length; i++) {
            buckets.add(new AgeBucket(AGE_LABELS.get(i), AGE_BOUNDS[i],
                    i + 1 < AGE_BOUNDS.length ? AGE_BOUNDS[i + 1] : null, byBucket[i][0], byBucket[i][1]));
            waiting += byBucket[i][0];
            overdue += byBucket[i][1];
        }
        return new Backlog(waiting, overdue, waiting == 0 ? null : hours(Math.max(oldest[0], 0)), buckets);
    }

    /** Claims each person holds now, and the review decisions each took in the period. */
    private List<ReviewerLoad> reviewerLoad() throws SQLException {
        Map<String, long[]> people = new TreeMap<>();
        Query held = new Query("SELECT u.username, count(*) FROM claim c JOIN app_user u ON u.id = c.assignee_id");
        outletJoin(held);
        held.sql.append(" WHERE c.status = 'IN_REVIEW' GROUP BY 1");
        held.forEach(db, r -> people.computeIfAbsent(r.getString(1), k -> new long[5])[0] = r.getLong(2));

        List<String> decisions = List.of(PROPOSE, APPROVE, SEND_BACK, NEEDS_INFO);
        Query decided = new Query("SELECT actor, action, sum(n) FROM stats_action_day WHERE action IN (?, ?, ?, ?)");
        decided.params.addAll(decisions);
        decided.range("day", filter.from(), filter.to() == null ? null : filter.to().plusDays(1));
        decided.outlet("outlet", filter.outlet());
        decided.sql.append(" GROUP BY 1, 2");
        decided.forEach(db, r -> people.computeIfAbsent(r.getString(1), k -> new long[5])
                [1 + decisions.indexOf(r.getString(2))] += r.getLong(3));
        return people.entrySet().stream().map(e -> {
            long[] n = e.getValue();
            return new ReviewerLoad(e.getKey(), n[0], n[1] + n[2] + n[3] + n[4], n[1], n[2], n[3], n[4]);
        }).sorted(Comparator.comparingLong((ReviewerLoad l) -> -(l.held() + l.decided()))
                .thenComparing(ReviewerLoad::reviewer)).toList();
    }

    private static Rates rates(Map<LocalDate, Map<String, Long>> steps, LocalDate firstWeek, LocalDate lastDay) {
        Map<LocalDate, long[]> weeks = new TreeMap<>();
        long[] all = new long[4];
        steps.forEach((day, actions) -> {
            long[] n = { actions.getOrDefault(APPROVE, 0L), actions.getOrDefault(SEND_BACK, 0L),
                    actions.getOrDefault(PROPOSE, 0L), actions.getOrDefault(NEEDS_INFO, 0L) };
            long[] w = weeks.computeIfAbsent(monday(day), k -> new long[4]);
            for (int i = 0; i < 4; i++) {
                w[i] += n[i];
                all[i] += n[i];
            }
        });
        List<WeekRates> series = new ArrayList<>();
        weeks.forEach((week, n) -> {
            if (!week.isBefore(firstWeek) && !week.isAfter(lastDay) && n[0] + n[1] + n[2] + n[3] > 0) {
                series.add(new WeekRates(week, n[0] + n[1], n[1], ratio(n[1], n[0] + n[1]), n[2] + n[3], n[3],
                        ratio(n[3], n[2] + n[3])));
            }
        });
        return new Rates(new Rate(all[1], all[0] + all[1], ratio(all[1], all[0] + all[1])),
                new Rate(all[3], all[2] + all[3], ratio(all[3], all[2] + all[3])), series);
    }

    /** Verdicts of approved and published claims (approved in the period), by outlet and speaker. */
    private VerdictMix verdictMix() throws SQLException {
        Query q = new Query("SELECT GROUPING(lower(coalesce(a.outlet, ''))) AS by_speaker,"
                + " CASE WHEN GROUPING(lower(coalesce(a.outlet, ''))) = 0 THEN min(coalesce(a.outlet, ''))"
                + " ELSE min(coalesce(btrim(c.speaker), '')) END, c.verdict, count(*)"
                + " FROM claim c JOIN article a ON a.id = c.article_id");
        if (filter.from() != null || filter.to() != null) {
            q.sql.append(" JOIN stats_claim_flow f ON f.claim_id = c.id");
        }
        q.sql.append(" WHERE c.status IN ('APPROVED', 'PUBLISHED') AND c.verdict IS NOT NULL");
        q.range("f.approved_at", filter.fromInstant(), filter.untilInstant());
        if (filter.outlet() != null) {
            q.sql.append(" AND lower(a.outlet) = lower(?)");
            q.params.add(filter.outlet());
        }
        q.sql.append(" GROUP BY GROUPING SETS ((lower(coalesce(a.outlet, '')), c.verdict),"
                + " (lower(coalesce(btrim(c.speaker), '')), c.verdict))");
        Map<String, Map<String, Long>> outlets = new HashMap<>();
        Map<String, Map<String, Long>> speakers = new HashMap<>();
        Map<String, Long> total = new LinkedHashMap<>();
        VERDICTS.forEach(v -> total.put(v, 0L));
        q.forEach(db, r -> {
            boolean bySpeaker = r.getInt(1) != 0;
            String verdict = r.getString(3);
            long n = r.getLong(4);
            (bySpeaker ? speakers : outlets).computeIfAbsent(r.getString(2), k -> new HashMap<>()).merge(verdict, n,
                    Long::sum);
            if (!bySpeaker && total.containsKey(verdict)) {
                total.merge(verdict, n, Long::sum);
            }
        });
        return new VerdictMix(VERDICTS, total, verdictRows(outlets), verdictRows(speakers));
    }

    private static List<VerdictRow> verdictRows(Map<String, Map<String, Long>> byName) {
        List<VerdictRow> rows = byName.entrySet().stream()
                .map(e -> new VerdictRow(e.getKey(), false, ordered(e.getValue()),
                        e.getValue().values().stream().mapToLong(Long::longValue).sum()))
                .sorted(Comparator.comparingLong((VerdictRow r) -> -r.total()).thenComparing(VerdictRow::name))
                .toList();
        if (rows.size() <= VERDICT_ROWS) {
            return rows;
        }
        Map<String, Long> rest = new HashMap<>();
        rows.subList(VERDICT_ROWS, rows.size()).forEach(r -> r.counts().forEach((v, n) -> rest.merge(v, n, Long::sum)));
        List<VerdictRow> top = new ArrayList<>(rows.subList(0, VERDICT_ROWS));
        top.add(new VerdictRow("Others (" + (rows.size() - VERDICT_ROWS) + ")", true, ordered(rest),
                rest.values().stream().mapToLong(Long::longValue).sum()));
        return top;
    }

    private static Map<String, Long> ordered(Map<String, Long> counts) {
        Map<String, Long> m = new LinkedHashMap<>();
        VERDICTS.forEach(v -> m.put(v, counts.getOrDefault(v, 0L)));
        return m;
    }

    private void outletJoin(Query q) {
        if (filter.outlet() != null) {
            q.sql.append(" JOIN article a ON a.id = c.article_id AND lower(a.outlet) = lower(?)");
            q.params.add(filter.outlet());
        }
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Double ratio(long count, long of) {
        return of == 0 ? null : (double) count / of;
    }

    /** Hours to a millisecond's precision, enough for any chart and stable in JSON. */
    private static double hours(double h) {
        return Math.round(h * 3_600_000d) / 3_600_000d;
    }

    /** A statement under construction with its parameters in order. */
    private static final class Query {
        final StringBuilder sql;
        final List<Object> params = new ArrayList<>();

        Query(String start) {
            sql = new StringBuilder(start);
        }

        /** {@code column >= from AND column < until}, each only when given. */
        void range(String column, Object from, Object until) {
            if (from != null) {
                sql.append(" AND ").append(column).append(" >= ?");
                params.add(from);
            }
            if (until != null) {
                sql.append(" AND ").append(column).append(" < ?");
                params.add(until);
            }
        }

        /** The summaries keep outlets lower-cased ('' for none). */
        void outlet(String column, String outlet) {
            if (outlet != null) {
                sql.append(" AND ").append(column).append(" = lower(?)");
                params.add(outlet);
            }
        }

        void forEach(Connection db, RowHandler handler) throws SQLException {
            try (PreparedStatement s = db.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    Object p = params.get(i);
                    s.setObject(i + 1, p instanceof LocalDate d ? Date.valueOf(d) : p);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        handler.row(r);
                    }
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowHandler {
        void row(ResultSet r) throws SQLException;
    }
}

package org.claimdesk.stats;

import java.sql.Connection;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
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

    private final Connection db;
    private final StatsFilter filter;
    private final Instant now;

    private StatsQueries(Connection db, StatsFilter filter, Instant now) {
        this.db = db;
        this.filter = filter;
        this.now = now;
    }

    /**
     * All figures, read in one read-only snapshot. The connections must have autocommit off and no
     * statement run in their current transaction. With a {@code helper} connection, the claim counts
     * (the largest single scan) run on it in {@code executor} meanwhile, in the same snapshot: two
     * cores answer in little more than half the time.
     */
    static DeskStats compute(Connection db, Connection helper, Executor executor, StatsFilter filter, Instant now)
            throws SQLException {
        begin(db);
        StatsQueries queries = new StatsQueries(db, filter, now);
        if (helper == null) {
            return queries.all(CompletableFuture.completedFuture(queries.claimsByDayAndStatus(db)));
        }
        String snapshot;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT pg_export_snapshot()")) {
            r.next();
            snapshot = r.getString(1);
        }
        begin(helper);
        try (Statement s = helper.createStatement()) {
            // a literal only: the id is PostgreSQL's own (hex digits and dashes)
            s.execute("SET TRANSACTION SNAPSHOT '" + snapshot.replaceAll("[^0-9A-Fa-f-]", "") + "'");
        }
        CompletableFuture<Map<LocalDate, Map<String, Long>>> claims = CompletableFuture.supplyAsync(() -> {
            try {
                return queries.claimsByDayAndStatus(helper);
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }, executor);
        try {
            return queries.all(claims);
        } finally {
            // the caller closes the helper connection next: it must be idle by then, even on failure
            claims.handle((days, failure) -> null).join();
        }
    }

    static DeskStats compute(Connection db, StatsFilter filter, Instant now) throws SQLException {
        return compute(db, null, null, filter, now);
    }

    private static void begin(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            // the plans are simple scans and sorts: compiling them would cost more than it saves
            s.execute("SET LOCAL jit = off");
        }
    }

    private DeskStats all(CompletableFuture<Map<LocalDate, Map<String, Long>>> claimCounts) throws SQLException {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate seriesTo = filter.to() == null || filter.to().isAfter(today) ? today : filter.to();
        LocalDate first = filter.from() != null ? filter.from() : firstClaimDay(seriesTo);
        LocalDate seriesFrom = first.isBefore(seriesTo.minusDays(SERIES_DAYS - 1)) ? seriesTo.minusDays(SERIES_DAYS - 1)
                : first;
        Period period = new Period(filter.from(), filter.to(), filter.outlet(), now, seriesFrom, seriesTo);

        LocalDate firstWeek = monday(seriesFrom);
        List<StageTime> stages = new StageTimes(db, filter).compute(firstWeek, seriesTo);
        Map<LocalDate, Map<String, Long>> steps = stepsByDay();
        Backlog backlog = backlog();
        List<ReviewerLoad> load = reviewerLoad();
        VerdictMix verdicts = verdictMix();

        Map<LocalDate, Map<String, Long>> byDay = join(claimCounts);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        STATUSES.forEach(s -> byStatus.put(s, 0L));
        byDay.values().forEach(m -> m.forEach((status, n) -> byStatus.merge(status, n, Long::sum)));
        List<FunnelStep> funnel = REACHED.entrySet().stream().map(e -> new FunnelStep(e.getKey(),
                byStatus.get(e.getKey()), e.getValue().stream().mapToLong(byStatus::get).sum())).toList();

        List<DayCount> perDay = new ArrayList<>();
        for (LocalDate d = seriesFrom; !d.isAfter(seriesTo); d = d.plusDays(1)) {
            Map<String, Long> claims = byDay.getOrDefault(d, Map.of());
            Map<String, Long> taken = steps.getOrDefault(d, Map.of());
            perDay.add(new DayCount(d, claims.values().stream().mapToLong(Long::longValue).sum(),
                    taken.getOrDefault(SUBMIT, 0L), taken.getOrDefault(PUBLISH, 0L)));
        }

        return new DeskStats(period, byStatus, funnel, perDay, stages, backlog, load, rates(steps, firstWeek, seriesTo),
                verdicts);
    }

    private static <T> T join(CompletableFuture<T> work) throws SQLException {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e;
        }
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
    private Map<LocalDate, Map<String, Long>> claimsByDayAndStatus(Connection c) throws SQLException {
        Sql q = new Sql("SELECT (c.created_at AT TIME ZONE 'UTC')::date, c.status, count(*) FROM claim c"
                + " WHERE c.status <> 'CANDIDATE'");
        inOutlet(q);
        q.range("c.created_at", filter.fromInstant(), filter.untilInstant()).append(" GROUP BY 1, 2");
        Map<LocalDate, Map<String, Long>> days = new HashMap<>();
        q.forEach(c, r -> days.computeIfAbsent(r.getObject(1, LocalDate.class), d -> new HashMap<>())
                .merge(r.getString(2), r.getLong(3), Long::sum));
        return days;
    }

    /** Review steps taken in the period, by UTC day and action. */
    private Map<LocalDate, Map<String, Long>> stepsByDay() throws SQLException {
        Sql q = new Sql("SELECT day, action, sum(n) FROM stats_action_day WHERE action = ANY (?)");
        q.params.add(db.createArrayOf("varchar", new String[] { SUBMIT, PUBLISH, PROPOSE, APPROVE, SEND_BACK,
            NEEDS_INFO }));
        q.range("day", filter.from(), filter.to() == null ? null : filter.to().plusDays(1))
                .outlet("outlet", filter.outlet()).append(" GROUP BY 1, 2");
        Map<LocalDate, Map<String, Long>> days = new HashMap<>();
        q.forEach(db, r -> days.computeIfAbsent(r.getObject(1, LocalDate.class), d -> new HashMap<>())
                .put(r.getString(2), r.getLong(3)));
        return days;
    }

    /** Claims waiting for a reviewer now, by time since they were (last) submitted. */
    private Backlog backlog() throws SQLException {
        StringBuilder bounds = new StringBuilder();
        for (int i = 1; i < AGE_BOUNDS.length; i++) {
            bounds.append(i > 1 ? "," : "").append(AGE_BOUNDS[i]);
        }
        Sql q = new Sql("SELECT width_bucket(w.hours, ARRAY[" + bounds + "]::float8[]), count(*),"
                + " count(*) FILTER (WHERE w.overdue), max(w.hours) FROM claim c"
                + " CROSS JOIN LATERAL (SELECT date_part('epoch', ? - coalesce(c.submitted_at, c.updated_at)) / 3600"
                + " AS hours, coalesce(c.due_at < ?, false) AS overdue) AS w WHERE c.status = 'SUBMITTED'");
        q.params.add(OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        q.params.add(OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        inOutlet(q);
        q.append(" GROUP BY 1");
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
        // counted per account first, then named: a join before the count costs a lookup per claim
        Sql held = new Sql("SELECT u.username, h.n FROM (SELECT c.assignee_id, count(*) AS n FROM claim c"
                + " WHERE c.status = 'IN_REVIEW'");
        inOutlet(held);
        held.append(" GROUP BY 1) AS h JOIN app_user u ON u.id = h.assignee_id");
        held.forEach(db, r -> people.computeIfAbsent(r.getString(1), k -> new long[5])[0] = r.getLong(2));

        List<String> decisions = List.of(PROPOSE, APPROVE, SEND_BACK, NEEDS_INFO);
        Sql decided = new Sql("SELECT actor, action, sum(n) FROM stats_action_day WHERE action IN (?, ?, ?, ?)");
        decided.params.addAll(decisions);
        decided.range("day", filter.from(), filter.to() == null ? null : filter.to().plusDays(1))
                .outlet("outlet", filter.outlet()).append(" GROUP BY 1, 2");
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
        Map<String, Map<String, Long>> outlets = new HashMap<>();
        Map<String, Map<String, Long>> speakers = new HashMap<>();
        // counted per article or spelling first: lower() then runs once per group, not per claim
        Sql byOutlet = new Sql("SELECT lower(coalesce(a.outlet, '')), min(coalesce(a.outlet, '')), v.verdict, sum(v.n)"
                + " FROM (SELECT c.article_id, c.verdict, count(*) AS n");
        decided(byOutlet);
        byOutlet.append(" GROUP BY 1, 2) AS v JOIN article a ON a.id = v.article_id GROUP BY 1, 3");
        byOutlet.forEach(db, r -> outlets.computeIfAbsent(r.getString(2), k -> new HashMap<>()).merge(r.getString(3),
                r.getLong(4), Long::sum));
        Sql bySpeaker = new Sql("SELECT lower(coalesce(btrim(v.speaker), '')), min(coalesce(btrim(v.speaker), '')),"
                + " v.verdict, sum(v.n) FROM (SELECT c.speaker, c.verdict, count(*) AS n");
        decided(bySpeaker);
        bySpeaker.append(" GROUP BY 1, 2) AS v GROUP BY 1, 3");
        bySpeaker.forEach(db, r -> speakers.computeIfAbsent(r.getString(2), k -> new HashMap<>())
                .merge(r.getString(3), r.getLong(4), Long::sum));
        Map<String, Long> total = new LinkedHashMap<>();
        VERDICTS.forEach(v -> total.put(v, 0L));
        outlets.values().forEach(m -> m.forEach((v, n) -> total.computeIfPresent(v, (k, t) -> t + n)));
        return new VerdictMix(VERDICTS, total, verdictRows(outlets), verdictRows(speakers));
    }

    /** FROM and WHERE of the decided claims in the filter: approved in the period, of the outlet. */
    private void decided(Sql q) {
        q.append(" FROM claim c WHERE c.status IN ('APPROVED', 'PUBLISHED') AND c.verdict IS NOT NULL");
        if (filter.from() != null || filter.to() != null) {
            q.append(" AND c.id IN (SELECT f.claim_id FROM stats_claim_flow f WHERE true");
            q.range("f.approved_at", filter.fromInstant(), filter.untilInstant()).append(")");
        }
        inOutlet(q);
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

    /** {@code AND} claim c's article is of the filter's outlet, when it names one. */
    private void inOutlet(Sql q) {
        if (filter.outlet() != null) {
            q.append(" AND c.article_id IN (SELECT a.id FROM article a WHERE lower(a.outlet) = lower(?))");
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
    static double hours(double h) {
        return Math.round(h * 3_600_000d) / 3_600_000d;
    }
}

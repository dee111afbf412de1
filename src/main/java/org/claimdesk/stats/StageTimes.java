package org.claimdesk.stats;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimdesk.stats.DeskStats.StageTime;
import org.claimdesk.stats.DeskStats.WeekTime;

/**
 * Median and 90th-percentile time of each stage of a claim's first pass (first submission, first
 * take, first proposed verdict, first approval, first publication), per week and over the period.
 * A stage counts in the week (and period) of the step that ended it. Nothing is sorted: the counts
 * per duration bucket tell in which bucket the k-th value lies and at what offset, and the
 * (bucket, hours)-ordered index is read from there (see V30).
 */
final class StageTimes {

    /** The stages: name, the step that starts it, the step that ends it, label. */
    record Stage(String name, String from, String to, String label) {
    }

    static final List<Stage> STAGES = List.of(
            new Stage("taken", "submitted", "taken", "Submitted to taken"),
            new Stage("proposed", "taken", "proposed", "Taken to verdict proposed"),
            new Stage("approved", "proposed", "approved", "Proposed to approved"),
            new Stage("published", "approved", "published", "Approved to published"),
            new Stage("total", "submitted", "published", "Submitted to published"));

    /** Where to read one percentile: {@code skip} values into {@code bucket} of a week (null: all weeks). */
    private record Probe(String stage, LocalDate week, Percentile percentile, long n, int bucket, long skip) {
    }

    private final Connection db;
    private final StatsFilter filter;

    StageTimes(Connection db, StatsFilter filter) {
        this.db = db;
        this.filter = filter;
    }

    /** Every stage, with its weeks from {@code firstWeek} to {@code lastDay}. */
    List<StageTime> compute(LocalDate firstWeek, LocalDate lastDay) throws SQLException {
        Map<String, TreeMap<LocalDate, TreeMap<Integer, Long>>> counts = counts();
        List<Probe> weekly = new ArrayList<>();
        List<Probe> overall = new ArrayList<>();
        Map<String, Long> claims = new HashMap<>();
        counts.forEach((stage, byWeek) -> {
            TreeMap<Integer, Long> all = new TreeMap<>();
            byWeek.forEach((week, buckets) -> {
                buckets.forEach((b, n) -> all.merge(b, n, Long::sum));
                if (!week.isBefore(firstWeek) && !week.isAfter(lastDay)) {
                    probes(stage, week, buckets, weekly);
                }
            });
            probes(stage, null, all, overall);
            claims.put(stage, all.values().stream().mapToLong(Long::longValue).sum());
        });
        Map<Probe, Double> weeklyValues = read(weekly, true);
        Map<Probe, Double> overallValues = read(overall, false);

        List<StageTime> result = new ArrayList<>();
        for (Stage s : STAGES) {
            Map<LocalDate, double[]> weeks = new TreeMap<>();
            Map<LocalDate, Long> weekClaims = new HashMap<>();
            weeklyValues.forEach((p, v) -> {
                if (p.stage().equals(s.name())) {
                    weeks.computeIfAbsent(p.week(), k -> new double[2])[p.percentile().ordinal()] = v;
                    weekClaims.put(p.week(), p.n());
                }
            });
            List<WeekTime> series = new ArrayList<>();
            weeks.forEach((week, v) -> series.add(new WeekTime(week, weekClaims.get(week), v[0], v[1])));
            Double median = null;
            Double p90 = null;
            for (Map.Entry<Probe, Double> e : overallValues.entrySet()) {
                if (e.getKey().stage().equals(s.name())) {
                    if (e.getKey().percentile() == Percentile.MEDIAN) {
                        median = e.getValue();
                    } else {
                        p90 = e.getValue();
                    }
                }
            }
            result.add(new StageTime(s.name(), s.from(), s.to(), s.label(), claims.getOrDefault(s.name(), 0L), median,
                    p90, series));
        }
        return result;
    }

    /** Stage rows per stage, week and bucket in the period; weeks the period cuts are counted row by row. */
    private Map<String, TreeMap<LocalDate, TreeMap<Integer, Long>>> counts() throws SQLException {
        Map<String, TreeMap<LocalDate, TreeMap<Integer, Long>>> counts = new HashMap<>();
        Sql q = new Sql("SELECT stage, week, bucket, n FROM "
                + (filter.outlet() == null ? "stats_stage_count_all" : "stats_stage_count") + " WHERE n <> 0")
                .outlet("outlet", filter.outlet())
                .range("week", filter.from() == null ? null : StatsQueries.monday(filter.from()),
                        filter.to() == null ? null : filter.to().plusDays(1));
        Sql.Row add = r -> counts.computeIfAbsent(r.getString(1), k -> new TreeMap<>())
                .computeIfAbsent(r.getObject(2, LocalDate.class), k -> new TreeMap<>()).put(r.getInt(3), r.getLong(4));
        q.forEach(db, add);
        List<LocalDate> edges = new ArrayList<>();
        if (filter.from() != null && filter.from().getDayOfWeek() != DayOfWeek.MONDAY) {
            edges.add(StatsQueries.monday(filter.from()));
        }
        if (filter.to() != null && filter.to().getDayOfWeek() != DayOfWeek.SUNDAY) {
            edges.add(StatsQueries.monday(filter.to()));
        }
        if (!edges.isEmpty()) {
            counts.values().forEach(byWeek -> edges.forEach(byWeek::remove));
            Sql edge = new Sql("SELECT stage, week, bucket, count(*) FROM stats_stage_time"
                    + " WHERE stage = ANY (?) AND week = ANY (?)");
            edge.params.add(db.createArrayOf("varchar", STAGES.stream().map(Stage::name).toArray()));
            edge.params.add(db.createArrayOf("date", edges.stream().map(Date::valueOf).toArray()));
            edge.range("ended_at", filter.fromInstant(), filter.untilInstant()).outlet("outlet", filter.outlet())
                    .append(" GROUP BY 1, 2, 3").forEach(db, add);
        }
        return counts;
    }

    /** Finds, for each percentile, the bucket holding its lower value and how far into it that is. */
    private static void probes(String stage, LocalDate week, TreeMap<Integer, Long> buckets, List<Probe> into) {
        long n = buckets.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return;
        }
        for (Percentile p : Percentile.values()) {
            long target = p.index(n);
            long before = 0;
            for (Map.Entry<Integer, Long> b : buckets.entrySet()) {
                if (target < before + b.getValue()) {
                    into.add(new Probe(stage, week, p, n, b.getKey(), target - before));
                    break;
                }
                before += b.getValue();
            }
        }
    }

    /** Reads every probe in one statement: two durations from its place in the index. */
    private Map<Probe, Double> read(List<Probe> probes, boolean byWeek) throws SQLException {
        Map<Probe, Double> values = new HashMap<>();
        if (probes.isEmpty()) {
            return values;
        }
        Sql q = new Sql("SELECT p.ord, ARRAY(SELECT t.hours FROM stats_stage_time t WHERE t.stage = p.stage"
                + (byWeek ? " AND t.week = p.week" : "") + " AND t.bucket >= p.bucket");
        q.outlet("t.outlet", filter.outlet()).range("t.ended_at", filter.fromInstant(), filter.untilInstant());
        q.append(" ORDER BY t.bucket, t.hours OFFSET p.skip LIMIT 2)"
                + " FROM unnest(?::varchar[], ?::date[], ?::int[], ?::bigint[], ?::int[])"
                + " AS p(stage, week, bucket, skip, ord)");
        q.params.add(db.createArrayOf("varchar", probes.stream().map(Probe::stage).toArray()));
        q.params.add(db.createArrayOf("date", probes.stream().map(p -> p.week() == null ? null : Date.valueOf(p.week()))
                .toArray()));
        q.params.add(db.createArrayOf("int4", probes.stream().map(Probe::bucket).toArray()));
        q.params.add(db.createArrayOf("int8", probes.stream().map(Probe::skip).toArray()));
        Integer[] ord = new Integer[probes.size()];
        for (int i = 0; i < ord.length; i++) {
            ord[i] = i;
        }
        q.params.add(db.createArrayOf("int4", ord));
        q.forEach(db, r -> {
            Probe p = probes.get(r.getInt(1));
            Double[] found = (Double[]) r.getArray(2).getArray();
            // counts and rows disagree only while a rebuild or a bulk load is under way: leave the figure out
            if (found.length > 0) {
                values.put(p, StatsQueries.hours(p.percentile().value(p.n(), found)));
            }
        });
        return values;
    }
}

package org.claimdesk.stats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimdesk.export.CsvCells;
import org.claimdesk.stats.DeskStats.AgeBucket;
import org.claimdesk.stats.DeskStats.DayCount;
import org.claimdesk.stats.DeskStats.ReviewerLoad;
import org.claimdesk.stats.DeskStats.StageTime;
import org.claimdesk.stats.DeskStats.VerdictRow;
import org.claimdesk.stats.DeskStats.WeekRates;
import org.claimdesk.stats.DeskStats.WeekTime;

/**
 * The table behind each chart: the same rows are the dashboard's data tables and the CSV
 * downloads, so what a chart shows, its table says and its file holds.
 */
public final class StatsTables {

    /** How a cell is written: CSV keeps raw values, the page formats them by kind. */
    public enum Kind {
        /** Free text (outlets, speakers, names): defused in CSV. */
        TEXT,
        /** A stored constant (status, verdict): raw in CSV, in words on the page. */
        LABEL,
        COUNT,
        HOURS,
        /** A fraction from 0 to 1. */
        SHARE,
        DAY
    }

    public record Column(String name, String label, Kind kind) {
    }

    /** @param file the download's name; rows hold one value per column, null where there is none */
    public record Table(String file, String title, List<Column> columns, List<List<Object>> rows) {

        /** RFC 4180 CSV with a header of column names; text cells cannot start a formula. */
        public void writeCsv(OutputStream out) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader(columns.stream().map(Column::name).toArray(String[]::new)).get())) {
                for (List<Object> row : rows) {
                    List<Object> cells = new ArrayList<>(row.size());
                    for (int i = 0; i < row.size(); i++) {
                        Object v = row.get(i);
                        cells.add(columns.get(i).kind() == Kind.TEXT && v != null ? CsvCells.text(v.toString()) : v);
                    }
                    csv.printRecord(cells);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The rows whose {@code column} holds {@code value}, without that column. */
        public Table where(String column, Object value) {
            int at = columns.stream().map(Column::name).toList().indexOf(column);
            List<Column> kept = new ArrayList<>(columns);
            kept.remove(at);
            List<List<Object>> matching = rows.stream().filter(r -> value.equals(r.get(at))).map(r -> {
                List<Object> copy = new ArrayList<>(r);
                copy.remove(at);
                return (List<Object>) copy;
            }).toList();
            return new Table(file, title, kept, matching);
        }
    }

    public static final String STATUS = "claims-by-status";
    public static final String STAGES = "stage-times";
    public static final String BACKLOG = "backlog-age";
    public static final String REVIEWERS = "reviewer-load";
    public static final String RATES = "review-rates";
    public static final String BY_OUTLET = "verdicts-by-outlet";
    public static final String BY_SPEAKER = "verdicts-by-speaker";
    public static final String DAYS = "claims-per-day";

    private StatsTables() {
    }

    /** Every table, by file name without ".csv". */
    public static Map<String, Table> of(DeskStats s) {
        Map<String, Table> t = new LinkedHashMap<>();
        t.put(STATUS, status(s));
        t.put(STAGES, stages(s));
        t.put(BACKLOG, backlog(s));
        t.put(REVIEWERS, reviewers(s));
        t.put(RATES, rates(s));
        t.put(BY_OUTLET, verdicts(BY_OUTLET, "Verdicts by outlet", "outlet", "Outlet", s.verdictMix().byOutlet()));
        t.put(BY_SPEAKER, verdicts(BY_SPEAKER, "Verdicts by speaker", "speaker", "Speaker",
                s.verdictMix().bySpeaker()));
        t.put(DAYS, days(s));
        return t;
    }

    public static Optional<Table> table(DeskStats s, String name) {
        return Optional.ofNullable(of(s).get(name));
    }

    /** Whether {@code name} is one of the tables (checked before any figure is computed). */
    public static boolean exists(String name) {
        return List.of(STATUS, STAGES, BACKLOG, REVIEWERS, RATES, BY_OUTLET, BY_SPEAKER, DAYS).contains(name);
    }

    private static Table status(DeskStats s) {
        List<List<Object>> rows = new ArrayList<>();
        Map<String, Long> reached = new LinkedHashMap<>();
        s.funnel().forEach(f -> reached.put(f.status(), f.reached()));
        s.claimsByStatus().forEach((status, n) -> rows.add(row(status, n, reached.get(status))));
        return new Table(STATUS + ".csv", "Claims by status", List.of(col("status", "Status", Kind.LABEL),
                col("claims_now", "In it now", Kind.COUNT), col("reached", "Got at least this far", Kind.COUNT)), rows);
    }

    private static Table stages(DeskStats s) {
        List<List<Object>> rows = new ArrayList<>();
        for (StageTime st : s.stageTimes()) {
            rows.add(row(st.stage(), null, st.claims(), st.medianHours(), st.p90Hours()));
            for (WeekTime w : st.weeks()) {
                rows.add(row(st.stage(), w.week(), w.claims(), w.medianHours(), w.p90Hours()));
            }
        }
        return new Table(STAGES + ".csv", "Time per stage", List.of(col("stage", "Stage", Kind.LABEL),
                col("week", "Week of", Kind.DAY), col("claims", "Claims", Kind.COUNT),
                col("median_hours", "Median", Kind.HOURS), col("p90_hours", "90th percentile", Kind.HOURS)), rows);
    }

    private static Table backlog(DeskStats s) {
        List<List<Object>> rows = new ArrayList<>();
        for (AgeBucket b : s.backlogAge().buckets()) {
            rows.add(row(b.label(), b.fromHours(), b.toHours(), b.claims(), b.overdue()));
        }
        return new Table(BACKLOG + ".csv", "Age of the waiting backlog", List.of(col("waiting", "Waiting", Kind.TEXT),
                col("from_hours", "From", Kind.HOURS), col("to_hours", "To", Kind.HOURS),
                col("claims", "Claims", Kind.COUNT), col("overdue", "Overdue", Kind.COUNT)), rows);
    }

    private static Table reviewers(DeskStats s) {
        List<List<Object>> rows = new ArrayList<>();
        for (ReviewerLoad l : s.reviewerLoad()) {
            rows.add(row(l.reviewer(), l.held(), l.decided(), l.proposed(), l.approved(), l.sentBack(), l.needsInfo()));
        }
        return new Table(REVIEWERS + ".csv", "Reviewer load", List.of(col("reviewer", "Reviewer", Kind.TEXT),
                col("held", "Holds now", Kind.COUNT), col("decided", "Decided", Kind.COUNT),
                col("proposed", "Verdicts proposed", Kind.COUNT), col("approved", "Approved", Kind.COUNT),
                col("sent_back", "Sent back", Kind.COUNT), col("needs_info", "Asked for information", Kind.COUNT)),
                rows);
    }

    private static Table rates(DeskStats s) {
        List<List<Object>> rows = new ArrayList<>();
        DeskStats.Rates r = s.rates();
        rows.add(row(null, r.sendBack().of(), r.sendBack().count(), r.sendBack().rate(), r.needsInfo().of(),
                r.needsInfo().count(), r.needsInfo().rate()));
        for (WeekRates w : r.weeks()) {
            rows.add(row(w.week(), w.secondReviews(), w.sentBack(), w.sendBackRate(), w.reviews(), w.needsInfo(),
                    w.needsInfoRate()));
        }
        return new Table(RATES + ".csv", "Send-back and needs-info rates", List.of(col("week", "Week of", Kind.DAY),
                col("second_reviews", "Second reviews", Kind.COUNT), col("sent_back", "Sent back", Kind.COUNT),
                col("send_back_rate", "Send-back rate", Kind.SHARE), col("reviews", "Reviews ended", Kind.COUNT),
                col("needs_info", "Asked for information", Kind.COUNT),
                col("needs_info_rate", "Needs-info rate", Kind.SHARE)), rows);
    }

    private static Table verdicts(String name, String title, String key, String label, List<VerdictRow> mix) {
        List<Column> columns = new ArrayList<>();
        columns.add(col(key, label, Kind.TEXT));
        StatsQueries.VERDICTS.forEach(v -> columns.add(col(v.toLowerCase(java.util.Locale.ROOT), words(v), Kind.COUNT)));
        columns.add(col("total", "Total", Kind.COUNT));
        List<List<Object>> rows = new ArrayList<>();
        for (VerdictRow v : mix) {
            List<Object> r = new ArrayList<>();
            r.add(v.name());
            StatsQueries.VERDICTS.forEach(k -> r.add(v.counts().get(k)));
            r.add(v.total());
            rows.add(r);
        }
        return new Table(name + ".csv", title, columns, rows);
    }

    private static Table days(DeskStats s) {
        List<List<Object>> rows = new ArrayList<>();
        for (DayCount d : s.claimsPerDay()) {
            rows.add(row(d.day(), d.claims(), d.submitted(), d.published()));
        }
        return new Table(DAYS + ".csv", "Claims per day", List.of(col("day", "Day", Kind.DAY),
                col("claims", "Came in", Kind.COUNT), col("submitted", "Submitted", Kind.COUNT),
                col("published", "Published", Kind.COUNT)), rows);
    }

    /** A stored constant in words: "MOSTLY_ACCURATE" is "Mostly accurate". */
    public static String words(String constant) {
        String w = constant.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static Column col(String name, String label, Kind kind) {
        return new Column(name, label, kind);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}

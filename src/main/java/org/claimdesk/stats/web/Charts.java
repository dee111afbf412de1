package org.claimdesk.stats.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.claimdesk.stats.DeskStats;
import org.claimdesk.stats.DeskStats.AgeBucket;
import org.claimdesk.stats.DeskStats.DayCount;
import org.claimdesk.stats.DeskStats.FunnelStep;
import org.claimdesk.stats.DeskStats.ReviewerLoad;
import org.claimdesk.stats.DeskStats.StageTime;
import org.claimdesk.stats.DeskStats.VerdictRow;
import org.claimdesk.stats.DeskStats.WeekRates;
import org.claimdesk.stats.DeskStats.WeekTime;
import org.claimdesk.stats.StatsTables;
import org.claimdesk.stats.web.Chart.Cell;
import org.claimdesk.stats.web.Chart.Legend;

/** Draws each of the dashboard's figures from the {@link DeskStats} and its {@link StatsTables}. */
final class Charts {

    /** Horizontal bar rows: a label line, then the bar. */
    private static final int ROW = 42;
    private static final int LABEL_Y = 15;
    private static final int BAR_Y = 22;
    private static final int BAR_H = 14;
    private static final int LABEL_CHARS = 44;

    /** Plots with axes: where the plotting area starts and ends, and where the x labels sit. */
    private static final int TOP = 22;
    private static final int PLOT_H = 120;
    private static final int BOTTOM = TOP + PLOT_H;
    private static final int X_LABELS = BOTTOM + 18;
    private static final int PLOT_HEIGHT = X_LABELS + 8;
    /** Points keep this far from the left and right edges (percent). */
    private static final double PAD = 3;

    static final List<String> BACKLOG_SHORT = List.of("<1 h", "1–4 h", "4–24 h", "1–3 d", "3–7 d", "1–2 wk",
            "2–4 wk", "4 wk+");

    private final DeskStats stats;
    private final Map<String, StatsTables.Table> tables;
    private final String query;

    private Charts(DeskStats stats, String query) {
        this.stats = stats;
        this.tables = StatsTables.of(stats);
        this.query = query;
    }

    /** Every figure, in the order the page shows them; {@code query} is the filter for the CSV links. */
    static List<Chart> all(DeskStats stats, String query) {
        Charts c = new Charts(stats, query);
        List<Chart> charts = new ArrayList<>();
        charts.add(c.funnel());
        charts.add(c.backlog());
        for (StageTime st : stats.stageTimes()) {
            charts.add(c.stage(st));
        }
        charts.add(c.reviewers());
        charts.add(c.rates());
        charts.add(c.verdicts(StatsTables.BY_OUTLET, "Verdicts by outlet", stats.verdictMix().byOutlet(),
                "(no outlet)"));
        charts.add(c.verdicts(StatsTables.BY_SPEAKER, "Verdicts by speaker", stats.verdictMix().bySpeaker(),
                "(no speaker)"));
        charts.add(c.days());
        return charts;
    }

    private Chart funnel() {
        List<FunnelStep> steps = stats.funnel();
        long max = Math.max(1, steps.stream().mapToLong(FunnelStep::reached).max().orElse(1));
        Svg.Builder svg = new Svg.Builder(steps.size() * ROW);
        for (int i = 0; i < steps.size(); i++) {
            FunnelStep f = steps.get(i);
            double y = i * ROW;
            String label = StatsTables.words(f.status()) + ": " + Formats.count(f.reached()) + " got this far, "
                    + Formats.count(f.now()) + " here now";
            svg.text(0, y + LABEL_Y, label, "start", "lbl");
            double reached = 100.0 * f.reached() / max;
            double now = 100.0 * f.now() / max;
            svg.rect((100 - reached) / 2, y + BAR_Y, reached, BAR_H, "bar-reached", label);
            svg.rect((100 - now) / 2, y + BAR_Y, now, BAR_H, "bar-now", label);
        }
        long rejected = stats.claimsByStatus().getOrDefault("REJECTED", 0L);
        long needsInfo = stats.claimsByStatus().getOrDefault("NEEDS_INFO", 0L);
        return chart("funnel", "Claims by status", "Claims that came in during the period, by how far they have got. "
                + "Rejected (" + Formats.count(rejected) + ") stop after extraction; those waiting for information ("
                + Formats.count(needsInfo) + ") count as taken.",
                "A funnel: one centred bar per workflow step, as wide as the claims that got that far, with those in "
                        + "the step now drawn darker inside it.",
                Formats.count(stats.claimsByStatus().values().stream().mapToLong(Long::longValue).sum())
                        + " claims came in during the period.",
                svg.build(), List.of(new Legend("bar-reached", "got this far"), new Legend("bar-now", "here now")),
                StatsTables.STATUS, tables.get(StatsTables.STATUS), false);
    }

    private Chart backlog() {
        DeskStats.Backlog b = stats.backlogAge();
        List<AgeBucket> buckets = b.buckets();
        double max = niceMax(Math.max(1, buckets.stream().mapToLong(AgeBucket::claims).max().orElse(1)));
        Svg.Builder svg = new Svg.Builder(PLOT_HEIGHT);
        grid(svg, max, v -> Formats.count(Math.round(v)));
        double width = 100.0 / buckets.size();
        for (int i = 0; i < buckets.size(); i++) {
            AgeBucket a = buckets.get(i);
            double x = i * width + width * 0.15;
            double onTime = PLOT_H * (a.claims() - a.overdue()) / max;
            double overdue = PLOT_H * a.overdue() / max;
            String title = a.label() + ": " + Formats.count(a.claims()) + " waiting, " + Formats.count(a.overdue())
                    + " overdue";
            svg.rect(x, BOTTOM - onTime, width * 0.7, onTime, "bar-ontime", title);
            svg.rect(x, BOTTOM - onTime - overdue, width * 0.7, overdue, "bar-overdue", title);
            svg.text(x + width * 0.35, BOTTOM - onTime - overdue - 4, Formats.count(a.claims()), "middle", "val");
            svg.text(x + width * 0.35, X_LABELS, BACKLOG_SHORT.get(i), "middle", "ax");
        }
        String headline = b.waiting() == 0 ? "Nothing is waiting for a reviewer."
                : Formats.count(b.waiting()) + " waiting for a reviewer, " + Formats.count(b.overdue())
                        + " of them overdue; the oldest for " + Formats.hours(b.oldestHours()) + ".";
        return chart("backlog", "Age of the waiting backlog", "Claims waiting for a reviewer now (the period does not "
                + "apply), by time since they were submitted. Overdue: past their due date.",
                "Columns, one per waiting time from under an hour to four weeks or more, split into overdue and on time.",
                headline, svg.build(), List.of(new Legend("bar-ontime", "on time"), new Legend("bar-overdue", "overdue")),
                StatsTables.BACKLOG, tables.get(StatsTables.BACKLOG), false);
    }

    private Chart stage(StageTime st) {
        List<WeekTime> weeks = st.weeks();
        HoursAxis axis = HoursAxis.of(weeks.stream().mapToDouble(WeekTime::p90Hours).max().orElse(1));
        double top = axis.top();
        LocalDate first = weekAxisStart();
        LocalDate last = stats.period().seriesTo();
        Svg.Builder svg = new Svg.Builder(PLOT_HEIGHT);
        grid(svg, top, axis::label);
        series(svg, weeks.stream().map(w -> point(first, last, w.week(), w.p90Hours(), top,
                "week of " + w.week() + ": 90th percentile " + Formats.hours(w.p90Hours()) + " (" + Formats.count(w.claims())
                        + " claims)")).toList(), "line-p90");
        series(svg, weeks.stream().map(w -> point(first, last, w.week(), w.medianHours(), top,
                "week of " + w.week() + ": median " + Formats.hours(w.medianHours()) + " (" + Formats.count(w.claims())
                        + " claims)")).toList(), "line-median");
        dateAxis(svg, first, last);
        String headline = st.claims() == 0 ? "No claim finished this stage in the period."
                : "Median " + Formats.hours(st.medianHours()) + ", 90th percentile " + Formats.hours(st.p90Hours())
                        + ", over " + Formats.count(st.claims()) + " claims.";
        return chart("stage-" + st.stage(), "Time per stage: " + st.label().toLowerCase(Locale.ROOT),
                "Each claim's first pass, counted in the week (Monday, UTC) the stage ended; send-backs and releases "
                        + "count in the stage where they happened.",
                "Two lines over the weeks of the period: the median time and the 90th percentile.", headline,
                svg.build(), List.of(new Legend("line-median", "median"), new Legend("line-p90", "90th percentile")),
                StatsTables.STAGES, tables.get(StatsTables.STAGES).where("stage", st.stage()), false);
    }

    private Chart reviewers() {
        List<ReviewerLoad> load = stats.reviewerLoad();
        long maxHeld = Math.max(1, load.stream().mapToLong(ReviewerLoad::held).max().orElse(1));
        long maxDecided = Math.max(1, load.stream().mapToLong(ReviewerLoad::decided).max().orElse(1));
        Svg.Builder svg = new Svg.Builder(Math.max(1, load.size()) * ROW + 20);
        svg.text(0, 12, "Holds now", "start", "ax");
        svg.text(52, 12, "Decided in the period", "start", "ax");
        for (int i = 0; i < load.size(); i++) {
            ReviewerLoad l = load.get(i);
            double y = 20 + i * ROW;
            String label = Formats.clip(l.reviewer(), LABEL_CHARS) + ": holds " + Formats.count(l.held()) + ", decided "
                    + Formats.count(l.decided());
            svg.text(0, y + LABEL_Y, label, "start", "lbl");
            svg.rect(0, y + BAR_Y, 48.0 * l.held() / maxHeld, BAR_H, "bar-held", label);
            svg.rect(52, y + BAR_Y, 48.0 * l.decided() / maxDecided, BAR_H, "bar-decided", label);
        }
        if (load.isEmpty()) {
            svg.text(0, 20 + LABEL_Y, "No one holds or decided a claim in the period.", "start", "lbl");
        }
        return chart("reviewers", "Reviewer load", "Claims each person holds in review now, and the decisions each "
                + "took in the period: verdicts proposed, approved or sent back, and requests for information.",
                "Two bars per person: claims held now (left) and decisions in the period (right), each scaled to "
                        + "the largest of its kind.",
                null, svg.build(), List.of(new Legend("bar-held", "holds now"), new Legend("bar-decided", "decided")),
                StatsTables.REVIEWERS, tables.get(StatsTables.REVIEWERS), false);
    }

    private Chart rates() {
        DeskStats.Rates r = stats.rates();
        List<WeekRates> weeks = r.weeks();
        double max = weeks.stream().flatMap(w -> java.util.stream.Stream.of(w.sendBackRate(), w.needsInfoRate()))
                .filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0.1);
        double top = Math.min(1, niceMax(Math.max(max, 0.01)));
        LocalDate first = weekAxisStart();
        LocalDate last = stats.period().seriesTo();
        Svg.Builder svg = new Svg.Builder(PLOT_HEIGHT);
        grid(svg, top, v -> Formats.share(v));
        series(svg, weeks.stream().filter(w -> w.needsInfoRate() != null).map(w -> point(first, last, w.week(),
                w.needsInfoRate(), top, "week of " + w.week() + ": " + Formats.share(w.needsInfoRate())
                        + " of reviews asked for information")).toList(), "line-needsinfo");
        series(svg, weeks.stream().filter(w -> w.sendBackRate() != null).map(w -> point(first, last, w.week(),
                w.sendBackRate(), top, "week of " + w.week() + ": " + Formats.share(w.sendBackRate())
                        + " of second reviews sent back")).toList(), "line-sendback");
        dateAxis(svg, first, last);
        String headline = "Send-back rate " + Formats.share(r.sendBack().rate()) + " (" + Formats.count(r.sendBack().count())
                + " of " + Formats.count(r.sendBack().of()) + " second reviews); needs-info rate "
                + Formats.share(r.needsInfo().rate()) + " (" + Formats.count(r.needsInfo().count()) + " of "
                + Formats.count(r.needsInfo().of()) + " reviews).";
        return chart("rates", "Send-back and needs-info rates", "Per week of the period: second reviews that sent the "
                + "verdict back (out of approvals and send-backs), and reviews that asked the editor for information "
                + "(out of those and proposed verdicts).",
                "Two lines over the weeks of the period: the share of second reviews sent back and the share of reviews "
                        + "that asked for information.",
                headline, svg.build(), List.of(new Legend("line-sendback", "sent back"),
                        new Legend("line-needsinfo", "asked for information")),
                StatsTables.RATES, tables.get(StatsTables.RATES), false);
    }

    private Chart verdicts(String name, String title, List<VerdictRow> rows, String unnamed) {
        List<String> verdicts = stats.verdictMix().verdicts();
        Svg.Builder svg = new Svg.Builder(Math.max(1, rows.size()) * ROW);
        for (int i = 0; i < rows.size(); i++) {
            VerdictRow v = rows.get(i);
            double y = i * ROW;
            String who = v.name().isEmpty() ? unnamed : Formats.clip(v.name(), LABEL_CHARS);
            svg.text(0, y + LABEL_Y, who + ": " + Formats.count(v.total()), "start", "lbl");
            double x = 0;
            for (String verdict : verdicts) {
                long n = v.counts().getOrDefault(verdict, 0L);
                double w = v.total() == 0 ? 0 : 100.0 * n / v.total();
                svg.rect(x, y + BAR_Y, w, BAR_H, verdictCss(verdict), who + ", " + StatsTables.words(verdict) + ": "
                        + Formats.count(n) + " (" + Formats.share(v.total() == 0 ? null : (double) n / v.total()) + ")");
                x += w;
            }
        }
        if (rows.isEmpty()) {
            svg.text(0, LABEL_Y, "No verdict was approved in the period.", "start", "lbl");
        }
        List<Legend> legend = verdicts.stream().map(v -> new Legend(verdictCss(v), StatsTables.words(v))).toList();
        return chart(name, title, "Verdicts of claims approved (and perhaps published) in the period, as shares of each "
                + "row; the most checked first, the rest together in the last row.",
                "One bar per row split by verdict, from accurate on the left to unsupported on the right.", null,
                svg.build(), legend, name, tables.get(name), false);
    }

    private Chart days() {
        List<DayCount> days = stats.claimsPerDay();
        long max = Math.max(1, days.stream().mapToLong(d -> Math.max(d.claims(), d.published())).max().orElse(1));
        Svg.Builder svg = new Svg.Builder(PLOT_HEIGHT);
        double top = niceMax(max);
        grid(svg, top, v -> Formats.count(Math.round(v)));
        double width = days.isEmpty() ? 100 : 100.0 / days.size();
        List<double[]> published = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            DayCount d = days.get(i);
            double h = PLOT_H * d.claims() / top;
            svg.rect(i * width + width * 0.1, BOTTOM - h, width * 0.8, h, "bar-day",
                    d.day() + ": " + Formats.count(d.claims()) + " came in, " + Formats.count(d.published()) + " published");
            published.add(new double[] { i * width + width / 2, BOTTOM - PLOT_H * d.published() / top });
        }
        for (int i = 1; i < published.size(); i++) {
            svg.line(published.get(i - 1)[0], published.get(i - 1)[1], published.get(i)[0], published.get(i)[1],
                    "line-published");
        }
        if (!days.isEmpty()) {
            int labels = Math.min(days.size(), 5);
            for (int k = 0; k < labels; k++) {
                int i = labels == 1 ? 0 : (int) Math.round(k * (days.size() - 1) / (double) (labels - 1));
                svg.text(i * width + width / 2, X_LABELS, Formats.shortDay(days.get(i).day()),
                        k == 0 ? "start" : k == labels - 1 ? "end" : "middle", "ax");
            }
        }
        long in = days.stream().mapToLong(DayCount::claims).sum();
        long out = days.stream().mapToLong(DayCount::published).sum();
        String headline = days.isEmpty() ? null : Formats.count(in) + " came in and " + Formats.count(out)
                + " were published from " + days.get(0).day() + " to " + days.get(days.size() - 1).day() + ".";
        return chart("days", "Claims per day", "Claims that came in each day (columns) and publications each day (line), "
                + "over the period's last 366 days at most.",
                "Columns, one per day, for the claims that came in, with a line for the claims published that day.",
                headline, svg.build(), List.of(new Legend("bar-day", "came in"), new Legend("line-published", "published")),
                StatsTables.DAYS, tables.get(StatsTables.DAYS), true);
    }

    /** Where week axes start: the Monday of the series window's first day. */
    private LocalDate weekAxisStart() {
        LocalDate from = stats.period().seriesFrom();
        return from.minusDays(from.getDayOfWeek().getValue() - 1L);
    }

    private Chart chart(String id, String title, String note, String summary, String headline, Svg svg,
            List<Legend> legend, String table, StatsTables.Table rows, boolean wide) {
        String file = table + ".csv";
        return new Chart(id, title, note, summary, headline, svg, legend, view(rows), "/dashboard/" + file + query,
                "Download " + file, wide);
    }

    /** Grid lines at 0, half and the top, labelled just above the line at the left. */
    private static void grid(Svg.Builder svg, double top, Function<Double, String> label) {
        for (double f : new double[] { 0, 0.5, 1 }) {
            double y = BOTTOM - PLOT_H * f;
            svg.gridLine(y, f == 0 ? "axis" : "grid");
            if (f > 0) {
                svg.text(0, y - 3, label.apply(top * f), "start", "ax");
            }
        }
    }

    /** A point of a line, placed by its week on the axis from {@code first} to {@code last}. */
    private record Point(double x, double y, String title) {
    }

    private static Point point(LocalDate first, LocalDate last, LocalDate at, double value, double top, String title) {
        long span = ChronoUnit.DAYS.between(first, last);
        double x = span <= 0 ? 50 : PAD + (100 - 2 * PAD) * ChronoUnit.DAYS.between(first, at) / span;
        return new Point(Math.max(0, Math.min(100, x)), BOTTOM - PLOT_H * Math.min(value, top) / top, title);
    }

    /** A line through the points with a dot (and its tooltip) at each. */
    private static void series(Svg.Builder svg, List<Point> points, String css) {
        for (int i = 1; i < points.size(); i++) {
            svg.line(points.get(i - 1).x(), points.get(i - 1).y(), points.get(i).x(), points.get(i).y(), css);
        }
        points.forEach(p -> svg.dot(p.x(), p.y(), css, p.title()));
    }

    private static void dateAxis(Svg.Builder svg, LocalDate first, LocalDate last) {
        svg.text(0, X_LABELS, Formats.shortDay(first), "start", "ax");
        if (!last.equals(first)) {
            svg.text(100, X_LABELS, Formats.shortDay(last), "end", "ax");
        }
    }

    /** An axis of durations in the unit that suits its top: minutes, hours or days, with round steps. */
    record HoursAxis(double unitHours, String unit, double top) {
        static HoursAxis of(double maxHours) {
            double max = Math.max(maxHours, 1.0 / 60);
            double unitHours = max < 1 ? 1.0 / 60 : max < 72 ? 1 : 24;
            String unit = max < 1 ? " min" : max < 72 ? " h" : " d";
            return new HoursAxis(unitHours, unit, niceMax(max / unitHours) * unitHours);
        }

        String label(double hours) {
            double v = hours / unitHours;
            return (v == Math.rint(v) ? Long.toString(Math.round(v)) : String.format(Locale.UK, "%.1f", v)) + unit;
        }
    }

    /** 1, 2 or 5 times a power of ten, at or above {@code max}. */
    static double niceMax(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] { 1, 2, 5, 10 }) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String verdictCss(String verdict) {
        return "v-" + verdict.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The page's table: cells in words and the page's number formats; the first cell names the row. */
    static Chart.Table view(StatsTables.Table t) {
        List<Cell> headers = t.columns().stream()
                .map(c -> new Cell(c.label(), c.kind() != StatsTables.Kind.TEXT && c.kind() != StatsTables.Kind.LABEL
                        && c.kind() != StatsTables.Kind.DAY, false)).toList();
        List<List<Cell>> rows = new ArrayList<>();
        for (List<Object> r : t.rows()) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                cells.add(new Cell(text(t.columns().get(i), r.get(i)), headers.get(i).numeric(), i == 0));
            }
            rows.add(cells);
        }
        return new Chart.Table(headers, rows);
    }

    private static String text(StatsTables.Column column, Object value) {
        if (value == null) {
            return switch (column.kind()) {
                case DAY -> "whole period";
                case HOURS, SHARE -> Formats.NONE;
                default -> "";
            };
        }
        return switch (column.kind()) {
            case TEXT -> value.toString().isEmpty() ? "(none)" : value.toString();
            case LABEL -> StatsTables.words(value.toString());
            case COUNT -> Formats.count(((Number) value).longValue());
            case HOURS -> Formats.hours(((Number) value).doubleValue());
            case SHARE -> Formats.share(((Number) value).doubleValue());
            case DAY -> Formats.day((LocalDate) value);
        };
    }
}

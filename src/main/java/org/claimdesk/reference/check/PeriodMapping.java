package org.claimdesk.reference.check;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.reference.table.Quarter;
import org.claimdesk.reference.table.ReferenceTable;

/**
 * Maps a query's {@link Period} onto the quarters (or years) of one table and says how in words:
 * {@code "2023" = 2023 Q1–Q4}. A period that starts or ends inside a quarter, or reaches beyond
 * the table, is mapped to the quarters it touches and marked partial.
 */
public final class PeriodMapping {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*-?\\s*Q([1-4])|Q([1-4])\\s*-?\\s*(\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    /** The quarters used (indexes, inclusive), the words, and whether the claim's period is only partly covered. */
    public record Mapped(int from, int to, String words, boolean partial) {
    }

    private record End(Quarter quarter, boolean exact, String text) {
    }

    private PeriodMapping() {
    }

    public static Mapped map(ReferenceTable table, Period period) {
        if (table.grain() == ReferenceTable.Grain.NONE) {
            if (period != null && (notBlank(period.from()) || notBlank(period.to()))) {
                throw InvalidInputException.of("period", "this table has no period column"
                        + (table.meta().electionDate() != null ? ": its rows are the general election of "
                                + table.meta().electionDate() : "") + "; leave the period out");
            }
            return null;
        }
        Quarter first = table.first();
        Quarter last = table.last();
        if (period == null || (!notBlank(period.from()) && !notBlank(period.to()))) {
            return new Mapped(first.index(), last.index(), "all of the table: " + range(first, last), false);
        }
        End from = notBlank(period.from()) ? end(period.from(), true, "from") : new End(first, true, null);
        End to = notBlank(period.to()) ? end(period.to(), false, "to") : new End(last, true, null);
        if (to.quarter().compareTo(from.quarter()) < 0) {
            throw InvalidInputException.of("period", "the period ends (" + to.quarter() + ") before it starts ("
                    + from.quarter() + ")");
        }
        boolean yearly = table.grain() == ReferenceTable.Grain.YEAR;
        Quarter f = from.quarter();
        Quarter t = to.quarter();
        boolean partial = !from.exact() || !to.exact();
        if (yearly) {
            if (f.quarter() != 1 || t.quarter() != 4) {
                partial = true;
            }
            f = new Quarter(f.year(), 1);
            t = new Quarter(t.year(), 4);
        }
        StringBuilder notes = new StringBuilder();
        if (!from.exact()) {
            notes.append("; the period starts inside ").append(from.quarter()).append(", counted whole");
        }
        if (!to.exact()) {
            notes.append("; the period ends inside ").append(to.quarter()).append(", counted whole");
        }
        if (f.compareTo(first) < 0) {
            partial = true;
            notes.append("; the table starts at ").append(first);
            f = first;
        }
        if (t.compareTo(last) > 0) {
            partial = true;
            notes.append("; the table ends at ").append(last).append(": ").append(range(last.plus(1), t))
                    .append(" is not in it");
            t = last;
        }
        if (t.compareTo(f) < 0) {
            throw InvalidInputException.of("period", "the table covers " + range(first, last) + "; "
                    + (period.label() == null ? "the period" : "'" + period.label() + "'") + " is outside it");
        }
        String label = period.label() != null && !period.label().isBlank() ? period.label()
                : describe(period);
        String words = "\"" + label + "\" = " + (yearly ? years(f, t) : range(f, t)) + notes;
        return new Mapped(f.index(), t.index(), words, partial);
    }

    /** The quarter a period end falls in, and whether the end is on the quarter's edge. */
    private static End end(String text, boolean start, String field) {
        String s = text.strip();
        Matcher q = QUARTER.matcher(s);
        if (q.matches()) {
            int year = Integer.parseInt(q.group(1) != null ? q.group(1) : q.group(4));
            int quarter = Integer.parseInt(q.group(2) != null ? q.group(2) : q.group(3));
            return new End(new Quarter(year, quarter), true, s);
        }
        if (YEAR.matcher(s).matches()) {
            int year = Integer.parseInt(s);
            return new End(new Quarter(year, start ? 1 : 4), true, s);
        }
        if (MONTH.matcher(s).matches()) {
            try {
                YearMonth m = YearMonth.parse(s);
                Quarter quarter = Quarter.of(m.atDay(1));
                int month = m.getMonthValue();
                boolean exact = start ? (month - 1) % 3 == 0 : month % 3 == 0;
                return new End(quarter, exact, s);
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of("period", field + " '" + s + "' is not a month like 2024-07");
            }
        }
        try {
            LocalDate d = LocalDate.parse(s);
            Quarter quarter = Quarter.of(d);
            boolean exact = start ? d.equals(quarter.firstDay()) : d.equals(quarter.lastDay());
            return new End(quarter, exact, s);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("period", field + " '" + s + "' is not a year (2023), a quarter (2023-Q2),"
                    + " a month (2024-07) or a day (2024-07-05)");
        }
    }

    static String describe(Period p) {
        String f = notBlank(p.from()) ? p.from().strip() : "the start";
        String t = notBlank(p.to()) ? p.to().strip() : "the latest";
        return f.equals(t) ? f : f + " to " + t;
    }

    /** "2023 Q1–Q4", "2022 Q2–2023 Q1", "2023 Q3". */
    public static String range(Quarter f, Quarter t) {
        if (f.equals(t)) {
            return f.toString();
        }
        if (f.year() == t.year()) {
            return f + "\u2013Q" + t.quarter();
        }
        return f + "\u2013" + t;
    }

    private static String years(Quarter f, Quarter t) {
        return f.year() == t.year() ? "the year " + f.year() : "the years " + f.year() + "\u2013" + t.year();
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

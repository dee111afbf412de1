package org.claimdesk.reference.suggest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimdesk.reference.check.Period;
import org.claimdesk.reference.table.UkElections;

/**
 * Time expressions of a sentence as periods a check can use: "in 2023", "last year", "in the year
 * to March 2023", "since July 2024", "since Labour took power". Relative ones are read against the
 * article's date. Rules are rows, most specific first, each with an example and the period it gives.
 */
public final class PeriodReader {

    /** A time expression found in a sentence. {@code relative}: "the year before", read against another. */
    public record Cue(int start, int end, Period period, boolean relative) {
    }

    /** One rule: what it matches, how it becomes a period, and an example with its expected period. */
    public record Rule(String name, Pattern pattern, BiFunction<Matcher, LocalDate, Period> period, String example,
            String from, String to) {
    }

    static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    static final String YEAR = "((?:19|20)\\d\\d)";
    /** A year, or "last year" / "this year" read against the article's date. */
    static final String YEAR_REF = "((?:19|20)\\d\\d|last year|this year)";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6),
            Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
            Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));
    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
            "final", 4, "last", 4);
    /** Days a party took office (the day after polling day when it won). */
    static final List<Map.Entry<String, LocalDate>> GOVERNMENTS = List.of(
            Map.entry("Con", LocalDate.of(1979, 5, 4)), Map.entry("Lab", LocalDate.of(1997, 5, 2)),
            Map.entry("Con", LocalDate.of(2010, 5, 11)), Map.entry("Lab", LocalDate.of(2024, 7, 5)));

    static final List<Rule> RULES = List.of(
            new Rule("financial year", p("\\b(?:the )?(?:financial year )?" + YEAR + "[/\u2013-](\\d\\d)\\b"),
                    (m, d) -> {
                        int y = Integer.parseInt(m.group(1));
                        if (Integer.parseInt(m.group(2)) != (y + 1) % 100) {
                            return null;
                        }
                        return new Period(y + "-04", (y + 1) + "-03", m.group().strip());
                    }, "spending in 2022/23 rose", "2022-04", "2023-03"),
            new Rule("year to month", p("\\b(?:in |during |over )?the (?:year|12 months|twelve months) (?:to|ending|ended|up to)"
                    + " (?:the end of )?" + MONTH + "(?: " + YEAR + ")?\\b"),
                    (m, d) -> {
                        YearMonth to = month(m.group(1), m.group(2), d);
                        return new Period(to.minusMonths(11).toString(), to.toString(), m.group().strip());
                    }, "in the year to March 2023 returns rose", "2022-04", "2023-03"),
            new Rule("three months to", p("\\b(?:in )?the (?:three months|quarter) (?:to|ending|ended) (?:the end of )?"
                    + MONTH + "(?: " + YEAR + ")?\\b"),
                    (m, d) -> {
                        YearMonth to = month(m.group(1), m.group(2), d);
                        return new Period(to.minusMonths(2).toString(), to.toString(), m.group().strip());
                    }, "in the three months to June 2023", "2023-04", "2023-06"),
            new Rule("quarter of year", p("\\b(?:in )?(?:the )?(first|second|third|fourth|final|last) quarter of " + YEAR + "\\b"),
                    (m, d) -> {
                        String q = m.group(2) + "-Q" + ORDINALS.get(m.group(1).toLowerCase(Locale.ROOT));
                        return new Period(q, q, m.group().strip());
                    }, "in the second quarter of 2022", "2022-Q2", "2022-Q2"),
            new Rule("Qn year", p("\\bQ([1-4])(?: of)? " + YEAR + "\\b|\\b" + YEAR + " Q([1-4])\\b"),
                    (m, d) -> {
                        String q = m.group(1) != null ? m.group(2) + "-Q" + m.group(1) : m.group(3) + "-Q" + m.group(4);
                        return new Period(q, q, m.group().strip());
                    }, "arrivals in Q3 2023", "2023-Q3", "2023-Q3"),
            new Rule("first months", p("\\b(?:in |during )?the first (three|six|nine|3|6|9) months of " + YEAR + "\\b"),
                    (m, d) -> {
                        int months = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                            case "three", "3" -> 3;
                            case "six", "6" -> 6;
                            default -> 9;
                        };
                        return new Period(m.group(2) + "-Q1", m.group(2) + "-Q" + months / 3, m.group().strip());
                    }, "in the first six months of 2023", "2023-Q1", "2023-Q2"),
            new Rule("half of year", p("\\b(?:in |during )?the (first|second) half of " + YEAR + "\\b"),
                    (m, d) -> m.group(1).equalsIgnoreCase("first")
                            ? new Period(m.group(2) + "-Q1", m.group(2) + "-Q2", m.group().strip())
                            : new Period(m.group(2) + "-Q3", m.group(2) + "-Q4", m.group().strip()),
                    "in the second half of 2022", "2022-Q3", "2022-Q4"),
            new Rule("between months", p("\\b(?:between|from) " + MONTH + " (?:and|to) " + MONTH + " (?:of )?" + YEAR_REF
                    + "\\b"),
                    (m, d) -> new Period(YearMonth.of(year(m.group(3), d), mon(m.group(1))).toString(),
                            YearMonth.of(year(m.group(3), d), mon(m.group(2))).toString(), m.group().strip()),
                    "between January and June 2023", "2023-01", "2023-06"),
            new Rule("between years", p("\\b(?:between " + YEAR + " and " + YEAR + "|from " + YEAR + " to " + YEAR
                    + "|" + YEAR + " ?(?:-|\u2013|to) ?" + YEAR + ")\\b"),
                    (m, d) -> {
                        String a = first(m, 1, 3, 5);
                        String b = first(m, 2, 4, 6);
                        return Integer.parseInt(b) < Integer.parseInt(a) ? null : new Period(a, b, m.group().strip());
                    }, "between 2019 and 2022 crossings grew", "2019", "2022"),
            new Rule("since month", p("\\bsince (?:the (?:start|beginning) of )?(?:(\\d{1,2}) )?" + MONTH + " " + YEAR + "\\b"),
                    (m, d) -> {
                        YearMonth from = YearMonth.of(Integer.parseInt(m.group(3)), mon(m.group(2)));
                        String f = m.group(1) == null ? from.toString()
                                : from.atDay(Math.min(Integer.parseInt(m.group(1)), from.lengthOfMonth())).toString();
                        return new Period(f, through(d), m.group().strip());
                    }, "since July 2024", "2024-07", null),
            new Rule("since year", p("\\bsince (?:the (?:start|beginning) of )?" + YEAR + "\\b"),
                    (m, d) -> new Period(m.group(1), through(d), m.group().strip()), "since 2018 numbers rose", "2018",
                    null),
            new Rule("since the election", p("\\bsince (?:the|last year's|last) (?:last |general |previous )?election\\b"),
                    (m, d) -> UkElections.lastOnOrBefore(d).map(e -> new Period(e.plusDays(1).toString(), through(d),
                            m.group().strip())).orElse(null), "removed since the election", "2024-07-05", null),
            new Rule("since taking power", p("\\bsince (?:the )?(labour|conservatives|tories|tory|conservative|new|current|this)"
                    + "(?: party| government| administration)? (?:took|came to|won|entered|has been in|took over|came into)"
                    + " (?:power|office|government)\\b"),
                    (m, d) -> {
                        String who = m.group(1).toLowerCase(Locale.ROOT);
                        String code = who.startsWith("lab") ? "Lab" : who.startsWith("con") || who.startsWith("tor")
                                ? "Con" : null;
                        LocalDate from = null;
                        for (Map.Entry<String, LocalDate> g : GOVERNMENTS) {
                            if ((code == null || g.getKey().equals(code)) && !g.getValue().isAfter(d)) {
                                from = g.getValue();
                            }
                        }
                        return from == null ? null : new Period(from.toString(), through(d), m.group().strip());
                    }, "returned since Labour took power", "2024-07-05", null),
            new Rule("last year", p("\\b(?:last|past) year\\b(?!'s election)"),
                    (m, d) -> Period.year(d.getYear() - 1, m.group().strip()), "last year arrivals fell", "2024",
                    "2024"),
            new Rule("this year", p("\\bthis year\\b|\\bso far this year\\b"),
                    (m, d) -> new Period(String.valueOf(d.getYear()), through(d), m.group().strip()),
                    "this year so far", "2025", null),
            new Rule("month year", p("\\b(?:in |during )?" + MONTH + " (?:of )?" + YEAR_REF + "\\b"),
                    (m, d) -> {
                        String ym = YearMonth.of(year(m.group(2), d), mon(m.group(1))).toString();
                        return new Period(ym, ym, m.group().strip());
                    }, "in March 2023 alone", "2023-03", "2023-03"),
            new Rule("year", p("\\b(?:in |during |for |throughout |across |over )?(?:the whole of |all of )?" + YEAR
                    + "(?:'s)?\\b(?![/\u2013-]\\d)"),
                    (m, d) -> Period.year(Integer.parseInt(m.group(1)), m.group().strip()), "in 2023 alone", "2023",
                    "2023"));

    /** "The year before", "a year earlier": a period one year before the sentence's other one. */
    private static final Pattern YEAR_BEFORE = p("\\b(?:the (?:year before|previous year|year prior|prior year)"
            + "|a year (?:earlier|before|previously|ago))\\b");

    private PeriodReader() {
    }

    /** "2023", or "last year" and "this year" against the article's date. */
    private static int year(String text, LocalDate d) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.equals("last year") ? d.getYear() - 1 : t.equals("this year") ? d.getYear() : Integer.parseInt(t);
    }

    private static int mon(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT));
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** Every time expression in {@code sentence}, in order; overlapping ones keep the first (most specific) rule. */
    public static List<Cue> read(String sentence, LocalDate articleDate) {
        LocalDate d = articleDate == null ? LocalDate.now() : articleDate;
        List<Cue> out = new ArrayList<>();
        Spans taken = new Spans(sentence);
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(sentence);
            while (m.find()) {
                if (!taken.free(m.start(), m.end())) {
                    continue;
                }
                Period period;
                try {
                    period = r.period().apply(m, d);
                } catch (RuntimeException e) {
                    period = null; // "31 February": not a period
                }
                if (period == null) {
                    continue;
                }
                taken.take(m.start(), m.end());
                out.add(new Cue(m.start(), m.end(), new Period(period.from(), period.to(),
                        sentence.substring(m.start(), m.end()).strip()), false));
            }
        }
        Matcher before = YEAR_BEFORE.matcher(sentence);
        while (before.find()) {
            if (taken.free(before.start(), before.end())) {
                out.add(new Cue(before.start(), before.end(), null, true));
            }
        }
        out.sort(Comparator.comparingInt(Cue::start));
        return out;
    }

    /** A period one year before {@code p} (for "the year before"), keeping its shape. */
    public static Period yearBefore(Period p, String label) {
        return new Period(shift(p.from()), shift(p.to()), label);
    }

    private static String shift(String end) {
        if (end == null) {
            return null;
        }
        String year = end.substring(0, 4);
        return (Integer.parseInt(year) - 1) + end.substring(4);
    }

    /** The last month named {@code name} before {@code d} when no year is given. */
    private static YearMonth month(String name, String year, LocalDate d) {
        int m = mon(name);
        if (year != null) {
            return YearMonth.of(Integer.parseInt(year), m);
        }
        YearMonth candidate = YearMonth.of(d.getYear(), m);
        return candidate.isBefore(YearMonth.from(d)) ? candidate : candidate.minusYears(1);
    }

    /** A period running up to the article's date ends with the article's quarter. */
    private static String through(LocalDate d) {
        return d.toString();
    }

    private static String first(Matcher m, int... groups) {
        for (int g : groups) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }
}

package org.claimdesk.extraction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds number phrases in the tokens of one sentence: the value comes from {@link NumberReader},
 * then this class reads what the phrase is made of around it (currency, percentage, points,
 * duration, multiple, fraction, compound adjective, range or change) and {@link Bounds} adds the
 * words before it. Deciding whether a phrase is a claim and what type it has is left to
 * {@link ClaimFilter} and {@link ClaimTyper}.
 */
final class QuantityParser {

    private static final MathContext MC = new MathContext(12, RoundingMode.HALF_EVEN);
    private static final BigDecimal HALF = NumberReader.HALF;

    static final Map<String, String> DURATION_UNITS = Map.ofEntries(
            Map.entry("year", "years"), Map.entry("years", "years"), Map.entry("month", "months"),
            Map.entry("months", "months"), Map.entry("week", "weeks"), Map.entry("weeks", "weeks"),
            Map.entry("day", "days"), Map.entry("days", "days"), Map.entry("hour", "hours"),
            Map.entry("hours", "hours"), Map.entry("minute", "minutes"), Map.entry("minutes", "minutes"),
            Map.entry("decade", "decades"), Map.entry("decades", "decades"), Map.entry("century", "centuries"),
            Map.entry("centuries", "centuries"), Map.entry("fortnight", "weeks"), Map.entry("night", "nights"),
            Map.entry("nights", "nights"), Map.entry("term", "terms"), Map.entry("terms", "terms"));
    private static final Map<String, String> MEASURES = Map.ofEntries(
            Map.entry("metres", "metres"), Map.entry("meters", "metres"), Map.entry("km", "km"),
            Map.entry("miles", "miles"), Map.entry("mile", "miles"), Map.entry("kilometres", "km"),
            Map.entry("feet", "feet"), Map.entry("acres", "acres"), Map.entry("hectares", "hectares"),
            Map.entry("tonnes", "tonnes"), Map.entry("tons", "tonnes"), Map.entry("litres", "litres"));
    private static final Set<String> POLL_MARGINS = Set.of(
            "lead", "gap", "margin", "advantage", "deficit", "swing", "drop", "fall", "rise", "increase", "jump",
            "ahead", "behind", "clear", "poll");
    private static final Map<String, BigDecimal> MULTIPLES = Map.of(
            "doubled", BigDecimal.valueOf(2), "doubling", BigDecimal.valueOf(2), "twice", BigDecimal.valueOf(2),
            "halved", HALF, "halving", HALF, "tripled", BigDecimal.valueOf(3), "trebled", BigDecimal.valueOf(3),
            "quadrupled", BigDecimal.valueOf(4));
    /** Words after which "a year" / "a week" is a measured duration ("for a week", "more than a year"). */
    private static final Set<String> DURATION_LEADS = Set.of(
            "for", "than", "nearly", "almost", "about", "around", "over", "under", "just", "barely");
    private static final Set<String> DETERMINERS = Set.of(
            "of", "the", "all", "its", "their", "his", "her", "our", "those", "these", "them", "us", "whom");
    /** Nouns that keep counting inside a compound adjective: "a 161-seat majority", "a 12-member panel". */
    private static final Map<String, String> COUNTED_COMPOUNDS = Map.of(
            "seat", "seats", "vote", "votes", "member", "members", "man", "people", "woman", "people",
            "person", "people", "job", "jobs", "bed", "beds");
    /** "the second half of the year" is a period, not a share. */
    private static final Set<String> HALVES = Set.of("first", "second", "latter", "other", "top", "bottom", "back", "front");
    /** Hedges that make a bare "half" a share: "about half", "more than half". */
    private static final Set<String> HALF_HEDGES = Set.of(
            "about", "almost", "nearly", "around", "roughly", "than", "over", "under", "just", "some", "only");
    private static final Set<String> LEN_WORDS = Set.of(
            "long", "length", "stretch", "stretches", "metres", "meters", "wide", "tall", "high", "deep",
            "distance", "away", "walk", "run", "race", "height", "shelves", "shelving");

    private QuantityParser() {
    }

    static List<Mention> parse(List<Token> t) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        int n = t.size();
        while (i < n) {
            Mention m = at(t, i, true);
            if (m == null) {
                i++;
                continue;
            }
            if (!out.isEmpty() && m.startTok < out.get(out.size() - 1).endTok) {
                m.startTok = out.get(out.size() - 1).endTok; // a prefix never eats the previous mention
            }
            Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.changeTarget) {
                last.changeTarget = false;
                if (m.bare() && last.unit != null) {
                    m.kind = last.kind; // "from six months to nine": nine months
                    m.unit = last.unit;
                }
            }
            out.add(m);
            i = Math.max(m.endTok, i + 1);
            if (m.changeTarget) {
                i = m.numEnd; // "from A to B": B is read next as its own mention
                m.endTok = Math.min(m.endTok, i);
            }
        }
        return out;
    }

    /**
     * Reads the quantity starting at token i, or null. {@code ranges} is false when reading the
     * second end of a range, so that "1-2-3-4..." cannot recurse once per number.
     */
    private static Mention at(List<Token> t, int i, boolean ranges) {
        Token tok = t.get(i);
        if (tok.kind == Token.Kind.WORD) {
            if (!tok.has(Lexicon.STARTER)) {
                return null;
            }
            BigDecimal mult = MULTIPLES.get(tok.lower);
            if (mult != null) {
                Mention m = simple(i, i + 1, mult, Mention.Kind.MULTIPLE, "times");
                m.words = true;
                return Bounds.apply(t, m);
            }
            if ((tok.is("a") || tok.is("an")) && i + 1 < t.size() && DURATION_UNITS.containsKey(t.get(i + 1).lower)
                    && i > 0 && DURATION_LEADS.contains(t.get(i - 1).lower) && !t.get(i + 1).lower.endsWith("s")) {
                Mention m = simple(i, i + 2, BigDecimal.ONE, Mention.Kind.DURATION, DURATION_UNITS.get(t.get(i + 1).lower));
                m.words = true;
                return Bounds.apply(t, m);
            }
            if ((tok.is("a") || tok.is("one")) && i + 1 < t.size()) {
                Mention f = fraction(t, i, i + 1, BigDecimal.ONE);
                if (f != null) {
                    currencyWordAfter(t, f);
                    return Bounds.apply(t, f);
                }
            }
            if (tok.is("half") && i + 1 < t.size()
                    && (DETERMINERS.contains(t.get(i + 1).lower) || i > 0 && HALF_HEDGES.contains(t.get(i - 1).lower))
                    && !(i > 0 && (t.get(i - 1).is("a") || t.get(i - 1).is("and") || HALVES.contains(t.get(i - 1).lower)))
                    && !(i + 2 < t.size() && t.get(i + 1).is("a") && NumberWords.scale(t.get(i + 2).lower) > 0)) {
                Mention m = simple(i, i + 1, HALF, Mention.Kind.FRACTION, "fraction");
                m.words = true;
                return Bounds.apply(t, m);
            }
            if (tok.is("multi") && i + 2 < t.size() && t.get(i + 1).isDash() && NumberWords.scale(t.get(i + 2).lower) >= 1000) {
                Mention m = simple(i, i + 3, BigDecimal.valueOf(NumberWords.scale(t.get(i + 2).lower)), Mention.Kind.NUMBER, null);
                m.vague = m.approx = m.words = true;
                currencyWordAfter(t, m);
                return Bounds.apply(t, m);
            }
        }
        String currency = null;
        int j = i;
        if (tok.kind == Token.Kind.CURRENCY) {
            currency = currencyCode(tok.lower);
            j = i + 1;
            if (j >= t.size()) {
                return null;
            }
        } else if (tok.kind != Token.Kind.NUM && tok.kind != Token.Kind.WORD) {
            return null;
        }
        NumberReader.Num num = NumberReader.read(t, j);
        if (num == null) {
            return null;
        }
        Mention m = new Mention();
        m.startTok = i;
        m.numStart = j;
        m.numEnd = num.end();
        m.endTok = num.end();
        m.value = num.value();
        m.words = num.words();
        m.vague = num.vague();
        m.approx = num.vague();
        m.mSuffix = num.mSuffix() && currency == null;
        if (currency != null) {
            m.kind = Mention.Kind.MONEY;
            m.unit = currency;
        } else if (num.pence()) {
            m.kind = Mention.Kind.MONEY;
            m.unit = "GBP";
            m.value = m.value.movePointLeft(2);
        }
        unitAfter(t, m);
        if (ranges) {
            structure(t, m);
        }
        return Bounds.apply(t, m);
    }

    private static Mention simple(int s, int e, BigDecimal v, Mention.Kind kind, String unit) {
        Mention m = new Mention();
        m.startTok = m.numStart = s;
        m.endTok = m.numEnd = e;
        m.value = v;
        m.kind = kind;
        m.unit = unit;
        return m;
    }

    /** Unit words right after the number: %, per cent, pence, pounds, points, durations, times, measures. */
    private static void unitAfter(List<Token> t, Mention m) {
        int n = t.size();
        int k = m.numEnd;
        if (t.get(m.numStart).lower.equals("c") && m.kind == Mention.Kind.NUMBER) {
            m.kind = Mention.Kind.MEASURE; // "1.5C" of warming
            m.unit = "degrees C";
            return;
        }
        if (k >= n) {
            return;
        }
        Token next = t.get(k);
        String w = next.lower;
        boolean glued = k > 0 && t.get(k - 1).end == next.start;
        if (next.kind == Token.Kind.PERCENT) {
            setUnit(m, Mention.Kind.PERCENT, "percent", k + 1);
        } else if ((w.equals("per") && k + 1 < n && t.get(k + 1).is("cent")) ) {
            setUnit(m, Mention.Kind.PERCENT, "percent", k + 2);
        } else if (w.equals("percent") || (w.equals("pc") && next.kind == Token.Kind.WORD)) {
            setUnit(m, Mention.Kind.PERCENT, "percent", k + 1);
        } else if (m.kind == Mention.Kind.MONEY) {
            return;
        } else if (w.equals("pence") || w.equals("p") && glued) {
            m.value = m.value.movePointLeft(2);
            setUnit(m, Mention.Kind.MONEY, "GBP", k + 1);
        } else if (currencyWordAfter(t, m)) {
            return;
        } else if (w.equals("percentage") && k + 1 < n && t.get(k + 1).lower.startsWith("point")) {
            setUnit(m, Mention.Kind.POINTS, "points", k + 2);
        } else if (w.equals("points") || w.equals("point") && !(k + 1 < n && NumberWords.small(t.get(k + 1).lower) >= 0)) {
            boolean direction = k + 1 < n && (t.get(k + 1).is("ahead") || t.get(k + 1).is("behind") || t.get(k + 1).is("clear"));
            setUnit(m, Mention.Kind.POINTS, "points", direction ? k + 2 : k + 1); // "one point ahead"
        } else if (next.isDash() && glued && k + 1 < n && t.get(k + 1).start == next.end) {
            hyphenated(t, m, k + 1);
        } else if (DURATION_UNITS.containsKey(w) && !w.startsWith("term") && !m.vague) {
            setUnit(m, Mention.Kind.DURATION, DURATION_UNITS.get(w), k + 1);
            if (k + 1 < n && (t.get(k + 1).isPunct('\'') || t.get(k + 1).isPunct('\u2019'))) {
                m.endTok = k + 2; // "two hours' free sport"
            }
        } else if (k + 1 < n && (w.equals("more") || w.equals("full") || w.equals("long")) && DURATION_UNITS.containsKey(t.get(k + 1).lower)) {
            setUnit(m, Mention.Kind.DURATION, DURATION_UNITS.get(t.get(k + 1).lower), k + 2);
        } else if (w.equals("times") || w.equals("fold")) {
            setUnit(m, Mention.Kind.MULTIPLE, "times", k + 1);
        } else if (MEASURES.containsKey(w)) {
            setUnit(m, Mention.Kind.MEASURE, MEASURES.get(w), k + 1);
        } else if (m.mSuffix && lengthContext(t, m)) {
            m.value = m.value.divide(BigDecimal.valueOf(1_000_000), MC);
            m.kind = Mention.Kind.MEASURE;
            m.unit = "metres";
        } else {
            fractionAfter(t, m);
        }
        if (m.mSuffix && m.kind != Mention.Kind.MEASURE && m.unit == null && lengthContext(t, m)) {
            m.value = m.value.divide(BigDecimal.valueOf(1_000_000), MC);
            m.kind = Mention.Kind.MEASURE;
            m.unit = "metres";
        }
    }

    /** "five-year", "20-point", "six-figure", "one-man", "two-thirds", "16-year-olds". */
    private static void hyphenated(List<Token> t, Mention m, int k) {
        String w = t.get(k).lower;
        int n = t.size();
        if (DURATION_UNITS.containsKey(w)) {
            if (k + 2 < n && t.get(k + 1).isDash() && t.get(k + 2).lower.startsWith("old")) {
                setUnit(m, Mention.Kind.DURATION, "years", k + 3);
                m.reason = "age";
            } else {
                setUnit(m, Mention.Kind.DURATION, DURATION_UNITS.get(w), k + 1);
            }
        } else if (w.equals("point") || w.equals("points")) {
            setUnit(m, Mention.Kind.POINTS, "points", k + 1);
            if (k + 1 < t.size() && t.get(k + 1).kind == Token.Kind.WORD && !POLL_MARGINS.contains(t.get(k + 1).lower)) {
                m.reason = "compound"; // "a five-point plan" names a plan; "a 20-point lead" is a margin
            }
        } else if (w.equals("figure")) {
            m.value = BigDecimal.TEN.pow(Math.max(0, Math.min(30, m.value.intValue() - 1)));
            m.vague = m.approx = true;
            setUnit(m, Mention.Kind.MONEY, "GBP", k + 1);
        } else if (w.equals("fold")) {
            setUnit(m, Mention.Kind.MULTIPLE, "times", k + 1);
        } else if (w.equals("strong")) {
            setUnit(m, Mention.Kind.NUMBER, null, k + 1);
        } else if (COUNTED_COMPOUNDS.containsKey(w)) {
            setUnit(m, Mention.Kind.NUMBER, COUNTED_COMPOUNDS.get(w), k + 1); // "a 161-seat majority"
            m.noun = COUNTED_COMPOUNDS.get(w);
        } else if (NumberWords.denominator(w) > 0) {
            fractionAfter(t, m);
        } else if (MEASURES.containsKey(w)) {
            setUnit(m, Mention.Kind.MEASURE, MEASURES.get(w), k + 1);
        } else if (t.get(k).kind == Token.Kind.WORD) {
            m.endTok = k + 1;
            m.reason = "compound";
        }
    }

    private static boolean currencyWordAfter(List<Token> t, Mention m) {
        int k = m.numEnd;
        if (m.kind == Mention.Kind.MONEY) {
            return false;
        }
        while (k < t.size() && m.kind == Mention.Kind.NUMBER && m.vague && (t.get(k).isDash() || t.get(k).is("of"))) {
            k++; // "multi-million pound", "millions of pounds"
        }
        if (k >= t.size()) {
            return false;
        }
        String code = switch (t.get(k).lower) {
            case "pounds", "pound", "sterling", "quid" -> "GBP";
            case "dollars", "dollar" -> "USD";
            case "euros", "euro" -> "EUR";
            default -> null;
        };
        if (code == null) {
            return false;
        }
        setUnit(m, Mention.Kind.MONEY, code, k + 1);
        return true;
    }

    /** "two-thirds", "two fifths of", "one eightieth", "one in 13", "eight out of 10". */
    private static void fractionAfter(List<Token> t, Mention m) {
        if (m.words && m.value.scale() <= 0 || !m.words && t.get(m.numStart).isPlainInteger()) {
            Mention f = fraction(t, m.numStart, m.numEnd, m.value);
            if (f != null) {
                m.kind = f.kind;
                m.value = f.value;
                m.unit = f.unit;
                m.numEnd = m.endTok = f.endTok;
                currencyWordAfter(t, m);
            }
        }
    }

    /** Words that may follow a fractional change ("by a third in two years", "by a quarter since 2019"). */
    private static final Set<String> AFTER_CHANGE = Set.of("in", "since", "this", "last", "over", "from", "to",
            "on", "compared", "and", "but", "while", "after", "during", "between");

    private static Mention fraction(List<Token> t, int start, int k, BigDecimal numerator) {
        int n = t.size();
        if (k >= n) {
            return null;
        }
        boolean glued = t.get(k).isDash() && k + 1 < n && t.get(k).end == t.get(k + 1).start
                && t.get(k - 1).end == t.get(k).start;
        int d = glued ? k + 1 : k;
        if (d < n) {
            int den = NumberWords.denominator(t.get(d).lower);
            boolean ofFollows = d + 1 < n && t.get(d + 1).is("of");
            boolean plural = t.get(d).lower.endsWith("s") && numerator.compareTo(BigDecimal.ONE) > 0;
            boolean article = t.get(start).is("a") || t.get(start).is("an");
            // "rose by a third", "cut by a quarter since May": a change, not an ordinal ("a third term")
            boolean change = article && start > 0 && t.get(start - 1).is("by")
                    && (d + 1 >= n || t.get(d + 1).kind != Token.Kind.WORD || AFTER_CHANGE.contains(t.get(d + 1).lower));
            if (den > 0 && (ofFollows || change || (!article && (glued || plural)))) {
                BigDecimal share = numerator.divide(BigDecimal.valueOf(den), MC);
                long scale = d + 3 < n && ofFollows && t.get(d + 2).is("a") ? NumberWords.scale(t.get(d + 3).lower) : -1;
                Mention f = scale >= 1000
                        ? simple(start, d + 4, share.multiply(BigDecimal.valueOf(scale)), Mention.Kind.NUMBER, null)
                        : simple(start, d + 1, share, Mention.Kind.FRACTION, "fraction"); // "a quarter of a million"
                f.words = true;
                return f;
            }
        }
        int of = -1;
        if (t.get(k).is("in")) {
            of = k + 1;
        } else if (t.get(k).is("out") && k + 2 < n && t.get(k + 1).is("of")) {
            of = k + 2;
        }
        if (of > 0 && of < n && numerator.signum() > 0) {
            NumberReader.Num whole = NumberReader.read(t, of);
            if (whole != null && !whole.vague() && whole.value().compareTo(numerator) > 0
                    && whole.value().compareTo(BigDecimal.valueOf(1000)) <= 0 && whole.value().scale() <= 0) {
                Mention f = simple(start, whole.end(), numerator.divide(whole.value(), MC), Mention.Kind.FRACTION, "fraction");
                f.words = true;
                return f;
            }
        }
        return null;
    }

    /** Ranges and changes after the first number: "between A and B", "A-B", "A to B", "A or B", "from A to B". */
    private static void structure(List<Token> t, Mention m) {
        int n = t.size();
        int k = m.endTok;
        if (k + 1 >= n || m.reason != null || m.kind == Mention.Kind.FRACTION) {
            return;
        }
        Token link = t.get(k);
        boolean between = m.numStart > 0 && t.get(m.startTok > 0 && t.get(m.startTok).kind == Token.Kind.CURRENCY
                ? m.startTok - 1 : m.numStart - 1).is("between");
        // "from A to B" and "up by A to B" describe a change: each end is its own claim.
        boolean from = m.startTok > 0 && (t.get(m.startTok - 1).is("from") || t.get(m.startTok - 1).is("by"));
        boolean dash = link.isDash() && link.start == t.get(k - 1).end && t.get(k + 1).start == link.end;
        boolean to = link.is("to") && !from;
        boolean or = link.is("or") && m.words;
        boolean and = link.is("and") && between;
        if (link.is("to") && m.words && m.unit == null && t.get(k + 1).is("one") && m.value.compareTo(BigDecimal.ONE) > 0) {
            m.kind = Mention.Kind.RATIO; // "backed it by two to one"
            m.unit = "ratio";
            m.endTok = m.numEnd = k + 2;
            return;
        }
        if (link.is("to") && from) {
            Mention second = secondOf(t, k + 1, m);
            if (second != null) {
                m.changeTarget = true;
                m.numEnd = k; // parser resumes at "to"
            }
            return;
        }
        if (!(dash || to || or || and)) {
            return;
        }
        Mention second = secondOf(t, k + 1, m);
        if (second == null || second.value.compareTo(m.value) <= 0) {
            return;
        }
        if (m.unit == null && second.unit != null) {
            m.kind = second.kind;
            m.unit = second.unit;
        }
        long sharedScale = scaleIn(t, second.numStart, second.numEnd);
        if (sharedScale > 0 && scaleIn(t, m.numStart, m.numEnd) < 0 && m.value.compareTo(BigDecimal.valueOf(1000)) < 0) {
            m.value = m.value.multiply(BigDecimal.valueOf(sharedScale)); // "between 2 and 3 million"
        }
        m.high = second.value;
        if (between) {
            m.startTok = Math.min(m.startTok, m.numStart - 1 - (t.get(m.numStart - 1).kind == Token.Kind.CURRENCY ? 1 : 0));
        }
        m.endTok = second.endTok;
        m.numEnd = second.numEnd;
        if (second.reason != null) {
            m.reason = second.reason;
        }
    }

    /** The scale (thousand, million, billion) written in tokens [from, to), or -1. */
    private static long scaleIn(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            long sc = x.kind == Token.Kind.WORD ? NumberWords.scale(x.lower)
                    : x.kind == Token.Kind.NUM ? NumberWords.scale(x.lower.equals("m") ? "mn" : x.lower) : -1;
            if (x.kind == Token.Kind.NUM && x.lower.equals("k")) {
                sc = 1000;
            }
            if (sc >= 1000) {
                return sc;
            }
        }
        return -1;
    }

    private static Mention secondOf(List<Token> t, int k, Mention first) {
        Mention s = at(t, k, false);
        if (s == null || s.numStart != k && !(t.get(k).kind == Token.Kind.CURRENCY && s.numStart == k + 1)) {
            return null;
        }
        if (s.unit != null && first.unit != null && !s.unit.equals(first.unit)) {
            return null;
        }
        return s;
    }

    private static void setUnit(Mention m, Mention.Kind kind, String unit, int end) {
        m.kind = kind;
        m.unit = unit;
        m.endTok = end;
        m.numEnd = end;
    }

    /** "stretches for about 300m": a glued "m" near length words means metres, not million. */
    private static boolean lengthContext(List<Token> t, Mention m) {
        for (int k = Math.max(0, m.startTok - 6); k < Math.min(t.size(), m.numEnd + 6); k++) {
            if (t.get(k).kind == Token.Kind.WORD && LEN_WORDS.contains(t.get(k).lower)) {
                return true;
            }
        }
        return false;
    }

    static String currencyCode(String symbol) {
        return switch (symbol) {
            case "$" -> "USD";
            case "€" -> "EUR";
            default -> "GBP";
        };
    }
}

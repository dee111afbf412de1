package org.claimdesk.extraction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimdesk.extraction.QuantityPhrase.Kind;

/**
 * Third stage: finds the quantity phrases of one sentence. The value comes from {@link NumberReader};
 * this class reads what the phrase is made of around it (currency, percentage, points, unit,
 * multiple, fraction, compound adjective, range or the ends of a change), {@link Bounds} the
 * bounds and hedges, {@link Nouns} the counted noun. Each phrase is built in a {@link Draft} that
 * never leaves this stage and handed on as an immutable {@link QuantityPhrase}; whether it is a
 * claim and what type it has is decided by later stages.
 */
final class QuantityParser {

    private static final MathContext MC = new MathContext(12, RoundingMode.HALF_EVEN);
    private static final BigDecimal HALF = NumberReader.HALF;
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    /** Nouns that keep counting inside a compound adjective: "a 161-seat majority", "a 12-member panel". */
    private static final Map<String, String> COUNTED_COMPOUNDS = Map.of(
            "seat", "seats", "vote", "votes", "member", "members", "man", "people", "woman", "people",
            "person", "people", "job", "jobs", "bed", "beds");

    private QuantityParser() {
    }

    /** The phrase under construction; mutable, and private to this stage. */
    static final class Draft {
        Kind kind = Kind.NUMBER;
        /** Token span [startTok, endTok) of prefix + number phrase (+ unit word). */
        int startTok;
        int endTok;
        int numStart;
        int numEnd;
        int nounEnd = -1;
        String noun;
        BigDecimal value;
        BigDecimal high;
        boolean approx;
        String bound = "=";
        String unit;
        boolean words;
        boolean vague;
        long scale;
        boolean mSuffix;
        boolean changeFrom;
        /** Set while the next phrase is still to be read as the other end of "from A to B". */
        boolean awaitingEnd;
        BigDecimal faceValue;
        String faceUnit;
        Exclusion exclusion;
        String hedge;

        boolean bare() {
            return kind == Kind.NUMBER && noun == null && unit == null;
        }

        QuantityPhrase freeze() {
            return new QuantityPhrase(kind, startTok, endTok, numStart, numEnd, nounEnd, Math.max(endTok, nounEnd),
                    value, high, approx, bound, hedge, unit, noun, words, vague, scale, faceValue, faceUnit,
                    exclusion, changeFrom);
        }
    }

    /** The phrases of a sentence; {@code sentenceClasses} is the union of its word classes. */
    static List<QuantityPhrase> parse(List<Token> t, long[] sentenceClasses) {
        List<Draft> drafts = new ArrayList<>();
        int i = 0;
        int n = t.size();
        while (i < n) {
            Draft m = at(t, i, true);
            if (m == null) {
                i++;
                continue;
            }
            Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
            if (last != null && m.startTok < last.endTok) {
                m.startTok = last.endTok; // a prefix never eats the previous phrase
            }
            if (last != null && last.awaitingEnd) {
                last.awaitingEnd = false;
                if (m.bare() && last.unit != null) {
                    m.kind = last.kind; // "from six months to nine": nine months
                    m.unit = last.unit;
                }
            }
            drafts.add(m);
            i = Math.max(m.endTok, i + 1);
            if (m.awaitingEnd) {
                i = m.numEnd; // "from A to B": B is read next as its own phrase
                m.endTok = Math.min(m.endTok, i);
            }
        }
        List<QuantityPhrase> out = new ArrayList<>(drafts.size());
        boolean policyAge = !drafts.isEmpty() && (sentenceClasses[WordClass.AGE_POLICY.word] & WordClass.AGE_POLICY.bit) != 0
                && Nouns.policyAge(t, 0, n);
        for (int k = 0; k < drafts.size(); k++) {
            Draft d = drafts.get(k);
            Nouns.resolve(t, d, policyAge);
            if (k + 1 == drafts.size() || drafts.get(k + 1).startTok >= Math.max(d.endTok, d.nounEnd) + 2) {
                boundAfter(t, d);
            }
            out.add(d.freeze());
        }
        return out;
    }

    /**
     * Reads the quantity starting at token i, or null. {@code ranges} is false when reading the
     * second end of a range, so that "1-2-3-4..." cannot recurse once per number.
     */
    private static Draft at(List<Token> t, int i, boolean ranges) {
        Token tok = t.get(i);
        int n = t.size();
        if (tok.kind == Token.Kind.WORD) {
            if (!tok.has(WordClass.STARTER)) {
                return null;
            }
            Multiples.Multiple mult = Multiples.get(tok.lower);
            if (mult != null) {
                if (mult.verbOnly() && !usedAsVerb(t, i)) {
                    return null;
                }
                Draft m = simple(i, i + 1, mult.value(), Kind.MULTIPLE, "times");
                m.words = true;
                return bounds(t, m);
            }
            if ((tok.is("a") || tok.is("an")) && i + 1 < n && Units.duration(t.get(i + 1).lower) != null
                    && i > 0 && t.get(i - 1).has(WordClass.DURATION_LEAD) && !t.get(i + 1).lower.endsWith("s")) {
                Draft m = simple(i, i + 2, BigDecimal.ONE, Kind.DURATION, Units.duration(t.get(i + 1).lower).name());
                m.words = true;
                return bounds(t, m);
            }
            if ((tok.is("a") || tok.is("one")) && i + 1 < n) {
                Draft f = fraction(t, i, i + 1, BigDecimal.ONE);
                if (f != null) {
                    currencyWordAfter(t, f);
                    return bounds(t, f);
                }
            }
            if (tok.is("half") && i + 1 < n
                    && (t.get(i + 1).has(WordClass.DETERMINER) || i > 0 && t.get(i - 1).has(WordClass.HALF_HEDGE))
                    && !(i > 0 && (t.get(i - 1).is("a") || t.get(i - 1).is("and") || t.get(i - 1).has(WordClass.HALF_BEFORE)))
                    && !(i + 2 < n && t.get(i + 1).is("a") && Scales.word(t.get(i + 2).lower) > 0)) {
                Draft m = simple(i, i + 1, HALF, Kind.FRACTION, "fraction");
                m.words = true;
                return bounds(t, m);
            }
            if (tok.is("multi") && i + 2 < n && t.get(i + 1).isDash() && Scales.word(t.get(i + 2).lower) >= 1000) {
                long sc = Scales.word(t.get(i + 2).lower);
                Draft m = simple(i, i + 3, BigDecimal.valueOf(sc), Kind.NUMBER, null);
                m.vague = m.approx = m.words = true;
                m.scale = sc;
                currencyWordAfter(t, m);
                return bounds(t, m);
            }
        }
        Currencies.Money currency = null;
        boolean negativeCurrency = false;
        int j = i;
        if (tok.kind == Token.Kind.CURRENCY) {
            currency = tok.money;
            negativeCurrency = tok.negative;
            j = i + 1;
            if (j >= n) {
                return null;
            }
        } else if (tok.kind != Token.Kind.NUM && tok.kind != Token.Kind.WORD) {
            return null;
        }
        NumberPhrase num = NumberReader.read(t, j);
        if (num == null) {
            return null;
        }
        Draft m = new Draft();
        m.startTok = i;
        m.numStart = j;
        m.numEnd = num.end();
        m.endTok = num.end();
        m.value = negativeCurrency ? num.value().negate() : num.value();
        m.words = num.words();
        m.vague = num.vague();
        m.approx = num.vague();
        m.scale = num.scale();
        m.mSuffix = num.mSuffix() && currency == null;
        if (currency != null) {
            m.kind = Kind.MONEY;
            m.unit = currency.code();
        } else if (num.minor() != null) {
            minor(m, num.minor(), t.get(j).raw.equals("p") ? "pence" : t.get(j).raw, m.numEnd);
        }
        unitAfter(t, m);
        if (ranges) {
            structure(t, m);
        }
        return bounds(t, m);
    }

    /** "could triple", "to double the number": a multiple word that is only one as a verb. */
    private static boolean usedAsVerb(List<Token> t, int i) {
        Token prev = i > 0 ? t.get(i - 1) : null;
        if (prev != null && (prev.is("a") || prev.is("the") || prev.is("an"))) {
            return false; // "a double blow", "the triple lock"
        }
        Token next = i + 1 < t.size() ? t.get(i + 1) : null;
        return prev != null && prev.has(WordClass.MODAL)
                || next != null && (next.is("the") || next.is("its") || next.is("their") || next.is("in"));
    }

    private static Draft simple(int s, int e, BigDecimal v, Kind kind, String unit) {
        Draft m = new Draft();
        m.startTok = m.numStart = s;
        m.endTok = m.numEnd = e;
        m.value = v;
        m.kind = kind;
        m.unit = unit;
        return m;
    }

    /** Money written in minor units: the value in major units, the face value kept ("245p" = 2.45 GBP, face 245 pence). */
    private static void minor(Draft m, Currencies.Money money, String written, int end) {
        m.faceValue = m.value;
        m.faceUnit = written;
        m.value = m.value.divide(BigDecimal.valueOf(money.minorFactor()), MC);
        setUnit(m, Kind.MONEY, money.code(), end);
    }

    /** Unit words right after the number: %, per cent, pence, pounds, points, units, durations, times. */
    private static void unitAfter(List<Token> t, Draft m) {
        int n = t.size();
        int k = m.numEnd;
        Token numTok = t.get(m.numStart);
        if (numTok.kind == Token.Kind.NUM && numTok.unit != null && m.kind == Kind.NUMBER) {
            setUnit(m, numTok.unit.kind(), numTok.unit.name(), m.numEnd); // "50mg", "25bps", "3x"
            return;
        }
        if (numTok.kind == Token.Kind.NUM && numTok.lower.equals("pc") && m.kind != Kind.MONEY) {
            setUnit(m, Kind.PERCENT, "percent", m.numEnd); // "5pc"
            return;
        }
        if (k >= n) {
            return;
        }
        Token next = t.get(k);
        String w = next.lower;
        boolean glued = t.get(k - 1).end == next.start;
        Currencies.Match minor;
        Units.Match u;
        if (next.kind == Token.Kind.PERCENT) {
            setUnit(m, Kind.PERCENT, "percent", k + 1);
        } else if (w.equals("per") && k + 1 < n && t.get(k + 1).is("cent")) {
            setUnit(m, Kind.PERCENT, "percent", k + 2);
        } else if (w.equals("percent") || w.equals("pc") && next.kind == Token.Kind.WORD) {
            setUnit(m, Kind.PERCENT, "percent", k + 1);
        } else if (m.kind == Kind.MONEY) {
            return;
        } else if ((minor = Currencies.minorAt(t, k)) != null) {
            minor(m, minor.money(), minor.form(), k + minor.length()); // "three pence", "12 sen"
        } else if (currencyWordAfter(t, m)) {
            return;
        } else if (w.equals("percentage") && k + 1 < n && t.get(k + 1).lower.startsWith("point")) {
            setUnit(m, Kind.POINTS, "points", k + 2);
        } else if (w.equals("basis") && k + 1 < n && t.get(k + 1).lower.startsWith("point")) {
            setUnit(m, Kind.POINTS, "basis points", k + 2); // "25 basis points": a rate, in hundredths of a point
        } else if (w.equals("points") || w.equals("point") && !(k + 1 < n && NumberWords.small(t.get(k + 1).lower) >= 0)) {
            boolean direction = k + 1 < n && (t.get(k + 1).is("ahead") || t.get(k + 1).is("behind") || t.get(k + 1).is("clear"));
            setUnit(m, Kind.POINTS, "points", direction ? k + 2 : k + 1); // "one point ahead"
        } else if (next.isDash() && glued && k + 1 < n && t.get(k + 1).start == next.end) {
            hyphenated(t, m, k + 1);
        } else if ((u = Units.spacedAt(t, k)) != null && !(m.vague && u.unit().duration())) {
            setUnit(m, u.unit().kind(), u.unit().name(), k + u.tokens());
            int e = k + u.tokens();
            if (u.unit().duration() && e < n && (t.get(e).isPunct('\'') || t.get(e).isPunct('\u2019'))) {
                m.endTok = e + 1; // "two hours' free sport"
            }
        } else if (k + 1 < n && (w.equals("more") || w.equals("full") || w.equals("long"))
                && Units.duration(t.get(k + 1).lower) != null) {
            setUnit(m, Kind.DURATION, Units.duration(t.get(k + 1).lower).name(), k + 2);
        } else if (w.equals("times") || w.equals("fold")) {
            setUnit(m, Kind.MULTIPLE, "times", k + 1);
        } else if (m.mSuffix && lengthContext(t, m)) {
            metres(m);
        } else {
            fractionAfter(t, m);
        }
        if (m.mSuffix && m.kind != Kind.MEASURE && m.unit == null && lengthContext(t, m)) {
            metres(m);
        }
    }

    /** "300m" of fence is 300 metres, not 300 million (GUIDELINES: normalise what the writer meant). */
    private static void metres(Draft m) {
        m.value = m.value.divide(MILLION, MC);
        m.scale = 0;
        m.kind = Kind.MEASURE;
        m.unit = "metres";
    }

    /** "five-year", "20-point", "six-figure", "one-man", "two-thirds", "16-year-olds", "6.1-inch". */
    private static void hyphenated(List<Token> t, Draft m, int k) {
        String w = t.get(k).lower;
        int n = t.size();
        Units.Unit unit = Units.compound(w);
        if (unit != null && unit.duration()) {
            if (k + 2 < n && t.get(k + 1).isDash() && t.get(k + 2).lower.startsWith("old")) {
                setUnit(m, Kind.DURATION, "years", k + 3);
                m.exclusion = Exclusion.AGE;
            } else {
                setUnit(m, Kind.DURATION, unit.name(), k + 1);
            }
        } else if (w.equals("point") || w.equals("points")) {
            setUnit(m, Kind.POINTS, "points", k + 1);
            if (k + 1 < n && t.get(k + 1).kind == Token.Kind.WORD && !t.get(k + 1).has(WordClass.POLL_MARGIN)) {
                m.exclusion = Exclusion.COMPOUND; // "a five-point plan" names a plan; "a 20-point lead" is a margin
            }
        } else if (w.equals("figure")) {
            m.value = BigDecimal.TEN.pow(Math.max(0, Math.min(30, m.value.intValue() - 1)));
            m.vague = m.approx = true;
            setUnit(m, Kind.MONEY, "GBP", k + 1);
        } else if (w.equals("fold")) {
            setUnit(m, Kind.MULTIPLE, "times", k + 1);
        } else if (w.equals("strong")) {
            setUnit(m, Kind.NUMBER, null, k + 1);
        } else if (COUNTED_COMPOUNDS.containsKey(w)) {
            setUnit(m, Kind.NUMBER, COUNTED_COMPOUNDS.get(w), k + 1); // "a 161-seat majority"
            m.noun = COUNTED_COMPOUNDS.get(w);
        } else if (NumberWords.denominator(w) > 0) {
            fractionAfter(t, m);
        } else if (unit != null) {
            setUnit(m, unit.kind(), unit.name(), k + 1); // "a 6.1-inch screen"
        } else if (t.get(k).kind == Token.Kind.WORD) {
            m.endTok = k + 1;
            m.exclusion = Exclusion.COMPOUND;
        }
    }

    /** A currency named after the number: "500 pounds", "20 million rand", "4.5bn USD", "millions of pounds". */
    private static boolean currencyWordAfter(List<Token> t, Draft m) {
        int k = m.numEnd;
        if (m.kind == Kind.MONEY) {
            return false;
        }
        while (k < t.size() && m.kind == Kind.NUMBER && (m.vague || m.scale > 0) && (t.get(k).isDash() || t.get(k).is("of"))) {
            k++; // "multi-million pound", "millions of pounds", "3 crores of rupees"
        }
        if (k >= t.size()) {
            return false;
        }
        Currencies.Match word = Currencies.wordAt(t, k);
        if (word != null) {
            setUnit(m, Kind.MONEY, word.money().code(), k + word.length());
            return true;
        }
        Token x = t.get(k);
        Currencies.Money code = x.kind == Token.Kind.WORD && x.upper() ? Currencies.code(x.raw) : null;
        if (code != null) {
            setUnit(m, Kind.MONEY, code.code(), k + 1);
            return true;
        }
        return false;
    }

    /** "two-thirds", "two fifths of", "one eightieth", "one in 13", "eight out of 10". */
    private static void fractionAfter(List<Token> t, Draft m) {
        if (m.words && m.value.scale() <= 0 || !m.words && t.get(m.numStart).isPlainInteger()) {
            Draft f = fraction(t, m.numStart, m.numEnd, m.value);
            if (f != null) {
                m.kind = f.kind;
                m.value = f.value;
                m.unit = f.unit;
                m.scale = f.scale;
                m.numEnd = m.endTok = f.endTok;
                currencyWordAfter(t, m);
            }
        }
    }

    private static Draft fraction(List<Token> t, int start, int k, BigDecimal numerator) {
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
                    && (d + 1 >= n || t.get(d + 1).kind != Token.Kind.WORD || t.get(d + 1).has(WordClass.AFTER_CHANGE));
            if (den > 0 && (ofFollows || change || (!article && (glued || plural)))) {
                BigDecimal share = numerator.divide(BigDecimal.valueOf(den), MC);
                long scale = d + 3 < n && ofFollows && t.get(d + 2).is("a") ? Scales.word(t.get(d + 3).lower) : -1;
                Draft f = scale >= 1000
                        ? simple(start, d + 4, share.multiply(BigDecimal.valueOf(scale)), Kind.NUMBER, null)
                        : simple(start, d + 1, share, Kind.FRACTION, "fraction"); // "a quarter of a million"
                f.words = true;
                f.scale = Math.max(scale, 0);
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
            NumberPhrase whole = NumberReader.read(t, of);
            boolean period = whole != null && whole.end() < n && Units.duration(t.get(whole.end()).lower) != null;
            if (whole != null && !whole.vague() && !period && whole.value().compareTo(numerator) > 0
                    && whole.value().compareTo(BigDecimal.valueOf(1000)) <= 0 && whole.value().scale() <= 0) {
                Draft f = simple(start, whole.end(), numerator.divide(whole.value(), MC), Kind.FRACTION, "fraction");
                f.words = true;
                return f;
            }
        }
        return null;
    }

    /** Ranges and changes after the first number: "between A and B", "A-B", "A to B", "A or B", "from A to B". */
    private static void structure(List<Token> t, Draft m) {
        int n = t.size();
        int k = m.endTok;
        if (k + 1 >= n || m.exclusion != null || m.kind == Kind.FRACTION) {
            return;
        }
        Token link = t.get(k);
        boolean between = m.numStart > 0 && t.get(m.startTok > 0 && t.get(m.startTok).kind == Token.Kind.CURRENCY
                ? m.startTok - 1 : m.numStart - 1).is("between");
        // "from A to B" and "up by A to B" describe a change: each end is its own quantity.
        boolean from = m.startTok > 0 && (t.get(m.startTok - 1).is("from") || t.get(m.startTok - 1).is("by"));
        boolean dash = link.isDash() && link.start == t.get(k - 1).end && t.get(k + 1).start == link.end;
        boolean to = link.is("to") && !from;
        boolean or = link.is("or") && m.words;
        boolean and = link.is("and") && between;
        if (link.is("to") && m.words && m.unit == null && t.get(k + 1).is("one") && m.value.compareTo(BigDecimal.ONE) > 0) {
            m.kind = Kind.RATIO; // "backed it by two to one"
            m.unit = "ratio";
            m.endTok = m.numEnd = k + 2;
            return;
        }
        if (link.is("to") && from) {
            Draft second = secondOf(t, k + 1, m);
            if (second != null) {
                m.changeFrom = m.awaitingEnd = true;
                m.numEnd = k; // parser resumes at "to"
            }
            return;
        }
        if (!(dash || to || or || and)) {
            return;
        }
        Draft second = secondOf(t, k + 1, m);
        if (second == null || second.value.compareTo(m.value) <= 0) {
            return;
        }
        if (m.unit == null && second.unit != null) {
            m.kind = second.kind;
            m.unit = second.unit;
        }
        if (second.scale >= 1000 && m.scale == 0 && m.value.compareTo(BigDecimal.valueOf(1000)) < 0) {
            m.value = m.value.multiply(BigDecimal.valueOf(second.scale)); // "between 2 and 3 million"
            m.scale = second.scale;
        }
        m.high = second.value;
        if (between) {
            m.startTok = Math.min(m.startTok, m.numStart - 1 - (t.get(m.numStart - 1).kind == Token.Kind.CURRENCY ? 1 : 0));
        }
        m.endTok = second.endTok;
        m.numEnd = second.numEnd;
        if (second.exclusion != null) {
            m.exclusion = second.exclusion;
        }
    }

    private static Draft secondOf(List<Token> t, int k, Draft first) {
        int j = k < t.size() && t.get(k).has(WordClass.SECOND_END_HEDGE) ? k + 1 : k; // "from 20 points to just 4"
        if (j >= t.size()) {
            return null;
        }
        Draft s = at(t, j, false);
        if (s == null || s.numStart != j && !(t.get(j).kind == Token.Kind.CURRENCY && s.numStart == j + 1)) {
            return null;
        }
        if (s.unit != null && first.unit != null && !s.unit.equals(first.unit)) {
            return null;
        }
        return s;
    }

    private static void setUnit(Draft m, Kind kind, String unit, int end) {
        m.kind = kind;
        m.unit = unit;
        m.endTok = end;
        m.numEnd = end;
    }

    /** "stretches for about 300m": a glued "m" near length words means metres, not million. */
    private static boolean lengthContext(List<Token> t, Draft m) {
        for (int k = Math.max(0, m.startTok - 6); k < Math.min(t.size(), m.numEnd + 6); k++) {
            if (t.get(k).has(WordClass.LENGTH)) {
                return true;
            }
        }
        return false;
    }

    /** Bounds and hedges around the phrase ({@link Bounds}), and the emphasis words that join the quote. */
    private static Draft bounds(List<Token> t, Draft m) {
        int s = m.startTok;
        Bounds.Bound before = Bounds.before(t, s, m.kind);
        if (before != null) {
            m.approx = true;
            m.bound = before.bound();
            m.hedge = before.words();
            m.startTok = s - before.tokens();
            int b = m.startTok - 1;
            if (b >= 0 && (t.get(b).is("just") || t.get(b).is("well") || t.get(b).is("an"))) {
                m.startTok = b;
            }
        } else if (s >= 1 && (t.get(s - 1).is("just") || t.get(s - 1).is("only"))) {
            m.startTok = s - 1;
        }
        return m;
    }

    /** A bound written after the phrase and its noun: "two years or more", "50 pupils or fewer". */
    private static void boundAfter(List<Token> t, Draft m) {
        int end = Math.max(m.endTok, m.nounEnd);
        Bounds.Bound after = m.changeFrom || m.high != null ? null : Bounds.after(t, end, m.kind);
        if (after != null) {
            m.approx = true;
            if (m.hedge == null) {
                m.bound = after.bound();
                m.hedge = after.words();
            }
            m.endTok = end + after.tokens();
        }
    }
}

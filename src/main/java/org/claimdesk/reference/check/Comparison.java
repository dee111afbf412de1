package org.claimdesk.reference.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.claimdesk.claim.Verdict;
import org.claimdesk.reference.table.Numbers;

/**
 * Compares a claimed figure with a reference value on one scale and proposes a verdict:
 * ACCURATE when the reference is inside what the claim allows, INACCURATE when it is far outside,
 * MOSTLY_ACCURATE in between. "Far" is more than {@link #FAR} of the reference (and, for
 * percentages, more than one point) beyond the nearest end of what the claim allows.
 *
 * <p>What a claim allows: its stated precision ("17,000" is 16,500–17,500), widened by a hedge
 * ("around" ±10%), narrowed by a bound ("more than", "up to", "just under"), or its range.
 */
public final class Comparison {

    /** Beyond this share of the reference a miss is "far". */
    public static final BigDecimal FAR = new BigDecimal("0.10");
    /** How much an approximating hedge ("around", "some") allows either side. */
    public static final BigDecimal HEDGE = new BigDecimal("0.10");

    /** Hedge words by what they do, longest first within each kind; every row is tested with its examples. */
    public enum Hedge {
        JUST_UNDER("just under", "just below", "slightly under", "slightly less than", "slightly fewer than",
                "a little under", "a little less than", "just less than", "just fewer than", "just short of"),
        JUST_OVER("just over", "just above", "slightly over", "slightly more than", "a little over",
                "a little more than", "just more than", "just in excess of"),
        NEARLY("almost", "nearly", "approaching", "close to", "not quite", "getting on for", "closing in on",
                "well-nigh"),
        ABOUT("around", "about", "approximately", "roughly", "some", "circa", "c.", "an estimated", "estimated",
                "perhaps", "maybe", "possibly", "in the region of", "of the order of", "more or less", "or so",
                "an approximate", "approx"),
        NONE;

        final List<String> words;

        Hedge(String... words) {
            this.words = List.of(words);
        }

        /** The hedge a quote opens with ("or so" may also close it). */
        public static Hedge of(String quote) {
            if (quote == null) {
                return NONE;
            }
            String q = quote.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
            for (Hedge h : values()) {
                for (String w : h.words) {
                    if (q.startsWith(w + " ") || q.startsWith("an " + w + " ") || q.startsWith("well " + w + " ")
                            || q.startsWith("just " + w + " ") || q.endsWith(" " + w)) {
                        return h;
                    }
                }
            }
            return NONE;
        }
    }

    private static final BigDecimal HALF = new BigDecimal("0.5");
    /**
     * Rounding is read as at most this share either way: "four million" allows 3.5–4.5 million
     * (12.5%), but "10,000" is not read as 5,000–15,000.
     */
    public static final BigDecimal MAX_ROUNDING = new BigDecimal("0.125");
    /** How far above its figure "nearly" and "almost" still allow, at most. */
    static final BigDecimal NEARLY_ABOVE = new BigDecimal("0.01");

    /** An interval: null ends are unbounded; open ends exclude the end itself. */
    record Allowed(BigDecimal low, boolean lowOpen, BigDecimal high, boolean highOpen, String words) {
        boolean contains(BigDecimal x) {
            boolean aboveLow = low == null || (lowOpen ? x.compareTo(low) > 0 : x.compareTo(low) >= 0);
            boolean belowHigh = high == null || (highOpen ? x.compareTo(high) < 0 : x.compareTo(high) <= 0);
            return aboveLow && belowHigh;
        }

        BigDecimal distance(BigDecimal x) {
            if (low != null && x.compareTo(low) <= 0 && !contains(x)) {
                return low.subtract(x);
            }
            if (high != null && x.compareTo(high) >= 0 && !contains(x)) {
                return x.subtract(high);
            }
            return BigDecimal.ZERO;
        }
    }

    private Comparison() {
    }

    /**
     * @param percent the figures are percentages (shares, changes): "far" is then also at least one point
     */
    public static Proposal compare(Figure claim, BigDecimal reference, boolean percent) {
        Allowed allowed = allowed(claim);
        reference = toClaimsPrecision(claim, reference);
        String ref = Numbers.format(reference) + (percent ? "%" : "");
        if (allowed.contains(reference)) {
            String rule = "ACCURATE: the reference " + ref + " is inside what the claim allows (" + allowed.words() + ").";
            return new Proposal(Verdict.ACCURATE, rule, allowed.words(), BigDecimal.ZERO);
        }
        BigDecimal miss = allowed.distance(reference);
        BigDecimal far = reference.abs().multiply(FAR);
        if (percent && far.compareTo(BigDecimal.ONE) < 0) {
            far = BigDecimal.ONE;
        }
        String share = reference.signum() == 0 ? ""
                : " (" + miss.multiply(BigDecimal.valueOf(100)).divide(reference.abs(), MathContext.DECIMAL64)
                        .setScale(1, RoundingMode.HALF_UP).toPlainString() + "% of the reference)";
        String farWords = "far means more than " + (percent && far.compareTo(BigDecimal.ONE) == 0
                ? "1 point" : "10% of the reference, " + Numbers.format(far.setScale(2, RoundingMode.HALF_UP))
                        + (percent ? " points" : ""));
        String missWords = Numbers.format(miss.setScale(Math.max(0, Math.min(2, miss.scale())), RoundingMode.HALF_UP))
                + (percent ? " points" : "");
        Verdict verdict = miss.compareTo(far) > 0 ? Verdict.INACCURATE : Verdict.MOSTLY_ACCURATE;
        String rule = verdict + ": the reference " + ref + " is outside what the claim allows (" + allowed.words()
                + ") by " + missWords + share + "; " + farWords + ".";
        return new Proposal(verdict, rule, allowed.words(), miss);
    }

    /**
     * A computed reference with more decimals than the claim could state is read as published, to one
     * more decimal than the claim: a share of 6.7496% is 6.75%, which "6.8%" rounds.
     */
    static BigDecimal toClaimsPrecision(Figure f, BigDecimal reference) {
        BigDecimal unit = Precision.unit(f.quote(), f.value() == null ? BigDecimal.ZERO : f.value().abs());
        if (unit.signum() <= 0 || unit.compareTo(BigDecimal.ONE) > 0) {
            return reference;
        }
        int decimals = Math.max(0, unit.stripTrailingZeros().scale()) + 1;
        return reference.scale() > decimals ? reference.setScale(decimals, RoundingMode.HALF_UP) : reference;
    }

    static Allowed allowed(Figure f) {
        BigDecimal v = f.value();
        BigDecimal unit = Precision.unit(f.quote(), v == null ? BigDecimal.ZERO : v.abs());
        if (f.quote() != null && fractionWords(f.quote())) {
            unit = BigDecimal.ZERO;
        }
        BigDecimal half = unit.multiply(HALF);
        boolean capped = false;
        if (v != null && unit.compareTo(BigDecimal.ONE) > 0 && half.compareTo(v.abs().multiply(MAX_ROUNDING)) > 0) {
            half = v.abs().multiply(MAX_ROUNDING);
            capped = true;
        }
        Hedge hedge = Hedge.of(f.quote());
        if (hedge == Hedge.NONE && (f.approx() && "=".equals(f.bound()) || unit.signum() == 0)) {
            hedge = Hedge.ABOUT; // "a third", or a hedge the quote does not show
        }
        BigDecimal tol = v.abs().multiply(HEDGE);
        if (f.high() != null && "=".equals(f.bound())) {
            BigDecimal lo = v;
            BigDecimal hi = f.high();
            if (hedge == Hedge.ABOUT) {
                lo = lo.subtract(lo.abs().multiply(HEDGE));
                hi = hi.add(hi.abs().multiply(HEDGE));
                return new Allowed(lo, false, hi, false, "about " + n(v) + "\u2013" + n(f.high()) + ": "
                        + n(lo) + "\u2013" + n(hi) + ", 10% either way");
            }
            return new Allowed(lo, false, hi, false, "the range " + n(lo) + "\u2013" + n(hi));
        }
        String precision = Precision.words(unit.signum() == 0 ? BigDecimal.ONE : unit)
                + (capped ? ", read as 12.5% either way at most" : "");
        switch (f.bound()) {
            case ">" -> {
                if (hedge == Hedge.JUST_OVER) {
                    return new Allowed(v, true, v.add(tol), false, "just over " + n(v) + ": above " + n(v)
                            + " and up to " + n(v.add(tol)) + ", 10% more");
                }
                return new Allowed(v, true, null, false, "more than " + n(v));
            }
            case ">=" -> {
                return new Allowed(v, false, null, false, "at least " + n(v));
            }
            case "<" -> {
                if (hedge == Hedge.JUST_UNDER) {
                    return new Allowed(v.subtract(tol), false, v, true, "just under " + n(v) + ": from "
                            + n(v.subtract(tol)) + " up to but not including " + n(v) + ", 10% less");
                }
                return new Allowed(null, false, v, true, "less than " + n(v));
            }
            case "<=" -> {
                return new Allowed(null, false, v, false, "at most " + n(v));
            }
            default -> {
                switch (hedge) {
                    case JUST_UNDER -> {
                        return new Allowed(v.subtract(tol), false, v, true, "just under " + n(v) + ": from "
                                + n(v.subtract(tol)) + " up to but not including " + n(v));
                    }
                    case JUST_OVER -> {
                        return new Allowed(v, true, v.add(tol), false, "just over " + n(v) + ": above " + n(v)
                                + " and up to " + n(v.add(tol)));
                    }
                    case NEARLY -> {
                        // "nearly" says below: rounding above is allowed, but at most 1%
                        BigDecimal lo = v.subtract(tol.max(half));
                        BigDecimal hi = v.add(half.min(v.abs().multiply(NEARLY_ABOVE)));
                        return new Allowed(lo, false, hi, false, "nearly " + n(v) + ": from " + n(lo)
                                + " (10% less) to " + n(hi));
                    }
                    case ABOUT -> {
                        BigDecimal w = tol.max(half);
                        return new Allowed(v.subtract(w), false, v.add(w), false, "about " + n(v) + ": "
                                + n(v.subtract(w)) + "\u2013" + n(v.add(w)) + ", "
                                + (w.equals(half) ? precision : "10% either way"));
                    }
                    default -> {
                        if (unit.compareTo(BigDecimal.ONE) == 0 || half.signum() == 0) {
                            BigDecimal lo = v.subtract(half);
                            BigDecimal hi = v.add(half);
                            boolean whole = v.stripTrailingZeros().scale() <= 0;
                            return new Allowed(lo, false, hi, false, whole ? "exactly " + n(v) + ", " + precision
                                    : n(lo) + "\u2013" + n(hi));
                        }
                        BigDecimal lo = v.subtract(half);
                        BigDecimal hi = v.add(half);
                        return new Allowed(lo, false, hi, false, n(lo) + "\u2013" + n(hi) + ": " + precision);
                    }
                }
            }
        }
    }

    /** "a third", "half", "two-thirds": figures that are approximate by their nature. */
    static boolean fractionWords(String quote) {
        String q = quote.toLowerCase(Locale.ROOT);
        return !q.matches(".*\\d.*") && q.matches(".*\\b(half|halves|thirds?|quarters?|fifths?|tenths?)\\b.*");
    }

    private static String n(BigDecimal v) {
        return Numbers.format(v);
    }
}

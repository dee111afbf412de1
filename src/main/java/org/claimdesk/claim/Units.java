package org.claimdesk.claim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a claimed figure and a reference figure to one unit and scale before they are compared:
 * fractions and percentages (and percentage points) to percent, scale words ("m", "bn", "thousand")
 * to plain numbers, currency symbols and words to ISO codes. Figures of different kinds (a share
 * against a count, pounds against dollars) are refused with the reason, never subtracted.
 */
public final class Units {

    /** What a figure measures, once its unit is read. */
    public enum Kind {
        /** A share or rate, held in percent (0.75 as a fraction is 75). */
        PERCENT,
        /** Money, held in whole units of {@link Measure#currency()}. */
        MONEY,
        /** A multiple ("times"). */
        TIMES,
        /** Anything counted (people, seats, votes) or a unit the desk does not know: plain numbers. */
        NUMBER
    }

    /** A figure on the desk's common scale. */
    public record Measure(BigDecimal value, Kind kind, String currency, String label) {
    }

    /** The outcome of a comparison: the figures on one scale and their difference, or why there is none. */
    public record Comparison(Measure claimed, Measure reference, BigDecimal difference, BigDecimal relative,
            String refusal) {

        public boolean comparable() {
            return refusal == null;
        }

        /** The unit the difference is in, for display ("percentage points", "GBP", ""). */
        public String differenceUnit() {
            if (claimed == null) {
                return "";
            }
            return switch (claimed.kind()) {
                case PERCENT -> "percentage points";
                case MONEY -> claimed.currency();
                case TIMES -> "times";
                case NUMBER -> claimed.label();
            };
        }
    }

    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("k", BigDecimal.valueOf(1_000)), Map.entry("thousand", BigDecimal.valueOf(1_000)),
            Map.entry("thousands", BigDecimal.valueOf(1_000)),
            Map.entry("m", BigDecimal.valueOf(1_000_000)), Map.entry("mn", BigDecimal.valueOf(1_000_000)),
            Map.entry("mil", BigDecimal.valueOf(1_000_000)), Map.entry("million", BigDecimal.valueOf(1_000_000)),
            Map.entry("millions", BigDecimal.valueOf(1_000_000)),
            Map.entry("bn", BigDecimal.valueOf(1_000_000_000)), Map.entry("b", BigDecimal.valueOf(1_000_000_000)),
            Map.entry("billion", BigDecimal.valueOf(1_000_000_000)),
            Map.entry("billions", BigDecimal.valueOf(1_000_000_000)),
            Map.entry("tn", BigDecimal.valueOf(1_000_000_000_000L)),
            Map.entry("trillion", BigDecimal.valueOf(1_000_000_000_000L)));

    private static final Map<String, String> CURRENCIES = Map.ofEntries(
            Map.entry("£", "GBP"), Map.entry("gbp", "GBP"), Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"),
            Map.entry("sterling", "GBP"), Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("usd", "USD"),
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("€", "EUR"), Map.entry("eur", "EUR"),
            Map.entry("euro", "EUR"), Map.entry("euros", "EUR"), Map.entry("¥", "JPY"), Map.entry("jpy", "JPY"),
            Map.entry("yen", "JPY"), Map.entry("chf", "CHF"), Map.entry("cad", "CAD"), Map.entry("aud", "AUD"));

    /** Pence and cents: a hundredth of their currency. */
    private static final Map<String, String> MINOR = Map.of("p", "GBP", "pence", "GBP", "penny", "GBP",
            "cent", "USD", "cents", "USD");

    private static final List<String> PERCENT_WORDS = List.of("%", "percent", "per cent", "pc", "percentage",
            "percentage points", "percentage point", "points", "point", "pts", "pt", "pp");
    private static final List<String> FRACTION_WORDS = List.of("fraction", "share", "proportion", "ratio of one");
    private static final List<String> TIMES_WORDS = List.of("times", "x", "×", "fold");

    private static final Pattern TOKEN = Pattern.compile("[£$€¥%×]|\\p{L}+\\$?");
    private static final MathContext MC = MathContext.DECIMAL64;

    private Units() {
    }

    /** Reads a figure and its unit text (as stored on a claim or typed for a reference) onto the common scale. */
    public static Measure measure(BigDecimal value, String unit) {
        String u = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
        if (PERCENT_WORDS.contains(u)) {
            return new Measure(value, Kind.PERCENT, null, "percent");
        }
        if (FRACTION_WORDS.contains(u)) {
            return new Measure(value.multiply(BigDecimal.valueOf(100)), Kind.PERCENT, null, "percent");
        }
        if (TIMES_WORDS.contains(u)) {
            return new Measure(value, Kind.TIMES, null, "times");
        }
        if (MINOR.containsKey(u)) {
            return new Measure(value.movePointLeft(2), Kind.MONEY, MINOR.get(u), MINOR.get(u));
        }
        BigDecimal scale = BigDecimal.ONE;
        String currency = null;
        StringBuilder rest = new StringBuilder();
        Matcher m = TOKEN.matcher(u);
        while (m.find()) {
            // "£m" reads as "£" then "m"
            String token = m.group();
            if (CURRENCIES.containsKey(token)) {
                currency = CURRENCIES.get(token);
            } else if (SCALES.containsKey(token)) {
                scale = scale.multiply(SCALES.get(token));
            } else if (!token.equals("of") && !token.equals("in")) {
                rest.append(rest.length() == 0 ? "" : " ").append(token);
            }
        }
        BigDecimal scaled = value.multiply(scale);
        if (currency != null) {
            return new Measure(scaled, Kind.MONEY, currency, currency);
        }
        return new Measure(scaled, Kind.NUMBER, null, rest.toString());
    }

    /** Claimed against reference on one scale; {@code relative} is (claimed − reference) / |reference|. */
    public static Comparison compare(BigDecimal claimed, String claimedUnit, BigDecimal reference, String referenceUnit) {
        if (claimed == null || reference == null) {
            return new Comparison(null, null, null, null, "a figure is missing");
        }
        Measure c = measure(claimed, claimedUnit);
        Measure r = measure(reference, referenceUnit);
        // a bare reference number takes the claim's unit: "66" against a share in percent means 66 %
        if (r.kind() == Kind.NUMBER && r.label().isEmpty() && c.kind() != Kind.NUMBER) {
            r = c.kind() == Kind.PERCENT && isFraction(claimedUnit) && reference.abs().compareTo(BigDecimal.ONE) <= 0
                    ? measure(reference, claimedUnit) : new Measure(r.value(), c.kind(), c.currency(), c.label());
        } else if (c.kind() == Kind.NUMBER && c.label().isEmpty() && r.kind() != Kind.NUMBER) {
            c = new Measure(c.value(), r.kind(), r.currency(), r.label());
        }
        String refusal = refusal(c, r);
        if (refusal != null) {
            return new Comparison(c, r, null, null, refusal);
        }
        BigDecimal difference = c.value().subtract(r.value()).stripTrailingZeros();
        BigDecimal relative = r.value().signum() == 0 ? null
                : c.value().subtract(r.value()).divide(r.value().abs(), MC).setScale(6, RoundingMode.HALF_EVEN)
                        .stripTrailingZeros();
        return new Comparison(c, r, difference, relative, null);
    }

    private static boolean isFraction(String unit) {
        return unit != null && FRACTION_WORDS.contains(unit.strip().toLowerCase(Locale.ROOT));
    }

    private static String refusal(Measure c, Measure r) {
        if (c.kind() != r.kind()) {
            return "the claim is " + describe(c) + " and the reference " + describe(r)
                    + ": give the reference in the claim's terms";
        }
        if (c.kind() == Kind.MONEY && !c.currency().equals(r.currency())) {
            return "the claim is in " + c.currency() + " and the reference in " + r.currency()
                    + ": convert one currency first";
        }
        return null;
    }

    private static String describe(Measure m) {
        return switch (m.kind()) {
            case PERCENT -> "a share (percent)";
            case MONEY -> "an amount of money (" + m.currency() + ")";
            case TIMES -> "a multiple";
            case NUMBER -> m.label().isEmpty() ? "a plain number" : "a count of " + m.label();
        };
    }
}

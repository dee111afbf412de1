package org.claimdesk.reference.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The precision a figure was stated with, read from its quote: "17,000" is to the nearest 1,000
 * (16,500–17,500), "four million" to the nearest million, "33.7%" to a tenth, "89" and "650" exact.
 * Trailing zeros count as rounding only from 1,000 up: "650 seats" is a count, not "about 650".
 */
public final class Precision {

    /** One scale word and its multiplier. */
    record Scale(String word, BigDecimal factor) {
    }

    static final List<Scale> SCALES = List.of(
            new Scale("trillion", new BigDecimal("1e12")), new Scale("tn", new BigDecimal("1e12")),
            new Scale("billion", new BigDecimal("1e9")), new Scale("bn", new BigDecimal("1e9")),
            new Scale("million", new BigDecimal("1e6")), new Scale("m", new BigDecimal("1e6")),
            new Scale("thousand", new BigDecimal("1e3")), new Scale("k", new BigDecimal("1e3")));

    private static final Pattern DIGITS = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*(trillion|tn|billion|bn|million|m|thousand|k)?(?![a-z])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_SCALE = Pattern.compile("\\b(half|quarter)?\\s*(?:a\\s+)?(trillion|billion|million|thousand)\\b");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private Precision() {
    }

    /** The rounding unit of the figure as stated: 1,000 for "17,000"; 1 for "89"; 0.1 for "33.7%". */
    public static BigDecimal unit(String quote, BigDecimal value) {
        if (quote != null) {
            Matcher m = DIGITS.matcher(quote);
            if (m.find()) {
                String integer = m.group(1).replace(",", "");
                String decimals = m.group(2);
                String scale = m.group(3);
                BigDecimal factor = scale == null ? BigDecimal.ONE : factor(scale.toLowerCase(Locale.ROOT));
                if (decimals != null) {
                    return BigDecimal.ONE.movePointLeft(decimals.length()).multiply(factor);
                }
                if (scale != null) {
                    return factor;
                }
                int zeros = 0;
                for (int i = integer.length() - 1; i > 0 && integer.charAt(i) == '0'; i--) {
                    zeros++;
                }
                BigDecimal n = new BigDecimal(integer);
                return n.compareTo(THOUSAND) >= 0 && zeros > 0 ? BigDecimal.ONE.movePointRight(zeros) : BigDecimal.ONE;
            }
            Matcher w = WORD_SCALE.matcher(quote.toLowerCase(Locale.ROOT));
            if (w.find()) {
                BigDecimal factor = factor(w.group(2));
                boolean half = quote.toLowerCase(Locale.ROOT).contains("and a half");
                return half ? factor.divide(BigDecimal.valueOf(2)) : factor;
            }
        }
        return BigDecimal.ONE;
    }

    /** "to the nearest 1,000", "exactly (a whole number stated in full)", "to a tenth". */
    public static String words(BigDecimal unit) {
        if (unit.compareTo(BigDecimal.ONE) == 0) {
            return "a whole number stated in full";
        }
        if (unit.compareTo(BigDecimal.ONE) < 0) {
            return "stated to " + unit.stripTrailingZeros().toPlainString();
        }
        return "stated to the nearest " + org.claimdesk.reference.table.Numbers.format(unit);
    }

    private static BigDecimal factor(String word) {
        return SCALES.stream().filter(s -> s.word().equals(word)).findFirst().map(Scale::factor)
                .orElse(BigDecimal.ONE);
    }
}

package org.claimdesk.extraction;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import java.util.HashMap;
import java.util.Map;

/**
 * English number vocabulary, generated once from ICU's spell-out rules so that the word list
 * is ICU's rather than hand-typed. At runtime only hash look-ups happen: calling
 * {@code RuleBasedNumberFormat.parse} per token would cost far more than the whole scan.
 */
final class NumberWords {

    /** Single cardinal words below one hundred: "seven" 7, "forty" 40. */
    private static final Map<String, Integer> SMALL = new HashMap<>();
    /** Multiplying words: hundred, thousand, million, billion, trillion. */
    private static final Map<String, Long> SCALES = new HashMap<>();
    /** Ordinal words usable as fraction denominators, singular and plural: third(s) 3, quarter(s) 4. */
    private static final Map<String, Integer> DENOMINATORS = new HashMap<>();

    static {
        RuleBasedNumberFormat spell = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
        for (int n = 0; n < 100; n++) {
            String w = spell.format(n);
            if (w.indexOf('-') < 0 && w.indexOf(' ') < 0) {
                SMALL.put(w, n);
            }
        }
        for (long scale : new long[] {100L, 1_000L, 1_000_000L, 1_000_000_000L, 1_000_000_000_000L}) {
            String w = spell.format(scale); // "one hundred", "one million"...
            SCALES.put(w.substring(w.indexOf(' ') + 1), scale);
        }
        for (int n = 1; n <= 100; n++) {
            String w = spell.format(n, "%spellout-ordinal");
            if (n >= 3 && w.indexOf('-') < 0 && w.indexOf(' ') < 0) {
                DENOMINATORS.put(w, n); // "third", "eightieth"
                DENOMINATORS.put(w + "s", n);
            }
        }
        // The one fraction word that is not an ordinal.
        DENOMINATORS.put("quarter", 4);
        DENOMINATORS.put("quarters", 4);
    }

    private NumberWords() {
    }

    /** Value of a single cardinal word below 100, or -1. */
    static int small(String lower) {
        Integer v = SMALL.get(lower);
        return v == null ? -1 : v;
    }

    /** Value of a scale word (hundred, thousand, million...), or -1. */
    static long scale(String lower) {
        Long v = SCALES.get(lower);
        if (v != null) {
            return v;
        }
        return switch (lower) {
            case "bn", "billions" -> 1_000_000_000L;
            case "mn", "millions" -> 1_000_000L;
            case "thousands" -> 1_000L;
            case "hundreds" -> 100L;
            case "tn", "trillions" -> 1_000_000_000_000L;
            default -> -1;
        };
    }

    static int denominator(String lower) {
        Integer v = DENOMINATORS.get(lower);
        return v == null ? -1 : v;
    }

    /** Feeds every cardinal and scale word, singular and plural, to the consumer. */
    static void forEachWord(java.util.function.Consumer<String> consumer) {
        SMALL.keySet().forEach(consumer);
        SCALES.keySet().forEach(consumer);
        for (String extra : new String[] {"bn", "mn", "tn", "hundreds", "thousands", "millions", "billions", "trillions"}) {
            consumer.accept(extra);
        }
    }
}

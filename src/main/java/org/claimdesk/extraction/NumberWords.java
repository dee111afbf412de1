package org.claimdesk.extraction;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * English number vocabulary, generated once from ICU's spell-out rules so that the word list
 * is ICU's rather than hand-typed. At runtime only hash look-ups happen: calling
 * {@code RuleBasedNumberFormat.parse} per token would cost far more than the whole scan.
 * Scale words (hundred, million...) come from the shared scale table, {@link Scales}.
 */
final class NumberWords {

    /** Single cardinal words below one hundred: "seven" 7, "forty" 40. */
    private static final Map<String, Integer> SMALL = new HashMap<>();
    /** Ordinal words usable as fraction denominators, singular and plural: third(s) 3, quarter(s) 4. */
    private static final Map<String, Integer> DENOMINATORS = new HashMap<>();
    /** ICU's names of the powers of ten, for the test that the scale table agrees with ICU. */
    private static final Map<String, Long> ICU_SCALES = new HashMap<>();

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
            ICU_SCALES.put(w.substring(w.indexOf(' ') + 1), scale);
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

    static int denominator(String lower) {
        Integer v = DENOMINATORS.get(lower);
        return v == null ? -1 : v;
    }

    static Map<String, Long> icuScales() {
        return Map.copyOf(ICU_SCALES);
    }

    /** Feeds every cardinal word to the consumer (scale words come from {@link Scales}). */
    static void forEachWord(Consumer<String> consumer) {
        SMALL.keySet().forEach(consumer);
    }
}

package org.claimdesk.extraction;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The scale table ({@code scales.tsv}): one source for which suffixes stay glued to a number in the
 * lexer ({@code 5m}, {@code 3mil}), which words multiply the number before them in the reader
 * ({@code 1.2 million}, {@code 40 crore}) and which plurals head a vague number ({@code thousands}).
 */
final class Scales {

    private static final Map<String, Long> SUFFIX = new HashMap<>();
    private static final Map<String, Long> WORD = new HashMap<>();
    private static final Map<String, Long> VAGUE = new HashMap<>();

    static {
        for (Table.Row row : rows()) {
            String form = row.cell(0).toLowerCase(Locale.ROOT);
            long multiplier;
            try {
                multiplier = Long.parseLong(row.cell(1));
            } catch (NumberFormatException e) {
                throw row.error("the multiplier is not a whole number: " + row.cell(1));
            }
            if (multiplier < 10) {
                throw row.error("a scale multiplies by at least 10");
            }
            switch (row.cell(2)) {
                case "suffix" -> SUFFIX.put(form, multiplier);
                case "word" -> WORD.put(form, multiplier);
                case "both" -> {
                    SUFFIX.put(form, multiplier);
                    WORD.put(form, multiplier);
                }
                case "vague" -> VAGUE.put(form, multiplier);
                default -> throw row.error("written must be suffix, word, both or vague, not " + row.cell(2));
            }
        }
    }

    private Scales() {
    }

    static java.util.List<Table.Row> rows() {
        return Table.read("scales.tsv", 3, 3);
    }

    /** Multiplier of a suffix glued to digits ("m", "bn", "mil"), lower case, or -1. */
    static long suffix(String lower) {
        Long v = SUFFIX.get(lower);
        return v == null ? -1 : v;
    }

    /** Multiplier of a scale word after a number or inside spelled-out numbers ("million"), or -1. */
    static long word(String lower) {
        Long v = WORD.get(lower);
        return v == null ? -1 : v;
    }

    /** Value of the plural head of a vague number ("thousands" 1000), or -1. */
    static long vague(String lower) {
        Long v = VAGUE.get(lower);
        return v == null ? -1 : v;
    }

    /** A word or a vague plural: what "of" can follow in "tens of thousands", "a quarter of a million". */
    static long any(String lower) {
        long w = word(lower);
        return w > 0 ? w : vague(lower);
    }

    static void forEachWord(Consumer<String> consumer) {
        WORD.keySet().forEach(consumer);
        VAGUE.keySet().forEach(consumer);
    }
}

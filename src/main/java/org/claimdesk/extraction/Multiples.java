package org.claimdesk.extraction;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The multiple words of {@code multiples.tsv}: "doubled" 2, "halved" 0.5, "triple" 3 (as a verb). */
final class Multiples {

    /** A multiple word: its value and whether it counts only when used as a verb. */
    record Multiple(BigDecimal value, boolean verbOnly) {
    }

    private static final Map<String, Multiple> WORDS = new HashMap<>();

    static {
        for (Table.Row row : Table.read("multiples.tsv", 3, 3)) {
            BigDecimal v;
            try {
                v = new BigDecimal(row.cell(1));
            } catch (NumberFormatException e) {
                throw row.error("the value is not a number: " + row.cell(1));
            }
            boolean verb = switch (row.cell(2)) {
                case "any" -> false;
                case "verb" -> true;
                default -> throw row.error("used must be any or verb, not " + row.cell(2));
            };
            WORDS.put(row.cell(0), new Multiple(v, verb));
        }
    }

    private Multiples() {
    }

    static Multiple get(String lower) {
        return WORDS.get(lower);
    }

    static void forEachWord(Consumer<String> consumer) {
        WORDS.keySet().forEach(consumer);
    }
}

package org.claimdesk.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bounds and hedges of {@code bounds.tsv} ("more than", "up to", "around", "or more"): which
 * words before or after a number phrase set its bound and make it approximate.
 */
final class Bounds {

    /** A bound read around a phrase: the bound, the hedge words as written in lower case, and their token count. */
    record Bound(String bound, String words, int tokens) {
    }

    private record Row(String[] words, boolean before, String bound, QuantityPhrase.Kind unless) {
    }

    private static final List<Row> ROWS = new ArrayList<>();
    /** Rows by the word that touches the phrase (last word of a "before" row, first of an "after" row), longest first. */
    private static final Map<String, List<Row>> BEFORE = new HashMap<>();
    private static final Map<String, List<Row>> AFTER = new HashMap<>();

    static {
        for (Table.Row row : rows()) {
            boolean before = switch (row.cell(1)) {
                case "before" -> true;
                case "after" -> false;
                default -> throw row.error("where must be before or after, not " + row.cell(1));
            };
            String bound = row.cell(2);
            if (!List.of("=", ">", "<", ">=", "<=").contains(bound)) {
                throw row.error("bound must be one of = > < >= <=, not " + bound);
            }
            QuantityPhrase.Kind unless = null;
            if (!row.cell(3).isEmpty()) {
                try {
                    unless = QuantityPhrase.Kind.valueOf(row.cell(3).toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw row.error("unless names a kind of quantity, not " + row.cell(3));
                }
            }
            ROWS.add(new Row(row.cell(0).split("\\s+"), before, bound, unless));
        }
        ROWS.sort(Comparator.comparingInt((Row r) -> r.words().length).reversed());
        for (Row r : ROWS) {
            String touching = r.before() ? r.words()[r.words().length - 1] : r.words()[0];
            (r.before() ? BEFORE : AFTER).computeIfAbsent(touching, k -> new ArrayList<>()).add(r);
        }
    }

    private Bounds() {
    }

    static List<Table.Row> rows() {
        return Table.read("bounds.tsv", 4, 4);
    }

    /** The longest bound written right before token {@code start}, or null. */
    static Bound before(List<Token> t, int start, QuantityPhrase.Kind kind) {
        List<Row> rows = start > 0 && t.get(start - 1).has(WordClass.BOUND_BEFORE) ? BEFORE.get(t.get(start - 1).lower) : null;
        for (Row r : rows == null ? List.<Row>of() : rows) {
            int len = r.words().length;
            if (r.unless() != kind && start - len >= 0 && matches(t, start - len, r.words())) {
                return new Bound(r.bound(), String.join(" ", r.words()), len);
            }
        }
        return null;
    }

    /** The longest bound written right from token {@code end} ("or more"), or null. */
    static Bound after(List<Token> t, int end, QuantityPhrase.Kind kind) {
        List<Row> rows = end < t.size() && t.get(end).has(WordClass.BOUND_AFTER) ? AFTER.get(t.get(end).lower) : null;
        for (Row r : rows == null ? List.<Row>of() : rows) {
            if (r.unless() != kind && matches(t, end, r.words())) {
                return new Bound(r.bound(), String.join(" ", r.words()), r.words().length);
            }
        }
        return null;
    }

    /** Feeds the words that touch a phrase: last words of "before" rows, first words of "after" rows. */
    static void forEachTouchingWord(java.util.function.Consumer<String> before, java.util.function.Consumer<String> after) {
        BEFORE.keySet().forEach(before);
        AFTER.keySet().forEach(after);
    }

    private static boolean matches(List<Token> t, int from, String[] words) {
        if (from + words.length > t.size()) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!t.get(from + i).is(words[i])) {
                return false;
            }
        }
        return true;
    }
}

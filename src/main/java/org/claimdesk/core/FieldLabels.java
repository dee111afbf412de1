package org.claimdesk.core;

import java.util.Locale;
import java.util.Map;

/** Field names as a person reads them, for messages: "publishedAt" is "Published date". */
public final class FieldLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("publishedAt", "Published date"),
            Map.entry("url", "URL"),
            Map.entry("text", "Article text"),
            Map.entry("html", "Article HTML"),
            Map.entry("value", "Value"),
            Map.entry("high", "Range end"),
            Map.entry("referenceValue", "Reference value"),
            Map.entry("referenceUnit", "Reference unit"),
            Map.entry("accessedAt", "Accessed date"),
            Map.entry("dueAt", "Due date"),
            Map.entry("timeRef", "Time reference"),
            Map.entry("articleId", "Article"),
            Map.entry("from", "From date"),
            Map.entry("to", "To date"),
            Map.entry("q", "Search words"),
            Map.entry("body", "Text"));

    private FieldLabels() {
    }

    public static String label(String field) {
        if (field == null || field.isEmpty()) {
            return "Input";
        }
        String known = LABELS.get(field);
        if (known != null) {
            return known;
        }
        // camelCase to words: "verdictExplanation" -> "Verdict explanation"
        String words = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

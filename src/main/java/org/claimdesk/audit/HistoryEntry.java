package org.claimdesk.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One step in an entity's history, as the API and the desk's timeline show it. {@code sealed} is
 * false while the entry waits (under a second) for its place in the hash chain.
 */
public record HistoryEntry(Instant at, String actor, String action, String reason, JsonNode before,
        JsonNode after, boolean sealed) {

    /** A field whose value the step changed, with both values as text ("—" for none). */
    public record FieldChange(String field, String before, String after) {
    }

    public static HistoryEntry of(AuditEntry e) {
        return new HistoryEntry(e.at, e.actor, e.action, e.reason, json(e.before), json(e.after), e.sealed());
    }

    /** All audit entries of one entity, oldest first, sealed or not. */
    public static List<HistoryEntry> ofEntity(String entityType, long entityId) {
        return AuditEntry.ofEntity(entityType, entityId).stream().map(HistoryEntry::of).toList();
    }

    /** The action in words: CLAIM_EDITED becomes "edited". */
    public String label() {
        String a = action.startsWith("CLAIM_") ? action.substring("CLAIM_".length()) : action;
        return a.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** What changed between before and after, field by field (everything set, on a creation). */
    public List<FieldChange> changes() {
        TreeSet<String> fields = new TreeSet<>();
        if (before != null && before.isObject()) {
            before.fieldNames().forEachRemaining(fields::add);
        }
        if (after != null && after.isObject()) {
            after.fieldNames().forEachRemaining(fields::add);
        }
        List<FieldChange> out = new ArrayList<>();
        for (String field : fields) {
            JsonNode b = value(before, field);
            JsonNode a = value(after, field);
            if (!Objects.equals(b, a)) {
                out.add(new FieldChange(field, text(b), text(a)));
            }
        }
        return out;
    }

    private static JsonNode value(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || (v.isArray() && v.isEmpty()) ? NullNode.instance : v;
    }

    private static String text(JsonNode v) {
        if (v.isNull()) {
            return "—";
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    private static JsonNode json(String text) {
        if (text == null) {
            return null;
        }
        try {
            return CanonicalJson.parse(text);
        } catch (JsonProcessingException e) {
            // jsonb always prints JSON; should it ever not parse, show the text rather than fail the page
            return TextNode.valueOf(text);
        }
    }
}

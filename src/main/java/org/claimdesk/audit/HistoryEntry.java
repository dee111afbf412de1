package org.claimdesk.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.util.List;

/**
 * One step in an entity's history, as the API and the desk's timeline show it. {@code sealed} is
 * false while the entry waits (under a second) for its place in the hash chain.
 */
public record HistoryEntry(Instant at, String actor, String action, String reason, JsonNode before,
        JsonNode after, boolean sealed) {

    public static HistoryEntry of(AuditEntry e) {
        return new HistoryEntry(e.at, e.actor, e.action, e.reason, json(e.before), json(e.after), e.sealed());
    }

    /** All audit entries of one entity, oldest first, sealed or not. */
    public static List<HistoryEntry> ofEntity(String entityType, long entityId) {
        return AuditEntry.ofEntity(entityType, entityId).stream().map(HistoryEntry::of).toList();
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

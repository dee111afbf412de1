package org.claimdesk.claim;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.claimdesk.audit.AuditLog;
import org.claimdesk.audit.HistoryEntry;
import org.claimdesk.user.Usernames;

/**
 * A claim's audit trail in words, as the desk and review pages show it: what was done, by whom and
 * why, and the fields it changed with their labels (never ids or offsets).
 */
public final class ClaimHistory {

    /** One step: "editor confirmed", with the fields it changed. */
    public record Step(Instant at, String actor, String what, String reason, List<Change> changes, boolean sealed) {
    }

    /** A field the step changed, both values in words ("—" for none). */
    public record Change(String field, String before, String after) {
    }

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("value", "Value"),
            Map.entry("high", "Range end"), Map.entry("approx", "Approximate"), Map.entry("bound", "Bound"),
            Map.entry("unit", "Unit"), Map.entry("type", "Type"), Map.entry("speaker", "Speaker"),
            Map.entry("hedges", "Hedges"), Map.entry("timeRef", "Time reference"), Map.entry("dueAt", "Due"),
            Map.entry("verdict", "Verdict"), Map.entry("verdictExplanation", "Explanation"),
            Map.entry("statusReason", "Reason"), Map.entry("status", "Status"), Map.entry("assigneeId", "Reviewer"),
            Map.entry("quote", "Words"));

    /** What the audit log records besides the workflow's actions, whose words {@link ClaimAction#done()} gives. */
    private static final Map<String, String> ACTIONS = Map.of(
            "CLAIM_EXTRACTED", "found it in the article", "CLAIM_ADDED", "added it by hand",
            "CLAIM_EDITED", "edited it", "CLAIM_DUE_SET", "set the deadline",
            "CLAIM_LEASE_EXPIRED", "lease ran out: back in the queue");

    private ClaimHistory() {
    }

    public static List<Step> of(long claimId) {
        List<HistoryEntry> entries = HistoryEntry.ofEntity(AuditLog.CLAIM, claimId);
        List<Long> people = new ArrayList<>();
        entries.forEach(e -> {
            people.add(id(e.before()));
            people.add(id(e.after()));
        });
        Map<Long, String> names = Usernames.of(people);
        return entries.stream().map(e -> step(e, names)).toList();
    }

    static Step step(HistoryEntry e, Map<Long, String> names) {
        List<Change> changes = new ArrayList<>();
        if (e.before() != null && e.after() != null) {
            for (Map.Entry<String, String> field : LABELS.entrySet()) {
                String before = words(field.getKey(), e.before().get(field.getKey()), names);
                String after = words(field.getKey(), e.after().get(field.getKey()), names);
                if (!Objects.equals(before, after) && !field.getKey().equals("status")) {
                    changes.add(new Change(field.getValue(), before, after));
                }
            }
            changes.sort(java.util.Comparator.comparing(Change::field));
        }
        return new Step(e.at(), e.actor(), what(e), e.reason(), changes, e.sealed());
    }

    private static String what(HistoryEntry e) {
        String known = ACTIONS.get(e.action());
        if (known != null) {
            return known;
        }
        for (ClaimAction action : ClaimAction.values()) {
            if (action.auditAction().equals(e.action())) {
                return action.done();
            }
        }
        String a = e.action().startsWith("CLAIM_") ? e.action().substring("CLAIM_".length()) : e.action();
        return a.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String words(String field, JsonNode v, Map<Long, String> names) {
        if (v == null || v.isNull() || (v.isArray() && v.isEmpty()) || (v.isTextual() && v.asText().isEmpty())) {
            return "—";
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? "yes" : "no";
        }
        if (field.equals("assigneeId") && v.canConvertToLong()) {
            return names.getOrDefault(v.asLong(), "account " + v.asLong());
        }
        try {
            if (field.equals("type")) {
                return ClaimType.valueOf(v.asText()).label();
            }
            if (field.equals("verdict")) {
                return Verdict.valueOf(v.asText()).label();
            }
        } catch (IllegalArgumentException unknown) {
            return v.asText();
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(i -> items.add(i.asText()));
            return String.join(", ", items);
        }
        if (v.isNumber()) {
            return v.decimalValue().stripTrailingZeros().toPlainString();
        }
        return v.asText();
    }

    private static Long id(JsonNode state) {
        JsonNode a = state == null ? null : state.get("assigneeId");
        return a != null && a.canConvertToLong() ? a.asLong() : null;
    }
}

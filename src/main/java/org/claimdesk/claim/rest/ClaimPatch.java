package org.claimdesk.claim.rest;

import org.claimdesk.core.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimdesk.claim.ClaimChanges;
import org.claimdesk.extraction.ClaimType;

/**
 * Reads a claim edit from JSON by hand, so that an explicit {@code null} (clear the field) differs
 * from an absent field (leave it) and a field the caller may not set is named in the error.
 */
final class ClaimPatch {

    private static final Set<String> EDITABLE = Set.of("value", "high", "approx", "bound", "unit", "type",
            "speaker", "hedges", "timeRef", "dueAt", "version");
    private static final Set<String> MANUAL = Set.of("articleId", "start", "end");
    private static final int MAX_TEXT = 500;

    record Parsed(long version, ClaimChanges changes) {
    }

    record Manual(long articleId, int start, int end, ClaimType type, ClaimChanges changes) {
    }

    private ClaimPatch() {
    }

    static Parsed parse(JsonNode body, boolean versionRequired) {
        requireObject(body);
        for (Iterator<String> it = body.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!EDITABLE.contains(field)) {
                throw InvalidInputException.of(field, "cannot be set here"
                        + (field.equals("status") ? "; use POST /api/claims/{id}/transitions" : ""));
            }
        }
        JsonNode version = body.get("version");
        if (versionRequired && (version == null || !version.canConvertToLong())) {
            throw InvalidInputException.of("version", "is required: the version you last read");
        }
        return new Parsed(version == null ? 0 : version.asLong(), changes(body));
    }

    static Manual parseManual(JsonNode body) {
        requireObject(body);
        for (Iterator<String> it = body.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!EDITABLE.contains(field) && !MANUAL.contains(field)) {
                throw InvalidInputException.of(field, "cannot be set on a new claim");
            }
        }
        for (String required : MANUAL) {
            if (body.get(required) == null || !body.get(required).canConvertToInt()) {
                throw InvalidInputException.of(required, "is required (a whole number)");
            }
        }
        if (body.get("value") == null || !body.get("value").isNumber()) {
            throw InvalidInputException.of("value", "is required (a number)");
        }
        return new Manual(body.get("articleId").asLong(), body.get("start").asInt(), body.get("end").asInt(),
                type(body), changes(body));
    }

    /** Whether the edit touches nothing but the deadline (besides the version). */
    static boolean onlyDueAt(JsonNode body) {
        for (Iterator<String> it = body.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!field.equals("dueAt") && !field.equals("version")) {
                return false;
            }
        }
        return body.has("dueAt");
    }

    private static ClaimChanges changes(JsonNode body) {
        return new ClaimChanges(decimal(body, "value", false), decimal(body, "high", true),
                bool(body, "approx"), text(body, "bound"), text(body, "unit"), type(body), text(body, "speaker"),
                hedges(body), text(body, "timeRef"), instant(body, "dueAt"),
                body.has("high") && body.get("high").isNull(), body.has("dueAt") && body.get("dueAt").isNull());
    }

    private static void requireObject(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("body", "a JSON object is required");
        }
    }

    private static BigDecimal decimal(JsonNode body, String field, boolean nullable) {
        JsonNode n = body.get(field);
        if (n == null || (nullable && n.isNull())) {
            return null;
        }
        if (!n.isNumber()) {
            throw InvalidInputException.of(field, "must be a number");
        }
        return n.decimalValue();
    }

    private static Boolean bool(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null) {
            return null;
        }
        if (!n.isBoolean()) {
            throw InvalidInputException.of(field, "must be true or false");
        }
        return n.asBoolean();
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null) {
            return null;
        }
        if (n.isNull()) {
            return "";
        }
        if (!n.isTextual()) {
            throw InvalidInputException.of(field, "must be text");
        }
        if (n.asText().length() > MAX_TEXT) {
            throw InvalidInputException.of(field, "may be at most " + MAX_TEXT + " characters");
        }
        return n.asText();
    }

    private static ClaimType type(JsonNode body) {
        String t = text(body, "type");
        if (t == null || t.isEmpty()) {
            return null;
        }
        try {
            return ClaimType.valueOf(t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("type", "unknown type '" + t + "'; one of " + List.of(ClaimType.values()));
        }
    }

    private static List<String> hedges(JsonNode body) {
        JsonNode n = body.get("hedges");
        if (n == null) {
            return null;
        }
        if (n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw InvalidInputException.of("hedges", "must be a list of texts");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode h : n) {
            if (!h.isTextual() || h.asText().length() > MAX_TEXT) {
                throw InvalidInputException.of("hedges", "must be a list of short texts");
            }
            out.add(h.asText());
        }
        return out;
    }

    private static Instant instant(JsonNode body, String field) {
        String s = text(body, field);
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "must be an instant like 2025-05-01T17:00:00Z");
        }
    }
}

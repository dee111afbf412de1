package org.claimdesk.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The exported trail: one JSON object per entry per line (audit.jsonl), holding every hashed field,
 * seq, format, prev_hash and hash, with before/after as JSON values (as jsonb prints them). What the
 * offline verifier reads; numbers of any length read back (see {@link CanonicalJson#parse}).
 */
public final class AuditTrailFormat {

    private static final JsonFactory JSON = new JsonFactory();

    private AuditTrailFormat() {
    }

    /** One line, without its newline. */
    public static String line(AuditRecord r) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("id", r.id());
            if (r.seq() != null) {
                g.writeNumberField("seq", r.seq());
            }
            g.writeNumberField("format", r.format());
            g.writeStringField("at", r.at().toString());
            g.writeStringField("actor", r.actor());
            g.writeStringField("action", r.action());
            g.writeStringField("entityType", r.entityType());
            if (r.entityId() == null) {
                g.writeNullField("entityId");
            } else {
                g.writeNumberField("entityId", r.entityId());
            }
            g.writeFieldName("before");
            writeJson(g, r.before());
            g.writeFieldName("after");
            writeJson(g, r.after());
            g.writeStringField("reason", r.reason());
            g.writeStringField("prevHash", r.prevHash());
            g.writeStringField("hash", r.hash());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Reads one line back; a line that is not a complete entry is an {@link IllegalArgumentException}. */
    public static AuditRecord parse(String line) {
        JsonNode n;
        try {
            n = CanonicalJson.parse(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        try {
            // exports from before the sealer have neither seq nor format: format 1
            return new AuditRecord(required(n, "id").asLong(), n.hasNonNull("seq") ? n.get("seq").asLong() : null,
                    n.hasNonNull("format") ? n.get("format").asInt() : AuditHash.FORMAT_LEGACY,
                    Instant.parse(required(n, "at").asText()), text(n, "actor"), text(n, "action"), text(n, "entityType"),
                    n.hasNonNull("entityId") ? n.get("entityId").asLong() : null, json(n, "before"),
                    json(n, "after"), text(n, "reason"), required(n, "prevHash").asText(),
                    required(n, "hash").asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'at' is not an instant", e);
        }
    }

    private static void writeJson(JsonGenerator g, String json) throws IOException {
        if (json == null) {
            g.writeNull();
        } else {
            g.writeRawValue(json);
        }
    }

    private static JsonNode required(JsonNode n, String field) {
        if (!n.hasNonNull(field)) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return n.get(field);
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static String json(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).toString() : null;
    }
}

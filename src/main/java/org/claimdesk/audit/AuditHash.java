package org.claimdesk.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hash of an audit entry, free of Quarkus and the database so that an exported trail can be
 * checked offline: SHA-256 (hex) over a canonical encoding of the entry's fields, prev_hash
 * included. Each entry records the format it was hashed in, so an old entry keeps verifying.
 */
public final class AuditHash {

    /** Entries written under the old chain lock: id order, Jackson's encoding, before/after as text. */
    public static final int FORMAT_LEGACY = 1;
    /** Entries sealed by {@link AuditSealer}: {@link CanonicalJson} of every field, the sequence number included. */
    public static final int FORMAT_SEALED = 2;

    private AuditHash() {
    }

    /** The hash {@code r} should carry, by the rule of its format. */
    public static String of(AuditRecord r) {
        return switch (r.format()) {
            case FORMAT_LEGACY -> legacy(r.id(), r.at(), r.actor(), r.action(), r.entityType(), r.entityId(),
                    LegacyCanonicalJson.ofJson(r.before()), LegacyCanonicalJson.ofJson(r.after()), r.reason(),
                    r.prevHash());
            case FORMAT_SEALED -> sha256(sealedInput(r));
            default -> throw new IllegalArgumentException("unknown audit entry format " + r.format());
        };
    }

    /**
     * Format 1. {@code canonicalBefore}/{@code canonicalAfter} must already be legacy canonical text
     * (or null); they are hashed as JSON strings inside the entry.
     */
    static String legacy(long id, Instant at, String actor, String action, String entityType, Long entityId,
            String canonicalBefore, String canonicalAfter, String reason, String prevHash) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("at", at.truncatedTo(ChronoUnit.MICROS).toString());
        fields.put("actor", actor);
        fields.put("action", action);
        fields.put("entityType", entityType);
        fields.put("entityId", entityId);
        fields.put("before", canonicalBefore);
        fields.put("after", canonicalAfter);
        fields.put("reason", reason);
        fields.put("prevHash", prevHash);
        return sha256(LegacyCanonicalJson.entry(fields));
    }

    /** Format 2: one canonical object holding every field, before/after as JSON values. */
    static String sealedInput(AuditRecord r) {
        if (r.seq() == null) {
            throw new IllegalArgumentException("a sealed entry needs its sequence number");
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode e = f.objectNode();
        e.put("format", FORMAT_SEALED);
        e.put("id", r.id());
        e.put("seq", r.seq());
        e.put("at", r.at().truncatedTo(ChronoUnit.MICROS).toString());
        e.put("actor", r.actor());
        e.put("action", r.action());
        e.put("entityType", r.entityType());
        e.set("entityId", r.entityId() == null ? NullNode.instance : f.numberNode(r.entityId()));
        e.set("before", json(r.before()));
        e.set("after", json(r.after()));
        e.put("reason", r.reason());
        e.put("prevHash", r.prevHash());
        return CanonicalJson.write(e);
    }

    private static JsonNode json(String text) {
        return text == null ? NullNode.instance : CanonicalJson.read(text);
    }

    private static String sha256(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}

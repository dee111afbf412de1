package org.claimdesk.audit;

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
 * checked offline: SHA-256 (hex) over the canonical JSON of the entry's fields, prev_hash included.
 */
public final class AuditHash {

    private AuditHash() {
    }

    /** {@code canonicalBefore}/{@code canonicalAfter} must already be {@link CanonicalJson} text (or null). */
    public static String of(long id, Instant at, String actor, String action, String entityType, Long entityId,
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
        String canonical = CanonicalJson.entry(fields);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}

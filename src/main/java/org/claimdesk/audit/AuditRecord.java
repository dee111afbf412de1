package org.claimdesk.audit;

import java.time.Instant;

/**
 * One audit entry as read back from the table or an exported trail, with {@code before} and
 * {@code after} as JSON text in any key order or spacing (they are made canonical for hashing).
 */
public record AuditRecord(long id, Instant at, String actor, String action, String entityType, Long entityId,
        String before, String after, String reason, String prevHash, String hash) {

    /** The hash this entry should carry, recomputed from its fields. */
    public String recomputedHash() {
        return AuditHash.of(id, at, actor, action, entityType, entityId, CanonicalJson.ofJson(before),
                CanonicalJson.ofJson(after), reason, prevHash);
    }
}

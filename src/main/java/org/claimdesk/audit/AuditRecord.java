package org.claimdesk.audit;

import java.time.Instant;

/**
 * One audit entry as read back from the table or an exported trail, with {@code before} and
 * {@code after} as JSON text in any key order or spacing (they are made canonical for hashing).
 * {@code seq}, {@code prevHash} and {@code hash} are null while the entry waits for the sealer;
 * {@code format} says how its hash is computed ({@link AuditHash}).
 */
public record AuditRecord(long id, Long seq, int format, Instant at, String actor, String action,
        String entityType, Long entityId, String before, String after, String reason, String prevHash,
        String hash) {

    public boolean sealed() {
        return hash != null;
    }

    /** This (format-2) entry as the sealer links it: at {@code seq}, after the entry whose hash is {@code prevHash}. */
    public AuditRecord sealedAs(long seq, String prevHash) {
        return new AuditRecord(id, seq, format, at, actor, action, entityType, entityId, before, after, reason,
                prevHash, AuditHash.chained(id, seq, prevHash, AuditHash.content(this)));
    }

    /** The hash this entry should carry, recomputed from its fields. */
    public String recomputedHash() {
        return AuditHash.of(this);
    }
}

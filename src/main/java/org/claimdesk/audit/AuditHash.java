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
 * checked offline: SHA-256 (hex) over a canonical encoding of the entry's fields, prev_hash
 * included. Each entry records the format it was hashed in, so an old entry keeps verifying.
 * <p>
 * Format 2 hashes in two steps so that the sealer does no JSON work: the writer hashes the
 * entry's content (everything but its place in the chain) in its own transaction, and the sealer
 * hashes that with the id, seq and prev_hash. A verifier recomputes both from the fields; the
 * content hash the writer stored is only the sealer's shortcut, never trusted by a check.
 */
public final class AuditHash {

    /** Entries written under the old chain lock: id order, Jackson's encoding, before/after as text. */
    public static final int FORMAT_LEGACY = 1;
    /** Entries sealed by {@link AuditSealer}: {@link CanonicalJson}, content hash then chain hash. */
    public static final int FORMAT_SEALED = 2;

    private AuditHash() {
    }

    /** The hash {@code r} should carry, by the rule of its format. */
    public static String of(AuditRecord r) {
        return switch (r.format()) {
            case FORMAT_LEGACY -> legacy(r.id(), r.at(), r.actor(), r.action(), r.entityType(), r.entityId(),
                    LegacyCanonicalJson.ofJson(r.before()), LegacyCanonicalJson.ofJson(r.after()), r.reason(),
                    r.prevHash());
            case FORMAT_SEALED -> {
                if (r.seq() == null || r.prevHash() == null) {
                    throw new IllegalArgumentException("a sealed entry needs its sequence number and prev_hash");
                }
                yield chained(r.id(), r.seq(), r.prevHash(), content(r));
            }
            default -> throw new IllegalArgumentException("unknown audit entry format " + r.format());
        };
    }

    /** Format 2, first step, from fields as read back: before/after in any key order or spacing. */
    static String content(AuditRecord r) {
        return content(r.at(), r.actor(), r.action(), r.entityType(), r.entityId(), CanonicalJson.ofJson(r.before()),
                CanonicalJson.ofJson(r.after()), r.reason());
    }

    /**
     * Format 2, first step: the hash of an entry's content. {@code canonicalBefore}/{@code canonicalAfter}
     * must be {@link CanonicalJson} text (or null).
     *
     * @throws CanonicalJson.Unencodable for text no entry can hold, naming the field
     */
    public static String content(Instant at, String actor, String action, String entityType, Long entityId,
            String canonicalBefore, String canonicalAfter, String reason) {
        return sha256(contentInput(at, actor, action, entityType, entityId, canonicalBefore, canonicalAfter, reason));
    }

    /** The canonical object of the content fields, keys in canonical (sorted) order. */
    static String contentInput(Instant at, String actor, String action, String entityType, Long entityId,
            String canonicalBefore, String canonicalAfter, String reason) {
        return "{\"action\":" + CanonicalJson.quote("action", action)
                + ",\"actor\":" + CanonicalJson.quote("actor", actor)
                + ",\"after\":" + (canonicalAfter == null ? "null" : canonicalAfter)
                + ",\"at\":" + CanonicalJson.quote("at", at.truncatedTo(ChronoUnit.MICROS).toString())
                + ",\"before\":" + (canonicalBefore == null ? "null" : canonicalBefore)
                + ",\"entityId\":" + (entityId == null ? "null" : entityId.toString())
                + ",\"entityType\":" + CanonicalJson.quote("entityType", entityType)
                + ",\"format\":" + FORMAT_SEALED
                + ",\"reason\":" + CanonicalJson.quote("reason", reason) + "}";
    }

    /** Format 2, second step: the entry's place in the chain; what the sealer computes. */
    public static String chained(long id, long seq, String prevHash, String contentHash) {
        return sha256(chainInput(id, seq, prevHash, contentHash));
    }

    static String chainInput(long id, long seq, String prevHash, String contentHash) {
        return "{\"contentHash\":" + CanonicalJson.quote("contentHash", contentHash) + ",\"format\":" + FORMAT_SEALED
                + ",\"id\":" + id + ",\"prevHash\":" + CanonicalJson.quote("prevHash", prevHash) + ",\"seq\":" + seq
                + "}";
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

    private static String sha256(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}

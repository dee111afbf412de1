package org.claimdesk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way to write the audit log. Each entry is chained to the one before by its hash and is
 * written inside the caller's transaction, so a change and its record commit or fail together.
 */
@ApplicationScoped
public class AuditLog {

    public static final String USER = "USER";
    public static final String ARTICLE = "ARTICLE";
    public static final String CLAIM = "CLAIM";
    public static final String EVIDENCE = "EVIDENCE";
    public static final String COMMENT = "COMMENT";

    /** prev_hash of the first entry. */
    public static final String GENESIS = AuditVerifier.GENESIS;

    /** Key of the transaction-scoped advisory lock that keeps the chain in one order. */
    private static final long CHAIN_LOCK = 0x436c61696d44L; // "ClaimD"

    /** An entry to append: who did what to which entity, with its state before and after. */
    public record Change(String actor, String action, String entityType, Long entityId, Object before,
            Object after, String reason) {
    }

    /**
     * Appends an entry. {@code before} and {@code after} are any values Jackson can write (maps,
     * records); they are stored as canonical JSON.
     */
    @Transactional(TxType.MANDATORY)
    public AuditEntry record(String actor, String action, String entityType, Long entityId,
            Object before, Object after, String reason) {
        return recordAll(List.of(new Change(actor, action, entityType, entityId, before, after, reason))).get(0);
    }

    /** Appends several entries in order, under one lock and one read of the chain's head. */
    @Transactional(TxType.MANDATORY)
    public List<AuditEntry> recordAll(List<Change> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        EntityManager em = AuditEntry.getEntityManager();
        // serialise appenders until commit: each reads the head and links to it
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, CHAIN_LOCK).getSingleResult();
        String prevHash = (String) em.createNativeQuery("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")
                .getResultStream().findFirst().orElse(GENESIS);
        @SuppressWarnings("unchecked")
        List<Long> ids = ((List<Number>) em.createNativeQuery(
                "SELECT nextval('audit_log_id_seq') FROM generate_series(1, ?1)")
                .setParameter(1, changes.size()).getResultList())
                .stream().map(Number::longValue).sorted().toList();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps
        List<AuditEntry> entries = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            AuditEntry entry = new AuditEntry();
            entry.id = ids.get(i);
            entry.at = at;
            entry.actor = change.actor();
            entry.action = change.action();
            entry.entityType = change.entityType();
            entry.entityId = change.entityId();
            entry.before = CanonicalJson.of(change.before());
            entry.after = CanonicalJson.of(change.after());
            entry.reason = change.reason();
            entry.prevHash = prevHash;
            // before/after are canonical already: hash them as they are, without a parse round-trip
            entry.hash = AuditHash.of(entry.id, entry.at, entry.actor, entry.action, entry.entityType, entry.entityId,
                    entry.before, entry.after, entry.reason, entry.prevHash);
            prevHash = entry.hash;
            em.persist(entry);
            entries.add(entry);
        }
        return entries;
    }

    /** SHA-256 (hex) over the canonical encoding of the entry's fields, prev_hash included. */
    public static String hash(AuditEntry e) {
        return AuditHash.of(e.id, e.at, e.actor, e.action, e.entityType, e.entityId,
                CanonicalJson.ofJson(e.before), CanonicalJson.ofJson(e.after), e.reason, e.prevHash);
    }
}

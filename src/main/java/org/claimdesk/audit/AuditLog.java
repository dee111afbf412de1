package org.claimdesk.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.core.InvalidInputException;

/**
 * The one way to write the audit log. Each entry is written inside the caller's transaction, so a
 * change and its record commit or fail together; it is appended unsealed, without any lock, and
 * {@link AuditSealer} chains it (sequence number, prev_hash, hash) within a second of the commit.
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

    /** An entry to append: who did what to which entity, with its state before and after. */
    public record Change(String actor, String action, String entityType, Long entityId, Object before,
            Object after, String reason) {
    }

    /**
     * Appends an entry. {@code before} and {@code after} are any values Jackson can write (maps,
     * records); they are stored as canonical JSON.
     *
     * @throws InvalidInputException for a value no audit entry can hold (text with NUL or half a
     *         surrogate pair): nothing is written, and the caller's transaction should not commit
     */
    @Transactional(TxType.MANDATORY)
    public AuditEntry record(String actor, String action, String entityType, Long entityId,
            Object before, Object after, String reason) {
        return recordAll(List.of(new Change(actor, action, entityType, entityId, before, after, reason))).get(0);
    }

    /** Appends several entries in order; ids come from a pooled sequence and the inserts are batched. */
    @Transactional(TxType.MANDATORY)
    public List<AuditEntry> recordAll(List<Change> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        // encode everything first: a value the log cannot hold refuses the change before any insert
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps
        List<AuditEntry> entries = new ArrayList<>(changes.size());
        for (Change change : changes) {
            entries.add(unsealed(change, at));
        }
        EntityManager em = AuditEntry.getEntityManager();
        for (AuditEntry entry : entries) {
            em.persist(entry);
        }
        return entries;
    }

    private static AuditEntry unsealed(Change change, Instant at) {
        AuditEntry entry = new AuditEntry();
        entry.at = at;
        entry.actor = change.actor();
        entry.action = change.action();
        entry.entityType = change.entityType();
        entry.entityId = change.entityId();
        entry.reason = change.reason();
        entry.format = AuditHash.FORMAT_SEALED;
        try {
            entry.before = CanonicalJson.of(change.before());
            entry.after = CanonicalJson.of(change.after());
            // the content's hash here, in parallel across writers: the sealer then only chains it
            entry.contentHash = AuditHash.content(at, entry.actor, entry.action, entry.entityType, entry.entityId,
                    entry.before, entry.after, entry.reason);
        } catch (CanonicalJson.Unencodable e) {
            throw InvalidInputException.of(e.field() == null ? "value" : e.field(), e.getMessage());
        }
        return entry;
    }
}

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

    /**
     * Appends several entries in order, on the caller's connection and in its transaction, as
     * multi-row inserts that return their ids (from the sequence, in the statement): no entity for
     * Hibernate to track and flush, which is most of the cost when an article brings hundreds of claims.
     * The entries answered carry their ids; they are not managed entities.
     */
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
        // exactly the instant the content hash covers, whatever the session's time zone
        java.time.OffsetDateTime when = at.atOffset(java.time.ZoneOffset.UTC);
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            for (int from = 0; from < entries.size(); from += CHUNK) {
                List<AuditEntry> chunk = entries.subList(from, Math.min(entries.size(), from + CHUNK));
                StringBuilder sql = new StringBuilder(INSERT);
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "" : ",").append(ROW);
                }
                try (java.sql.PreparedStatement s = connection.prepareStatement(sql.append(" RETURNING id").toString())) {
                    int p = 1;
                    for (AuditEntry e : chunk) {
                        s.setObject(p++, when);
                        s.setString(p++, e.actor);
                        s.setString(p++, e.action);
                        s.setString(p++, e.entityType);
                        s.setObject(p++, e.entityId, java.sql.Types.BIGINT);
                        s.setString(p++, e.before);
                        s.setString(p++, e.after);
                        s.setString(p++, e.reason);
                        s.setInt(p++, e.format);
                        s.setString(p++, e.contentHash);
                    }
                    try (java.sql.ResultSet ids = s.executeQuery()) {
                        // the ids come back in the order of the rows given
                        for (AuditEntry e : chunk) {
                            ids.next();
                            e.id = ids.getLong(1);
                        }
                    }
                }
            }
        });
        return entries;
    }

    /** Rows per statement: 10 parameters each, well under PostgreSQL's 65,535. */
    private static final int CHUNK = 1000;
    private static final String INSERT = "INSERT INTO audit_log (id, at, actor, action, entity_type, entity_id,"
            + " before, after, reason, format, content_hash) VALUES ";
    private static final String ROW = "(nextval('audit_log_id_seq'), ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)";

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

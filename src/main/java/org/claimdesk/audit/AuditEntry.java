package org.claimdesk.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One row of the append-only audit log. Written only by {@link AuditLog}, unsealed; {@link AuditSealer}
 * later sets {@code seq}, {@code prevHash} and {@code hash}, once (the table's trigger allows nothing else).
 */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {

    /**
     * From the sequence, 50 at a time per instance (no query per entry): covered by the hash, but the
     * chain's order is {@link #seq}, so ids need not follow commit order across instances.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_log_seq")
    @SequenceGenerator(name = "audit_log_seq", sequenceName = "audit_log_id_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id")
    public Long entityId;

    /** Canonical JSON text (see {@link CanonicalJson}), stored as jsonb. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String before;

    @JdbcTypeCode(SqlTypes.JSON)
    public String after;

    public String reason;

    /** How the hash is computed ({@link AuditHash#FORMAT_SEALED} for every new entry). */
    @Column(nullable = false)
    public int format;

    /** SHA-256 of the content, computed when written: what the sealer chains (see {@link AuditHash}). */
    @Column(name = "content_hash")
    public String contentHash;

    /** Position in the chain, 1, 2, 3...: null until sealed. */
    public Long seq;

    @Column(name = "prev_hash")
    public String prevHash;

    public String hash;

    public boolean sealed() {
        return hash != null;
    }

    /** Every entry about one entity, in chain order; entries not sealed yet last, in the order written. */
    /** The latest entries, newest first, of one kind of entity (and one entity) when given. */
    public static List<AuditEntry> recent(String entityType, Long entityId, int limit) {
        StringBuilder q = new StringBuilder("1 = 1");
        io.quarkus.panache.common.Parameters p = new io.quarkus.panache.common.Parameters();
        if (entityType != null) {
            q.append(" and entityType = :type");
            p.and("type", entityType);
        }
        if (entityId != null) {
            q.append(" and entityId = :id");
            p.and("id", entityId);
        }
        return find(q + " order by id desc", p).range(0, limit - 1).list();
    }

    public static List<AuditEntry> ofEntity(String entityType, long entityId) {
        return list("entityType = ?1 and entityId = ?2 order by seq nulls last, id", entityType, entityId);
    }
}

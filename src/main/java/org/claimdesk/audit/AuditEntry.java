package org.claimdesk.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of the append-only audit log. Written only by {@link AuditLog}. */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {

    /** Taken from the sequence before hashing: the id is part of what the hash covers. */
    @Id
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

    @Column(name = "prev_hash", nullable = false)
    public String prevHash;

    @Column(nullable = false)
    public String hash;

    /** Every entry about one entity, oldest first. */
    public static List<AuditEntry> ofEntity(String entityType, long entityId) {
        return list("entityType = ?1 and entityId = ?2 order by id", entityType, entityId);
    }
}

package org.claimdesk.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A source a reviewer checked a claim against, with the figure it gives: a document ({@link #SOURCE})
 * or a computed check over a reference table ({@link #CHECK}, linked to the stored check).
 */
@Entity
@Table(name = "evidence")
public class Evidence extends PanacheEntityBase {

    public static final String SOURCE = "SOURCE";
    public static final String CHECK = "CHECK";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id", nullable = false)
    public Long claimId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String url;

    public String publisher;

    @Column(name = "accessed_at")
    public LocalDate accessedAt;

    public String excerpt;

    @Column(name = "reference_value")
    public BigDecimal referenceValue;

    @Column(name = "reference_unit")
    public String referenceUnit;

    /** {@link #SOURCE} or {@link #CHECK}. */
    @Column(nullable = false)
    public String kind = SOURCE;

    /** The stored check ({@code reference_check}) of a CHECK item. */
    @Column(name = "check_id")
    public Long checkId;

    @Column(name = "added_by", nullable = false)
    public Long addedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static long countFor(long claimId) {
        return count("claimId", claimId);
    }

    public static List<Evidence> forClaim(long claimId) {
        return list("claimId = ?1 order by id", claimId);
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("claimId", claimId);
        view.put("title", title);
        view.put("url", url);
        view.put("publisher", publisher);
        view.put("accessedAt", accessedAt == null ? null : accessedAt.toString());
        view.put("excerpt", excerpt);
        view.put("referenceValue", referenceValue);
        view.put("referenceUnit", referenceUnit);
        if (checkId != null) {
            view.put("kind", kind);
            view.put("checkId", checkId);
        }
        return view;
    }
}

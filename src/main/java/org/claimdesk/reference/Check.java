package org.claimdesk.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.claim.Verdict;
import org.claimdesk.reference.check.CheckQuery;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A check run for a claim: the query with the dataset version it used, the value it gave, and the
 * verdict the comparison proposed. Anyone reviewing the claim can re-run it and get the same value.
 */
@Entity
@Table(name = "reference_check")
public class Check extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id", nullable = false)
    public Long claimId;

    @Column(name = "version_id", nullable = false)
    public Long versionId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String query;

    @Column(nullable = false)
    public String description;

    @Column(name = "period_mapping")
    public String periodMapping;

    @Column(name = "reference_value", nullable = false)
    public BigDecimal referenceValue;

    @Column(nullable = false)
    public String unit;

    @Column(name = "row_count", nullable = false)
    public int rowCount;

    public boolean partial;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_verdict")
    public Verdict proposedVerdict;

    public String rule;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static List<Check> forClaim(long claimId) {
        return list("claimId = ?1 order by id", claimId);
    }

    public CheckQuery checkQuery() {
        return ReferenceJson.read(query, CheckQuery.class);
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("claimId", claimId);
        view.put("versionId", versionId);
        view.put("query", ReferenceJson.read(query, Map.class));
        view.put("description", description);
        view.put("periodMapping", periodMapping);
        view.put("referenceValue", referenceValue);
        view.put("unit", unit);
        view.put("proposedVerdict", proposedVerdict);
        view.put("rule", rule);
        return view;
    }
}

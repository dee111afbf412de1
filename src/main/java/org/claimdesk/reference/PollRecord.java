package org.claimdesk.reference;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The poll behind a poll claim, as a reviewer recorded it from the pollster's tables. */
@Entity
@Table(name = "reference_poll")
public class PollRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id", nullable = false)
    public Long claimId;

    public String pollster;

    @Column(name = "fieldwork_start")
    public LocalDate fieldworkStart;

    @Column(name = "fieldwork_end")
    public LocalDate fieldworkEnd;

    @Column(name = "sample_size")
    public Integer sampleSize;

    /** Party to share in percent, in the order given, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String shares;

    @Column(name = "commissioned_by")
    public String commissionedBy;

    public String method;

    public String population;

    public String question;

    @Column(name = "tables_url")
    public String tablesUrl;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static Optional<PollRecord> forClaim(long claimId) {
        return find("claimId", claimId).firstResultOptional();
    }

    public Map<String, BigDecimal> shareMap() {
        return ReferenceJson.read(shares, new TypeReference<LinkedHashMap<String, BigDecimal>>() {
        });
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("claimId", claimId);
        view.put("pollster", pollster);
        view.put("fieldworkStart", fieldworkStart == null ? null : fieldworkStart.toString());
        view.put("fieldworkEnd", fieldworkEnd == null ? null : fieldworkEnd.toString());
        view.put("sampleSize", sampleSize);
        view.put("shares", shareMap());
        view.put("commissionedBy", commissionedBy);
        view.put("method", method);
        view.put("population", population);
        view.put("question", question);
        view.put("tablesUrl", tablesUrl);
        return view;
    }
}

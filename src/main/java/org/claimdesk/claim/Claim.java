package org.claimdesk.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A numeric claim in an article: its span, normalised value, type and attribution, and where it
 * stands in the review workflow. Its status changes only through {@link ClaimWorkflow#apply}.
 */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
    @SequenceGenerator(name = "claim_seq", sequenceName = "claim_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public Long articleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClaimStatus status;

    /** EXTRACTED by the engine or MANUAL (added by an editor). */
    @Column(nullable = false)
    public String origin;

    @Column(nullable = false)
    public String quote;

    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    public String sentence;

    @Column(name = "sentence_start")
    public Integer sentenceStart;

    @Column(name = "sentence_end")
    public Integer sentenceEnd;

    public BigDecimal value;

    public BigDecimal high;

    public boolean approx;

    @Column(nullable = false)
    public String bound = "=";

    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClaimType type;

    public String speaker;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] hedges = new String[0];

    @Column(name = "time_ref")
    public String timeRef;

    public double checkworthiness;

    @Column(name = "editor_id")
    public Long editorId;

    @Column(name = "confirmed_by")
    public Long confirmedBy;

    @Column(name = "submitted_by")
    public Long submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** Everyone who ever submitted the claim, oldest first: all of them are kept out of its review. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public Long[] submitters = new Long[0];

    @Column(name = "assignee_id")
    public Long assigneeId;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "due_at")
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    @Column(name = "verdict_explanation")
    public String verdictExplanation;

    @Column(name = "proposed_by")
    public Long proposedBy;

    @Column(name = "approved_by")
    public Long approvedBy;

    /** Why the last transition that needed a reason was taken (rejection, send-back, ...). */
    @Column(name = "status_reason")
    public String statusReason;

    /** The change the sentence states, of which this claim is one end (see {@link StatedChange}); all null if none. */
    @Column(name = "change_role")
    public String changeRole;

    @Column(name = "change_direction")
    public String changeDirection;

    @Column(name = "change_from")
    public BigDecimal changeFrom;

    @Column(name = "change_to")
    public BigDecimal changeTo;

    @Column(name = "change_by")
    public BigDecimal changeBy;

    @Column(name = "change_claim_id")
    public Long changeClaimId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static List<Claim> ofArticle(long articleId) {
        return list("articleId = ?1 order by start, id", articleId);
    }

    /**
     * Claims of the same type and (nearly) the same value in other articles, those with a verdict
     * first: what a reviewer checks before deciding the same figure again.
     */
    public static List<Claim> sameFigureElsewhere(Claim claim, int limit) {
        if (claim.value == null) {
            return List.of();
        }
        java.math.BigDecimal margin = claim.value.abs().multiply(new java.math.BigDecimal("0.01"));
        return find("type = ?1 and value between ?2 and ?3 and articleId <> ?4 and status <> ?5"
                + " order by case when verdict is null then 1 else 0 end, abs(value - ?6), id desc",
                claim.type, claim.value.subtract(margin), claim.value.add(margin), claim.articleId,
                ClaimStatus.CANDIDATE, claim.value).range(0, limit - 1).list();
    }

    /**
     * Inserts new claims as one batch of plain inserts on the current transaction's connection, giving
     * each its id first (one query for all) unless {@link #reserveIds} did: an ingest stores hundreds
     * at once, and tracking each as a managed entity costs more than the inserts themselves. The
     * claims are not managed afterwards.
     */
    public static void insertAll(List<Claim> claims) {
        if (claims.isEmpty()) {
            return;
        }
        reserveIds(claims.stream().filter(c -> c.id == null).toList());
        getEntityManager().unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement s = connection.prepareStatement(INSERT)) {
                for (Claim c : claims) {
                    int i = 1;
                    s.setLong(i++, c.id);
                    s.setLong(i++, c.articleId);
                    s.setString(i++, c.status.name());
                    s.setString(i++, c.origin);
                    s.setString(i++, c.quote);
                    s.setInt(i++, c.start);
                    s.setInt(i++, c.end);
                    s.setString(i++, c.sentence);
                    s.setObject(i++, c.sentenceStart, java.sql.Types.INTEGER);
                    s.setObject(i++, c.sentenceEnd, java.sql.Types.INTEGER);
                    s.setBigDecimal(i++, c.value);
                    s.setBigDecimal(i++, c.high);
                    s.setBoolean(i++, c.approx);
                    s.setString(i++, c.bound);
                    s.setString(i++, c.unit);
                    s.setString(i++, c.type.name());
                    s.setString(i++, c.speaker);
                    s.setArray(i++, connection.createArrayOf("text", c.hedges == null ? new String[0] : c.hedges));
                    s.setString(i++, c.timeRef);
                    s.setDouble(i++, c.checkworthiness);
                    s.setObject(i++, c.editorId, java.sql.Types.BIGINT);
                    s.setString(i++, c.changeRole);
                    s.setString(i++, c.changeDirection);
                    s.setBigDecimal(i++, c.changeFrom);
                    s.setBigDecimal(i++, c.changeTo);
                    s.setBigDecimal(i++, c.changeBy);
                    s.setObject(i++, c.changeClaimId, java.sql.Types.BIGINT);
                    s.setObject(i++, c.createdAt.atOffset(java.time.ZoneOffset.UTC));
                    s.setObject(i++, c.updatedAt.atOffset(java.time.ZoneOffset.UTC));
                    s.addBatch();
                }
                s.executeBatch();
            }
        });
    }

    /** Gives each claim its id (one query for all), before it is inserted: claims may name each other. */
    public static void reserveIds(List<Claim> claims) {
        if (claims.isEmpty()) {
            return;
        }
        getEntityManager().unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement ids = connection.prepareStatement(
                    "SELECT nextval('claim_id_seq') FROM generate_series(1, ?)")) {
                ids.setInt(1, claims.size());
                try (java.sql.ResultSet rs = ids.executeQuery()) {
                    for (Claim c : claims) {
                        rs.next();
                        c.id = rs.getLong(1);
                    }
                }
            }
        });
    }

    private static final String INSERT = "INSERT INTO claim (id, article_id, status, origin, quote, start_offset,"
            + " end_offset, sentence, sentence_start, sentence_end, value, high, approx, bound, unit, type, speaker,"
            + " hedges, time_ref, checkworthiness, editor_id, change_role, change_direction, change_from, change_to,"
            + " change_by, change_claim_id, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Ids of an article's claims in one status, in text order. */
    public static List<Long> idsOf(long articleId, ClaimStatus status) {
        return getEntityManager().createQuery(
                "select c.id from Claim c where c.articleId = :a and c.status = :s order by c.start, c.id", Long.class)
                .setParameter("a", articleId).setParameter("s", status).getResultList();
    }

    public boolean wasSubmittedBy(Long userId) {
        return userId != null && submitters != null && Arrays.asList(submitters).contains(userId);
    }

    void addSubmitter(Long userId) {
        if (userId != null && !wasSubmittedBy(userId)) {
            Long[] more = Arrays.copyOf(submitters == null ? new Long[0] : submitters,
                    submitters == null ? 1 : submitters.length + 1);
            more[more.length - 1] = userId;
            submitters = more;
        }
    }

    public List<String> hedgeList() {
        return hedges == null ? List.of() : Arrays.asList(hedges);
    }

    /** The change the sentence states, of which this claim is one end, or null. */
    public StatedChange statedChange() {
        return changeRole == null ? null
                : new StatedChange(changeFrom, changeTo, changeBy, changeDirection, changeRole, changeClaimId);
    }

    /** What the audit log keeps of a claim: every field a person can change or that the workflow sets. */
    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", id);
        view.put("articleId", articleId);
        view.put("status", status);
        view.put("quote", quote);
        view.put("start", start);
        view.put("end", end);
        view.put("value", value);
        view.put("high", high);
        view.put("approx", approx);
        view.put("bound", bound);
        view.put("unit", unit);
        view.put("type", type);
        view.put("speaker", speaker);
        view.put("hedges", hedgeList());
        view.put("timeRef", timeRef);
        StatedChange change = statedChange();
        if (change != null) {
            view.put("change", change.auditView());
        }
        view.put("assigneeId", assigneeId);
        view.put("dueAt", dueAt == null ? null : dueAt.toString());
        view.put("verdict", verdict);
        view.put("verdictExplanation", verdictExplanation);
        view.put("statusReason", statusReason);
        return view;
    }
}

package org.claimdesk.review;

import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.core.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.claimdesk.audit.AuditLog;
import org.claimdesk.claim.Claim;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.core.Actor;
import org.claimdesk.core.Role;
import org.claimdesk.reference.Check;
import org.claimdesk.reference.CheckService;
import org.claimdesk.reference.Dataset;
import org.claimdesk.reference.DatasetVersion;
import org.claimdesk.reference.check.CheckQuery;
import org.claimdesk.user.User;

/** Evidence and comments on claims; each addition is audited in its transaction. */
@ApplicationScoped
public class ReviewService {

    private static final int MAX_TEXT = 10_000;

    @Inject
    AuditLog auditLog;

    @Inject
    CheckService checks;

    /** Who may attach a computed check to a claim. */
    public static final java.util.Set<Role> CHECKERS = java.util.Set.of(Role.REVIEWER, Role.ADMIN);

    /** A new evidence item as a reviewer enters it. */
    public record NewEvidence(String title, String url, String publisher, LocalDate accessedAt, String excerpt,
            BigDecimal referenceValue, String referenceUnit) {
    }

    @Transactional
    public Evidence addEvidence(String actor, long claimId, NewEvidence in) {
        Claim claim = existing(claimId);
        if (claim.status == ClaimStatus.PUBLISHED || claim.status == ClaimStatus.REJECTED) {
            throw new ConflictException("Claim closed", "Evidence is added while a claim is under review.");
        }
        require("title", in.title(), 500);
        require("url", in.url(), 2000);
        if (!isHttpUrl(in.url().strip())) {
            throw InvalidInputException.of("url", "must be an http(s) address");
        }
        Evidence e = new Evidence();
        e.claimId = claimId;
        e.title = in.title().strip();
        e.url = in.url().strip();
        e.publisher = trimToNull(in.publisher(), 500, "publisher");
        e.accessedAt = in.accessedAt();
        e.excerpt = trimToNull(in.excerpt(), MAX_TEXT, "excerpt");
        e.referenceValue = in.referenceValue();
        e.referenceUnit = trimToNull(in.referenceUnit(), 40, "referenceUnit");
        e.addedBy = userId(actor);
        e.createdAt = Instant.now();
        e.persistAndFlush();
        auditLog.record(actor, "EVIDENCE_ADDED", AuditLog.EVIDENCE, e.id, null, e.auditView(), "claim " + claimId);
        return e;
    }

    /** A check attached to a claim: the stored check and the evidence item that carries it. */
    public record AttachedCheck(Evidence evidence, Check check, DatasetVersion version, Dataset dataset) {
    }

    /**
     * Runs a query over a reference table for a claim and attaches the result as evidence of kind
     * CHECK, linked to the stored check (query, dataset version, value, proposed verdict); one
     * transaction, one audit entry.
     */
    @Transactional
    public AttachedCheck attachCheck(Actor actor, long claimId, CheckQuery query) {
        actor.require(CHECKERS);
        Claim claim = existing(claimId);
        if (claim.status == ClaimStatus.PUBLISHED || claim.status == ClaimStatus.REJECTED) {
            throw new ConflictException("Claim closed", "Evidence is added while a claim is under review.");
        }
        Check check = checks.record(actor.username(), claim, query);
        DatasetVersion version = DatasetVersion.findById(check.versionId);
        Dataset dataset = Dataset.findById(version.datasetId);
        Evidence e = new Evidence();
        e.claimId = claimId;
        e.kind = Evidence.CHECK;
        e.checkId = check.id;
        e.title = check.description.length() > 500 ? check.description.substring(0, 497) + "..." : check.description;
        e.url = "/datasets/" + dataset.id + "?version=" + version.number;
        e.publisher = version.publisher;
        e.accessedAt = LocalDate.now();
        e.excerpt = "Check " + check.id + " on " + dataset.name + " version " + version.number
                + (version.releaseDate == null ? "" : " (released " + version.releaseDate + ")")
                + (version.licence == null ? "" : ", " + version.licence) + ". "
                + (check.periodMapping == null ? "" : "Period: " + check.periodMapping + ". ")
                + "Proposed: " + check.rule;
        e.referenceValue = check.referenceValue;
        e.referenceUnit = check.unit.length() > 40 ? check.unit.substring(0, 40) : check.unit;
        e.addedBy = userId(actor.username());
        e.createdAt = Instant.now();
        e.persistAndFlush();
        Map<String, Object> after = new java.util.LinkedHashMap<>(e.auditView());
        after.put("check", check.auditView());
        auditLog.record(actor.username(), "EVIDENCE_ADDED", AuditLog.EVIDENCE, e.id, null, after,
                "claim " + claimId);
        return new AttachedCheck(e, check, version, dataset);
    }

    @Transactional
    public Comment addComment(String actor, long claimId, String body) {
        existing(claimId);
        require("body", body, MAX_TEXT);
        Comment c = new Comment();
        c.claimId = claimId;
        c.authorId = userId(actor);
        c.body = body.strip();
        c.createdAt = Instant.now();
        c.persistAndFlush();
        auditLog.record(actor, "COMMENT_ADDED", AuditLog.COMMENT, c.id, null,
                Map.of("claimId", claimId, "body", c.body), null);
        return c;
    }

    private static Claim existing(long claimId) {
        Claim claim = Claim.findById(claimId);
        if (claim == null) {
            throw new NotFoundException("Claim " + claimId);
        }
        return claim;
    }

    static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void require(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "is required");
        }
        if (value.length() > max) {
            throw InvalidInputException.of(field, "may be at most " + max + " characters");
        }
    }

    private static String trimToNull(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw InvalidInputException.of(field, "may be at most " + max + " characters");
        }
        return value.strip();
    }

    private static Long userId(String username) {
        return User.findByUsername(username).map(u -> u.id).orElseThrow();
    }
}

package org.claimdesk.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.claimdesk.audit.AuditLog;
import org.claimdesk.claim.Claim;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.core.Actor;
import org.claimdesk.core.ConflictException;
import org.claimdesk.core.Inputs;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.core.NotPermittedException;
import org.claimdesk.core.Role;
import org.claimdesk.reference.Check;
import org.claimdesk.reference.CheckService;
import org.claimdesk.reference.Dataset;
import org.claimdesk.reference.DatasetVersion;
import org.claimdesk.reference.check.CheckQuery;

/**
 * Evidence and comments on claims. Who may do what is decided here, for the API and the pages
 * alike; each change is audited in its transaction.
 */
@ApplicationScoped
public class ReviewService {

    static final int MAX_TITLE = 500;
    static final int MAX_TEXT = 10_000;
    static final int MAX_UNIT = 40;
    private static final Set<Role> REVIEWERS = EnumSet.of(Role.REVIEWER, Role.ADMIN);
    /** Evidence is added while a claim waits for or is in review, and until its verdict is approved. */
    private static final Set<ClaimStatus> OPEN = EnumSet.of(ClaimStatus.EXTRACTED, ClaimStatus.CONFIRMED,
            ClaimStatus.SUBMITTED, ClaimStatus.IN_REVIEW, ClaimStatus.NEEDS_INFO, ClaimStatus.VERDICT_PROPOSED);

    @Inject
    AuditLog auditLog;

    @Inject
    CheckService checks;

    /** Who may attach a computed check to a claim. */
    public static final Set<Role> CHECKERS = Set.of(Role.REVIEWER, Role.ADMIN);

    /** An evidence item as a reviewer enters it. */
    public record NewEvidence(String title, String url, String publisher, LocalDate accessedAt, String excerpt,
            BigDecimal referenceValue, String referenceUnit) {
    }

    @Transactional
    public Evidence addEvidence(Actor actor, long claimId, NewEvidence in) {
        actor.require(REVIEWERS);
        Claim claim = existing(claimId);
        if (!OPEN.contains(claim.status)) {
            throw new ConflictException("Claim closed",
                    "Evidence is added while a claim is open for review; this one is " + claim.status + ".");
        }
        Evidence e = new Evidence();
        e.claimId = claimId;
        fill(e, in);
        e.addedBy = actor.userId();
        e.createdAt = Instant.now();
        e.persistAndFlush();
        auditLog.record(actor.username(), "EVIDENCE_ADDED", AuditLog.EVIDENCE, e.id, null, e.auditView(),
                "claim " + claimId);
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
        if (!OPEN.contains(claim.status)) {
            throw new ConflictException("Claim closed",
                    "Evidence is added while a claim is open for review; this one is " + claim.status + ".");
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
        e.addedBy = actor.userId();
        e.createdAt = Instant.now();
        e.persistAndFlush();
        Map<String, Object> after = new java.util.LinkedHashMap<>(e.auditView());
        after.put("check", check.auditView());
        auditLog.record(actor.username(), "EVIDENCE_ADDED", AuditLog.EVIDENCE, e.id, null, after,
                "claim " + claimId);
        return new AttachedCheck(e, check, version, dataset);
    }

    /** Corrects an evidence item while its claim is in review: by the reviewer holding it, its author, or an admin. */
    @Transactional
    public Evidence updateEvidence(Actor actor, long claimId, long evidenceId, NewEvidence in) {
        Evidence e = changeable(actor, claimId, evidenceId);
        if (Evidence.CHECK.equals(e.kind)) {
            throw new ConflictException("A computed check", "A check is re-run, not edited: remove it and attach a"
                    + " new one from the check builder.");
        }
        Map<String, Object> before = e.auditView();
        fill(e, in);
        auditLog.record(actor.username(), "EVIDENCE_EDITED", AuditLog.EVIDENCE, e.id, before, e.auditView(),
                "claim " + claimId);
        return e;
    }

    /** Removes an evidence item while its claim is in review; the audit trail keeps what it said. */
    @Transactional
    public void removeEvidence(Actor actor, long claimId, long evidenceId, String reason) {
        Evidence e = changeable(actor, claimId, evidenceId);
        String why = Inputs.text("reason", reason, 2000);
        auditLog.record(actor.username(), "EVIDENCE_REMOVED", AuditLog.EVIDENCE, e.id, e.auditView(), null,
                why == null ? "claim " + claimId : why);
        e.delete();
    }

    @Transactional
    public Comment addComment(Actor actor, long claimId, String body) {
        existing(claimId);
        Comment c = new Comment();
        c.claimId = claimId;
        c.authorId = actor.userId();
        c.body = Inputs.required("body", body, MAX_TEXT);
        c.createdAt = Instant.now();
        c.persistAndFlush();
        auditLog.record(actor.username(), "COMMENT_ADDED", AuditLog.COMMENT, c.id, null,
                Map.of("claimId", claimId, "body", c.body), null);
        return c;
    }

    /** Whether the actor may correct or remove evidence on the claim now (its status and their part). */
    public boolean mayChangeEvidence(Actor actor, Claim claim) {
        return actor.hasAny(REVIEWERS) && claim.status == ClaimStatus.IN_REVIEW;
    }

    private Evidence changeable(Actor actor, long claimId, long evidenceId) {
        actor.require(REVIEWERS);
        Claim claim = existing(claimId);
        Evidence e = Evidence.findById(evidenceId);
        if (e == null || e.claimId != claimId) {
            throw new NotFoundException("Evidence " + evidenceId + " of claim " + claimId);
        }
        if (claim.status != ClaimStatus.IN_REVIEW) {
            throw new ConflictException("Claim not in review",
                    "Evidence is corrected or removed while its claim is in review; this one is " + claim.status + ".");
        }
        if (!actor.has(Role.ADMIN) && !actor.is(claim.assigneeId) && !actor.is(e.addedBy)) {
            throw new NotPermittedException("Not your claim",
                    "Only the reviewer who holds this claim, the evidence's author or an admin can change it.");
        }
        return e;
    }

    private static void fill(Evidence e, NewEvidence in) {
        e.title = Inputs.required("title", in.title(), MAX_TITLE);
        String url = Inputs.url("url", in.url());
        if (url == null) {
            throw org.claimdesk.core.InvalidInputException.of("url", "is required");
        }
        e.url = url;
        e.publisher = Inputs.text("publisher", in.publisher(), MAX_TITLE);
        e.accessedAt = Inputs.date("accessedAt", in.accessedAt());
        e.excerpt = Inputs.text("excerpt", in.excerpt(), MAX_TEXT);
        e.referenceValue = Inputs.number("referenceValue", in.referenceValue());
        e.referenceUnit = Inputs.text("referenceUnit", in.referenceUnit(), MAX_UNIT);
    }

    private static Claim existing(long claimId) {
        Claim claim = Claim.findById(claimId);
        if (claim == null) {
            throw new NotFoundException("Claim " + claimId);
        }
        return claim;
    }
}

package org.claimdesk.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.article.Article;
import org.claimdesk.audit.AuditLog;
import org.claimdesk.claim.Claim;
import org.claimdesk.claim.Verdict;
import org.claimdesk.core.Actor;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.core.Role;
import org.claimdesk.reference.check.CheckEngine;
import org.claimdesk.reference.check.CheckQuery;
import org.claimdesk.reference.check.CheckResult;
import org.claimdesk.reference.check.Proposal;
import org.claimdesk.reference.suggest.Proposals;
import org.claimdesk.reference.table.ReferenceTable;

/**
 * Runs checks: resolves a query's dataset version, computes the reference value, compares it with
 * a claim and proposes a verdict. Stored checks are re-run against the version they name, so a
 * second reviewer gets the same value.
 */
@ApplicationScoped
public class CheckService {

    /** Who may re-run a stored check: anyone reviewing or editing the claim. */
    public static final Set<Role> RERUNNERS = Set.of(Role.EDITOR, Role.REVIEWER, Role.ADMIN);
    public static final String AUDIT_ENTITY = "CHECK";

    @Inject
    TableCache cache;

    @Inject
    AuditLog auditLog;

    @Inject
    DemoDatasets demo;

    /** The dataset version a query names: its id, else the dataset's name and number (default: the latest). */
    public DatasetVersion resolve(CheckQuery q) {
        if (q == null) {
            throw InvalidInputException.of("query", "a query is required");
        }
        demo.awaitLoaded();
        if (q.versionId() != null) {
            DatasetVersion v = DatasetVersion.findById(q.versionId());
            if (v == null) {
                throw InvalidInputException.of("versionId", "no dataset version " + q.versionId());
            }
            return v;
        }
        if (q.dataset() == null || q.dataset().isBlank()) {
            throw InvalidInputException.of("dataset", "name the dataset (or give versionId)");
        }
        Dataset d = Dataset.findByName(q.dataset())
                .orElseThrow(() -> InvalidInputException.of("dataset", "no dataset '" + q.dataset() + "'"));
        return (q.version() == null ? DatasetVersion.latest(d.id) : DatasetVersion.numbered(d.id, q.version()))
                .orElseThrow(() -> InvalidInputException.of("version", "dataset '" + d.name + "' has no version "
                        + q.version()));
    }

    /** The reference value of a query, and the query pinned to the version it ran on. */
    public CheckResult run(CheckQuery q) {
        DatasetVersion v = resolve(q);
        Dataset d = Dataset.findById(v.datasetId);
        ReferenceTable t = cache.table(v);
        return CheckEngine.run(t, q, d.name, v.number);
    }

    /** The proposed verdict for {@code claim} against a result, with the rule in words. */
    public Proposal propose(Claim claim, CheckResult r) {
        Article article = Article.findById(claim.articleId);
        return Proposals.propose(ClaimContexts.of(claim, article), r);
    }

    /**
     * Runs a query for a claim and stores it as a check. Called by the evidence service inside its
     * transaction, which also writes the audit entry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Check record(String actor, Claim claim, CheckQuery q) {
        CheckResult r = run(q);
        Proposal p = propose(claim, r);
        Check check = new Check();
        check.claimId = claim.id;
        check.versionId = r.query().versionId();
        check.query = ReferenceJson.write(r.query());
        check.description = r.description();
        check.periodMapping = r.periodMapping();
        check.referenceValue = r.value();
        check.unit = r.unit();
        check.rowCount = r.rows();
        check.partial = r.partial();
        check.proposedVerdict = p.verdict();
        check.rule = p.rule();
        check.createdBy = actor;
        check.createdAt = Instant.now();
        check.persistAndFlush();
        return check;
    }

    /** What a re-run gave, beside what was stored. */
    public record Rerun(long checkId, long claimId, BigDecimal referenceValue, BigDecimal storedValue, boolean same,
            String unit, String description, String periodMapping, Verdict proposedVerdict, String rule,
            String dataset, int version, long versionId, CheckQuery query) {
    }

    /** Runs a stored check again on the version it used; the re-run is recorded in the audit log. */
    @Transactional
    public Rerun rerun(Actor actor, long checkId) {
        actor.require(RERUNNERS);
        Check check = Check.findById(checkId);
        if (check == null) {
            throw new NotFoundException("Check " + checkId);
        }
        CheckQuery stored = check.checkQuery();
        CheckQuery pinned = new CheckQuery(check.versionId, stored.dataset(), stored.version(), stored.filters(),
                stored.period(), stored.aggregate());
        CheckResult r = run(pinned);
        Claim claim = Claim.findById(check.claimId);
        Proposal p = propose(claim, r);
        boolean same = r.value().compareTo(check.referenceValue) == 0;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("checkId", check.id);
        after.put("claimId", check.claimId);
        after.put("versionId", check.versionId);
        after.put("referenceValue", r.value());
        after.put("storedValue", check.referenceValue);
        after.put("same", same);
        auditLog.record(actor.username(), "CHECK_RERUN", AUDIT_ENTITY, check.id, null, after,
                "claim " + check.claimId);
        return new Rerun(check.id, check.claimId, r.value(), check.referenceValue, same, r.unit(), r.description(),
                r.periodMapping(), p.verdict(), p.rule(), r.query().dataset(), r.query().version(), check.versionId,
                r.query());
    }

    public List<Check> forClaim(long claimId) {
        return Check.forClaim(claimId);
    }

    public Check find(long checkId) {
        Check check = Check.findById(checkId);
        if (check == null) {
            throw new NotFoundException("Check " + checkId);
        }
        return check;
    }
}

package org.claimdesk.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimdesk.audit.AuditLog;
import org.claimdesk.core.Actor;
import org.claimdesk.core.ConflictException;
import org.claimdesk.core.Inputs;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.Role;
import org.claimdesk.extraction.text.Sentence;
import org.claimdesk.extraction.text.SentenceSplitter;

/**
 * An editor's changes to a claim's fields, claims added by hand, and deadlines. Each checks the role,
 * the caller's version (a stale write is a 409) and every value, and writes its audit entry in the
 * same transaction.
 */
@ApplicationScoped
public class ClaimEdits {

    private static final Set<String> BOUNDS = Set.of("=", ">", "<", ">=", "<=");
    private static final Set<Role> EDITORS = Set.of(Role.EDITOR, Role.ADMIN);
    static final int MAX_UNIT = 40;
    static final int MAX_TEXT = 500;
    static final int MAX_HEDGE = 100;
    static final int MAX_HEDGES = 20;

    @Inject
    AuditLog auditLog;

    @Inject
    ArticleBodies articles;

    @Transactional
    public Claim update(Actor actor, long id, long version, ClaimChanges changes) {
        actor.require(EDITORS);
        Claim claim = ClaimService.load(id, version);
        if (!ClaimWorkflow.editable(claim.status)) {
            throw new ConflictException("Claim not editable",
                    "A claim in status " + claim.status + " can no longer be edited; it is with the reviewers.");
        }
        Map<String, Object> before = claim.auditView();
        apply(claim, changes);
        claim.updatedAt = Instant.now();
        auditLog.record(actor.username(), "CLAIM_EDITED", AuditLog.CLAIM, claim.id, before, claim.auditView(), null);
        return claim;
    }

    /** A claim an editor marks by hand on a span [start, end) of the article; its sentence is found for it. */
    @Transactional
    public Claim createManual(Actor actor, long articleId, int start, int end, ClaimType type, ClaimChanges fields) {
        actor.require(EDITORS);
        String body = articles.body(articleId)
                .orElseThrow(() -> InvalidInputException.of("articleId", "there is no article " + articleId));
        if (start < 0 || end <= start || end > body.length()) {
            throw InvalidInputException.of("start", "the span " + start + ".." + end
                    + " is not inside the article (0.." + body.length() + ")");
        }
        if (fields.value() == null) {
            throw InvalidInputException.of("value", "give the number the claim states");
        }
        Claim claim = new Claim();
        claim.articleId = articleId;
        claim.status = ClaimStatus.EXTRACTED;
        claim.origin = "MANUAL";
        claim.start = start;
        claim.end = end;
        claim.quote = body.substring(start, end);
        Sentence sentence = SentenceSplitter.around(body, start, end);
        claim.sentenceStart = sentence.start();
        claim.sentenceEnd = sentence.end();
        claim.sentence = body.substring(sentence.start(), sentence.end());
        claim.type = type == null ? ClaimType.COUNT : type;
        claim.editorId = actor.userId();
        claim.checkworthiness = 0.5;
        claim.createdAt = Instant.now();
        claim.updatedAt = claim.createdAt;
        apply(claim, fields);
        claim.persistAndFlush();
        auditLog.record(actor.username(), "CLAIM_ADDED", AuditLog.CLAIM, claim.id, null, claim.auditView(), null);
        return claim;
    }

    /** An editor sets or clears a claim's deadline while it is still open, even with the reviewers. */
    @Transactional
    public Claim setDueAt(Actor actor, long id, long version, Instant dueAt) {
        actor.require(EDITORS);
        Claim claim = ClaimService.load(id, version);
        if (ClaimWorkflow.done(claim.status)) {
            throw new ConflictException("Claim closed", "A " + claim.status + " claim has no deadline to set.");
        }
        Map<String, Object> before = claim.auditView();
        claim.dueAt = Inputs.instant("dueAt", dueAt);
        claim.updatedAt = Instant.now();
        auditLog.record(actor.username(), "CLAIM_DUE_SET", AuditLog.CLAIM, claim.id, before, claim.auditView(), null);
        return claim;
    }

    private static void apply(Claim claim, ClaimChanges c) {
        if (c.value() != null) {
            claim.value = Inputs.number("value", c.value());
        }
        if (c.clearHigh()) {
            claim.high = null;
        } else if (c.high() != null) {
            claim.high = Inputs.number("high", c.high());
        }
        if (c.approx() != null) {
            claim.approx = c.approx();
        }
        if (c.bound() != null) {
            if (!BOUNDS.contains(c.bound().strip())) {
                throw InvalidInputException.of("bound", "must be one of =, >, <, >=, <=");
            }
            claim.bound = c.bound().strip();
        }
        if (c.unit() != null) {
            claim.unit = Inputs.text("unit", c.unit(), MAX_UNIT);
        }
        if (c.type() != null) {
            claim.type = c.type();
        }
        if (c.speaker() != null) {
            claim.speaker = Inputs.text("speaker", c.speaker(), MAX_TEXT);
        }
        if (c.hedges() != null) {
            claim.hedges = hedges(c.hedges());
        }
        if (c.timeRef() != null) {
            claim.timeRef = Inputs.text("timeRef", c.timeRef(), MAX_TEXT);
        }
        if (c.clearDueAt()) {
            claim.dueAt = null;
        } else if (c.dueAt() != null) {
            claim.dueAt = Inputs.instant("dueAt", c.dueAt());
        }
        if (claim.high != null && claim.value != null && claim.high.compareTo(claim.value) < 0) {
            throw InvalidInputException.of("high", "a range's high end may not be below its value");
        }
    }

    private static String[] hedges(List<String> hedges) {
        if (hedges.size() > MAX_HEDGES) {
            throw InvalidInputException.of("hedges", "may list at most " + MAX_HEDGES + " words");
        }
        return hedges.stream().map(h -> Inputs.text("hedges", h, MAX_HEDGE)).filter(h -> h != null)
                .toArray(String[]::new);
    }
}

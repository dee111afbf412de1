package org.claimdesk.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimdesk.ClaimDeskConfig;
import org.claimdesk.audit.AuditLog;
import org.claimdesk.core.Actor;
import org.claimdesk.core.ConflictException;
import org.claimdesk.core.Inputs;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.user.User;

/**
 * Moves claims through the workflow: {@link ClaimWorkflow} decides, this loads the claim (checking
 * the caller saw its latest version), applies the row and writes the audit entry in the same
 * transaction. Bulk actions are the same move on each claim, all or nothing.
 */
@ApplicationScoped
public class ClaimService {

    static final int MAX_REASON = 2000;
    static final int MAX_EXPLANATION = 10_000;

    @Inject
    AuditLog auditLog;

    @Inject
    ClaimDeskConfig config;

    @Inject
    EvidencePresence evidence;

    /** A workflow action as a caller sends it: the action, its reason or verdict, and the version they read. */
    public record TransitionRequest(ClaimAction action, String reason, Long version, Verdict verdict,
            String explanation, String assignee) {
        public static TransitionRequest of(ClaimAction action, String reason, Long version) {
            return new TransitionRequest(action, reason, version, null, null, null);
        }
    }

    public Optional<Claim> find(long id) {
        return Optional.ofNullable(Claim.findById(id));
    }

    @Transactional
    public Claim transition(Actor actor, long id, TransitionRequest in) {
        if (in.action() == null) {
            throw InvalidInputException.of("action", "is required; one of " + List.of(ClaimAction.values()));
        }
        ClaimWorkflow.Request request = new ClaimWorkflow.Request(in.action(),
                Inputs.text("reason", in.reason(), MAX_REASON), in.verdict(),
                Inputs.text("explanation", in.explanation(), MAX_EXPLANATION), reviewer(in.assignee()));
        Claim claim = in.version() == null ? loadForUpdate(id) : load(id, in.version());
        return apply(actor, claim, request);
    }

    /**
     * The same action on several claims of one article, all or nothing; answers how many moved. With
     * no ids, every claim of the article in the action's starting status (confirm all extracted,
     * submit all confirmed, publish all approved), in text order.
     */
    @Transactional
    public int transitionAll(Actor actor, long articleId, List<Long> ids, ClaimAction action) {
        if (action == null) {
            throw InvalidInputException.of("action", "is required");
        }
        List<Long> chosen = ids;
        if (chosen.isEmpty()) {
            ClaimStatus from = ClaimWorkflow.onlyFrom(action).orElseThrow(() -> InvalidInputException.of("action",
                    action.label() + " is not done on all claims at once"));
            chosen = Claim.idsOf(articleId, from);
        }
        for (Long id : chosen) {
            Claim claim = loadForUpdate(id);
            if (claim.articleId != articleId) {
                throw InvalidInputException.of("ids", "claim " + id + " is not in article " + articleId);
            }
            apply(actor, claim, ClaimWorkflow.Request.of(action));
        }
        return chosen.size();
    }

    /** The same action on each of the claims, wherever they are, all or nothing (the claims list's bulk publish). */
    @Transactional
    public int transitionEach(Actor actor, List<Long> ids, ClaimAction action) {
        for (Long id : ids) {
            apply(actor, loadForUpdate(id), ClaimWorkflow.Request.of(action));
        }
        return ids.size();
    }

    /** What {@code actor} may do to the claim now, from the workflow table. */
    public List<ClaimWorkflow.Option> optionsFor(Actor actor, Claim claim) {
        return ClaimWorkflow.optionsFor(claim, context(actor, ClaimWorkflow.Request.of(null)));
    }

    /** Whether {@code actor} may take {@code action} on the claim now. */
    public boolean may(Actor actor, Claim claim, ClaimAction action) {
        return optionsFor(actor, claim).stream().anyMatch(o -> o.action() == action && o.blocked() == null);
    }

    private Claim apply(Actor actor, Claim claim, ClaimWorkflow.Request request) {
        Map<String, Object> before = claim.auditView();
        ClaimWorkflow.apply(claim, context(actor, request));
        auditLog.record(actor.username(), request.action().auditAction(), AuditLog.CLAIM, claim.id, before,
                claim.auditView(), claim.statusReason);
        return claim;
    }

    private ClaimWorkflow.Context context(Actor actor, ClaimWorkflow.Request request) {
        return new ClaimWorkflow.Context(actor, request, evidence, Instant.now(), config.review().lease(),
                config.review().assignmentLease());
    }

    /** The reviewer an editor names, resolved to an account (null when none is named). */
    private static ClaimWorkflow.Reviewer reviewer(String username) {
        String name = Inputs.text("assignee", username, 64);
        if (name == null) {
            return null;
        }
        User user = User.findByUsername(name)
                .orElseThrow(() -> InvalidInputException.of("assignee", "there is no account named " + name));
        return new ClaimWorkflow.Reviewer(user.id, user.username, user.roleSet());
    }

    /** Loads a claim for change and checks the caller saw its latest version (409 otherwise). */
    static Claim load(long id, long version) {
        Claim claim = loadForUpdate(id);
        if (claim.version != version) {
            throw new ConflictException("Stale version",
                    "Claim " + id + " was changed by someone else (your version " + version + ", now "
                            + claim.version + "). Reload it and try again.");
        }
        return claim;
    }

    static Claim loadForUpdate(long id) {
        Claim claim = Claim.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (claim == null) {
            throw new NotFoundException("Claim " + id);
        }
        return claim;
    }
}

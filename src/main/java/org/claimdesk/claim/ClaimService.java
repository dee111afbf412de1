package org.claimdesk.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimdesk.article.Article;
import org.claimdesk.audit.AuditLog;
import org.claimdesk.extraction.ClaimType;
import org.claimdesk.user.Role;
import org.claimdesk.user.User;
import org.claimdesk.web.ProblemException;

/**
 * Every change to a claim: field edits, manual claims and workflow transitions. Each checks the
 * caller's version (optimistic locking: a stale write is a 409) and writes its audit entry in the
 * same transaction.
 */
@ApplicationScoped
public class ClaimService {

    /** Statuses in which an editor may still change a claim's fields. */
    static final Set<ClaimStatus> EDITABLE = Set.of(ClaimStatus.CANDIDATE, ClaimStatus.EXTRACTED,
            ClaimStatus.CONFIRMED, ClaimStatus.NEEDS_INFO);

    private static final Set<String> BOUNDS = Set.of("=", ">", "<", ">=", "<=");
    private static final int MAX_REASON = 2000;

    @Inject
    AuditLog auditLog;

    /** Who is acting: name and roles, as the security layer knows them. */
    public record Actor(String username, Set<Role> roles) {
        public boolean has(Role role) {
            return roles.contains(role);
        }
    }

    /** What a transition carries besides the action. */
    public record TransitionRequest(ClaimAction action, String reason, Long version, Verdict verdict,
            String explanation) {
        public static TransitionRequest of(ClaimAction action, String reason, Long version) {
            return new TransitionRequest(action, reason, version, null, null);
        }
    }

    public Optional<Claim> find(long id) {
        return Optional.ofNullable(Claim.findById(id));
    }

    @Transactional
    public Claim update(Actor actor, long id, long version, ClaimChanges changes) {
        Claim claim = load(id, version);
        if (!actor.has(Role.EDITOR) && !actor.has(Role.ADMIN)) {
            throw new io.quarkus.security.ForbiddenException();
        }
        if (!EDITABLE.contains(claim.status)) {
            throw ProblemException.conflict("Claim not editable",
                    "A claim in status " + claim.status + " can no longer be edited; it is with the reviewers.");
        }
        Map<String, Object> before = claim.auditView();
        apply(claim, changes);
        claim.updatedAt = Instant.now();
        auditLog.record(actor.username(), "CLAIM_EDITED", AuditLog.CLAIM, claim.id, before, claim.auditView(), null);
        return claim;
    }

    /** A claim an editor marks by hand on a span of the article. */
    @Transactional
    public Claim createManual(Actor actor, long articleId, int start, int end, ClaimType type, ClaimChanges fields) {
        Article article = Article.findById(articleId);
        if (article == null) {
            throw ProblemException.invalid("articleId", "no article " + articleId);
        }
        if (start < 0 || end <= start || end > article.body.length()) {
            throw ProblemException.invalid("start", "the span " + start + ".." + end
                    + " is not inside the article (0.." + article.body.length() + ")");
        }
        Claim claim = new Claim();
        claim.articleId = articleId;
        claim.status = ClaimStatus.EXTRACTED;
        claim.origin = "MANUAL";
        claim.start = start;
        claim.end = end;
        claim.quote = article.body.substring(start, end);
        int[] sentence = sentenceAround(article.body, start, end);
        claim.sentenceStart = sentence[0];
        claim.sentenceEnd = sentence[1];
        claim.sentence = article.body.substring(sentence[0], sentence[1]);
        claim.type = type == null ? ClaimType.COUNT : type;
        claim.editorId = userId(actor.username());
        claim.checkworthiness = 0.5;
        claim.createdAt = Instant.now();
        claim.updatedAt = claim.createdAt;
        apply(claim, fields);
        claim.persistAndFlush();
        auditLog.record(actor.username(), "CLAIM_ADDED", AuditLog.CLAIM, claim.id, null, claim.auditView(), null);
        return claim;
    }

    /**
     * Moves a claim through the workflow: the table in {@link ClaimWorkflow} decides what is allowed
     * (409 listing the allowed actions otherwise) and who may (403); this adds the rules that depend
     * on people and evidence.
     */
    @Transactional
    public Claim transition(Actor actor, long id, TransitionRequest request) {
        if (request.action() == null) {
            throw ProblemException.invalid("action", "is required; one of " + List.of(ClaimAction.values()));
        }
        Claim claim = request.version() == null ? loadForUpdate(id) : load(id, request.version());
        ClaimWorkflow.Transition t = ClaimWorkflow.find(claim.status, request.action())
                .orElseThrow(() -> notAllowed(claim, request.action()));
        if (t.roles().stream().noneMatch(actor.roles()::contains)) {
            throw new io.quarkus.security.ForbiddenException();
        }
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (t.reasonRequired() && reason == null) {
            throw ProblemException.invalid("reason", "a reason is required to " + request.action());
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw ProblemException.invalid("reason", "may be at most " + MAX_REASON + " characters");
        }
        Map<String, Object> before = claim.auditView();
        Long actorId = userId(actor.username());
        Instant now = Instant.now();
        switch (request.action()) {
            case CONFIRM -> claim.confirmedBy = actorId;
            case SUBMIT, RESUBMIT -> {
                claim.submittedBy = actorId;
                claim.submittedAt = now;
                claim.assigneeId = null;
                claim.leaseUntil = null;
            }
            case RELEASE -> {
                claim.assigneeId = null;
                claim.leaseUntil = null;
            }
            default -> {
                // other actions only change the status (issue-specific rules come with the review desk)
            }
        }
        claim.status = t.to();
        claim.statusReason = reason;
        claim.updatedAt = now;
        auditLog.record(actor.username(), "CLAIM_" + request.action().name(), AuditLog.CLAIM, claim.id, before,
                claim.auditView(), reason);
        return claim;
    }

    /** Submits every confirmed claim of an article for review; answers how many. */
    @Transactional
    public int submitAll(Actor actor, long articleId) {
        List<Claim> confirmed = Claim.list("articleId = ?1 and status = ?2 order by start", articleId,
                ClaimStatus.CONFIRMED);
        for (Claim claim : confirmed) {
            transition(actor, claim.id, TransitionRequest.of(ClaimAction.SUBMIT, null, claim.version));
        }
        return confirmed.size();
    }

    private static ProblemException notAllowed(Claim claim, ClaimAction action) {
        List<String> allowed = ClaimWorkflow.actionsFrom(claim.status).stream().map(Enum::name).toList();
        return new ProblemException(409, "Action not allowed",
                action + " is not possible on a claim in status " + claim.status
                        + (allowed.isEmpty() ? "; no action is." : "; allowed: " + String.join(", ", allowed) + "."),
                List.of(), null, allowed);
    }

    private static void apply(Claim claim, ClaimChanges c) {
        if (c.value() != null) {
            claim.value = c.value();
        }
        if (c.clearHigh()) {
            claim.high = null;
        } else if (c.high() != null) {
            claim.high = c.high();
        }
        if (c.approx() != null) {
            claim.approx = c.approx();
        }
        if (c.bound() != null) {
            if (!BOUNDS.contains(c.bound())) {
                throw ProblemException.invalid("bound", "must be one of =, >, <, >=, <=");
            }
            claim.bound = c.bound();
        }
        if (c.unit() != null) {
            claim.unit = blankToNull(c.unit());
        }
        if (c.type() != null) {
            claim.type = c.type();
        }
        if (c.speaker() != null) {
            claim.speaker = blankToNull(c.speaker());
        }
        if (c.hedges() != null) {
            claim.hedges = c.hedges().stream().map(String::strip).filter(h -> !h.isEmpty()).toArray(String[]::new);
        }
        if (c.timeRef() != null) {
            claim.timeRef = blankToNull(c.timeRef());
        }
        if (c.clearDueAt()) {
            claim.dueAt = null;
        } else if (c.dueAt() != null) {
            claim.dueAt = c.dueAt();
        }
        if (claim.high != null && claim.value != null && claim.high.compareTo(claim.value) < 0) {
            throw ProblemException.invalid("high", "a range's high end may not be below its value");
        }
    }

    /** Loads a claim and checks the caller saw its latest version (409 otherwise). */
    private static Claim load(long id, long version) {
        Claim claim = loadForUpdate(id);
        if (claim.version != version) {
            throw new ProblemException(409, "Stale version",
                    "Claim " + id + " was changed by someone else (your version " + version + ", now "
                            + claim.version + "). Reload it and try again.");
        }
        return claim;
    }

    private static Claim loadForUpdate(long id) {
        Claim claim = Claim.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (claim == null) {
            throw ProblemException.notFound("Claim " + id);
        }
        return claim;
    }

    static int[] sentenceAround(String body, int start, int end) {
        int s = start;
        while (s > 0 && ".!?\n".indexOf(body.charAt(s - 1)) < 0) {
            s--;
        }
        while (s < start && Character.isWhitespace(body.charAt(s))) {
            s++;
        }
        int e = end;
        while (e < body.length() && ".!?\n".indexOf(body.charAt(e)) < 0) {
            e++;
        }
        if (e < body.length() && body.charAt(e) != '\n') {
            e++;
        }
        return new int[] { s, e };
    }

    private static Long userId(String username) {
        return User.findByUsername(username).map(u -> u.id).orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.claimdesk.claim;

import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.core.ConflictException;
import org.claimdesk.core.NotPermittedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimdesk.ClaimDeskConfig;
import org.claimdesk.article.Article;
import org.claimdesk.audit.AuditLog;
import org.claimdesk.extraction.ClaimType;
import org.claimdesk.review.Evidence;
import org.claimdesk.core.Role;
import org.claimdesk.user.User;

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

    @Inject
    ClaimDeskConfig config;

    /** Who is acting: name and roles, as the security layer knows them. */
    public record Actor(String username, Set<Role> roles) {
        /** The signed-in user of a request. */
        public static Actor of(SecurityIdentity identity) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            identity.getRoles().forEach(r -> Role.parse(r).ifPresent(roles::add));
            return new Actor(identity.getPrincipal().getName(), roles);
        }

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
            throw NotPermittedException.role();
        }
        if (!EDITABLE.contains(claim.status)) {
            throw new ConflictException("Claim not editable",
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
            throw InvalidInputException.of("articleId", "no article " + articleId);
        }
        if (start < 0 || end <= start || end > article.body.length()) {
            throw InvalidInputException.of("start", "the span " + start + ".." + end
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
            throw InvalidInputException.of("action", "is required; one of " + List.of(ClaimAction.values()));
        }
        Claim claim = request.version() == null ? loadForUpdate(id) : load(id, request.version());
        ClaimWorkflow.Transition t = ClaimWorkflow.find(claim.status, request.action())
                .orElseThrow(() -> notAllowed(claim, request.action()));
        if (t.roles().stream().noneMatch(actor.roles()::contains)) {
            throw NotPermittedException.role();
        }
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (t.reasonRequired() && reason == null) {
            throw InvalidInputException.of("reason", "a reason is required to " + request.action());
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "may be at most " + MAX_REASON + " characters");
        }
        Map<String, Object> before = claim.auditView();
        Long actorId = userId(actor.username());
        Instant now = Instant.now();
        switch (request.action()) {
            case CONFIRM -> claim.confirmedBy = actorId;
            case SUBMIT, RESUBMIT -> {
                claim.submittedBy = actorId;
                claim.submittedAt = now;
                unassign(claim);
            }
            case TAKE -> {
                requireIndependentReviewer(claim, actorId);
                claim.assigneeId = actorId;
                claim.leaseUntil = now.plus(config.review().lease());
            }
            case RELEASE, NEEDS_INFO -> {
                requireAssigneeOrAdmin(claim, actor, actorId);
                unassign(claim);
            }
            case PROPOSE_VERDICT -> {
                requireAssigneeOrAdmin(claim, actor, actorId);
                if (request.verdict() == null) {
                    throw InvalidInputException.of("verdict", "is required: one of " + List.of(Verdict.values()));
                }
                if (request.explanation() == null || request.explanation().isBlank()) {
                    throw InvalidInputException.of("explanation", "say why the evidence supports this verdict");
                }
                if (Evidence.countFor(claim.id) == 0) {
                    throw new ConflictException("Evidence needed",
                            "Attach at least one evidence item before proposing a verdict.");
                }
                claim.verdict = request.verdict();
                claim.verdictExplanation = request.explanation().strip();
                claim.proposedBy = actorId;
            }
            case APPROVE -> {
                // four eyes: neither the proposer nor the claim's editor approves
                if (actorId != null && (actorId.equals(claim.proposedBy) || actorId.equals(claim.editorId)
                        || actorId.equals(claim.submittedBy))) {
                    throw new NotPermittedException("Four-eyes rule",
                            "A verdict is approved by someone other than its proposer and the claim's editor.");
                }
                claim.approvedBy = actorId;
                claim.leaseUntil = null;
            }
            case SEND_BACK -> claim.leaseUntil = now.plus(config.review().lease());
            case REOPEN -> {
                claim.approvedBy = null;
                claim.assigneeId = actorId;
                claim.leaseUntil = now.plus(config.review().lease());
            }
            default -> {
                // PROMOTE, REJECT and PUBLISH change only the status
            }
        }
        claim.status = t.to();
        claim.statusReason = reason;
        claim.updatedAt = now;
        auditLog.record(actor.username(), "CLAIM_" + request.action().name(), AuditLog.CLAIM, claim.id, before,
                claim.auditView(), reason);
        return claim;
    }

    /**
     * The review queue: gives the caller the highest-priority submitted claim they had no hand in
     * (overdue first, then due date, then check-worthiness, then age) and leases it to them, in one
     * statement that skips rows other reviewers are taking at the same moment.
     */
    @Transactional
    public Optional<Claim> takeNext(Actor actor) {
        ClaimWorkflow.Transition take = ClaimWorkflow.find(ClaimStatus.SUBMITTED, ClaimAction.TAKE).orElseThrow();
        if (take.roles().stream().noneMatch(actor.roles()::contains)) {
            throw NotPermittedException.role();
        }
        Long me = userId(actor.username());
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Number> taken = Claim.getEntityManager().createNativeQuery(NEXT_SQL)
                .setParameter("to", take.to().name()).setParameter("from", take.from().name())
                .setParameter("me", me == null ? -1L : me).setParameter("lease", now.plus(config.review().lease()))
                .setParameter("now", now)
                .getResultList();
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        Claim claim = Claim.findById(taken.get(0).longValue());
        Map<String, Object> after = claim.auditView();
        Map<String, Object> before = new java.util.LinkedHashMap<>(after);
        before.put("status", take.from());
        before.put("assigneeId", null);
        auditLog.record(actor.username(), "CLAIM_TAKE", AuditLog.CLAIM, claim.id, before, after, "review queue");
        return Optional.of(claim);
    }

    /** One statement: pick by priority, lock without waiting on rows others hold, and lease. */
    private static final String NEXT_SQL = "UPDATE claim SET status = :to, assignee_id = :me, lease_until = :lease,"
            + " updated_at = :now, version = version + 1"
            + " WHERE id = (SELECT id FROM claim WHERE status = :from"
            + " AND editor_id IS DISTINCT FROM :me AND confirmed_by IS DISTINCT FROM :me"
            + " AND submitted_by IS DISTINCT FROM :me"
            + " ORDER BY due_at ASC NULLS LAST, checkworthiness DESC, submitted_at ASC, id ASC"
            + " LIMIT 1 FOR UPDATE SKIP LOCKED)"
            + " RETURNING id";

    /** Puts claims whose lease ran out back in the queue (the RELEASE transition, done by the system). */
    @Transactional
    public int releaseExpiredLeases() {
        ClaimWorkflow.Transition release = ClaimWorkflow.find(ClaimStatus.IN_REVIEW, ClaimAction.RELEASE)
                .orElseThrow();
        List<Claim> expired = Claim.list("status = ?1 and leaseUntil < ?2", release.from(), Instant.now());
        List<AuditLog.Change> changes = new java.util.ArrayList<>();
        for (Claim claim : expired) {
            Map<String, Object> before = claim.auditView();
            unassign(claim);
            claim.status = release.to();
            claim.updatedAt = Instant.now();
            changes.add(new AuditLog.Change("system", "CLAIM_LEASE_EXPIRED", AuditLog.CLAIM, claim.id, before,
                    claim.auditView(), "lease ran out"));
        }
        auditLog.recordAll(changes);
        return expired.size();
    }

    /** An editor sets or clears a claim's deadline while it is still open. */
    @Transactional
    public Claim setDueAt(Actor actor, long id, long version, Instant dueAt) {
        Claim claim = load(id, version);
        if (!actor.has(Role.EDITOR) && !actor.has(Role.ADMIN)) {
            throw NotPermittedException.role();
        }
        if (ClaimView.isDone(claim.status)) {
            throw new ConflictException("Claim closed", "A " + claim.status + " claim has no deadline to set.");
        }
        Map<String, Object> before = claim.auditView();
        claim.dueAt = dueAt;
        claim.updatedAt = Instant.now();
        auditLog.record(actor.username(), "CLAIM_DUE_SET", AuditLog.CLAIM, claim.id, before, claim.auditView(), null);
        return claim;
    }

    private static void unassign(Claim claim) {
        claim.assigneeId = null;
        claim.leaseUntil = null;
    }

    /** Reviewers never check a claim they extracted, confirmed or submitted. */
    private static void requireIndependentReviewer(Claim claim, Long actorId) {
        if (actorId != null && (actorId.equals(claim.editorId) || actorId.equals(claim.confirmedBy)
                || actorId.equals(claim.submittedBy))) {
            throw new NotPermittedException("Not independent",
                    "You worked on this claim as its editor; another reviewer must check it.");
        }
    }

    private static void requireAssigneeOrAdmin(Claim claim, Actor actor, Long actorId) {
        if (!actor.has(Role.ADMIN) && (actorId == null || !actorId.equals(claim.assigneeId))) {
            throw new NotPermittedException("Not your claim",
                    "Only the reviewer who holds this claim (or an admin) can do that.");
        }
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

    private static ConflictException notAllowed(Claim claim, ClaimAction action) {
        List<String> allowed = ClaimWorkflow.actionsFrom(claim.status).stream().map(Enum::name).toList();
        return new ConflictException("Action not allowed",
                action + " is not possible on a claim in status " + claim.status
                        + (allowed.isEmpty() ? "; no action is." : "; allowed: " + String.join(", ", allowed) + "."),
                null, allowed);
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
                throw InvalidInputException.of("bound", "must be one of =, >, <, >=, <=");
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
            throw InvalidInputException.of("high", "a range's high end may not be below its value");
        }
    }

    /** Loads a claim and checks the caller saw its latest version (409 otherwise). */
    private static Claim load(long id, long version) {
        Claim claim = loadForUpdate(id);
        if (claim.version != version) {
            throw new ConflictException("Stale version",
                    "Claim " + id + " was changed by someone else (your version " + version + ", now "
                            + claim.version + "). Reload it and try again.");
        }
        return claim;
    }

    private static Claim loadForUpdate(long id) {
        Claim claim = Claim.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (claim == null) {
            throw new NotFoundException("Claim " + id);
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

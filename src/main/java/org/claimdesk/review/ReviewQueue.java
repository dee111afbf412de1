package org.claimdesk.review;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimdesk.ClaimDeskConfig;
import org.claimdesk.audit.AuditLog;
import org.claimdesk.claim.Claim;
import org.claimdesk.claim.ClaimAction;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimWorkflow;
import org.claimdesk.core.Actor;
import org.jboss.logging.Logger;

/**
 * The shared review queue. {@link #takeNext} hands the caller the highest-priority submitted claim
 * they had no hand in, leased to them, in one statement that skips rows others are taking at that
 * moment; a scheduled sweep puts claims whose lease ran out back, in one statement that skips rows
 * others hold. Both are safe with many instances on one database.
 */
@ApplicationScoped
public class ReviewQueue {

    private static final Logger LOG = Logger.getLogger(ReviewQueue.class);

    @Inject
    AuditLog auditLog;

    @Inject
    ClaimDeskConfig config;

    @Inject
    EntityManager em;

    /**
     * Pick by priority (overdue first, then due date, check-worthiness, age), lock without waiting on
     * rows others hold, lease and return the row: one round trip, no reload. The independence rule of
     * the TAKE row is repeated here so that a claim the caller may not take is never locked.
     */
    private static final String NEXT_SQL = "UPDATE claim SET status = :to, assignee_id = :me, lease_until = :lease,"
            + " updated_at = :now, version = version + 1"
            + " WHERE id = (SELECT id FROM claim WHERE status = :from"
            + " AND editor_id IS DISTINCT FROM :me AND confirmed_by IS DISTINCT FROM :me"
            + " AND NOT (:me = ANY (submitters))"
            + " ORDER BY due_at ASC NULLS LAST, checkworthiness DESC, submitted_at ASC, id ASC"
            + " LIMIT 1 FOR UPDATE SKIP LOCKED)"
            + " RETURNING *";

    /** Expired leases, oldest first, skipping rows a reviewer is changing right now. */
    private static final String EXPIRE_SQL = "UPDATE claim c SET status = :to, assignee_id = NULL, lease_until = NULL,"
            + " updated_at = :now, version = c.version + 1"
            + " FROM (SELECT id, assignee_id FROM claim WHERE status = :from AND lease_until < :now"
            + " ORDER BY lease_until LIMIT :batch FOR UPDATE SKIP LOCKED) old"
            + " WHERE c.id = old.id RETURNING c.id, old.assignee_id";

    private static final int SWEEP_BATCH = 500;

    /** Leases the next claim to the actor, or empty when nothing is left that they may review. */
    @Transactional
    public Optional<Claim> takeNext(Actor actor) {
        ClaimWorkflow.Transition take = ClaimWorkflow.find(ClaimStatus.SUBMITTED, ClaimAction.TAKE).orElseThrow();
        actor.require(take.roles());
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Claim> taken = em.createNativeQuery(NEXT_SQL, Claim.class)
                .setParameter("to", take.to().name()).setParameter("from", take.from().name())
                .setParameter("me", actor.userId() == null ? -1L : actor.userId())
                .setParameter("lease", now.plus(config.review().lease())).setParameter("now", now)
                .getResultList();
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        Claim claim = taken.get(0);
        Map<String, Object> after = claim.auditView();
        Map<String, Object> before = new LinkedHashMap<>(after);
        before.put("status", take.from());
        before.put("assigneeId", null);
        auditLog.record(actor.username(), "CLAIM_TAKE", AuditLog.CLAIM, claim.id, before, after, "review queue");
        return Optional.of(claim);
    }

    /** The claims leased to the actor now, most recently changed first. */
    public List<Claim> mine(Actor actor) {
        return Claim.list("assigneeId = ?1 and status = ?2 order by updatedAt desc",
                actor.userId() == null ? -1L : actor.userId(), ClaimStatus.IN_REVIEW);
    }

    /** The sweep, on every instance; the statement lets only one of them release each claim. */
    @Scheduled(every = "${claimdesk.review.lease-sweep:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        try {
            int released = releaseExpiredLeases();
            if (released > 0) {
                LOG.infof("%d expired review lease(s) released back to the queue", released);
            }
        } catch (RuntimeException e) {
            // the database may be away; the next sweep tries again
            LOG.debugf("lease sweep skipped: %s", e.getMessage());
        }
    }

    /** Puts claims whose lease ran out back in the queue (the RELEASE move, done by the system). */
    @Transactional
    public int releaseExpiredLeases() {
        ClaimWorkflow.Transition release = ClaimWorkflow.find(ClaimStatus.IN_REVIEW, ClaimAction.RELEASE)
                .orElseThrow();
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(EXPIRE_SQL)
                .setParameter("to", release.to().name()).setParameter("from", release.from().name())
                .setParameter("now", now).setParameter("batch", SWEEP_BATCH).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        Map<Long, Long> formerHolder = new LinkedHashMap<>();
        rows.forEach(r -> formerHolder.put(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue()));
        List<AuditLog.Change> changes = new ArrayList<>();
        for (Claim claim : Claim.<Claim>list("id in ?1 order by id", formerHolder.keySet())) {
            Map<String, Object> after = claim.auditView();
            Map<String, Object> before = new LinkedHashMap<>(after);
            before.put("status", release.from());
            before.put("assigneeId", formerHolder.get(claim.id));
            changes.add(new AuditLog.Change(Actor.SYSTEM.username(), "CLAIM_LEASE_EXPIRED", AuditLog.CLAIM, claim.id,
                    before, after, "lease ran out"));
        }
        auditLog.recordAll(changes);
        return rows.size();
    }
}

package org.claimdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.claimdesk.Fixtures;
import org.claimdesk.claim.Claim;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.core.Actor;
import org.claimdesk.core.Role;
import org.claimdesk.user.UserService;
import org.junit.jupiter.api.Test;

/**
 * Many leases running out at once while many reviewers ask for the next claim and two sweeps run
 * (as two instances would): no request fails, every claim goes to exactly one reviewer, and the
 * audit trail records each release once.
 */
@QuarkusTest
class LeaseExpiryRaceTest {

    private static final int CLAIMS = 40;
    private static final int REVIEWERS = 8;
    private static final String PASSWORD = "race-password-1";

    @Inject
    ReviewQueue queue;

    @Inject
    UserService users;

    @Test
    void expiringLeasesNeverFailNextAndEachClaimGoesToOneReviewer() throws Exception {
        String tag = Fixtures.marker();
        Actor admin = QuarkusTransaction.requiringNew().call(() -> users.actorOf(Fixtures.ADMIN).orElseThrow());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < REVIEWERS; i++) {
            String name = "race" + i + tag.substring(0, 6);
            users.create(admin, name, PASSWORD, EnumSet.of(Role.REVIEWER));
            names.add(name);
        }
        // an article with 40 claims, all taken by one reviewer whose leases ran out a minute ago
        StringBuilder text = new StringBuilder("Ferry counts " + tag + "\n\n");
        for (int i = 1; i <= CLAIMS; i++) {
            text.append("Route ").append(Fixtures.marker().substring(0, 5)).append(" carried ").append(100 + i)
                    .append(" cars on Monday.\n\n");
        }
        long article = as(EDITOR).contentType(ContentType.JSON).body(Map.of("title", "Ferries " + tag, "text",
                text.toString())).post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        Long holder = QuarkusTransaction.requiringNew().call(() -> users.actorOf(names.get(0)).orElseThrow().userId());
        // the queue holds only these claims; then they are all in review with leases in the past
        int leased = QuarkusTransaction.requiringNew().call(() -> {
            Claim.update("status = ?1, assigneeId = null where status = ?2", ClaimStatus.REJECTED, ClaimStatus.SUBMITTED);
            Claim.update("status = ?1, assigneeId = null, leaseUntil = null where status = ?2 and articleId <> ?3",
                    ClaimStatus.REJECTED, ClaimStatus.IN_REVIEW, article);
            return Claim.update("status = ?1, assigneeId = ?2, leaseUntil = ?3, submittedAt = ?4 where articleId = ?5"
                    + " and status <> ?6", ClaimStatus.IN_REVIEW, holder, Instant.now().minusSeconds(60),
                    Instant.now().minusSeconds(3600), article, ClaimStatus.CANDIDATE);
        });
        assertThat(leased).isEqualTo(CLAIMS);

        ExecutorService pool = Executors.newFixedThreadPool(REVIEWERS + 2);
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<Integer> failures = new ConcurrentLinkedQueue<>();
        Map<Long, String> takenBy = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> takes = new ConcurrentLinkedQueue<>();
        List<Future<?>> work = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            work.add(pool.submit(() -> {
                while (!done.get()) {
                    queue.releaseExpiredLeases();
                }
                return null;
            }));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (String name : names.subList(1, names.size())) {
            work.add(pool.submit(() -> {
                while (!done.get() && System.nanoTime() < deadline) {
                    Response r = io.restassured.RestAssured.given().auth().preemptive().basic(name, PASSWORD)
                            .contentType(ContentType.JSON).post("/api/review/next");
                    if (r.statusCode() >= 500) {
                        failures.add(r.statusCode());
                    } else if (r.statusCode() == 200) {
                        long id = r.jsonPath().getLong("id");
                        takes.add(id);
                        takenBy.put(id, name);
                    }
                    if (takenBy.size() >= CLAIMS) {
                        done.set(true);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work.subList(2, work.size())) {
            f.get(90, TimeUnit.SECONDS);
        }
        done.set(true);
        for (Future<?> f : work) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(failures).as("5xx answers").isEmpty();
        assertThat(takenBy).as("every claim handed out").hasSize(CLAIMS);
        assertThat(takes).as("none handed out twice").hasSize(CLAIMS).doesNotHaveDuplicates();
        long releases = QuarkusTransaction.requiringNew().call(() -> ((Number) Claim.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM audit_log a JOIN claim c ON c.id = a.entity_id"
                        + " WHERE a.entity_type = 'CLAIM' AND a.action = 'CLAIM_LEASE_EXPIRED' AND c.article_id = ?1")
                .setParameter(1, article).getSingleResult()).longValue());
        assertThat(releases).as("each lease released once").isEqualTo(CLAIMS);
        Set<String> who = Set.copyOf(takenBy.values());
        assertThat(who).doesNotContain(names.get(0)).hasSizeGreaterThan(1);
    }
}

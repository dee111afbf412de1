package org.claimdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimdesk.Fixtures.ADMIN;
import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.REVIEWER;
import static org.claimdesk.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The sealer: one at a time across instances (two sealers race, one seals), no fork, no gap, no
 * entry skipped, a late committer sealed after the fact, pending entries counted and shown; and the
 * table refuses every change but sealing.
 */
@QuarkusTest
class AuditSealerTest {

    private static final Duration SEALED_WITHIN = Duration.ofSeconds(20);
    private static final int WRITERS = 8;
    private static final long WRITE_MILLIS = 3_000;

    @Inject
    AuditLog auditLog;

    @Inject
    AuditSealer sealer;

    @Inject
    AuditChain chain;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    private long write(String actor, long entityId) {
        return QuarkusTransaction.requiringNew().call(() -> auditLog.record(actor, "TEST_WRITE", AuditLog.COMMENT,
                entityId, null, Map.of("n", entityId), "sealer test").id);
    }

    private Long seqOf(long id) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) em
                .createNativeQuery("SELECT seq FROM audit_log WHERE id = ?1", Long.class).setParameter(1, id)
                .getSingleResult());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult())
                .longValue());
    }

    /** The whole table is one chain: 1..max with no gap, no two entries after the same one, and it verifies. */
    private void assertOneWholeChain() {
        assertThat(count("SELECT count(*) FROM audit_log WHERE seq IS NOT NULL"))
                .isEqualTo(count("SELECT max(seq) FROM audit_log"));
        assertThat(count("SELECT min(seq) FROM audit_log")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM (SELECT prev_hash FROM audit_log WHERE prev_hash IS NOT NULL"
                + " GROUP BY prev_hash HAVING count(*) > 1) f")).isZero();
        AuditChain.Verification v = chain.verify(null);
        assertThat(v.ok()).as("%s", v).isTrue();
    }

    @Test
    void whileAnotherInstanceSealsThisOneSealsNothing() throws Exception {
        long id;
        try (OtherInstanceSealing other = new OtherInstanceSealing(dataSource)) {
            id = write("sealer-test", 1);
            assertThat(sealer.trySeal()).isEqualTo(new AuditSealer.Round(false, 0));
            // nor does this instance's own timer, a few rounds on
            Thread.sleep(1_000);
            assertThat(seqOf(id)).isNull();
            assertThat(chain.pending()).isPositive();
        }
        assertThat(chain.awaitSealed(SEALED_WITHIN)).isTrue();
        assertThat(seqOf(id)).isNotNull();
    }

    @Test
    void theTimerSealsWithinASecond() throws Exception {
        long id = write("sealer-test", 2);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (seqOf(id) == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        // no timing assertion: only that the background sealer, not this test, sealed it
        assertThat(seqOf(id)).isNotNull();
    }

    @Test
    void writersAndTwoRacingSealersKeepOneChainWithNothingSkipped() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WRITE_MILLIS);
        Queue<Long> written = new ConcurrentLinkedQueue<>();
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String actor = "race-" + w;
            writers.add(pool.submit(() -> {
                long n = 0;
                while (System.nanoTime() < end) {
                    List<AuditLog.Change> changes = new ArrayList<>();
                    for (int i = ThreadLocalRandom.current().nextInt(1, 4); i > 0; i--) {
                        changes.add(new AuditLog.Change(actor, "TEST_WRITE", AuditLog.COMMENT, n++, null,
                                Map.of("n", n, "share", 0.25), "race"));
                    }
                    QuarkusTransaction.requiringNew()
                            .run(() -> auditLog.recordAll(changes).forEach(e -> written.add(e.id)));
                }
                return null;
            }));
        }
        // two sealers as two instances would run them, besides this instance's own timer
        AtomicInteger led = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> sealers = new ArrayList<>();
        for (int s = 0; s < 2; s++) {
            sealers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    AuditSealer.Round round = sealer.trySeal();
                    (round.leader() ? led : refused).incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : writers) {
            f.get(WRITE_MILLIS + 60_000, TimeUnit.MILLISECONDS);
        }
        for (Future<?> f : sealers) {
            f.get(60, TimeUnit.SECONDS); // a sealer that met a fork or a gap would have thrown here
        }
        pool.shutdown();
        assertThat(chain.awaitSealed(SEALED_WITHIN)).isTrue();
        assertThat(written).hasSizeGreaterThan(WRITERS);
        assertThat(led.get()).isPositive();
        assertThat(refused.get()).as("the two sealers never met").isPositive();
        String ids = written.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
        assertThat(count("SELECT count(*) FROM audit_log WHERE hash IS NOT NULL AND id IN (" + ids + ")"))
                .isEqualTo(written.size());
        assertOneWholeChain();
    }

    @Test
    void aTransactionThatCommitsLateIsSealedAfterTheOthersNotSkipped() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<Long> late = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
            long id = auditLog.record("late", "TEST_WRITE", AuditLog.COMMENT, 3L, null, Map.of("late", true), null).id;
            em.flush(); // the row is in the table, with its id, but not committed
            inserted.countDown();
            commit.await(30, TimeUnit.SECONDS);
            return id;
        }));
        assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
        long early = write("early", 4);
        assertThat(chain.awaitSealed(SEALED_WITHIN)).isTrue();
        long earlySeq = seqOf(early);
        commit.countDown();
        long lateId = late.get(30, TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(lateId).isLessThan(early);
        assertThat(chain.awaitSealed(SEALED_WITHIN)).isTrue();
        assertThat(seqOf(lateId)).isGreaterThan(earlySeq);
        assertOneWholeChain();
    }

    @Test
    void pendingEntriesAreCountedAndShownAsUnsealed() throws Exception {
        String text = "Bus routes " + org.claimdesk.Fixtures.marker() + "\n\nThe council cut 14 bus routes, a spokesman said.";
        JsonPath article = as(EDITOR).contentType(ContentType.JSON).body(Map.of("title", "Bus routes", "text", text))
                .post("/api/articles").then().statusCode(201).extract().jsonPath();
        Map<String, Object> claim = article.<Map<String, Object>>getList("claims").get(0);
        long claimId = ((Number) claim.get("id")).longValue();
        assertThat(chain.awaitSealed(SEALED_WITHIN)).isTrue();
        try (OtherInstanceSealing other = new OtherInstanceSealing(dataSource)) {
            as(EDITOR).contentType(ContentType.JSON).body(Map.of("speaker", "a spokesman", "version", claim.get("version")))
                    .patch("/api/claims/" + claimId).then().statusCode(200);
            as(REVIEWER).get("/api/claims/" + claimId + "/history").then().statusCode(200)
                    .body("[0].sealed", equalTo(true))
                    .body("[-1].action", equalTo("CLAIM_EDITED")).body("[-1].sealed", equalTo(false));
            JsonPath v = as(ADMIN).get("/api/audit/verify").then().statusCode(200).extract().jsonPath();
            assertThat(v.getBoolean("ok")).isTrue();
            assertThat(v.getLong("pending")).isPositive();
            long unsealed = count("SELECT max(id) FROM audit_log WHERE hash IS NULL");
            as(ADMIN).queryParam("from", unsealed).get("/api/audit/verify").then().statusCode(400)
                    .contentType("application/problem+json");
            // the export holds sealed entries only
            assertThat(as(ADMIN).get("/api/export/audit.jsonl").then().statusCode(200).extract().asString())
                    .doesNotContain("\"id\":" + unsealed + ",");
        }
        assertThat(chain.awaitSealed(SEALED_WITHIN)).isTrue();
        as(REVIEWER).get("/api/claims/" + claimId + "/history").then().statusCode(200)
                .body("[-1].action", equalTo("CLAIM_EDITED")).body("[-1].sealed", equalTo(true));
        as(ADMIN).queryParam("from", 999_999_999_999L).get("/api/audit/verify").then().statusCode(404);
    }

    /** Runs one statement in its own transaction and answers the database's refusal. */
    private String refusal(String sql) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(sql).executeUpdate()));
        assertThat(t).as(sql).isNotNull();
        StringBuilder messages = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            messages.append(c.getMessage()).append('\n');
        }
        return messages.toString();
    }

    @Test
    void theTableRefusesEveryChangeButSealingAtTheEnd() throws Exception {
        long sealed = write("append-only", 5);
        assertThat(chain.awaitSealed(SEALED_WITHIN)).isTrue();
        try (OtherInstanceSealing other = new OtherInstanceSealing(dataSource)) {
            long unsealed = write("append-only", 6);
            long lastSeq = count("SELECT max(seq) FROM audit_log");
            String lastHash = QuarkusTransaction.requiringNew().call(() -> (String) em
                    .createNativeQuery("SELECT hash FROM audit_log WHERE seq = ?1").setParameter(1, lastSeq)
                    .getSingleResult());
            String fake = "'" + "a".repeat(64) + "'";
            assertThat(refusal("UPDATE audit_log SET actor = 'mallory' WHERE id = " + sealed)).contains("is sealed");
            assertThat(refusal("UPDATE audit_log SET hash = hash WHERE id = " + sealed)).contains("is sealed");
            assertThat(refusal("DELETE FROM audit_log WHERE id = " + sealed)).contains("append-only");
            assertThat(refusal("DELETE FROM audit_log WHERE id = " + unsealed)).contains("append-only");
            assertThat(refusal("TRUNCATE audit_log")).contains("append-only");
            assertThat(refusal("UPDATE audit_log SET actor = 'mallory' WHERE id = " + unsealed)).contains("may only seal");
            assertThat(refusal("UPDATE audit_log SET seq = " + (lastSeq + 1) + ", prev_hash = '" + lastHash
                    + "', hash = " + fake + ", reason = 'rewritten' WHERE id = " + unsealed)).contains("may not change it");
            assertThat(refusal("UPDATE audit_log SET seq = " + (lastSeq + 5) + ", prev_hash = '" + lastHash
                    + "', hash = " + fake + " WHERE id = " + unsealed)).contains("end of the chain");
            assertThat(refusal("UPDATE audit_log SET seq = " + (lastSeq + 1) + ", prev_hash = " + fake
                    + ", hash = " + fake + " WHERE id = " + unsealed)).contains("end of the chain");
            assertThat(refusal("INSERT INTO audit_log (id, at, actor, action, entity_type, format, seq, prev_hash, hash)"
                    + " VALUES (nextval('audit_log_id_seq'), now(), 'mallory', 'FORGED', 'COMMENT', 2, "
                    + (lastSeq + 1) + ", '" + lastHash + "', " + fake + ")")).contains("appended unsealed");
            assertThat(seqOf(unsealed)).isNull();
        }
        assertThat(chain.awaitSealed(SEALED_WITHIN)).isTrue();
        assertOneWholeChain();
    }
}

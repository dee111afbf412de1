package org.claimdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimdesk.Fixtures.ADMIN;
import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.REVIEWER;
import static org.claimdesk.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain catches a changed or deleted sealed entry, on the server and offline, and stays one line
 * under concurrent writers once they are sealed. Tampering runs as the database superuser with the append-only trigger off, and
 * every test puts the original rows back: other test classes share this database.
 */
@QuarkusTest
class AuditChainTest {

    private static final String TAMPERED_ACTOR = "mallory";
    private static final int WRITERS = 8;
    private static final long WRITE_SECONDS = 10;
    private static final Duration SEALED_WITHIN = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    AuditChain chain;

    @TempDir
    Path temp;

    /** Makes some audited changes of my own: an ingest and two edits of one claim. */
    private long auditedClaim() {
        String text = "Harbour dredging " + org.claimdesk.Fixtures.marker() + "\n\n"
                + "The port authority said 340 ships were delayed and dredging would cost £6m over two years.";
        JsonPath article = as(EDITOR).contentType(ContentType.JSON)
                .body(Map.of("title", "Harbour dredging", "outlet", "Coast Gazette", "text", text))
                .post("/api/articles").then().statusCode(201).extract().jsonPath();
        Map<String, Object> claim = article.<Map<String, Object>>getList("claims").stream()
                .filter(c -> String.valueOf(c.get("quote")).contains("340")).findFirst().orElseThrow();
        long id = ((Number) claim.get("id")).longValue();
        int version = ((Number) claim.get("version")).intValue();
        as(EDITOR).contentType(ContentType.JSON).body(Map.of("speaker", "the port authority", "version", version))
                .patch("/api/claims/" + id).then().statusCode(200);
        as(EDITOR).contentType(ContentType.JSON).body(Map.of("unit", "ships", "version", version + 1))
                .patch("/api/claims/" + id).then().statusCode(200);
        return id;
    }

    private List<Long> entriesOf(long claimId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT id FROM audit_log WHERE entity_type = 'CLAIM' AND entity_id = ?1 ORDER BY id", Long.class)
                .setParameter(1, claimId).getResultList());
    }

    /** Runs SQL as the superuser with the append-only triggers off, turning them on again in the same transaction. */
    private void asSuperuser(String... statements) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("ALTER TABLE audit_log DISABLE TRIGGER USER").executeUpdate();
            for (String sql : statements) {
                em.createNativeQuery(sql).executeUpdate();
            }
            em.createNativeQuery("ALTER TABLE audit_log ENABLE TRIGGER USER").executeUpdate();
        });
    }

    private JsonPath verify() {
        return as(ADMIN).get("/api/audit/verify").then().statusCode(200).extract().jsonPath();
    }

    private OfflineVerify.Run verifyOffline(String... extra) throws Exception {
        return OfflineVerify.exportAndVerify(temp, extra);
    }

    /** The entry after {@code id} in the chain. */
    private long nextInChain(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT id FROM audit_log WHERE seq = (SELECT seq + 1 FROM audit_log WHERE id = ?1)")
                .setParameter(1, id).getSingleResult()).longValue());
    }

    /** My entries and the one after them are sealed: the tests tamper with sealed entries only. */
    private long sealedClaim() {
        long claimId = auditedClaim();
        write("after-the-claim");
        assertThat(chain.awaitSealed(SEALED_WITHIN)).isTrue();
        return claimId;
    }

    private void write(String actor) {
        QuarkusTransaction.requiringNew().run(() -> auditLog.record(actor, "TEST_WRITE", AuditLog.COMMENT, 0L, null,
                Map.of("n", 1), null));
    }

    @Test
    void aChangedEntryIsNamedOnTheServerAndOffline() throws Exception {
        long claimId = sealedClaim();
        long tampered = entriesOf(claimId).get(1);
        assertThat(verify().getBoolean("ok")).isTrue();
        String actor = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("SELECT actor FROM audit_log WHERE id = ?1").setParameter(1, tampered)
                .getSingleResult());
        asSuperuser("UPDATE audit_log SET actor = '" + TAMPERED_ACTOR + "' WHERE id = " + tampered);
        try {
            JsonPath result = verify();
            assertThat(result.getBoolean("ok")).isFalse();
            assertThat(result.getLong("firstBrokenId")).isEqualTo(tampered);
            // from a later checkpoint on, the rest of the chain is sound
            as(ADMIN).queryParam("from", nextInChain(tampered)).get("/api/audit/verify").then().statusCode(200)
                    .body("ok", equalTo(true));
            assertThat(result.getString("problem")).isEqualTo("does not match its hash");
            OfflineVerify.Run offline = verifyOffline();
            assertThat(offline.exit()).isNotZero();
            assertThat(offline.out()).contains("entry " + tampered + " ");
        } finally {
            asSuperuser("UPDATE audit_log SET actor = '" + actor + "' WHERE id = " + tampered);
        }
        assertThat(verify().getBoolean("ok")).isTrue();
    }

    @Test
    void aDeletedEntryBreaksTheLinkOfTheNextOne() {
        List<Long> entries = entriesOf(sealedClaim());
        long deleted = entries.get(1);
        long next = nextInChain(deleted);
        asSuperuser("CREATE TABLE audit_deleted AS SELECT * FROM audit_log WHERE id = " + deleted,
                "DELETE FROM audit_log WHERE id = " + deleted);
        try {
            JsonPath result = verify();
            assertThat(result.getBoolean("ok")).isFalse();
            assertThat(result.getLong("firstBrokenId")).isEqualTo(next);
            assertThat(result.getString("problem")).isEqualTo("does not link to the entry before it");
        } finally {
            asSuperuser("INSERT INTO audit_log SELECT * FROM audit_deleted", "DROP TABLE audit_deleted");
        }
        assertThat(verify().getBoolean("ok")).isTrue();
    }

    @Test
    void anIntactTrailVerifiesOfflineAgainstTheHead() throws Exception {
        sealedClaim();
        JsonPath head = as(ADMIN).get("/api/audit/head").then().statusCode(200).extract().jsonPath();
        OfflineVerify.Run ok = verifyOffline("--head", head.getString("hash"));
        assertThat(ok.exit()).as(ok.out()).isZero();
        assertThat(ok.out()).startsWith("OK: ").contains(head.getString("hash"));
        OfflineVerify.Run wrongHead = verifyOffline("--head", "f".repeat(64));
        assertThat(wrongHead.exit()).isNotZero();
        assertThat(wrongHead.out()).contains("not at the head");
    }

    @Test
    void onlyAdminsReachTheAuditEndpoints() {
        as(REVIEWER).get("/api/audit/verify").then().statusCode(403);
        as(EDITOR).get("/api/audit/head").then().statusCode(403);
        as(EDITOR).get("/api/export/audit.jsonl").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/audit/verify").then().statusCode(401);
        as(ADMIN).queryParam("from", "yesterday").get("/api/audit/verify").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void eightConcurrentWritersKeepOneChainWithoutForks() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WRITE_SECONDS);
        List<Future<Integer>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            String actor = "writer-" + w;
            writers.add(pool.submit(() -> {
                int written = 0;
                while (System.nanoTime() < end) {
                    int n = ThreadLocalRandom.current().nextInt(1, 4);
                    List<AuditLog.Change> changes = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        changes.add(new AuditLog.Change(actor, "TEST_WRITE", AuditLog.COMMENT, (long) written,
                                null, Map.of("n", written, "share", 0.25), "concurrency test"));
                        written++;
                    }
                    QuarkusTransaction.requiringNew().run(() -> auditLog.recordAll(changes));
                }
                return written;
            }));
        }
        int total = 0;
        for (Future<Integer> f : writers) {
            total += f.get(WRITE_SECONDS + 60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(total).isPositive();
        assertThat(chain.awaitSealed(SEALED_WITHIN)).isTrue();
        JsonPath verified = verify();
        assertThat(verified.getBoolean("ok")).isTrue();
        assertThat(verified.getLong("checked")).isGreaterThanOrEqualTo(total);
        long forks = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM (SELECT prev_hash FROM audit_log WHERE prev_hash IS NOT NULL"
                        + " GROUP BY prev_hash HAVING count(*) > 1) f")
                .getSingleResult()).longValue());
        assertThat(forks).isZero();
        long sealedOfMine = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM audit_log WHERE actor LIKE 'writer-%' AND action = 'TEST_WRITE' AND hash IS NOT NULL")
                .getSingleResult()).longValue());
        assertThat(sealedOfMine).isGreaterThanOrEqualTo(total);
    }
}

package org.claimdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.claimdesk.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No value can break the audit trail (issue 10): whatever JSON can hold is recorded, sealed and
 * verified online and offline; what PostgreSQL cannot store is refused before anything is written;
 * an entry the old code wrote with a 1,002-digit number verifies and shows in the history.
 */
@QuarkusTest
class AuditValuesTest {

    private static final Duration SEALED_WITHIN = Duration.ofSeconds(20);
    private static final BigDecimal API_MAX = new BigDecimal("999999999999999.999999");
    private static final BigDecimal API_MIN = API_MAX.negate();
    private static final BigDecimal API_SMALLEST = new BigDecimal("0.000001");

    @Inject
    AuditLog auditLog;

    @Inject
    AuditChain chain;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @TempDir
    Path temp;

    private void assertVerifiesOnlineAndOffline(long fromId) throws Exception {
        assertThat(chain.awaitSealed(SEALED_WITHIN)).isTrue();
        JsonPath whole = as(ADMIN).get("/api/audit/verify").then().statusCode(200).extract().jsonPath();
        assertThat(whole.getBoolean("ok")).as(whole.prettify()).isTrue();
        as(ADMIN).queryParam("from", fromId).get("/api/audit/verify").then().statusCode(200).body("ok", equalTo(true));
        String head = as(ADMIN).get("/api/audit/head").then().statusCode(200).extract().path("hash");
        OfflineVerify.Run offline = OfflineVerify.exportAndVerify(temp, "--head", head);
        assertThat(offline.exit()).as(offline.out()).isZero();
    }

    private long claimOfMyOwn() {
        String text = "Library hours " + org.claimdesk.Fixtures.marker() + "\n\nThe library will open 6 more hours a week.";
        JsonPath article = as(EDITOR).contentType(ContentType.JSON).body(Map.of("title", "Library hours", "text", text))
                .post("/api/articles").then().statusCode(201).extract().jsonPath();
        return ((Number) article.<Map<String, Object>>getList("claims").get(0).get("id")).longValue();
    }

    @Test
    void anythingJsonCanHoldIsSealedAndVerifiesOnlineAndOffline() throws Exception {
        Map<String, Object> values = CanonicalJsonTest.hostileValues();
        long id = QuarkusTransaction.requiringNew().call(() -> auditLog.record("values-test", "TEST_VALUES",
                AuditLog.COMMENT, 1L, Map.of("planes", CanonicalJsonTest.EVERY_PLANE), values,
                "reason with " + CanonicalJsonTest.EVERY_PLANE).id);
        assertVerifiesOnlineAndOffline(id);
        String huge = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("SELECT after->>'huge' FROM audit_log WHERE id = ?1").setParameter(1, id)
                .getSingleResult());
        assertThat(huge).isEqualTo("1E+1001");
        String planes = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("SELECT after->>'planes' FROM audit_log WHERE id = ?1").setParameter(1, id)
                .getSingleResult());
        assertThat(planes).isEqualTo(CanonicalJsonTest.EVERY_PLANE);
    }

    @Test
    void textPostgresqlCannotStoreIsRefusedBeforeAnythingIsWritten() {
        long before = count();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> auditLog.record("values-test",
                "TEST_VALUES", AuditLog.COMMENT, 2L, null, Map.of("title", "nul \u0000 inside"), null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageFor("title")).contains("U+0000"));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> auditLog.record("values-test",
                "TEST_VALUES", AuditLog.COMMENT, 2L, null, Map.of("ok", 1), "half \uDBFF pair")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageFor("reason")).contains("surrogate"));
        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return count("SELECT count(*) FROM audit_log");
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult())
                .longValue());
    }

    @Test
    void theLargestAndSmallestValuesTheApiTakesVerifyOnlineAndOffline() throws Exception {
        long claimId = claimOfMyOwn();
        int version = as(EDITOR).get("/api/claims/" + claimId).then().statusCode(200).extract().path("version");
        for (BigDecimal value : new BigDecimal[] { API_MAX, API_MIN, API_SMALLEST }) {
            version = as(EDITOR).contentType(ContentType.JSON).body(Map.of("value", value, "version", version))
                    .patch("/api/claims/" + claimId).then().statusCode(200).extract().path("version");
            as(REVIEWER).contentType(ContentType.JSON)
                    .body(Map.of("title", "Reference " + value, "url", "https://example.org/ref",
                            "referenceValue", value.negate(), "referenceUnit", "hours"))
                    .post("/api/claims/" + claimId + "/evidence").then().statusCode(201);
        }
        as(REVIEWER).get("/api/claims/" + claimId + "/history").then().statusCode(200);
        // the entries hold exactly what the claim and evidence rows hold (the API's own parsing is not at issue here)
        assertThat(count("SELECT count(*) FROM audit_log a JOIN evidence e ON a.entity_type = 'EVIDENCE'"
                + " AND a.entity_id = e.id WHERE e.claim_id = " + claimId
                + " AND (a.after->>'referenceValue')::numeric = e.reference_value")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM evidence WHERE claim_id = " + claimId
                + " AND reference_value IN (" + API_MAX + ", " + API_MIN + ", " + API_SMALLEST.negate() + ")"))
                .isEqualTo(3);
        assertThat(count("SELECT count(*) FROM claim c JOIN LATERAL (SELECT after FROM audit_log"
                + " WHERE entity_type = 'CLAIM' AND entity_id = c.id ORDER BY id DESC LIMIT 1) a ON true"
                + " WHERE c.id = " + claimId + " AND (a.after->>'value')::numeric = c.value")).isEqualTo(1);
        long first = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT min(id) FROM audit_log WHERE entity_type = 'CLAIM' AND entity_id = ?1")
                .setParameter(1, claimId).getSingleResult()).longValue());
        assertVerifiesOnlineAndOffline(first);
    }

    /**
     * The entry that poisoned the trail before the fix: format 1 with a 1,002-digit number, written
     * exactly as the old AuditLog did, at the end of the chain (with the sealer held off).
     */
    @Test
    void anOldEntryWithAThousandDigitNumberVerifiesAndShowsInTheHistory() throws Exception {
        long claimId = claimOfMyOwn();
        assertThat(chain.awaitSealed(SEALED_WITHIN)).isTrue();
        long id;
        try (OtherInstanceSealing other = new OtherInstanceSealing(dataSource)) {
            Object[] last = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                    "SELECT seq, hash FROM audit_log WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1").getSingleResult());
            long seq = ((Number) last[0]).longValue() + 1;
            String prev = (String) last[1];
            id = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                    .createNativeQuery("SELECT nextval('audit_log_id_seq')").getSingleResult()).longValue());
            Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
            String after = LegacyCanonicalJson.of(Map.of("value", new BigDecimal("1e1001"),
                    "low", new BigDecimal("1e-1001")));
            String hash = AuditHash.legacy(id, at, EDITOR, "CLAIM_EDITED", AuditLog.CLAIM, claimId, null, after,
                    "written before the fix", prev);
            long entryId = id;
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("ALTER TABLE audit_log DISABLE TRIGGER USER").executeUpdate();
                em.createNativeQuery("INSERT INTO audit_log (id, seq, format, at, actor, action, entity_type, entity_id,"
                        + " after, reason, prev_hash, hash) VALUES (?1, ?2, 1, CAST(?3 AS timestamptz), ?4,"
                        + " 'CLAIM_EDITED', 'CLAIM', ?5, CAST(?6 AS jsonb), 'written before the fix', ?7, ?8)")
                        .setParameter(1, entryId).setParameter(2, seq).setParameter(3, at.toString())
                        .setParameter(4, EDITOR).setParameter(5, claimId).setParameter(6, after)
                        .setParameter(7, prev).setParameter(8, hash).executeUpdate();
                em.createNativeQuery("ALTER TABLE audit_log ENABLE TRIGGER USER").executeUpdate();
            });
        }
        assertVerifiesOnlineAndOffline(id);
        String history = as(REVIEWER).get("/api/claims/" + claimId + "/history").then().statusCode(200)
                .body("[-1].reason", equalTo("written before the fix")).extract().asString();
        assertThat(history).contains("1" + "0".repeat(1001));
    }
}

package org.claimdesk.claim;

import static org.claimdesk.Fixtures.ADMIN;
import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.REVIEWER;
import static org.claimdesk.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimApiTest {

    private static final String PROBLEM = "application/problem+json";

    /** Ingests a fresh article of my own sentences and returns it as JSON. */
    static JsonPath newArticle() {
        String text = "Rail fares rise " + org.claimdesk.Fixtures.marker() + "\n\n"
                + "Fares will rise by 3.5% in March, the operator said, after 2,400 complaints last winter.\n\n"
                + "The minister promised £80m for new trains and said 15 stations would be rebuilt.";
        return as(EDITOR).contentType(ContentType.JSON)
                .body(Map.of("title", "Rail fares", "outlet", "Rail Weekly", "text", text))
                .post("/api/articles").then().statusCode(201).extract().jsonPath();
    }

    static Map<String, Object> claimWith(JsonPath article, String quotePart) {
        List<Map<String, Object>> claims = article.getList("claims");
        return claims.stream().filter(c -> String.valueOf(c.get("quote")).contains(quotePart)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim quoting " + quotePart + " in " + claims));
    }

    static long id(Map<String, Object> claim) {
        return ((Number) claim.get("id")).longValue();
    }

    static int version(Map<String, Object> claim) {
        return ((Number) claim.get("version")).intValue();
    }

    @Test
    void editWithTheCurrentVersionThenAStaleOneIs409() {
        Map<String, Object> claim = claimWith(newArticle(), "2,400");
        long id = id(claim);
        int v = version(claim);
        as(EDITOR).contentType(ContentType.JSON)
                .body(Map.of("value", 2500, "unit", "complaints", "speaker", "the operator", "version", v))
                .patch("/api/claims/" + id).then().statusCode(200)
                .body("value", equalTo(2500)).body("unit", equalTo("complaints")).body("version", equalTo(v + 1));
        // a second editor still holding the old version
        as(ADMIN).contentType(ContentType.JSON).body(Map.of("value", 9, "version", v))
                .patch("/api/claims/" + id).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("changed by someone else"));
        as(EDITOR).get("/api/claims/" + id).then().body("value", equalTo(2500));
    }

    @Test
    void patchRefusesFieldsTheCallerMayNotSet() {
        Map<String, Object> claim = claimWith(newArticle(), "15");
        as(EDITOR).contentType(ContentType.JSON).body(Map.of("status", "PUBLISHED", "version", version(claim)))
                .patch("/api/claims/" + id(claim)).then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("transitions"));
        as(EDITOR).contentType(ContentType.JSON).body(Map.of("value", 3))
                .patch("/api/claims/" + id(claim)).then().statusCode(400).body("errors.field", hasItem("version"));
        as(EDITOR).contentType(ContentType.JSON).body(Map.of("type", "NOT_A_TYPE", "version", version(claim)))
                .patch("/api/claims/" + id(claim)).then().statusCode(400);
        as(REVIEWER).contentType(ContentType.JSON).body(Map.of("value", 3, "version", version(claim)))
                .patch("/api/claims/" + id(claim)).then().statusCode(403);
        as(EDITOR).contentType(ContentType.JSON).body(Map.of("value", 3, "version", 0))
                .patch("/api/claims/999999999").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void confirmRejectSubmitFollowTheWorkflow() {
        JsonPath article = newArticle();
        Map<String, Object> fare = claimWith(article, "3.5%");
        Map<String, Object> money = claimWith(article, "£80m");
        // reject needs a reason
        as(EDITOR).contentType(ContentType.JSON).body(Map.of("action", "REJECT", "version", version(money)))
                .post("/api/claims/" + id(money) + "/transitions").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        as(EDITOR).contentType(ContentType.JSON)
                .body(Map.of("action", "REJECT", "reason", "a pledge, not a fact", "version", version(money)))
                .post("/api/claims/" + id(money) + "/transitions").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("statusReason", equalTo("a pledge, not a fact"));
        // submit straight from EXTRACTED is not allowed: 409 lists what is
        as(EDITOR).contentType(ContentType.JSON).body(Map.of("action", "SUBMIT", "version", version(fare)))
                .post("/api/claims/" + id(fare) + "/transitions").then().statusCode(409).contentType(PROBLEM)
                .body("allowedActions", hasItems("CONFIRM", "REJECT"));
        int v = as(EDITOR).contentType(ContentType.JSON).body(Map.of("action", "CONFIRM", "version", version(fare)))
                .post("/api/claims/" + id(fare) + "/transitions").then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).extract().path("version");
        // a reviewer may not submit an editor's claim
        as(REVIEWER).contentType(ContentType.JSON).body(Map.of("action", "SUBMIT", "version", v))
                .post("/api/claims/" + id(fare) + "/transitions").then().statusCode(403);
        int submitted = as(EDITOR).contentType(ContentType.JSON).body(Map.of("action", "SUBMIT", "version", v))
                .post("/api/claims/" + id(fare) + "/transitions").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).extract().path("version");
        // the desk takes it back before a reviewer has it, saying why; the audit trail says so
        as(EDITOR).get("/api/claims/" + id(fare) + "/actions").then().statusCode(200)
                .body("action", hasItems("WITHDRAW", "ASSIGN"));
        as(EDITOR).contentType(ContentType.JSON)
                .body(Map.of("action", "WITHDRAW", "reason", "the figure is from 2023", "version", submitted))
                .post("/api/claims/" + id(fare) + "/transitions").then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("statusReason", equalTo("the figure is from 2023"));
        as(EDITOR).get("/api/claims/" + id(fare) + "/history").then().statusCode(200)
                .body("action", hasItem("CLAIM_WITHDRAW"))
                .body("reason", hasItem("the figure is from 2023"));
        // every step is in the audit log
        long entries = QuarkusTransaction.requiringNew().call(() -> ((Number) org.claimdesk.audit.AuditEntry
                .getEntityManager().createNativeQuery("SELECT count(*) FROM audit_log WHERE entity_type = 'CLAIM'"
                        + " AND entity_id = ?1 AND action IN ('CLAIM_CONFIRM', 'CLAIM_SUBMIT')")
                .setParameter(1, id(fare)).getSingleResult()).longValue());
        assertEquals(2, entries);
    }

    @Test
    void candidatesAreHiddenUntilPromoted() {
        String text = "Budget day " + org.claimdesk.Fixtures.marker() + "\n\nIn 2019 the council spent £12m on parks.";
        JsonPath article = as(EDITOR).contentType(ContentType.JSON)
                .body(Map.of("title", "Parks", "text", text)).post("/api/articles").then().statusCode(201)
                .extract().jsonPath();
        long articleId = article.getLong("id");
        Map<String, Object> year = claimWith(article, "2019");
        assertEquals("CANDIDATE", year.get("status"));
        as(EDITOR).queryParam("articleId", articleId).get("/api/claims").then().statusCode(200)
                .body("items.status", everyItem(not(equalTo("CANDIDATE"))));
        as(EDITOR).contentType(ContentType.JSON).body(Map.of("action", "PROMOTE", "version", version(year)))
                .post("/api/claims/" + id(year) + "/transitions").then().statusCode(200)
                .body("status", equalTo("EXTRACTED"));
    }

    @Test
    void addAClaimByHandOnASpan() {
        JsonPath article = newArticle();
        String text = article.getString("text");
        int start = text.indexOf("last winter");
        long articleId = article.getLong("id");
        as(EDITOR).contentType(ContentType.JSON)
                .body(Map.of("articleId", articleId, "start", start, "end", start + 11, "value", 1, "unit", "winters",
                        "type", "OTHER"))
                .post("/api/claims").then().statusCode(201)
                .body("quote", equalTo("last winter")).body("status", equalTo("EXTRACTED"))
                .body("sentence", containsString("complaints"));
        as(EDITOR).contentType(ContentType.JSON)
                .body(Map.of("articleId", articleId, "start", 5, "end", 999999, "value", 1))
                .post("/api/claims").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void keysetPagesNeitherRepeatNorSkip() {
        newArticle();
        newArticle();
        Set<Object> seen = new HashSet<>();
        String after = null;
        int pages = 0;
        do {
            var request = as(EDITOR).queryParam("limit", 3).queryParam("type", "PERCENTAGE");
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/api/claims").then().statusCode(200).extract().jsonPath();
            List<Object> ids = page.getList("items.id");
            for (Object id : ids) {
                assertEquals(true, seen.add(id), "claim " + id + " repeated");
            }
            after = page.getString("next");
            pages++;
        } while (after != null && pages < 100);
        assertNotEquals(0, seen.size());
        as(EDITOR).queryParam("limit", 0).get("/api/claims").then().statusCode(400);
        as(EDITOR).queryParam("after", "garbage").get("/api/claims").then().statusCode(400);
        as(EDITOR).queryParam("sort", "CHECKWORTHINESS").queryParam("limit", 2).get("/api/claims")
                .then().statusCode(200).body("items", hasSize(2)).body("next", notNullValue());
        as(EDITOR).queryParam("speaker", "nobody-says-this").get("/api/claims").then().statusCode(200)
                .body("items", hasSize(0)).body("next", nullValue());
    }
}

package org.claimdesk.review;

import static org.claimdesk.Fixtures.ADMIN;
import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.REVIEWER;
import static org.claimdesk.Fixtures.REVIEWER2;
import static org.claimdesk.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.claim.Claim;
import org.claimdesk.claim.ClaimStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewApiTest {

    private static final String PROBLEM = "application/problem+json";

    /** Empties the queue of claims other tests left, so each test knows what "next" gives. */
    @BeforeEach
    void drainQueue() {
        QuarkusTransaction.requiringNew().run(() -> Claim.update(
                "status = ?1, assigneeId = null where status = ?2", ClaimStatus.REJECTED, ClaimStatus.SUBMITTED));
    }

    /** An article of my own with one claim, confirmed and submitted by the editor; returns the claim. */
    static Map<String, Object> submittedClaim(String dueAt) {
        String text = "Ferry fares " + org.claimdesk.Fixtures.marker() + "\n\nThe operator said fares rose by 12% this spring.";
        JsonPath article = as(EDITOR).contentType(ContentType.JSON)
                .body(Map.of("title", "Ferry fares", "text", text)).post("/api/articles").then().statusCode(201)
                .extract().jsonPath();
        Map<String, Object> claim = article.getList("claims", Map.class).stream()
                .filter(c -> String.valueOf(c.get("quote")).contains("12%")).findFirst().orElseThrow();
        long id = ((Number) claim.get("id")).longValue();
        int v = transition(EDITOR, id, "CONFIRM", ((Number) claim.get("version")).intValue(), null)
                .statusCode(200).extract().path("version");
        if (dueAt != null) {
            v = as(EDITOR).contentType(ContentType.JSON).body(Map.of("dueAt", dueAt, "version", v))
                    .patch("/api/claims/" + id).then().statusCode(200).extract().path("version");
        }
        return transition(EDITOR, id, "SUBMIT", v, null).statusCode(200).extract().jsonPath().getMap("$");
    }

    static ValidatableResponse transition(String user, long id, String action, int version, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("action", action, "version", version));
        if (extra != null) {
            body.putAll(extra);
        }
        return as(user).contentType(ContentType.JSON).body(body).post("/api/claims/" + id + "/transitions").then();
    }

    static long id(Map<String, Object> c) {
        return ((Number) c.get("id")).longValue();
    }

    static ValidatableResponse addEvidence(String user, long id) {
        return as(user).contentType(ContentType.JSON)
                .body(Map.of("title", "Operator annual report", "url", "https://example.org/report",
                        "referenceValue", 10, "referenceUnit", "percent"))
                .post("/api/claims/" + id + "/evidence").then().statusCode(201);
    }

    @Test
    void reviewerTakesNextProposesAndAnotherApproves() {
        Map<String, Object> submitted = submittedClaim(null);
        long id = id(submitted);
        JsonPath taken = as(REVIEWER).contentType(ContentType.JSON).post("/api/review/next").then().statusCode(200)
                .body("status", equalTo("IN_REVIEW")).body("assignee", equalTo(REVIEWER)).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(id, taken.getLong("id"));
        int v = taken.getInt("version");
        // no verdict without evidence
        transition(REVIEWER, id, "PROPOSE_VERDICT", v,
                Map.of("verdict", "MOSTLY_ACCURATE", "explanation", "Close to the report")).statusCode(409)
                .contentType(PROBLEM).body("detail", containsString("evidence"));
        // claimed 12%, reference 10%: 2 points apart, 20% relative
        addEvidence(REVIEWER, id).body("difference", equalTo(2)).body("relativeDifference", equalTo(0.2f));
        v = transition(REVIEWER, id, "PROPOSE_VERDICT", v,
                Map.of("verdict", "MOSTLY_ACCURATE", "explanation", "The report says 10%")).statusCode(200)
                .body("status", equalTo("VERDICT_PROPOSED")).extract().path("version");
        // four eyes: the proposer cannot approve, the editor cannot approve their own claim
        transition(REVIEWER, id, "APPROVE", v, null).statusCode(403).contentType(PROBLEM)
                .body("title", equalTo("Four-eyes rule"));
        transition(EDITOR, id, "APPROVE", v, null).statusCode(403);
        v = transition(REVIEWER2, id, "APPROVE", v, null).statusCode(200).body("status", equalTo("APPROVED"))
                .extract().path("version");
        transition(EDITOR, id, "PUBLISH", v, null).statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void theEditorOfAClaimCannotApproveIt() {
        // admin holds EDITOR and REVIEWER: as the claim's editor, admin may not take or approve it
        String text = "Bridge tolls " + org.claimdesk.Fixtures.marker() + "\n\nTolls brought in £3m last year, officials said.";
        JsonPath article = as(ADMIN).contentType(ContentType.JSON).body(Map.of("title", "Tolls", "text", text))
                .post("/api/articles").then().statusCode(201).extract().jsonPath();
        Map<String, Object> claim = article.getList("claims", Map.class).stream()
                .filter(c -> String.valueOf(c.get("quote")).contains("£3m")).findFirst().orElseThrow();
        long id = id(claim);
        int v = transition(ADMIN, id, "CONFIRM", ((Number) claim.get("version")).intValue(), null).statusCode(200)
                .extract().path("version");
        v = transition(ADMIN, id, "SUBMIT", v, null).statusCode(200).extract().path("version");
        as(ADMIN).contentType(ContentType.JSON).post("/api/review/next").then().statusCode(204);
        v = as(REVIEWER).contentType(ContentType.JSON).post("/api/review/next").then().statusCode(200).extract().path("version");
        addEvidence(REVIEWER, id);
        v = transition(REVIEWER, id, "PROPOSE_VERDICT", v,
                Map.of("verdict", "ACCURATE", "explanation", "Matches the accounts")).statusCode(200)
                .extract().path("version");
        transition(ADMIN, id, "APPROVE", v, null).statusCode(403).body("title", equalTo("Four-eyes rule"));
        v = transition(REVIEWER2, id, "APPROVE", v, null).statusCode(200).body("status", equalTo("APPROVED"))
                .extract().path("version");
        transition(REVIEWER, id, "PUBLISH", v, null).statusCode(403);
        transition(ADMIN, id, "PUBLISH", v, null).statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void twoReviewersWritingTheSameClaimTheSecondGets409() {
        long id = id(submittedClaim(null));
        int v = as(REVIEWER).contentType(ContentType.JSON).post("/api/review/next").then().statusCode(200).extract().path("version");
        // both saw version v; the first write wins
        transition(REVIEWER, id, "RELEASE", v, null).statusCode(200);
        transition(REVIEWER2, id, "TAKE", v, null).statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("changed by someone else"));
    }

    @Test
    void queueGivesOverdueFirstAndNeverTheReviewersOwnWork() {
        long later = id(submittedClaim("2099-01-01T00:00:00Z"));
        long overdue = id(submittedClaim("2020-01-01T00:00:00Z"));
        long none = id(submittedClaim(null));
        as(REVIEWER).contentType(ContentType.JSON).post("/api/review/next").then().statusCode(200).body("id", equalTo((int) overdue))
                .body("overdue", equalTo(true)).body("dueAt", notNullValue());
        as(REVIEWER).contentType(ContentType.JSON).post("/api/review/next").then().statusCode(200).body("id", equalTo((int) later));
        as(REVIEWER).contentType(ContentType.JSON).post("/api/review/next").then().statusCode(200).body("id", equalTo((int) none));
        as(REVIEWER).contentType(ContentType.JSON).post("/api/review/next").then().statusCode(204);
        as(EDITOR).contentType(ContentType.JSON).post("/api/review/next").then().statusCode(403);
    }

    @Test
    void needsInfoGoesBackToTheEditorWithAReason() {
        long id = id(submittedClaim(null));
        int v = as(REVIEWER).contentType(ContentType.JSON).post("/api/review/next").then().statusCode(200).extract().path("version");
        transition(REVIEWER, id, "NEEDS_INFO", v, null).statusCode(400).body("errors.field", hasItem("reason"));
        v = transition(REVIEWER, id, "NEEDS_INFO", v, Map.of("reason", "Which spring?")).statusCode(200)
                .body("status", equalTo("NEEDS_INFO")).body("assignee", nullValue()).extract().path("version");
        transition(EDITOR, id, "RESUBMIT", v, null).statusCode(200).body("status", equalTo("SUBMITTED"));
        // anything else from here is 409 with the allowed actions
        transition(EDITOR, id, "PUBLISH", v + 1, null).statusCode(409).body("allowedActions", hasItem("TAKE"));
    }

    @Test
    void evidenceAndCommentsAreValidated() {
        long id = id(submittedClaim(null));
        as(REVIEWER).contentType(ContentType.JSON).body(Map.of("title", "No address"))
                .post("/api/claims/" + id + "/evidence").then().statusCode(400).body("errors.field", hasItem("url"));
        as(REVIEWER).contentType(ContentType.JSON).body(Map.of("title", "Bad", "url", "javascript:alert(1)"))
                .post("/api/claims/" + id + "/evidence").then().statusCode(400).body("errors.field", hasItem("url"));
        as(REVIEWER).get("/api/claims/" + id + "/evidence").then().statusCode(200).body("size()", equalTo(0));
        as(EDITOR).contentType(ContentType.JSON).body(Map.of("body", "Source is the spring fares notice."))
                .post("/api/claims/" + id + "/comments").then().statusCode(201);
        as(REVIEWER).contentType(ContentType.JSON).body(Map.of("body", " "))
                .post("/api/claims/" + id + "/comments").then().statusCode(400);
        as(REVIEWER).get("/api/claims/" + id + "/comments").then().statusCode(200)
                .body("author", equalTo(List.of(EDITOR)));
    }
}

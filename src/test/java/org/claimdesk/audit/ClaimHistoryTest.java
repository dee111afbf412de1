package org.claimdesk.audit;

import static io.restassured.RestAssured.given;
import static org.claimdesk.Fixtures.ADMIN;
import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.PASSWORD;
import static org.claimdesk.Fixtures.REVIEWER;
import static org.claimdesk.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A claim's history through the API and on the article desk; the export page and its downloads. */
@QuarkusTest
class ClaimHistoryTest {

    private static final String SPEAKER = "the head teacher";
    private static final String REASON = "a forecast, not a count";

    private static org.claimdesk.web.PageSession signIn(String user) {
        return org.claimdesk.web.PageSession.signIn(user, PASSWORD);
    }

    @Test
    void historyListsEveryStepInOrder() {
        String text = "School places " + org.claimdesk.Fixtures.marker() + "\n\n"
                + "The school will add 90 places by autumn, the head teacher said.";
        JsonPath article = as(EDITOR).contentType(ContentType.JSON)
                .body(Map.of("title", "School places", "text", text)).post("/api/articles").then().statusCode(201)
                .extract().jsonPath();
        Map<String, Object> claim = article.<Map<String, Object>>getList("claims").stream()
                .filter(c -> String.valueOf(c.get("quote")).contains("90")).findFirst().orElseThrow();
        long id = ((Number) claim.get("id")).longValue();
        int version = ((Number) claim.get("version")).intValue();
        as(EDITOR).contentType(ContentType.JSON).body(Map.of("speaker", SPEAKER, "version", version))
                .patch("/api/claims/" + id).then().statusCode(200);
        as(EDITOR).contentType(ContentType.JSON).body(Map.of("action", "REJECT", "reason", REASON,
                "version", version + 1)).post("/api/claims/" + id + "/transitions").then().statusCode(200);

        as(REVIEWER).get("/api/claims/" + id + "/history").then().statusCode(200)
                .body("[0].action", equalTo("CLAIM_EXTRACTED"))
                .body("[-2].action", equalTo("CLAIM_EDITED")).body("[-2].after.speaker", equalTo(SPEAKER))
                .body("[-2].actor", equalTo(EDITOR))
                .body("[-1].action", equalTo("CLAIM_REJECT")).body("[-1].reason", equalTo(REASON))
                .body("[-1].before.status", equalTo("EXTRACTED")).body("[-1].after.status", equalTo("REJECTED"));
        as(REVIEWER).get("/api/claims/999999999/history").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/claims/" + id + "/history").then().statusCode(401);

        long articleId = article.getLong("id");
        signIn(EDITOR).request().get("/articles/" + articleId + "?claim=" + id).then()
                .statusCode(200).body(containsString("id=\"history\"")).body(containsString(REASON))
                .body(containsString(SPEAKER));
    }

    @Test
    void exportPageOffersEachExportAndServesItsDownloads() {
        var editor = signIn(EDITOR);
        editor.request().get("/export").then().statusCode(200)
                .body(containsString("action=\"/export/claims.csv\""))
                .body(containsString("action=\"/export/claimreview.json\""))
                .body(not(containsString("action=\"/export/audit.jsonl\"")))
                .body(containsString("href=\"/export\""));
        editor.request().queryParam("type", "MONEY").get("/export/claims.csv").then()
                .statusCode(200).body(containsString("id,article_id,article_title"));
        editor.request().get("/export/audit.jsonl").then()
                .statusCode(403);
        var admin = signIn(ADMIN);
        admin.request().get("/export").then().statusCode(200)
                .body(containsString("action=\"/export/audit.jsonl\""));
        admin.request().get("/export/audit.jsonl").then().statusCode(200)
                .body(containsString("\"prevHash\""));
    }
}

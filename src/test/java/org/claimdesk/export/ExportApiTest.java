package org.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimdesk.Fixtures.ADMIN;
import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.REVIEWER;
import static org.claimdesk.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";
    private static final String PLUS = "+1";
    private static final String MINUS = "-2 by some counts";
    private static final String AT = "@SUM(A1)";
    private static final String TABBED = "\tnext spring";
    private static final String QUOTED = "He said \"about\" that,\nthen left";
    private static final String NEGATIVE = "-2.5";
    private static final String SOURCE_URL = "https://crier.example/library-hours";

    @Inject
    EntityManager em;

    /** An article of my own sentences; answers its id and the id of its first claim. */
    private long[] articleWithOneClaim() {
        String text = "Library hours " + org.claimdesk.Fixtures.marker() + "\n\n"
                + "The council cut library opening by 12 hours a week, the librarian said.";
        JsonPath article = as(EDITOR).contentType(ContentType.JSON)
                .body(Map.of("title", "Library hours", "outlet", "Town Crier", "url", SOURCE_URL, "text", text))
                .post("/api/articles").then().statusCode(201).extract().jsonPath();
        Map<String, Object> claim = article.<Map<String, Object>>getList("claims").stream()
                .filter(c -> String.valueOf(c.get("quote")).contains("12")).findFirst().orElseThrow();
        return new long[] { article.getLong("id"), ((Number) claim.get("id")).longValue() };
    }

    @Test
    void hostileCellsAreDefusedAndRoundTrip() throws Exception {
        long[] ids = articleWithOneClaim();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE claim SET speaker = ?1, unit = ?2,"
                + " hedges = ?3, time_ref = ?4, verdict_explanation = ?5, value = CAST(?6 AS numeric) WHERE id = ?7")
                .setParameter(1, FORMULA).setParameter(2, PLUS).setParameter(3, new String[] { MINUS, AT })
                .setParameter(4, TABBED).setParameter(5, QUOTED).setParameter(6, NEGATIVE).setParameter(7, ids[1])
                .executeUpdate());
        String csv = as(REVIEWER).queryParam("articleId", ids[0]).get("/api/export/claims.csv").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(1);
        CSVRecord row = records.get(0);
        assertThat(row.get("speaker")).isEqualTo("'" + FORMULA);
        assertThat(row.get("unit")).isEqualTo("'" + PLUS);
        assertThat(row.get("hedges")).isEqualTo("'" + MINUS + "; " + AT);
        assertThat(row.get("time_ref")).isEqualTo("'" + TABBED);
        assertThat(undefuse(row.get("speaker"))).isEqualTo(FORMULA);
        assertThat(undefuse(row.get("unit"))).isEqualTo(PLUS);
        assertThat(undefuse(row.get("time_ref"))).isEqualTo(TABBED);
        assertThat(row.get("verdict_explanation")).isEqualTo(QUOTED);
        assertThat(row.get("value")).isEqualTo(NEGATIVE);
        // numbers go out bare: a spreadsheet reads them as numbers, not quoted or defused text
        assertThat(csv).contains("," + NEGATIVE + ",").contains("\r\n");
        assertThat(row.get("checkworthiness")).matches("[0-9.E-]+");
        assertThat(csv).doesNotContain(",\"" + NEGATIVE);
    }

    private static String undefuse(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    @Test
    void jsonLinesCarryTheClaimAndItsArticle() {
        long[] ids = articleWithOneClaim();
        String body = as(EDITOR).queryParam("articleId", ids[0]).get("/api/export/claims.jsonl").then()
                .statusCode(200).extract().asString();
        List<String> lines = body.lines().toList();
        assertThat(lines).hasSize(1);
        JsonPath line = JsonPath.from(lines.get(0));
        assertThat(line.getLong("id")).isEqualTo(ids[1]);
        assertThat(line.getString("articleTitle")).isEqualTo("Library hours");
        assertThat(line.getString("outlet")).isEqualTo("Town Crier");
        assertThat(line.getString("status")).isEqualTo("EXTRACTED");
    }

    @Test
    void claimReviewHoldsPublishedClaimsOnly() {
        long[] ids = articleWithOneClaim();
        as(EDITOR).queryParam("articleId", ids[0]).get("/api/export/claimreview.json").then().statusCode(200)
                .contentType(containsString("application/ld+json")).body("size()", org.hamcrest.Matchers.is(0));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE claim SET status = 'PUBLISHED',"
                + " verdict = 'MISLEADING', verdict_explanation = 'Hours moved, not cut', speaker = 'Maria Lopez'"
                + " WHERE id = ?1").setParameter(1, ids[1]).executeUpdate());
        JsonPath reviews = as(ADMIN).queryParam("articleId", ids[0]).get("/api/export/claimreview.json").then()
                .statusCode(200).extract().jsonPath();
        assertThat(reviews.getList("$")).hasSize(1);
        assertThat(reviews.getString("[0].@type")).isEqualTo("ClaimReview");
        assertThat(reviews.getString("[0].claimReviewed")).contains("12 hours a week");
        assertThat(reviews.getInt("[0].reviewRating.ratingValue")).isEqualTo(2);
        assertThat(reviews.getInt("[0].reviewRating.bestRating")).isEqualTo(5);
        assertThat(reviews.getString("[0].reviewRating.alternateName")).isEqualTo("Misleading");
        assertThat(reviews.getString("[0].url")).isEqualTo(
                "http://localhost:8080/articles/" + ids[0] + "?claim=" + ids[1]);
        assertThat(reviews.getString("[0].author.name")).isEqualTo("ClaimDesk");
        assertThat(reviews.getString("[0].itemReviewed.author.@type")).isEqualTo("Person");
        assertThat(reviews.getString("[0].itemReviewed.appearance.headline")).isEqualTo("Library hours");
        assertThat(reviews.getString("[0].itemReviewed.appearance.url")).isEqualTo(SOURCE_URL);
        assertThat(reviews.getString("[0].itemReviewed.appearance.publisher.name")).isEqualTo("Town Crier");
    }

    @Test
    void rolesAndBadFilters() {
        RestAssured.given().get("/api/export/claims.csv").then().statusCode(401);
        as(EDITOR).queryParam("status", "NOPE").get("/api/export/claims.csv").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("status"));
        as(EDITOR).queryParam("from", "last week").get("/api/export/claims.jsonl").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("from"));
        as(EDITOR).queryParam("articleId", "x").get("/api/export/claimreview.json").then().statusCode(400)
                .contentType(PROBLEM);
        as(EDITOR).queryParam("from", "2026-02-01").queryParam("to", "2026-01-01").get("/api/export/claims.csv")
                .then().statusCode(400).contentType(PROBLEM);
        as(EDITOR).queryParam("from", "2000-01-01").queryParam("to", "2000-01-02").get("/api/export/claims.csv")
                .then().statusCode(200).body(containsString("id,article_id"));
    }
}

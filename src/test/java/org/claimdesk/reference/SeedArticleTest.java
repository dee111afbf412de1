package org.claimdesk.reference;

import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.REVIEWER;
import static org.claimdesk.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bar on the seed article, read from the corpus at test time (never copied into the
 * project): the top suggestion for "89 seats" is 89 and ACCURATE, and the poll call gives a lead
 * margin of 3.19 ± 0.05 points, within margin.
 */
@QuarkusTest
class SeedArticleTest {

    static final Path SEED = Path.of("..", "shared", "corpus", "dev", "seed-red-wall-mps.txt");

    @Test
    void seedArticle() throws Exception {
        String text = Files.readString(SEED);
        JsonPath article = as(EDITOR).contentType(ContentType.JSON)
                .body(Map.of("title", "Seed " + org.claimdesk.Fixtures.marker(), "text", text + "\n\n"
                        + org.claimdesk.Fixtures.marker(), "publishedAt", "2025-05-22"))
                .post("/api/articles").then().statusCode(201).extract().jsonPath();
        List<Map<String, Object>> claims = article.getList("claims");
        long seats = id(claims, "89 seats");
        JsonPath suggested = as(EDITOR).get("/api/claims/" + seats + "/checks/suggested").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(89, suggested.getInt("[0].referenceValue"));
        assertEquals("ACCURATE", suggested.getString("[0].proposedVerdict"));

        long lead = id(claims, "one point ahead");
        JsonPath poll = as(REVIEWER).contentType(ContentType.JSON)
                .body(Map.of("pollster", "YouGov", "fieldworkStart", "2025-05-11", "fieldworkEnd", "2025-05-12",
                        "sampleSize", 2000, "shares", Map.of("Reform UK", 27, "Labour", 26)))
                .put("/api/claims/" + lead + "/poll").then().statusCode(200).extract().jsonPath();
        assertEquals(3.19, poll.getDouble("leadMarginOfError"), 0.05);
        assertTrue(poll.getBoolean("leadWithinMargin"));
    }

    /** Demo mode: the demo article's claims can be checked as soon as the desk is up. */
    @Test
    void demoArticleClaimsHaveSuggestions() {
        long article = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                org.claimdesk.article.Article.<org.claimdesk.article.Article>find("title like ?1", "%(demo article)")
                        .firstResult().id);
        List<Long> claims = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                org.claimdesk.claim.Claim.ofArticle(article).stream().map(c -> c.id).toList());
        long answered = claims.stream().filter(id -> !as(EDITOR).get("/api/claims/" + id + "/checks/suggested")
                .then().statusCode(200).extract().jsonPath().getList("$").isEmpty()).count();
        org.assertj.core.api.Assertions.assertThat(answered).isGreaterThanOrEqualTo(3);
    }

    private static long id(List<Map<String, Object>> claims, String quote) {
        return claims.stream().filter(c -> String.valueOf(c.get("quote")).contains(quote))
                .map(c -> ((Number) c.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + quote));
    }
}

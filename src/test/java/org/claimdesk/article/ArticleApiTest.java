package org.claimdesk.article;

import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.REVIEWER;
import static org.claimdesk.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.claimdesk.claim.Claim;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleApiTest {

    private static final String PROBLEM = "application/problem+json";

    /** Written for these tests: four checkable figures, one year. */
    static String article(String marker) {
        return "Council tax rises by 4% in Westmoor " + marker + "\n\n"
                + "The council said it will spend £2.5m on road repairs this year, and 1,200 households "
                + "will receive a rebate.\n\n"
                + "A poll by Northline put the Greens on 31%, two points ahead of Labour, in a survey of "
                + "the town taken in 2024.";
    }

    static Map<String, Object> json(String title, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("outlet", "Westmoor Gazette");
        body.put("author", "A. Writer");
        body.put("url", "https://example.org/news/1");
        body.put("publishedAt", "2025-03-01");
        body.put("text", text);
        return body;
    }

    static long articles() {
        return QuarkusTransaction.requiringNew().call(() -> Article.count());
    }

    static long claims() {
        return QuarkusTransaction.requiringNew().call(() -> Claim.count());
    }

    @Test
    void ingestStoresTheArticleWithItsExtractedClaims() {
        String text = article(org.claimdesk.Fixtures.marker());
        String location = as(EDITOR).contentType(ContentType.JSON).body(json("Council tax", text))
                .post("/api/articles").then().statusCode(201)
                .header("Location", containsString("/api/articles/"))
                .body("title", equalTo("Council tax"))
                .body("text", equalTo(text.strip()))
                .body("claims.findAll { it.status == 'EXTRACTED' }.size()", greaterThanOrEqualTo(3))
                .body("claims.quote", hasItem(containsString("£2.5m")))
                .body("claims.find { it.quote.contains('£2.5m') }.value", equalTo(2500000))
                .body("claims.find { it.quote.contains('£2.5m') }.unit", equalTo("GBP"))
                .body("claims.find { it.quote.contains('£2.5m') }.version", notNullValue())
                .extract().header("Location");
        as(REVIEWER).get(location).then().statusCode(200).body("claims.size()", greaterThanOrEqualTo(3));
    }

    @Test
    void aStatedChangeLinksItsTwoClaimsInTheApiTheExportAndTheAuditTrail() {
        String text = "Jobless rate in Westmoor " + org.claimdesk.Fixtures.marker() + "\n\n"
                + "The jobless rate in Westmoor rose from 4.2% to 4.8% last year, the council said.\n\n"
                + "The housing waiting list fell by 300 to 2,100 families.";
        var claims = as(EDITOR).contentType(ContentType.JSON).body(json("Jobless rate", text)).post("/api/articles")
                .then().statusCode(201).extract().jsonPath();
        long articleId = claims.getLong("id");
        int before = claims.getInt("claims.find { it.quote == '4.2%' }.id");
        int after = claims.getInt("claims.find { it.quote == '4.8%' }.id");
        assertEquals("FROM", claims.getString("claims.find { it.id == " + before + " }.change.role"));
        assertEquals("UP", claims.getString("claims.find { it.id == " + before + " }.change.direction"));
        assertEquals(4.8f, claims.getFloat("claims.find { it.id == " + before + " }.change.to"));
        assertEquals(after, claims.getInt("claims.find { it.id == " + before + " }.change.claimId"));
        assertEquals("TO", claims.getString("claims.find { it.id == " + after + " }.change.role"));
        assertEquals(before, claims.getInt("claims.find { it.id == " + after + " }.change.claimId"));
        assertEquals(4.2f, claims.getFloat("claims.find { it.id == " + after + " }.change.from"));
        assertEquals("DOWN", claims.getString("claims.find { it.quote.contains('2,100') }.change.direction"));
        assertEquals(300, claims.getInt("claims.find { it.quote.contains('2,100') }.change.by"));
        as(REVIEWER).get("/api/claims/" + before).then().statusCode(200)
                .body("change.claimId", equalTo(after)).body("change.from", equalTo(4.2f));

        String line = as(EDITOR).queryParam("articleId", articleId).get("/api/export/claims.jsonl").then()
                .statusCode(200).extract().asString().lines().filter(l -> l.contains("\"id\":" + before + ","))
                .findFirst().orElseThrow();
        var exported = io.restassured.path.json.JsonPath.from(line);
        assertEquals("FROM", exported.getString("change.role"));
        assertEquals(after, exported.getInt("change.claimId"));

        String audited = QuarkusTransaction.requiringNew().call(() -> (String) Claim.getEntityManager()
                .createNativeQuery("SELECT after::text FROM audit_log WHERE entity_type = 'CLAIM' AND entity_id = ?1"
                        + " AND action = 'CLAIM_EXTRACTED'").setParameter(1, (long) before).getSingleResult());
        assertEquals("FROM", io.restassured.path.json.JsonPath.from(audited).getString("change.role"));
        assertEquals(after, io.restassured.path.json.JsonPath.from(audited).getInt("change.claimId"));
    }

    @Test
    void sameContentTwiceIs409WithTheExistingLocation() {
        String text = article(org.claimdesk.Fixtures.marker());
        String location = as(EDITOR).contentType(ContentType.JSON).body(json("First", text))
                .post("/api/articles").then().statusCode(201).extract().header("Location");
        long before = articles();
        as(EDITOR).contentType(ContentType.JSON).body(json("Second", text)).post("/api/articles")
                .then().statusCode(409).contentType(PROBLEM)
                .header("Location", org.hamcrest.Matchers.endsWith(java.net.URI.create(location).getPath()));
        assertEquals(before, articles());
    }

    @Test
    void badInputChangesNothing() {
        long articlesBefore = articles();
        long claimsBefore = claims();
        // empty
        as(EDITOR).contentType(ContentType.JSON).body(json("Empty", "   ")).post("/api/articles")
                .then().statusCode(400).contentType(PROBLEM);
        // a title longer than its column
        Map<String, Object> longTitle = json("T".repeat(501), "Some 40 words.");
        as(EDITOR).contentType(ContentType.JSON).body(longTitle).post("/api/articles")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("title"));
        // too large
        as(EDITOR).contentType(ContentType.JSON).body(json("Huge", "7 cats. ".repeat(300_000)))
                .post("/api/articles").then().statusCode(413).contentType(PROBLEM);
        // unsupported media type
        as(EDITOR).contentType("application/pdf").body("%PDF".getBytes(StandardCharsets.UTF_8)).post("/api/articles")
                .then().statusCode(415).contentType(PROBLEM);
        // invalid UTF-8 in an upload
        byte[] invalid = { 'T', 'e', 'n', ' ', (byte) 0xC3, (byte) 0x28, ' ', 'c', 'a', 't', 's' };
        as(EDITOR).contentType("text/plain; charset=UTF-8").queryParam("title", "Bad").body(invalid)
                .post("/api/articles").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("UTF-8"));
        // a raw upload whose title holds a NUL character (PostgreSQL cannot store it)
        as(EDITOR).contentType(ContentType.TEXT).queryParam("title", "Votes\u0000").body("There were 12 votes.")
                .post("/api/articles").then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("title"));
        // broken JSON
        as(EDITOR).contentType(ContentType.JSON).body("{\"title\": ").post("/api/articles")
                .then().statusCode(400).contentType(PROBLEM);
        assertEquals(articlesBefore, articles());
        assertEquals(claimsBefore, claims());
    }

    @Test
    void onlyEditorsIngest() {
        as(REVIEWER).contentType(ContentType.JSON).body(json("No", article("x"))).post("/api/articles")
                .then().statusCode(403);
    }

    @Test
    void uploadsOfHtmlAndMarkdownAreCleaned() {
        String marker = org.claimdesk.Fixtures.marker();
        String html = "<html><head><script>var x = 99;</script></head><body><nav>Home 12 links</nav>"
                + "<p>The mayor said 300 new homes were built " + marker + ".</p></body></html>";
        as(EDITOR).contentType(ContentType.HTML).queryParam("title", "Homes").body(html.getBytes(StandardCharsets.UTF_8))
                .post("/api/articles").then().statusCode(201)
                .body("text", not(containsString("var x")))
                .body("text", not(containsString("Home 12")))
                .body("claims.value", hasItem(300));
        String md = "# Budget " + marker + "\n\nThe **council** will borrow [£40m](https://example.org) next year.";
        as(EDITOR).contentType("text/markdown").queryParam("title", "Budget").body(md.getBytes(StandardCharsets.UTF_8))
                .post("/api/articles").then().statusCode(201)
                .body("text", not(containsString("**")))
                .body("claims.value", hasItem(40000000));
    }

    @Test
    void searchFindsArticlesByWordsAndOutlet() {
        String marker = "zebra" + org.claimdesk.Fixtures.marker();
        Map<String, Object> body = json("Crossings " + marker, "The town added 14 crossings, said the " + marker
                + " report.");
        body.put("outlet", "Search Weekly");
        as(EDITOR).contentType(ContentType.JSON).body(body).post("/api/articles").then().statusCode(201);
        as(EDITOR).queryParam("q", marker).get("/api/articles").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].outlet", equalTo("Search Weekly"));
        as(EDITOR).queryParam("q", marker).queryParam("outlet", "Other Paper").get("/api/articles")
                .then().statusCode(200).body("items", hasSize(0));
        as(EDITOR).queryParam("page", 0).get("/api/articles").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void extractAnswersClaimsAndStoresNothing() {
        long before = claims();
        as(EDITOR).contentType(ContentType.JSON).body(Map.of("text", "Ministers promised 5,000 more nurses."))
                .post("/api/extract").then().statusCode(200).body("claims[0].value", equalTo(5000));
        as(EDITOR).contentType(ContentType.TEXT).body("About 40 MPs signed the letter.")
                .post("/api/extract").then().statusCode(200).body("claims[0].value", equalTo(40));
        as(EDITOR).contentType(ContentType.JSON).body(Map.of("text", "")).post("/api/extract")
                .then().statusCode(400).contentType(PROBLEM);
        as(EDITOR).contentType("application/pdf").body("x".getBytes(StandardCharsets.UTF_8)).post("/api/extract")
                .then().statusCode(415).contentType(PROBLEM);
        as(EDITOR).contentType(ContentType.TEXT).body("9 ".repeat(1_100_000)).post("/api/extract")
                .then().statusCode(413).contentType(PROBLEM);
        assertEquals(before, claims());
    }
}

package org.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimdesk.Fixtures.ADMIN;
import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.REVIEWER;
import static org.claimdesk.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private static final String CARRIAGE = "\rhidden";
    private static final String QUOTED = "He said \"about\" that,\nthen left; C:\\path\\ \u0001\u0002 é \u2028 </script>";
    private static final String NEGATIVE = "-2.5";
    private static final String SOURCE_URL = "https://crier.example/library-hours";
    private static final String SENTENCE = "The council cut library opening by 12 hours a week, the librarian said.";
    private static final String CSV_HEADER = "id,article_id,article_title,outlet,published_at,status,quote,value,high,"
            + "approx,bound,unit,type,speaker,hedges,time_ref,verdict,verdict_explanation,checkworthiness,updated_at,"
            + "evidence_count,first_source_title,first_source_url,reference_value,reference_unit";
    /** Fields of the API's claim that JSON Lines writes as ISO 8601 UTC (to the microsecond) rather than as Jackson does. */
    private static final Set<String> INSTANTS = Set.of("dueAt");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** An article of my own sentences; answers its id and the id of its first claim. */
    private long[] articleWithOneClaim() {
        return articleWithOneClaim("Town Crier");
    }

    private long[] articleWithOneClaim(String outlet) {
        String text = "Library hours " + org.claimdesk.Fixtures.marker() + "\n\n" + SENTENCE;
        JsonPath article = as(EDITOR).contentType(ContentType.JSON)
                .body(Map.of("title", "Library hours", "outlet", outlet, "url", SOURCE_URL, "text", text))
                .post("/api/articles").then().statusCode(201).extract().jsonPath();
        Map<String, Object> claim = article.<Map<String, Object>>getList("claims").stream()
                .filter(c -> String.valueOf(c.get("quote")).contains("12")).findFirst().orElseThrow();
        return new long[] { article.getLong("id"), ((Number) claim.get("id")).longValue() };
    }

    private void sql(String statement, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            query.executeUpdate();
        });
    }

    private void evidence(long claimId, String title, String url, String referenceValue, String unit) {
        sql("INSERT INTO evidence (claim_id, title, url, reference_value, reference_unit, added_by)"
                + " SELECT ?1, ?2, ?3, CAST(?4 AS numeric), ?5, id FROM app_user WHERE username = 'reviewer'",
                claimId, title, url, referenceValue, unit);
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }

    @Test
    void hostileCellsAreDefusedAndRoundTrip() throws Exception {
        long[] ids = articleWithOneClaim();
        sql("UPDATE claim SET speaker = ?1, unit = ?2, hedges = ?3, time_ref = ?4, verdict_explanation = ?5,"
                + " value = CAST(?6 AS numeric), status_reason = ?7 WHERE id = ?8", FORMULA, PLUS,
                new String[] { MINUS, AT }, TABBED, QUOTED, NEGATIVE, CARRIAGE, ids[1]);
        evidence(ids[1], AT, "https://stats.example/t?a=1,2", "-7", CARRIAGE);
        String csv = as(REVIEWER).queryParam("articleId", ids[0]).get("/api/export/claims.csv").then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertThat(csv).startsWith(CSV_HEADER + "\r\n");
        List<CSVRecord> records = parse(csv);
        assertThat(records).hasSize(1);
        CSVRecord row = records.get(0);
        assertThat(row.get("speaker")).isEqualTo("'" + FORMULA);
        assertThat(row.get("unit")).isEqualTo("'" + PLUS);
        assertThat(row.get("hedges")).isEqualTo("'" + MINUS + "; " + AT);
        assertThat(row.get("time_ref")).isEqualTo("'" + TABBED);
        assertThat(row.get("first_source_title")).isEqualTo("'" + AT);
        assertThat(row.get("reference_unit")).isEqualTo("'" + CARRIAGE);
        assertThat(undefuse(row.get("speaker"))).isEqualTo(FORMULA);
        assertThat(undefuse(row.get("unit"))).isEqualTo(PLUS);
        assertThat(undefuse(row.get("time_ref"))).isEqualTo(TABBED);
        assertThat(undefuse(row.get("reference_unit"))).isEqualTo(CARRIAGE);
        assertThat(row.get("verdict_explanation")).isEqualTo(QUOTED);
        assertThat(row.get("first_source_url")).isEqualTo("https://stats.example/t?a=1,2");
        assertThat(row.get("article_title")).isEqualTo("Library hours");
        assertThat(row.get("quote")).isEqualTo("12 hours");
        assertThat(row.get("value")).isEqualTo(NEGATIVE);
        assertThat(row.get("reference_value")).isEqualTo("-7");
        assertThat(row.get("high")).isEmpty();
        assertThat(row.get("approx")).isIn("true", "false");
        assertThat(Instant.parse(row.get("updated_at"))).isBefore(Instant.now());
        // numbers go out bare: a spreadsheet reads them as numbers, not quoted or defused text
        assertThat(csv).contains("," + NEGATIVE + ",").contains(",-7,").doesNotContain(",\"" + NEGATIVE)
                .doesNotContain("'" + NEGATIVE).doesNotContain("'-7");
        assertThat(row.get("checkworthiness")).matches("[0-9.eE+-]+");
        assertThat(row.get("id")).isEqualTo(Long.toString(ids[1]));
    }

    private static String undefuse(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    @Test
    void jsonLinesCarryTheApiClaimTheArticleAndTheEvidence() throws Exception {
        long[] ids = articleWithOneClaim();
        sql("UPDATE claim SET verdict_explanation = ?1, hedges = ?2 WHERE id = ?3", QUOTED,
                new String[] { "about", "\\ back" }, ids[1]);
        String body = as(EDITOR).queryParam("articleId", ids[0]).get("/api/export/claims.jsonl").then()
                .statusCode(200).contentType(containsString("application/jsonl")).extract().asString();
        List<String> lines = body.lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(body).endsWith("}\n");
        Map<String, Object> line = mapper.readValue(lines.get(0), new TypeReference<>() {
        });
        Map<String, Object> api = mapper.readValue(as(EDITOR).get("/api/claims/" + ids[1]).then().statusCode(200)
                .extract().asString(), new TypeReference<>() {
                });
        for (Map.Entry<String, Object> field : api.entrySet()) {
            Object exported = line.get(field.getKey());
            if (INSTANTS.contains(field.getKey()) && field.getValue() != null) {
                assertThat(Instant.parse((String) exported)).isEqualTo(Instant.parse((String) field.getValue()));
            } else if (field.getValue() instanceof Number n) {
                assertThat(new BigDecimal(exported.toString())).as(field.getKey())
                        .isEqualByComparingTo(new BigDecimal(n.toString()));
            } else {
                assertThat(exported).as(field.getKey()).isEqualTo(field.getValue());
            }
        }
        assertThat(line).containsKeys(api.keySet().toArray(String[]::new));
        assertThat(line.get("verdictExplanation")).isEqualTo(QUOTED);
        assertThat(line.get("hedges")).isEqualTo(List.of("about", "\\ back"));
        assertThat(line.get("articleTitle")).isEqualTo("Library hours");
        assertThat(line.get("outlet")).isEqualTo("Town Crier");
        assertThat(Instant.parse((String) line.get("updatedAt"))).isBefore(Instant.now());
        assertThat(line.get("evidenceCount")).isEqualTo(0);
        assertThat(line).containsEntry("firstSourceUrl", null).containsEntry("referenceValue", null);
    }

    @Test
    void evidenceIsSummedUpInBothExports() throws Exception {
        long[] ids = articleWithOneClaim();
        // the first source gives no figure: the reference value is the first one given
        evidence(ids[1], "Library statistics", "https://stats.example/libraries", null, null);
        evidence(ids[1], "Council budget", "https://council.example/budget", "10.5", "hours");
        evidence(ids[1], "Union survey", "https://union.example/survey", "14", "hours");
        CSVRecord row = parse(as(EDITOR).queryParam("articleId", ids[0]).get("/api/export/claims.csv").then()
                .statusCode(200).extract().asString()).get(0);
        assertThat(row.get("evidence_count")).isEqualTo("3");
        assertThat(row.get("first_source_title")).isEqualTo("Library statistics");
        assertThat(row.get("first_source_url")).isEqualTo("https://stats.example/libraries");
        assertThat(row.get("reference_value")).isEqualTo("10.5");
        assertThat(row.get("reference_unit")).isEqualTo("hours");
        JsonPath line = JsonPath.from(as(EDITOR).queryParam("articleId", ids[0]).get("/api/export/claims.jsonl")
                .then().statusCode(200).extract().asString());
        assertThat(line.getInt("evidenceCount")).isEqualTo(3);
        assertThat(line.getString("firstSourceTitle")).isEqualTo("Library statistics");
        assertThat(line.getString("firstSourceUrl")).isEqualTo("https://stats.example/libraries");
        assertThat(line.getDouble("referenceValue")).isEqualTo(10.5);
        assertThat(line.getString("referenceUnit")).isEqualTo("hours");
    }

    @Test
    void claimReviewHoldsPublishedClaimsOnly() {
        long[] ids = articleWithOneClaim();
        as(EDITOR).queryParam("articleId", ids[0]).get("/api/export/claimreview.json").then().statusCode(200)
                .contentType(containsString("application/ld+json")).body("size()", org.hamcrest.Matchers.is(0));
        String explanation = "Hours moved, not cut </script><script>alert(1)</script> & <!-- more";
        sql("UPDATE claim SET status = 'PUBLISHED', verdict = 'MISLEADING', verdict_explanation = ?1,"
                + " speaker = 'Maria Lopez' WHERE id = ?2", explanation, ids[1]);
        String raw = as(ADMIN).queryParam("articleId", ids[0]).get("/api/export/claimreview.json").then()
                .statusCode(200).extract().asString();
        // safe to paste into <script type="application/ld+json">: no markup character is written raw
        assertThat(raw).doesNotContain("<").doesNotContain(">").contains("\\u003C/script");
        JsonPath reviews = JsonPath.from(raw);
        assertThat(reviews.getList("$")).hasSize(1);
        assertThat(reviews.getString("[0].@type")).isEqualTo("ClaimReview");
        assertThat(reviews.getString("[0].reviewBody")).isEqualTo(explanation);
        // the claim restated: its clause, without the attribution that follows it
        assertThat(reviews.getString("[0].claimReviewed")).isEqualTo("The council cut library opening by 12 hours a week");
        assertThat(reviews.getInt("[0].reviewRating.ratingValue")).isEqualTo(2);
        assertThat(reviews.getInt("[0].reviewRating.bestRating")).isEqualTo(5);
        assertThat(reviews.getString("[0].reviewRating.alternateName")).isEqualTo("Misleading");
        assertThat(reviews.getString("[0].url")).isEqualTo(
                "http://localhost:8080/articles/" + ids[0] + "?claim=" + ids[1]);
        assertThat(reviews.getString("[0].author.name")).isEqualTo("ClaimDesk");
        assertThat(reviews.getString("[0].itemReviewed.author.@type")).isEqualTo("Person");
        assertThat(reviews.getString("[0].itemReviewed.author.name")).isEqualTo("Maria Lopez");
        assertThat(reviews.getString("[0].itemReviewed.appearance.headline")).isEqualTo("Library hours");
        assertThat(reviews.getString("[0].itemReviewed.appearance.url")).isEqualTo(SOURCE_URL);
        assertThat(reviews.getString("[0].itemReviewed.appearance.publisher.name")).isEqualTo("Town Crier");

        // a phrase is no author: the Claim then names none; a source that is no web address is not linked
        sql("UPDATE claim SET speaker = 'figures revealed by' WHERE id = ?1", ids[1]);
        sql("UPDATE article SET url = 'javascript:alert(1)' WHERE id = ?1", ids[0]);
        JsonPath phrase = as(EDITOR).queryParam("articleId", ids[0]).get("/api/export/claimreview.json").then()
                .statusCode(200).extract().jsonPath();
        assertThat(phrase.getMap("[0].itemReviewed")).doesNotContainKey("author");
        assertThat(phrase.getString("[0].itemReviewed.appearance.url"))
                .isEqualTo("http://localhost:8080/articles/" + ids[0]);
    }

    @Test
    void theOutletFilterIsMatchedAsTextWhateverItHolds() throws Exception {
        String outlet = "O'Brien's \\Weekly\\ ' OR ''='";
        long[] ids = articleWithOneClaim(outlet);
        List<CSVRecord> rows = parse(as(EDITOR).queryParam("outlet", outlet.toUpperCase()).get("/api/export/claims.csv")
                .then().statusCode(200).extract().asString());
        assertThat(rows).extracting(r -> r.get("id")).containsExactly(Long.toString(ids[1]));
        assertThat(rows.get(0).get("outlet")).isEqualTo(outlet);
        as(EDITOR).queryParam("outlet", "x' OR '1'='1").get("/api/export/claims.jsonl").then().statusCode(200)
                .body(org.hamcrest.Matchers.emptyString());
    }

    @Test
    void rolesAndBadFilters() {
        RestAssured.given().get("/api/export/claims.csv").then().statusCode(401);
        as(EDITOR).queryParam("status", "NOPE").get("/api/export/claims.csv").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("status"))
                .body("detail", containsString("Status: 'NOPE' is not one of CANDIDATE, EXTRACTED"));
        as(EDITOR).queryParam("from", "last week").get("/api/export/claims.jsonl").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("from"))
                .body("detail", containsString("From date: 'last week' is not a date"));
        as(EDITOR).queryParam("articleId", "x").get("/api/export/claimreview.json").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("articleId"));
        as(EDITOR).queryParam("from", "2026-02-01").queryParam("to", "2026-01-01").get("/api/export/claims.csv")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("to"));
        as(EDITOR).queryParam("from", "2000-01-01").queryParam("to", "2000-01-02").get("/api/export/claims.csv")
                .then().statusCode(200).body(containsString("id,article_id"));
    }

    @Test
    void filtersBeyondTheDatabasesRangeAreRefusedBeforeAnyByte() {
        for (String path : List.of("/api/export/claims.csv", "/api/export/claims.jsonl",
                "/api/export/claimreview.json")) {
            for (Map.Entry<String, String> bad : List.of(Map.entry("from", "+9999999-01-01"),
                    Map.entry("to", "300000-01-01"), Map.entry("from", "1799-12-31"),
                    Map.entry("articleId", "9223372036854775808"), Map.entry("articleId", "-1"),
                    Map.entry("outlet", "Crier\u0000"), Map.entry("verdict", "TRUE"), Map.entry("type", "x"))) {
                as(EDITOR).queryParam(bad.getKey(), bad.getValue()).get(path).then().statusCode(400)
                        .contentType(PROBLEM).body("errors.field", hasItem(bad.getKey()));
            }
        }
        as(EDITOR).queryParam("from", "1800-01-01").queryParam("to", "2200-12-31").get("/api/export/claims.csv")
                .then().statusCode(200);
    }
}

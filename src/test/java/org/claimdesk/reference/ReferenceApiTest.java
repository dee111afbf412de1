package org.claimdesk.reference;

import static org.claimdesk.Fixtures.ADMIN;
import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.REVIEWER;
import static org.claimdesk.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.claimdesk.Fixtures;
import org.junit.jupiter.api.Test;

/** The four reference endpoints exactly as the issue writes them, with roles and refusals. */
@QuarkusTest
class ReferenceApiTest {

    private static final String PROBLEM = "application/problem+json";

    /** An article of my own; returns the claim whose quote contains {@code quote}. */
    static Map<String, Object> claim(String text, String publishedAt, String quote) {
        String body = "Desk test " + Fixtures.marker() + "\n\n" + text;
        JsonPath article = as(EDITOR).contentType(ContentType.JSON)
                .body(Map.of("title", "Reference test", "text", body, "publishedAt", publishedAt))
                .post("/api/articles").then().statusCode(201).extract().jsonPath();
        return article.getList("claims", Map.class).stream()
                .filter(c -> String.valueOf(c.get("quote")).contains(quote)).findFirst()
                .map(c -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) c;
                    return m;
                }).orElseThrow(() -> new AssertionError("no claim '" + quote + "' in " + article.prettify()));
    }

    static long id(Map<String, Object> claim) {
        return ((Number) claim.get("id")).longValue();
    }

    @Test
    void importsBothResultsShapesAndEachImportIsANewVersion() {
        String name = "ge2024-" + Fixtures.marker();
        as(REVIEWER).contentType("text/csv").body(ReferenceFiles.read(ReferenceFiles.GE2024))
                .post("/api/datasets?name=" + name + "&format=hoc-results").then().statusCode(201)
                .body("name", equalTo(name)).body("version", equalTo(1)).body("rows", equalTo(650))
                .body("id", greaterThan(0)).body("coverage", equalTo("the general election of 2024-07-04"));
        as(ADMIN).contentType("text/csv").body(ReferenceFiles.read(ReferenceFiles.GE2024))
                .post("/api/datasets?name=" + name + "&format=hoc-results&releaseDate=2024-09-18").then()
                .statusCode(201).body("version", equalTo(2)).body("rows", equalTo(650));
        String name2019 = "ge2019-" + Fixtures.marker();
        as(REVIEWER).contentType("text/csv").body(ReferenceFiles.read(ReferenceFiles.GE2019))
                .post("/api/datasets?name=" + name2019 + "&format=hoc-results").then().statusCode(201)
                .body("rows", equalTo(650)).body("coverage", equalTo("the general election of 2019-12-12"));
        String returns = "returns-" + Fixtures.marker();
        as(REVIEWER).contentType("text/csv").body(ReferenceFiles.read(ReferenceFiles.RETURNS))
                .post("/api/datasets?name=" + returns + "&format=homeoffice").then().statusCode(201)
                .body("rows", equalTo(44109)).body("coverage", equalTo("2004 Q1\u20132023 Q4"))
                .body("licence", equalTo("Open Government Licence v3.0"));
    }

    @Test
    void aBrokenFileIsA400NamingLineAndColumnAndNothingIsStored() {
        String name = "broken-" + Fixtures.marker();
        String csv = ReferenceFiles.read(ReferenceFiles.GE2019);
        String[] lines = csv.split("\n", -1);
        // line 5 (Aberdeen South): the majority 3990 becomes "39x0"
        lines[4] = lines[4].replace(",3990,", ",39x0,");
        as(REVIEWER).contentType("text/csv").body(String.join("\n", lines))
                .post("/api/datasets?name=" + name + "&format=hoc-results").then().statusCode(400)
                .contentType(PROBLEM).body("detail", containsString("line 5, column 18 (Majority): '39x0' is not a number"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Dataset.count("name", name)));
        as(REVIEWER).contentType("text/csv").body("a,b\n1,2\n").post("/api/datasets?name=" + name + "&format=xls")
                .then().statusCode(400).body("detail", containsString("hoc-results, homeoffice, long"));
    }

    @Test
    void onlyReviewersAndAdminsImport() {
        as(EDITOR).contentType("text/csv").body("Year,Count\n2023,4\n").post("/api/datasets?name=x&format=long")
                .then().statusCode(403).contentType(PROBLEM);
        RestAssured.given().contentType("text/csv").body("Year,Count\n2023,4\n")
                .post("/api/datasets?name=x&format=long").then().statusCode(401);
        as(REVIEWER).contentType("text/csv").body("Year,Area,Count\n2023,North,4\n2023,South,6\n")
                .post("/api/datasets?name=long-" + Fixtures.marker() + "&format=long").then().statusCode(201)
                .body("rows", equalTo(2)).body("version", equalTo(1));
    }

    @Test
    void seedSentenceTopSuggestionIs89AccurateAndTurnsIntoACheckThatReruns() {
        Map<String, Object> claim = claim("Analysts note that at the 2024 general election Reform UK was runner-up"
                + " behind Labour in 89 seats.", "2025-05-20", "89 seats");
        long id = id(claim);
        JsonPath suggested = as(EDITOR).get("/api/claims/" + id + "/checks/suggested").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(89, suggested.getInt("[0].referenceValue"));
        assertEquals("ACCURATE", suggested.getString("[0].proposedVerdict"));
        assertEquals("count of 2024 constituencies where First party = Lab and Second party = RUK = 89",
                suggested.getString("[0].description"));
        Map<String, Object> query = suggested.getMap("[0].query");
        // editors see suggestions but do not attach checks
        as(EDITOR).contentType(ContentType.JSON).body(Map.of("query", query)).post("/api/claims/" + id + "/checks")
                .then().statusCode(403);
        JsonPath check = as(REVIEWER).contentType(ContentType.JSON).body(Map.of("query", query))
                .post("/api/claims/" + id + "/checks").then().statusCode(201).body("referenceValue", equalTo(89))
                .body("proposedVerdict", equalTo("ACCURATE")).extract().jsonPath();
        long checkId = check.getLong("id");
        as(REVIEWER).get("/api/claims/" + id + "/evidence").then().statusCode(200)
                .body("[0].referenceValue", equalTo(89)).body("[0].title", containsString("Second party = RUK"));
        as(Fixtures.REVIEWER2).contentType(ContentType.JSON).post("/api/checks/" + checkId + "/rerun").then().statusCode(200)
                .body("referenceValue", equalTo(89)).body("same", equalTo(true));
        as(REVIEWER).contentType(ContentType.JSON).post("/api/checks/999999999/rerun").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void pollCallGivesTheLeadsMarginOfError() {
        Map<String, Object> claim = claim("A new poll puts Reform UK one point ahead of Labour, within the margin of"
                + " error.", "2025-05-20", "one point");
        long id = id(claim);
        Map<String, Object> body = Map.of("pollster", "YouGov", "fieldworkStart", "2025-05-11", "fieldworkEnd",
                "2025-05-12", "sampleSize", 2000, "shares", Map.of("Reform UK", 27, "Labour", 26));
        as(EDITOR).contentType(ContentType.JSON).body(body).put("/api/claims/" + id + "/poll").then().statusCode(403);
        JsonPath poll = as(REVIEWER).contentType(ContentType.JSON).body(body).put("/api/claims/" + id + "/poll").then()
                .statusCode(200).body("leadWithinMargin", equalTo(true))
                .body("leader", equalTo("Reform UK")).body("proposedVerdict", equalTo("ACCURATE"))
                .body("flags.code", org.hamcrest.Matchers.hasItems("LEAD_WITHIN_MARGIN", "BPC_DISCLOSURE_MISSING"))
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(3.19, poll.getDouble("leadMarginOfError"), 0.05);
        as(REVIEWER).contentType(ContentType.JSON).body(Map.of("shares", Map.of("Labour", 140)))
                .put("/api/claims/" + id + "/poll").then().statusCode(400).contentType(PROBLEM);
        as(EDITOR).get("/api/claims/" + id + "/poll").then().statusCode(200).body("sampleSize", equalTo(2000));
    }

    @Test
    void checksListAndLiveRun() {
        Map<String, Object> claim = claim("The Home Office returned 50,233 people in 2023, it said.", "2024-03-01",
                "50,233");
        long id = id(claim);
        JsonPath suggested = as(REVIEWER).get("/api/claims/" + id + "/checks/suggested").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(50233, suggested.getInt("[0].referenceValue"));
        Map<String, Object> query = suggested.getMap("[0].query");
        as(REVIEWER).contentType(ContentType.JSON).body(query).post("/api/checks/run").then().statusCode(200)
                .body("value", equalTo(50233));
        as(REVIEWER).contentType(ContentType.JSON).body(query).post("/api/claims/" + id + "/checks").then()
                .statusCode(201);
        List<Object> checks = as(EDITOR).get("/api/claims/" + id + "/checks").then().statusCode(200).extract()
                .jsonPath().getList("$");
        assertEquals(1, checks.size());
    }
}

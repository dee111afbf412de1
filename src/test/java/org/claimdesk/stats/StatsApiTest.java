package org.claimdesk.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.claimdesk.Fixtures.ADMIN;
import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.REVIEWER;
import static org.claimdesk.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Who may read the figures, how bad filters are answered, and the CSV downloads. */
@QuarkusTest
@TestProfile(StatsProfile.class)
class StatsApiTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String FORMULA_OUTLET = "=HYPERLINK(\"http://x\",\"y\")";
    private static final String FORMULA_SPEAKER = "@SUM(A1)";
    private static final List<String> TABLES = List.of("claims-by-status", "stage-times", "backlog-age",
            "reviewer-load", "review-rates", "verdicts-by-outlet", "verdicts-by-speaker", "claims-per-day");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyDeskRoleReadsTheFiguresAndNoOneElse() {
        for (String user : List.of(EDITOR, REVIEWER, ADMIN)) {
            as(user).get("/api/stats").then().statusCode(200).contentType(containsString("application/json"))
                    .body("claimsByStatus.keySet()", equalTo(new java.util.LinkedHashSet<>(StatsQueries.STATUSES)))
                    .body("stageTimes.stage", equalTo(List.of("taken", "proposed", "approved", "published", "total")))
                    .body("backlogAge.buckets.size()", equalTo(8));
        }
        RestAssured.given().get("/api/stats").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Basic"));
        RestAssured.given().get("/api/stats/claims-by-status.csv").then().statusCode(401);
        RestAssured.given().redirects().follow(false).get("/dashboard").then().statusCode(302)
                .header("Location", containsString("/login"));
    }

    @Test
    void badFiltersAreFourHundredsThatNameTheField() {
        Map<String, Map<String, String>> bad = Map.of(
                "from", Map.of("from", "yesterday"),
                "to", Map.of("to", "2025-02-30"));
        bad.forEach((field, query) -> as(EDITOR).queryParams(query).get("/api/stats").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem(field)).body("detail", containsString("YYYY-MM-DD")));
        as(EDITOR).queryParam("from", "1799-12-31").get("/api/stats").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("from")).body("errors[0].message", containsString("1800-01-01"));
        as(EDITOR).queryParam("to", "2201-01-01").get("/api/stats").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(EDITOR).queryParam("to", "+10000-01-01").get("/api/stats").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        as(EDITOR).queryParams(Map.of("from", "2025-03-10", "to", "2025-03-01")).get("/api/stats").then()
                .statusCode(400).body("errors[0].field", equalTo("to")).body("detail", containsString("before its start"));
        as(EDITOR).queryParam("outlet", "x".repeat(201)).get("/api/stats").then().statusCode(400)
                .body("errors[0].field", equalTo("outlet"));
        as(EDITOR).queryParam("from", "yesterday").get("/api/stats/stage-times.csv").then().statusCode(400)
                .contentType(PROBLEM);
        as(EDITOR).get("/api/stats/everything.csv").then().statusCode(404).contentType(PROBLEM);
        // the edges of the sane range are accepted
        as(EDITOR).queryParams(Map.of("from", "1800-01-01", "to", "2200-12-31")).get("/api/stats").then()
                .statusCode(200).body("period.from", equalTo("1800-01-01"));
    }

    @Test
    void everyTableDownloadsAsCsvWithItsColumnsAndDefusedText() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            Workflows w = new Workflows(c);
            long article = w.article(FORMULA_OUTLET);
            Instant t = Instant.now().minus(3, ChronoUnit.HOURS);
            w.insert(new Workflows.Claim(article, "APPROVED", t).speaker(FORMULA_SPEAKER).verdict("MISLEADING")
                    .step("SUBMIT", EDITOR, t.plusSeconds(60)).step("TAKE", "reviewer", t.plusSeconds(120))
                    .step("PROPOSE_VERDICT", "reviewer", t.plusSeconds(600))
                    .step("APPROVE", "reviewer2", t.plusSeconds(900)));
        }
        for (String table : TABLES) {
            String csv = as(REVIEWER).queryParam("outlet", FORMULA_OUTLET).get("/api/stats/" + table + ".csv").then()
                    .statusCode(200).contentType(containsString("text/csv"))
                    .header("Content-Disposition", containsString(table + ".csv")).extract().asString();
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords();
            assertThat(rows).as(table).isNotEmpty();
            assertThat(csv).as(table).contains("\r\n");
        }
        List<CSVRecord> outlets = csv("verdicts-by-outlet");
        assertThat(outlets.get(0).get("outlet")).isEqualTo("'" + FORMULA_OUTLET);
        assertThat(outlets.get(0).get("misleading")).isEqualTo("1");
        assertThat(outlets.get(0).get("total")).isEqualTo("1");
        assertThat(csv("verdicts-by-speaker").get(0).get("speaker")).isEqualTo("'" + FORMULA_SPEAKER);
        List<CSVRecord> status = csv("claims-by-status");
        assertThat(status).extracting(r -> r.get("status")).containsExactlyElementsOf(StatsQueries.STATUSES);
        assertThat(status.stream().filter(r -> r.get("status").equals("APPROVED")).findFirst().orElseThrow()
                .get("claims_now")).isEqualTo("1");
        // times go out as bare numbers of hours
        CSVRecord taken = csv("stage-times").stream().filter(r -> r.get("stage").equals("taken")
                && r.get("week").isEmpty()).findFirst().orElseThrow();
        assertThat(Double.parseDouble(taken.get("median_hours"))).isCloseTo(1.0 / 60, within(1e-9));
    }

    private static List<CSVRecord> csv(String table) throws Exception {
        String csv = as(EDITOR).queryParam("outlet", FORMULA_OUTLET).get("/api/stats/" + table + ".csv").then()
                .statusCode(200).extract().asString();
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .getRecords();
    }
}

package org.claimdesk.reference;

import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.REVIEWER;
import static org.claimdesk.Fixtures.as;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimdesk.reference.suggest.Ranking;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a timed test: suggestion latency over HTTP (GET /api/claims/{id}/checks/suggested,
 * on the real database with the four demo tables) and in memory (ranking alone), as median and
 * 95th percentile. Prints the figures and writes them to target/bench/suggestions.txt; asserts only
 * that suggestions came back.
 */
@QuarkusTest
class SuggestionLatencyTest {

    private static final int CLAIMS = 40;
    private static final int ROUNDS = 5;

    @Test
    void suggestionLatency() throws Exception {
        List<SuggestionAccuracyTest.Known> known = SuggestionAccuracyTest.claims("/reference/claims.txt")
                .subList(0, CLAIMS);
        List<Long> ids = new ArrayList<>();
        for (SuggestionAccuracyTest.Known k : known) {
            JsonPath article = as(EDITOR).contentType(ContentType.JSON)
                    .body(Map.of("title", "Latency " + org.claimdesk.Fixtures.marker(), "text",
                            org.claimdesk.Fixtures.marker() + "\n\n" + k.sentence(), "publishedAt", k.date().toString()))
                    .post("/api/articles").then().statusCode(201).extract().jsonPath();
            List<Map<String, Object>> claims = article.getList("claims");
            claims.stream().filter(c -> String.valueOf(c.get("quote")).toLowerCase(Locale.ROOT)
                    .contains(k.quote().toLowerCase(Locale.ROOT))).findFirst()
                    .ifPresent(c -> ids.add(((Number) c.get("id")).longValue()));
        }
        // warm up: first calls load the tables into memory
        for (long id : ids) {
            as(REVIEWER).get("/api/claims/" + id + "/checks/suggested").then().statusCode(200);
        }
        // what any API call costs here (HTTP Basic checks a bcrypt hash on every request), for comparison
        List<Long> baseline = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (long id : ids) {
                long t0 = System.nanoTime();
                as(REVIEWER).get("/api/claims/" + id).then().statusCode(200);
                baseline.add(System.nanoTime() - t0);
            }
        }
        List<Long> http = new ArrayList<>();
        int answered = 0;
        for (int round = 0; round < ROUNDS; round++) {
            for (long id : ids) {
                long t0 = System.nanoTime();
                List<Object> list = as(REVIEWER).get("/api/claims/" + id + "/checks/suggested").then().statusCode(200)
                        .extract().jsonPath().getList("$");
                http.add(System.nanoTime() - t0);
                answered += list.isEmpty() ? 0 : 1;
            }
        }
        List<Long> memory = new ArrayList<>();
        for (SuggestionAccuracyTest.Known k : known) {
            Ranking.rank(SuggestionAccuracyTest.context(k), ReferenceTables.sources(), 8); // warm up
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (SuggestionAccuracyTest.Known k : known) {
                var c = SuggestionAccuracyTest.context(k);
                long t0 = System.nanoTime();
                Ranking.rank(c, ReferenceTables.sources(), 8);
                memory.add(System.nanoTime() - t0);
            }
        }
        String report = String.format(Locale.ROOT, "suggestions over HTTP (%d claims x %d): median %.1f ms, p95 %.1f ms,"
                + " max %.1f ms (GET /api/claims/{id} alone: median %.1f ms, p95 %.1f ms); ranking in memory:"
                + " median %.2f ms, p95 %.2f ms%n", ids.size(), ROUNDS, percentile(http, 50), percentile(http, 95),
                percentile(http, 100), percentile(baseline, 50), percentile(baseline, 95), percentile(memory, 50),
                percentile(memory, 95));
        System.out.print(report);
        Files.createDirectories(java.nio.file.Path.of("target", "bench"));
        Files.writeString(java.nio.file.Path.of("target", "bench", "suggestions.txt"), report);
        assertFalse(ids.isEmpty());
        assertFalse(answered == 0, "no suggestion came back");
    }

    static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int i = Math.max(0, (int) Math.ceil(sorted.size() * p / 100.0) - 1);
        return sorted.get(i) / 1e6;
    }
}

package org.claimdesk.article;

import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bulk import runs in the background; a bad record is reported by line and does not stop the rest. */
@QuarkusTest
class BulkImportTest {

    @Inject
    org.claimdesk.user.UserService users;

    @Inject
    ImportService imports;

    @Test
    void badLinesAreReportedAndTheRestImported() throws Exception {
        String marker = org.claimdesk.Fixtures.marker();
        String jsonl = String.join("\n",
                "{\"title\": \"Pier " + marker + "\", \"text\": \"The pier cost £8m to repair " + marker + ".\"}",
                "{\"title\": \"Broken\", \"text\": ",
                "",
                "{\"text\": \"No title here, 5 cats.\"}",
                "{\"title\": \"Library " + marker + "\", \"html\": \"<p>The library lent 9,000 books " + marker
                        + ".</p>\"}",
                "{\"title\": \"Dated\", \"publishedAt\": \"yesterday\", \"text\": \"12 buses.\"}");
        List<ImportService.Item> items = imports.readJsonLines("batch.jsonl", jsonl);
        long job = imports.start(users.actorOf(EDITOR).orElseThrow(), items).id;

        JsonPath status = null;
        for (int i = 0; i < 200; i++) {
            status = as(EDITOR).get("/api/jobs/" + job).then().statusCode(200).extract().jsonPath();
            if ("DONE".equals(status.getString("status"))) {
                break;
            }
            Thread.sleep(100);
        }
        as(EDITOR).get("/api/jobs/" + job).then().statusCode(200)
                .body("status", equalTo("DONE"))
                .body("total", equalTo(5)).body("processed", equalTo(5))
                .body("succeeded", equalTo(2)).body("failed", equalTo(3)).body("percent", equalTo(100))
                .body("errors.line", equalTo(List.of(2, 4, 6)))
                .body("errors.message", hasItem("title is missing"))
                .body("articleIds", hasSize(2));
        as(EDITOR).queryParam("q", marker).get("/api/articles").then().body("items", hasSize(2));
        as(EDITOR).get("/api/jobs/999999").then().statusCode(404).contentType("application/problem+json");
    }
}

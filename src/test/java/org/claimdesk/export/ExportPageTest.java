package org.claimdesk.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.PASSWORD;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportPageTest {

    private static org.claimdesk.web.PageSession signIn() {
        return org.claimdesk.web.PageSession.signIn(EDITOR, PASSWORD);
    }

    @Test
    void aBadFilterShowsTheFormAgainWithWhatWasTypedAndTheMessageBesideIt() {
        var session = signIn();
        String html = session.request().queryParam("from", "2026-13-01")
                .queryParam("outlet", "Town <Crier>").queryParam("articleId", "-4").get("/export/claims.jsonl").then()
                .statusCode(400).contentType(containsString("text/html")).extract().asString();
        Document page = Jsoup.parse(html);
        // the JSON Lines form is the second offer on the page
        Element from = page.getElementById("from-1");
        assertThat(from.attr("value")).isEqualTo("2026-13-01");
        assertThat(from.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById(from.attr("aria-describedby")).text()).contains("is not a date");
        assertThat(page.getElementById("outlet-1").attr("value")).isEqualTo("Town <Crier>");
        assertThat(page.getElementById("article-1-error").text()).contains("is not an id");
        // the other offers' forms are left as they were
        assertThat(page.getElementById("from-0").attr("value")).isEmpty();
        assertThat(page.getElementById("from-0").hasAttr("aria-invalid")).isFalse();
        assertThat(html).doesNotContain("Town <Crier>");
    }

    @Test
    void aGoodFilterDownloads() {
        var session = signIn();
        session.request().queryParam("status", "confirmed").get("/export/claims.csv")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("claims.csv")).body(containsString("id,article_id"));
        String page = session.request().get("/export").then().statusCode(200).extract()
                .asString();
        assertThat(Jsoup.parse(page).getElementById("from-0").attr("min")).isEqualTo("1800-01-01");
    }
}

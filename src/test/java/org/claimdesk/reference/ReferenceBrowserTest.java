package org.claimdesk.reference;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.as;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimdesk.Fixtures;
import org.claimdesk.claim.Claim;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.web.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A reviewer builds a check on the review page, proposes the verdict it suggests, and a second approves. */
@QuarkusTest
class ReferenceBrowserTest {

    @TestHTTPResource("/")
    URL base;

    static Browser browser;

    @BeforeAll
    static void launch() {
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    /** A claim of my own, confirmed and submitted by the editor; the only one in the queue. */
    static long submitted(String text, String quote) {
        QuarkusTransaction.requiringNew().run(() -> Claim.update(
                "status = ?1, assigneeId = null where status = ?2", ClaimStatus.REJECTED, ClaimStatus.SUBMITTED));
        JsonPath article = as(EDITOR).contentType(ContentType.JSON)
                .body(Map.of("title", "Seats " + Fixtures.marker(), "text", "Results " + Fixtures.marker() + "\n\n"
                        + text, "publishedAt", "2025-05-20"))
                .post("/api/articles").then().statusCode(201).extract().jsonPath();
        String find = "claims.find { it.quote.contains('" + quote + "') }";
        long id = article.getLong(find + ".id");
        int v = article.getInt(find + ".version");
        v = as(EDITOR).contentType(ContentType.JSON).body(Map.of("action", "CONFIRM", "version", v))
                .post("/api/claims/" + id + "/transitions").then().statusCode(200).extract().path("version");
        as(EDITOR).contentType(ContentType.JSON).body(Map.of("action", "SUBMIT", "version", v))
                .post("/api/claims/" + id + "/transitions").then().statusCode(200);
        return id;
    }

    @Test
    void reviewerBuildsACheckProposesItsVerdictAndASecondApproves() throws Exception {
        long id = submitted("Analysts say that in the 2024 general election Reform UK was runner-up behind Labour in"
                + " 89 seats.", "89 seats");
        Page reviewer = browser.page(true);
        Browser.signIn(reviewer, base.toString(), "reviewer", "demo");
        reviewer.navigate(base + "review");
        reviewer.locator("#take-next").click();
        reviewer.waitForURL("**/review/claims/" + id);
        // the top suggestion is the count of seats Labour won with Reform UK second
        assertThat(reviewer.locator("#suggestions li").first()).containsText("89");
        assertThat(reviewer.locator("#suggestions li").first()).containsText("ACCURATE");

        // build the check by hand: the 2024 results table, First party = Lab, Second party = RUK, count
        Locator dataset = reviewer.locator("#cb-dataset option", new Page.LocatorOptions().setHasText("hoc-ge2024-results v"));
        String version = dataset.first().getAttribute("value");
        pick(reviewer, "#cb-dataset", version);
        pick(reviewer, "#cb-c1", "");
        pick(reviewer, "#cb-c0", "");
        pick(reviewer, "#cb-c0", "First party");
        assertThat(reviewer.locator("#cb-v0 option[value='Lab']")).hasCount(1);
        pick(reviewer, "#cb-v0", "Lab");
        pick(reviewer, "#cb-fn", "COUNT");
        assertThat(reviewer.locator("#check-result-value")).hasText("411");
        pick(reviewer, "#cb-c1", "Second party");
        assertThat(reviewer.locator("#cb-v1 option[value='RUK']")).hasCount(1);
        pick(reviewer, "#cb-v1", "RUK");
        assertThat(reviewer.locator("#check-result-value")).hasText("89");
        assertThat(reviewer.locator("#check-result")).containsText("First party = Lab and Second party = RUK");
        assertThat(reviewer.locator("#check-result")).containsText("ACCURATE");
        Browser.screenshot(reviewer, "check-builder");
        reviewer.locator("#builder-add").click();
        assertThat(reviewer.locator(".flash.ok")).containsText("Check added as evidence");
        assertThat(reviewer.locator("#evidence-list")).containsText("Second party = RUK");
        assertThat(reviewer.locator("#check-list")).containsText("89");

        // the proposal stands beside the verdict form; the reviewer uses it and submits
        reviewer.locator(".use-proposal").first().click();
        assertThat(reviewer.locator("#verdict")).hasValue("ACCURATE");
        assertThat(reviewer.locator("#verdict-form textarea[name=explanation]")).hasValue(Pattern.compile(".*Second party = RUK.*"));
        reviewer.locator("#propose").click();
        assertThat(reviewer.locator("#review-status")).hasText("Verdict proposed");
        assertThat(reviewer.locator("#history")).containsText("used: ACCURATE");
        // a re-run by the proposer gives the same value
        reviewer.locator("#check-list button").first().click();
        assertThat(reviewer.locator(".flash.ok")).containsText("the same as stored");
        reviewer.context().close();

        Page second = browser.page(true);
        Browser.signIn(second, base.toString(), "reviewer2", "demo");
        second.navigate(base + "review/claims/" + id);
        assertThat(second.locator("#check-list")).containsText("Proposed ACCURATE");
        second.locator("#action-approve").click();
        assertThat(second.locator("#review-status")).hasText("Approved");
        Browser.screenshot(second, "check-approved");
        second.context().close();
    }

    /** Picks a value in one of the builder's selects and waits for the builder to come back with the live result. */
    private static void pick(Page page, String select, String value) {
        if (page.locator(select).inputValue().equals(value)) {
            return; // no change, no request
        }
        page.waitForResponse(r -> r.url().contains("/builder"), () -> page.locator(select).selectOption(value));
        // and until htmx has swapped the builder in and settled, so that the next pick acts on the new one
        page.waitForFunction("() => document.querySelectorAll('.htmx-request, .htmx-swapping, .htmx-settling')"
                + ".length === 0");
        assertThat(page.locator(select)).hasValue(value);
    }

    @Test
    void pollPanelShowsTheLeadsMarginOfError() throws Exception {
        long id = submitted("A new poll puts the Greens two points ahead of the Lib Dems, on 14% to 12%.",
                "two points");
        Page reviewer = browser.page(true);
        Browser.signIn(reviewer, base.toString(), "reviewer", "demo");
        reviewer.navigate(base + "review");
        reviewer.locator("#take-next").click();
        reviewer.waitForURL("**/review/claims/" + id);
        reviewer.locator("#poll-pollster").fill("Testpoll");
        reviewer.locator("#poll-n").fill("1000");
        reviewer.locator("#poll-party-0").fill("Green");
        reviewer.locator("#poll-share-0").fill("14");
        reviewer.locator("#poll-party-1").fill("Liberal Democrats");
        reviewer.locator("#poll-share-1").fill("12");
        reviewer.locator("#poll-save").click();
        // 1.96 x sqrt((0.14 + 0.12 - 0.02^2) / 1000) = 3.16 points
        assertThat(reviewer.locator("#poll-lead-moe")).hasText("3.16");
        assertThat(reviewer.locator("#poll-flags")).containsText("within the margin of error");
        assertThat(reviewer.locator("#poll-flags")).containsText("British Polling Council");
        reviewer.context().close();
    }

    @Test
    void datasetsPageListsPreviewsAndImportsWithProgress() throws Exception {
        Page page = browser.page(true);
        Browser.signIn(page, base.toString(), "reviewer", "demo");
        page.navigate(base + "datasets");
        page.locator("#datasets a", new Page.LocatorOptions().setHasText("hoc-ge2024-results")).click();
        assertThat(page.locator("#provenance")).containsText("Open Parliament Licence v3.0");
        page.locator("#preview-filters select").filter(new Locator.FilterOptions()
                .setHas(page.locator("option[value='First party:SNP']"))).selectOption(new SelectOption()
                        .setValue("First party:SNP"));
        page.locator("#preview-filters button").click();
        assertThat(page.locator("#preview-count")).containsText("9 rows match");

        Path csv = Files.createTempFile("counts", ".csv");
        Files.writeString(csv, "Year,Area,Count\n2022,North,4\n2023,North,6\n2023,South,7\n");
        page.navigate(base + "datasets");
        page.locator("#ds-file").setInputFiles(csv);
        page.locator("#ds-name").fill("counts-" + Fixtures.marker());
        page.locator("#ds-format").selectOption("long");
        page.locator("#import-submit").click();
        assertThat(page.locator("#import-done")).isVisible();
        assertThat(page.locator("#import-progress")).containsText("3 of 3");
        page.locator("#import-done a").first().click();
        assertThat(page.locator("#preview-count")).containsText("3 rows match");
        Browser.screenshot(page, "datasets");

        // a broken file is refused at once, naming the line and column
        Files.writeString(csv, "Year,Area,Count\n2022,North,4\n20x3,North,6\n");
        page.navigate(base + "datasets");
        page.locator("#ds-file").setInputFiles(csv);
        page.locator("#ds-format").selectOption("long");
        page.locator("#import-submit").click();
        assertThat(page.locator(".flash.error")).containsText("line 3, column 1 (Year)");
        page.context().close();
    }
}

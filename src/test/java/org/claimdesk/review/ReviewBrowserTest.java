package org.claimdesk.review;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.as;

import com.microsoft.playwright.Page;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.Map;
import org.claimdesk.claim.Claim;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.web.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reviewers' and editor's path to publication in a real browser. */
@QuarkusTest
class ReviewBrowserTest {

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

    @Test
    void reviewerProposesASecondApprovesTheEditorPublishes() throws Exception {
        // the queue holds only this claim
        QuarkusTransaction.requiringNew().run(() -> Claim.update(
                "status = ?1, assigneeId = null where status = ?2", ClaimStatus.REJECTED, ClaimStatus.SUBMITTED));
        String text = "School meals " + org.claimdesk.Fixtures.marker()
                + "\n\nThe council says free school meals now reach 4,800 pupils.";
        JsonPath article = as(EDITOR).contentType(ContentType.JSON).body(Map.of("title", "Meals", "text", text))
                .post("/api/articles").then().statusCode(201).extract().jsonPath();
        long id = article.getLong("claims.find { it.quote.contains('4,800') }.id");
        int v = article.getInt("claims.find { it.quote.contains('4,800') }.version");
        v = as(EDITOR).contentType(ContentType.JSON).body(Map.of("action", "CONFIRM", "version", v))
                .post("/api/claims/" + id + "/transitions").then().statusCode(200).extract().path("version");
        as(EDITOR).contentType(ContentType.JSON).body(Map.of("action", "SUBMIT", "version", v))
                .post("/api/claims/" + id + "/transitions").then().statusCode(200);

        Page reviewer = browser.page(true);
        Browser.signIn(reviewer, base.toString(), "reviewer", "demo");
        reviewer.navigate(base + "review");
        assertThat(reviewer.locator("#waiting")).containsText("4,800");
        reviewer.locator("#take-next").click();
        reviewer.waitForURL("**/review/claims/" + id);
        assertThat(reviewer.locator("#review-status")).hasText("In review");
        reviewer.getByLabel("Title").fill("School census, spring term");
        reviewer.getByLabel("URL").fill("https://example.org/census");
        reviewer.getByLabel("Reference value").fill("4650");
        reviewer.locator("#add-evidence").click();
        assertThat(reviewer.locator("#evidence-list")).containsText("School census");
        assertThat(reviewer.locator(".difference")).containsText("150");
        reviewer.locator("#verdict").selectOption("MOSTLY_ACCURATE");
        reviewer.locator("#action-PROPOSE_VERDICT-explanation").fill("The census counts 4,650 pupils; the claim is 3% high.");
        reviewer.locator("#propose").click();
        assertThat(reviewer.locator("#review-status")).hasText("Verdict proposed");
        // the proposer is offered neither approve nor send back (four eyes)
        assertThat(reviewer.locator("#action-approve")).hasCount(0);
        assertThat(reviewer.locator("#action-send_back")).hasCount(0);
        Browser.screenshot(reviewer, "review-proposed");
        reviewer.context().close();

        Page second = browser.page(true);
        Browser.signIn(second, base.toString(), "reviewer2", "demo");
        second.navigate(base + "review");
        second.locator("#to-approve a", new Page.LocatorOptions().setHasText("4,800")).click();
        second.waitForURL("**/review/claims/" + id);
        second.locator("#action-approve").click();
        assertThat(second.locator("#review-status")).hasText("Approved");
        Browser.screenshot(second, "review-approved");
        second.context().close();

        Page editor = browser.page(true);
        Browser.signIn(editor, base.toString(), "editor", "demo");
        editor.navigate(base + "review/claims/" + id);
        editor.locator("#action-publish").click();
        assertThat(editor.locator("#review-status")).hasText("Published");
        Browser.screenshot(editor, "review-published");
        editor.context().close();
    }
}

package org.claimdesk.article;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.util.List;
import org.claimdesk.claim.Claim;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.web.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The editor's job in a real browser: paste an article, check its claims, send them for review. */
@QuarkusTest
class EditorDeskBrowserTest {

    /** My own article: five checkable figures. */
    static String article(String marker) {
        return "Harbour plan splits the council " + marker + "\n\n"
                + "The harbour board says the new quay will cost £4.2m and create 350 jobs.\n\n"
                + "Councillor Ann Price said 62% of residents backed the plan in a survey of 1,100 people.\n\n"
                + "Opponents say about 40 lorries a day would use the coast road.";
    }

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

    private long paste(Page page, String title, String text) {
        page.navigate(base + "articles");
        page.getByLabel("Title").fill(title);
        page.getByLabel("Paste the article").fill(text);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Store and find claims")).click();
        page.waitForURL(url -> url.matches(".*/articles/\\d+.*"));
        return Long.parseLong(page.url().replaceAll(".*/articles/(\\d+).*", "$1"));
    }

    private static Locator claimInList(Page page, String quote) {
        return page.locator("#claims li").filter(new Locator.FilterOptions().setHasText(quote)).locator("a");
    }

    /** Selects a claim in the side list and waits until the desk shows it. */
    private static void select(Page page, String quote) {
        claimInList(page, quote).click();
        assertThat(page.locator("#claims li.selected")).containsText(quote);
    }

    @Test
    void editorChecksFiveClaimsAndSubmitsThem() throws Exception {
        Page page = browser.page(true);
        Browser.signIn(page, base.toString(), "editor", "demo");
        long id = paste(page, "Harbour plan", article(org.claimdesk.Fixtures.marker()));

        Locator marks = page.locator("#article-text mark.hl");
        assertThat(marks).hasCount(5);
        assertThat(page.locator("#claims li")).hasCount(5);

        // correct a value
        select(page, "350 jobs");
        assertThat(page.locator("#selected-figure")).containsText("350 jobs");
        page.keyboard().press("e");
        page.locator("#edit-value").fill("360");
        page.locator("#save-claim").click();
        assertThat(page.locator("#selected-figure")).containsText("360 jobs");

        // reject one with a reason: the desk moves on to the next claim to confirm
        select(page, "1,100 people");
        page.locator("#action-REJECT-reason").fill("Sample size, not a claim about the plan");
        page.locator("#reject-button").click();
        assertThat(page.locator("#claims li").filter(new Locator.FilterOptions().setHasText("1,100 people")))
                .containsText("Rejected");
        assertThat(page.locator("#claims li.selected")).not().containsText("1,100 people");

        // confirm the other four with the keyboard, one key each: c confirms and moves on
        select(page, "£4.2m");
        for (String quote : List.of("£4.2m", "350 jobs", "62%", "40 lorries")) {
            assertThat(page.locator("#claims li.selected")).containsText(quote);
            page.locator("body").press("c");
            assertThat(page.locator("#claims li").filter(new Locator.FilterOptions().setHasText(quote)))
                    .containsText("Confirmed");
        }
        // submitting them all asks first
        page.locator("#submit-all").click();
        assertThat(page.locator("#confirm-submit")).containsText("Send 4 claims for review?");
        page.locator("#confirm-submit-button").click();
        assertThat(page.locator(".flash.ok")).containsText("4 claims sent for review");
        assertThat(page.locator("#article-text mark.st-submitted")).hasCount(4);
        assertThat(page.locator("#article-text mark.st-rejected")).hasCount(1);
        java.nio.file.Path shot = Browser.screenshot(page, "editor-article-page");
        assertThat(Files.size(shot)).isGreaterThan(10_000);

        // one goes back to the desk before any reviewer has it, with the reason
        select(page, "40 lorries");
        page.locator("#action-WITHDRAW-reason").fill("The count is from last year");
        page.locator("#withdraw-button").click();
        assertThat(page.locator("#claims li").filter(new Locator.FilterOptions().setHasText("40 lorries")))
                .containsText("Confirmed");

        List<Claim> stored = QuarkusTransaction.requiringNew().call(() -> Claim.ofArticle(id));
        assertThat(stored).filteredOn(c -> c.status == ClaimStatus.SUBMITTED).hasSize(3);
        assertThat(stored).filteredOn(c -> c.quote.contains("40 lorries")).singleElement()
                .satisfies(c -> assertThat(c.status).isEqualTo(ClaimStatus.CONFIRMED));
        assertThat(stored).filteredOn(c -> c.status == ClaimStatus.REJECTED).singleElement()
                .satisfies(c -> assertThat(c.statusReason).contains("Sample size"));
        assertThat(stored).filteredOn(c -> c.quote.startsWith("350")).singleElement()
                .satisfies(c -> assertThat(c.value).isEqualByComparingTo(new BigDecimal("360")));
        page.context().close();
    }

    @Test
    void theBasicFlowWorksWithoutJavaScript() throws Exception {
        Page page = browser.page(false);
        Browser.signIn(page, base.toString(), "editor", "demo");
        paste(page, "Harbour plan, no script", article(org.claimdesk.Fixtures.marker()));
        assertThat(page.locator("#article-text mark.hl")).hasCount(5);
        select(page, "£4.2m");
        page.locator("#action-confirm").click();
        assertThat(page.locator("#claims li").filter(new Locator.FilterOptions().setHasText("£4.2m")))
                .containsText("Confirmed");
        // add a claim the extractor did not mark, by typing its words
        page.locator("#add-claim summary").click();
        page.getByLabel("Words in the text (select them, or type them exactly)").fill("a day");
        page.locator("#add-value").fill("1");
        page.locator("#add-unit").fill("days");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add claim")).click();
        assertThat(page.locator(".flash.ok")).containsText("Claim added");
        page.locator("#submit-all").click();
        page.locator("#confirm-submit-button").click();
        assertThat(page.locator(".flash.ok")).containsText("1 claim sent for review");
        Browser.screenshot(page, "editor-article-page-no-js");
        page.context().close();
    }
}

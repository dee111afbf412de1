package org.claimdesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.claimdesk.Fixtures;
import org.claimdesk.claim.Claim;
import org.claimdesk.claim.ClaimStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A newsroom's day in a real browser, by clicks only: an editor pastes full-length articles (10 KB and
 * 100 KB, generated here), confirms claims one key at a time and submits them; a reviewer takes one,
 * adds evidence and proposes a verdict; a second reviewer approves; the editor publishes from the
 * desk. Then every page, at desktop width and at a phone's 390 px: no sideways scrolling, no serious
 * or critical axe-core violation, and a screenshot of each in target/screenshots.
 */
@QuarkusTest
class NewsroomBrowserTest {

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

    /** A news article of our own sentence patterns, about {@code bytes} long, with figures in a third of its sentences. */
    static String article(String marker, int bytes, long seed) {
        Random r = new Random(seed);
        String[] figures = {
            "The port authority said %d ships docked in the first quarter, up from %d a year earlier.",
            "Councillors were told the new terminal would cost £%dm and create %d jobs.",
            "A survey of %d residents found %d%% backed the plan.",
            "Officials said around %d lorries a day would use the new road.",
            "The harbour master said waiting times had fallen by a third since %d.",
        };
        String[] prose = {
            "The debate ran late into the evening as residents queued to speak.",
            "Campaigners handed in a petition and asked for a public inquiry.",
            "The chair of the committee said the decision would be taken next month.",
            "Local businesses were split on whether the scheme would help them.",
        };
        StringBuilder b = new StringBuilder("Harbour plan " + marker + "\n\n");
        while (b.toString().getBytes(StandardCharsets.UTF_8).length < bytes) {
            String s = r.nextInt(3) == 0 ? String.format(figures[r.nextInt(figures.length)], 20 + r.nextInt(900),
                    10 + r.nextInt(90)) : prose[r.nextInt(prose.length)];
            b.append(s).append(r.nextInt(4) == 0 ? "\n\n" : " ");
        }
        return b.toString();
    }

    private Page signedIn(Page page, String user) {
        Browser.signIn(page, base.toString(), user, Fixtures.PASSWORD);
        return page;
    }

    private static void click(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).first().click();
    }

    private long paste(Page page, String text) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Articles").setExact(true)).click();
        page.locator("#article-text").fill(text);
        click(page, "Store and find claims");
        page.waitForURL(url -> url.matches(".*/articles/\\d+.*"));
        assertThat(page.locator(".flash.ok")).containsText("Article stored");
        return Long.parseLong(page.url().replaceAll(".*/articles/(\\d+).*", "$1"));
    }

    @Test
    void editorReviewerSecondReviewerAndEditorTakeAClaimToPublicationByClicks() throws Exception {
        String marker = Fixtures.marker();
        Page editor = signedIn(browser.page(true), Fixtures.EDITOR);
        // its title and text carry words wider than a phone (the random marker once was, by chance)
        String longWord = "Hafenerweiterungsfinanzierungsbeschlussvorlage" + marker;
        String big = article(marker + "b " + longWord, 100_000, 2)
                + "\n\nThe papers are at https://www.example.org/harbour/committee-papers/2026/expansion-financing-"
                + "decision-appendix-b-traffic-forecast-" + marker + ".pdf for anyone who asks.";
        long bigId = paste(editor, big);
        assertThat(editor.locator("#article-text mark.hl").count()).isGreaterThan(200);
        assertThat(editor.locator("h1")).containsText("Harbour plan " + marker + "b");
        long id = paste(editor, article(marker, 10_000, 1));
        assertThat(editor.locator("h1")).containsText("Harbour plan " + marker);
        assertThat(editor.locator("#article-text mark.hl").count()).isGreaterThan(20);

        // three confirmations, each one click that moves on to the next claim
        for (int i = 0; i < 3; i++) {
            String before = editor.locator("#claims li.selected").innerText();
            editor.locator("#action-confirm").click();
            assertThat(editor.locator("#claims li.selected")).not().hasText(before);
        }
        assertThat(editor.locator("#claims li .badge.st-confirmed")).hasCount(3);
        click(editor, "Submit all confirmed (3)…");
        assertThat(editor.locator("#confirm-submit")).containsText("Send 3 claims for review?");
        click(editor, "Yes, submit 3");
        assertThat(editor.locator(".flash.ok")).containsText("3 claims sent for review");

        // only this article's claims wait in the queue (other tests leave theirs)
        QuarkusTransaction.requiringNew().run(() -> Claim.update("status = ?1, assigneeId = null where status = ?2"
                + " and articleId <> ?3", ClaimStatus.REJECTED, ClaimStatus.SUBMITTED, id));

        Page reviewer = signedIn(browser.page(true), Fixtures.REVIEWER);
        reviewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review queue")).click();
        click(reviewer, "Take next claim (n)");
        reviewer.waitForURL(url -> url.contains("/review/claims/"));
        long claimId = Long.parseLong(reviewer.url().replaceAll(".*/review/claims/(\\d+).*", "$1"));
        assertThat(reviewer.locator("#review-status")).hasText("In review");
        assertThat(reviewer.locator("#claim-sentence mark")).isVisible();
        reviewer.locator("#evidence-title").fill("Port authority quarterly bulletin");
        reviewer.locator("#evidence-url").fill("https://example.org/port/bulletin");
        reviewer.locator("#evidence-referenceValue").fill("412");
        click(reviewer, "Add evidence");
        assertThat(reviewer.locator("#evidence-list")).containsText("Port authority quarterly bulletin");
        assertThat(reviewer.locator("#verdict")).hasValue("");
        reviewer.locator("#verdict").selectOption("MOSTLY_ACCURATE");
        reviewer.locator("#verdict-form textarea[name=explanation]").fill("The bulletin gives a close figure.");
        click(reviewer, "Propose verdict");
        assertThat(reviewer.locator("#review-status")).hasText("Verdict proposed");
        assertThat(reviewer.locator("#action-approve")).hasCount(0);

        Page second = signedIn(browser.page(true), Fixtures.REVIEWER2);
        second.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review queue")).click();
        second.locator("#to-approve a[href='/review/claims/" + claimId + "']").click();
        click(second, "Approve");
        assertThat(second.locator("#review-status")).hasText("Approved");

        editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Articles").setExact(true)).click();
        editor.locator("a[href='/articles/" + id + "']").first().click();
        editor.locator("#claims li a[href*='claim=" + claimId + "']").click();
        assertThat(editor.locator("#selected-status")).hasText("Approved");
        editor.locator("#action-publish").click();
        assertThat(editor.locator("#claims li[data-claim='" + claimId + "'] .badge")).hasText("Published");
        Browser.screenshot(editor, "walkthrough-published");

        // every page, desktop and phone: no sideways scrolling, no serious accessibility problem
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("articles", "/articles");
        pages.put("desk", "/articles/" + id + "?claim=" + claimId);
        pages.put("desk-big", "/articles/" + bigId);
        pages.put("claims", "/claims");
        pages.put("queue", "/review");
        pages.put("mine", "/review/mine");
        pages.put("review", "/review/claims/" + claimId);
        pages.put("export", "/export");
        pages.put("datasets", "/datasets");
        pages.put("admin-users", "/admin/users");
        pages.put("admin-audit", "/admin/audit?verify=true");
        pages.put("not-found", "/articles/999999999");
        List<String> problems = new ArrayList<>();
        Page desktop = signedIn(browser.page(true), Fixtures.ADMIN);
        Page phone = signedIn(browser.phone(), Fixtures.ADMIN);
        for (Map.Entry<String, String> p : pages.entrySet()) {
            for (Page page : List.of(desktop, phone)) {
                boolean small = page == phone;
                page.navigate(base + p.getValue().substring(1));
                String name = (small ? "phone-" : "desktop-") + p.getKey();
                // the width as the reader gets the page, before the test's full-page screenshot and
                // axe-core's probes touch its layout (a 100 KB desk once measured 412 px after them,
                // with no element out of place by the time it was looked for)
                int width = Browser.scrollWidth(page);
                if (small && width > 390) {
                    problems.add(name + ": " + width + " px wide at a 390 px viewport: " + Browser.overflowing(page));
                }
                Browser.screenshot(page, name);
                Browser.axe(page).forEach(v -> problems.add(name + ": " + v));
            }
        }
        Page login = browser.phone();
        login.navigate(base + "login");
        Browser.screenshot(login, "phone-login");
        Browser.axe(login).forEach(v -> problems.add("phone-login: " + v));
        if (Browser.scrollWidth(login) > 390) {
            problems.add("phone-login: too wide");
        }
        assertThat(problems).isEmpty();
        for (Page p : List.of(editor, reviewer, second, desktop, phone, login)) {
            p.context().close();
        }
    }

    @Test
    void aTapOnAHighlightShowsItsClaimJustBelowOnAPhone() throws Exception {
        Page phone = signedIn(browser.phone(), Fixtures.EDITOR);
        long id = paste(phone, article(Fixtures.marker(), 3_000, 7));
        Locator marks = phone.locator("#article-text mark.hl a");
        Locator last = marks.nth(marks.count() - 1);
        String quote = last.innerText();
        last.click();
        assertThat(phone.locator("#claims li.selected")).containsText(quote);
        // the claim's panel sits at the foot of the screen, in view, not a page further down
        Object inView = phone.evaluate("() => { const r = document.getElementById('claim-panel').getBoundingClientRect();"
                + " return r.top < window.innerHeight && r.bottom > 0; }");
        assertThat(inView).isEqualTo(true);
        assertThat(Browser.scrollWidth(phone)).isLessThanOrEqualTo(390);
        Browser.screenshot(phone, "phone-desk-" + id);
        phone.context().close();
    }
}

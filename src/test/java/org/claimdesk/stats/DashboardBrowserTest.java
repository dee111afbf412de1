package org.claimdesk.stats;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.web.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in a real browser on a year of generated desk history: every chart drawn, on a
 * desktop and on a 390 px phone without sideways scrolling, axe-core clean, the same without
 * JavaScript and under a Content-Security-Policy without 'unsafe-inline'. Screenshots go to
 * target/screenshots.
 */
@QuarkusTest
@TestProfile(StatsProfile.class)
class DashboardBrowserTest {

    /** Figures the page draws: funnel, backlog, five stages, reviewers, rates, two verdict mixes, days. */
    static final int CHARTS = 12;
    static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    static final String STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource dataSource;

    static Browser browser;

    @BeforeAll
    static void launch() {
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @BeforeEach
    void history() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM article WHERE title LIKE 'Bench article %'")) {
            r.next();
            if (r.getLong(1) == 0) {
                Workflows.generate(c, 3_000);
            }
        }
    }

    @Test
    void desktopDrawsEveryChartWithItsTableAndIsAxeClean() throws Exception {
        Page page = signedIn(true);
        page.navigate(base + "dashboard");
        assertThat(page.locator("h1")).hasText("Desk dashboard");
        assertCharts(page);
        // the funnel's table says what its bars show
        page.locator("#funnel summary").click();
        assertThat(page.locator("#funnel table tbody tr")).hasCount(StatsQueries.STATUSES.size());
        assertThat(page.locator("#funnel table tbody")).containsText("Verdict proposed");
        Browser.screenshot(page, "dashboard-desktop");
        assertAxeClean(page);

        // the CSV behind a chart, with the page's filter
        page.navigate(base + "dashboard?outlet=Daily+Ledger");
        String href = page.locator("#backlog .download a").getAttribute("href");
        assertThat(href).isEqualTo("/dashboard/backlog-age.csv?outlet=Daily+Ledger");
        APIResponse csv = page.request().get(base + href.substring(1));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().get("content-type")).startsWith("text/csv");
        assertThat(csv.text()).startsWith("waiting,from_hours,to_hours,claims,overdue");
        page.context().close();
    }

    @Test
    void phoneHasNoSidewaysScrollAndIsAxeClean() throws Exception {
        Page page = signedIn(true);
        page.setViewportSize(390, 844);
        page.navigate(base + "dashboard");
        assertCharts(page);
        Object width = page.evaluate("document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("page width on a 390 px phone").isLessThanOrEqualTo(390);
        for (Locator svg : page.locator("svg.chart-svg").all()) {
            assertThat(svg.boundingBox().width).isLessThanOrEqualTo(390);
        }
        Browser.screenshot(page, "dashboard-phone");
        // an opened table scrolls inside its own box, not the page
        page.locator("#stage-total summary").click();
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
        assertAxeClean(page);
        page.context().close();
    }

    @Test
    void withoutJavaScriptAndUnderAStrictPolicyTheChartsAreStillDrawn() {
        Page plain = signedIn(false);
        plain.navigate(base + "dashboard");
        assertCharts(plain);
        plain.context().close();

        Page strict = signedIn(true);
        List<String> refused = new ArrayList<>();
        strict.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                refused.add(m.text());
            }
        });
        strict.route("**/dashboard**", route -> {
            APIResponse served = route.fetch();
            Map<String, String> headers = new HashMap<>(served.headers());
            headers.put("content-security-policy", STRICT_CSP);
            route.fulfill(new Route.FulfillOptions().setResponse(served).setHeaders(headers));
        });
        strict.navigate(base + "dashboard");
        assertCharts(strict);
        // nothing on the page needs inline style or script: no style attributes, handlers or inline scripts
        Object inline = strict.evaluate("() => [...document.querySelectorAll('main *')].filter(e => e.hasAttribute('style')"
                + " || [...e.attributes].some(a => a.name.startsWith('on')) || (e.tagName === 'SCRIPT' && !e.src)).length");
        assertThat(((Number) inline).intValue()).isZero();
        // the charts' colours come from the stylesheet, which the policy allows
        Object fill = strict.evaluate("getComputedStyle(document.querySelector('#funnel rect.bar-now')).fill");
        assertThat(fill.toString()).isEqualTo("rgb(29, 63, 110)");
        assertThat(refused).as("refused by the policy: %s", refused)
                .noneMatch(m -> m.contains("/dashboard") && !m.contains("htmx"));
        strict.context().close();
    }

    @Test
    void filtersNarrowTheFiguresAndABadDateIsShownByItsField() {
        Page page = signedIn(true);
        page.navigate(base + "dashboard");
        page.locator("#stats-outlet").fill("Harbour Times");
        page.locator("#stats-from").fill("2025-01-01");
        page.locator(".stats-filters button").click();
        page.waitForURL(u -> u.contains("outlet=Harbour+Times"));
        assertCharts(page);
        assertThat(page.locator("#verdicts-by-outlet svg text").first()).containsText("Harbour Times");

        Response bad = page.navigate(base + "dashboard?from=2025-13-01");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(page.locator("#stats-from-error")).containsText("is not a date");
        assertThat(page.locator("#stats-from")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("svg.chart-svg")).hasCount(0);
        page.context().close();
    }

    private Page signedIn(boolean javaScript) {
        Page page = browser.page(javaScript);
        Browser.signIn(page, base.toString(), "editor", "demo");
        return page;
    }

    private static void assertCharts(Page page) {
        assertThat(page.locator("svg.chart-svg")).hasCount(CHARTS);
        for (Locator svg : page.locator("svg.chart-svg").all()) {
            String labelledBy = svg.getAttribute("aria-labelledby");
            assertThat(labelledBy).isNotBlank();
            assertThat(svg.locator("title").first()).not().isEmpty();
            assertThat(svg.locator("rect, line").count()).isGreaterThan(2);
        }
        assertThat(page.locator(".chart details table")).hasCount(CHARTS);
    }

    /** Runs axe-core in the page; serious and critical violations fail the test, listed. */
    @SuppressWarnings("unchecked")
    private static void assertAxeClean(Page page) throws IOException {
        String axe;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(AXE)) {
            assertThat(in).as(AXE + " on the test classpath").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(
                "async () => (await axe.run()).violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))");
        List<Map<String, Object>> serious = violations.stream()
                .filter(v -> List.of("serious", "critical").contains(v.get("impact"))).toList();
        assertThat(serious).as("axe-core serious or critical violations").isEmpty();
    }
}

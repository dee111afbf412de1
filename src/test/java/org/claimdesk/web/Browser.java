package org.claimdesk.web;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Playwright driving Debian's chromium (no browser download: these machines have no internet),
 * headless, as root, with the flags that keep it off the network.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    public Page page(boolean javaScript) {
        return page(javaScript, 1280, 900);
    }

    /** A page at a phone's width (390 px, as an iPhone 12 to 15 shows the web). */
    public Page phone() {
        return page(true, 390, 844);
    }

    /**
     * A fresh browser context. It bypasses the pages' Content-Security-Policy only so that a test can
     * inject axe-core; the policy itself is checked by the security tests.
     */
    public Page page(boolean javaScript, int width, int height) {
        BrowserContext context = browser.newContext(new NewContextOptions()
                .setViewportSize(width, height).setJavaScriptEnabled(javaScript).setBypassCSP(true));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    /** Serious and critical accessibility violations axe-core finds on the page, as "rule: target" lines. */
    public static List<String> axe(Page page) {
        if (AXE == null) {
            try (var in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
                AXE = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException | NullPointerException e) {
                throw new IllegalStateException("axe-core webjar missing from the test classpath", e);
            }
        }
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(AXE));
        Object found = page.evaluate("async () => { const r = await axe.run(document, { resultTypes: ['violations'] });"
                + " return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".flatMap(v => v.nodes.map(n => v.id + ' (' + v.impact + '): ' + n.target.join(' '))); }");
        @SuppressWarnings("unchecked")
        List<String> lines = (List<String>) found;
        return lines;
    }

    private static String AXE;

    /** How wide the page is laid out, in CSS pixels (more than the viewport means sideways scrolling). */
    public static int scrollWidth(Page page) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
    }

    /** The innermost elements that reach past the viewport's right edge, for a failure message. */
    public static String overflowing(Page page) {
        return String.valueOf(page.evaluate("() => { const w = document.documentElement.clientWidth; const out = [];"
                + " for (const e of document.querySelectorAll('body *')) { const r = e.getBoundingClientRect();"
                + " if (r.right > w + 0.5 && ![...e.children].some(c => c.getBoundingClientRect().right > w + 0.5)) {"
                + " out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined"
                + " ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '') + ' right ' + Math.round(r.right) + ' \"'"
                + " + (e.textContent || '').trim().slice(0, 40) + '\"'); if (out.length >= 3) break; } } return out.join('; '); }"));
    }

    public static Path screenshot(Page page, String name) throws java.io.IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Signs in through the login form. */
    public static void signIn(Page page, String base, String user, String password) {
        page.navigate(base + "login");
        page.getByLabel("Username").fill(user);
        page.getByLabel("Password").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}

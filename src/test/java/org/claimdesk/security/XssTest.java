package org.claimdesk.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.claimdesk.Fixtures.ADMIN;
import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.PASSWORD;
import static org.claimdesk.Fixtures.REVIEWER;
import static org.claimdesk.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimdesk.Fixtures;
import org.claimdesk.web.PageSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Hostile text in every field the desk stores, then every page read as a browser would: no script
 * the desk did not write, no event-handler attribute, no link or form target that is not this desk
 * or an http(s) address, and the stored text shown as text.
 */
@QuarkusTest
class XssTest {

    private static final String MARK = "x" + Fixtures.marker();
    /** What an attacker types into a field: markup, an event handler, a script URL, template syntax. */
    private static final String HOSTILE = "\"><script>alert('" + MARK + "')</script><img src=x onerror=alert(1)>"
            + "<a href=\"javascript:alert(2)\">j</a></script><svg onload=alert(3)>{inject:csrf.token}${7*7}";

    @Test
    void hostileTextInEveryStoredFieldIsShownAsText() {
        // an article whose every text field is hostile (its source URL must still be a web address)
        String body = "Opening " + HOSTILE + "\n\nThe harbour took 5,300 ships, " + HOSTILE + " said.\n\n"
                + "Another 70 boats came in, the board said.";
        JsonPath article = as(EDITOR).contentType(ContentType.JSON).body(Map.of("title", "T " + HOSTILE,
                "outlet", "O " + HOSTILE, "author", "A " + HOSTILE,
                "url", "https://example.org/a?q=" + URLEncoder.encode(HOSTILE, StandardCharsets.UTF_8), "text", body))
                .post("/api/articles").then().statusCode(201).extract().jsonPath();
        long articleId = article.getLong("id");
        long claimId = article.getLong("claims.find { it.quote.contains('5,300') }.id");
        int version = article.getInt("claims.find { it.quote.contains('5,300') }.version");
        long other = article.getLong("claims.find { it.quote.contains('70') }.id");
        int otherVersion = article.getInt("claims.find { it.quote.contains('70') }.version");

        // hostile claim fields, a hostile rejection reason
        version = as(EDITOR).contentType(ContentType.JSON).body(Map.of("version", version, "unit", "u<b>" + MARK,
                "speaker", "S " + HOSTILE, "timeRef", "T " + HOSTILE, "hedges", List.of("<script>alert(9)</script>")))
                .patch("/api/claims/" + claimId).then().statusCode(200).extract().path("version");
        as(EDITOR).contentType(ContentType.JSON).body(Map.of("action", "REJECT", "reason", "R " + HOSTILE,
                "version", otherVersion)).post("/api/claims/" + other + "/transitions").then().statusCode(200);
        // the claim goes to review; hostile evidence and comments
        version = as(EDITOR).contentType(ContentType.JSON).body(Map.of("action", "CONFIRM", "version", version))
                .post("/api/claims/" + claimId + "/transitions").then().statusCode(200).extract().path("version");
        as(EDITOR).contentType(ContentType.JSON).body(Map.of("action", "SUBMIT", "version", version))
                .post("/api/claims/" + claimId + "/transitions").then().statusCode(200);
        as(REVIEWER).contentType(ContentType.JSON).body(Map.of("action", "TAKE")).post("/api/claims/" + claimId
                + "/transitions").then().statusCode(200);
        as(REVIEWER).contentType(ContentType.JSON).body(Map.of("title", "E " + HOSTILE,
                "url", "https://example.org/e?x=%22%3E%3Cscript%3E", "publisher", "P " + HOSTILE,
                "excerpt", "X " + HOSTILE, "referenceValue", 5000, "referenceUnit", "r<i>" + MARK))
                .post("/api/claims/" + claimId + "/evidence").then().statusCode(201);
        as(REVIEWER).contentType(ContentType.JSON).body(Map.of("body", "C " + HOSTILE))
                .post("/api/claims/" + claimId + "/comments").then().statusCode(201);
        // no stored text may become a script link
        as(REVIEWER).contentType(ContentType.JSON).body(Map.of("title", "t", "url", "javascript:alert(1)"))
                .post("/api/claims/" + claimId + "/evidence").then().statusCode(400);
        as(EDITOR).contentType(ContentType.JSON).body(Map.of("title", "t", "text", "9 ships.", "url", "javascript:x"))
                .post("/api/articles").then().statusCode(400);

        String q = URLEncoder.encode(HOSTILE, StandardCharsets.UTF_8);
        List<String> pages = List.of("/", "/articles", "/articles?q=" + q + "&outlet=" + q, "/articles/" + articleId,
                "/articles/" + articleId + "?claim=" + claimId, "/articles/" + articleId + "?claim=" + other,
                "/articles/" + articleId + "?candidates=true", "/claims", "/claims?q=" + q + "&speaker=" + q,
                "/claims?status=" + q, "/review", "/review?outlet=" + q, "/review/mine", "/review/claims/" + claimId,
                "/review/claims/" + other, "/export", "/articles/999999999", "/review/claims/999999999");
        List<String> problems = new ArrayList<>();
        for (String user : List.of(ADMIN, EDITOR, REVIEWER)) {
            PageSession session = PageSession.signIn(user, PASSWORD);
            for (String path : pages) {
                Response r = session.load(path);
                if (r.statusCode() >= 500) {
                    problems.add(user + " " + path + ": " + r.statusCode());
                }
                problems.addAll(scan(user + " " + path, r.asString()));
            }
        }
        // the login page shows the name tried (from its cookie) as text too
        Response login = given().cookie("claimdesk-login-name", URLEncoder.encode(HOSTILE, StandardCharsets.UTF_8))
                .get("/login?error");
        problems.addAll(scan("login", login.asString()));
        assertThat(problems).isEmpty();
    }

    @Test
    void theScanFindsWhatABrowserWouldRun() {
        assertThat(scan("t", "<p>fine &lt;script&gt;alert(1)&lt;/script&gt; onerror=alert</p><script src=\"/js/x.js\"></script>"))
                .isEmpty();
        assertThat(scan("t", "<p><script>alert(1)</script></p>")).isNotEmpty();
        assertThat(scan("t", "<a href=\"javascript:alert(1)\">x</a>")).isNotEmpty();
        assertThat(scan("t", "<a href=\"data:text/html,x\">x</a>")).isNotEmpty();
        assertThat(scan("t", "<div onmouseover=\"x()\">x</div>")).isNotEmpty();
        assertThat(scan("t", "<form action=\"//evil.example/\"></form>")).isNotEmpty();
    }

    /** Everything in a page that a browser would run or follow and the desk did not write itself. */
    static List<String> scan(String where, String html) {
        List<String> found = new ArrayList<>();
        // escaped text keeps "onerror=alert" but never the "<" that makes it a tag
        if (html.contains("<script>alert") || html.contains("<img src=x") || html.contains("<svg onload")
                || html.contains("<a href=\"javascript:")) {
            found.add(where + ": hostile markup came through unescaped");
        }
        if (html.contains(MARK + "')</script>")) {
            found.add(where + ": a stored script closes");
        }
        Document doc = Jsoup.parse(html);
        for (Element script : doc.select("script")) {
            String src = script.attr("src");
            if (src.isEmpty() || !src.startsWith("/") || src.startsWith("//")) {
                found.add(where + ": script " + script.outerHtml());
            }
        }
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    found.add(where + ": event handler " + name + " on <" + e.tagName() + ">");
                }
                if ((name.equals("href") || name.equals("src") || name.equals("action") || name.equals("formaction"))
                        && !(value.startsWith("/") && !value.startsWith("//")) && !value.startsWith("#")
                        && !value.startsWith("http://") && !value.startsWith("https://") && !value.isEmpty()) {
                    found.add(where + ": " + name + "=" + a.getValue() + " on <" + e.tagName() + ">");
                }
                if (value.contains("javascript:") && !name.equals("value") && !name.equals("aria-label")
                        && !name.equals("title")) {
                    found.add(where + ": javascript: in " + name + " on <" + e.tagName() + ">");
                }
            }
        }
        return found;
    }
}

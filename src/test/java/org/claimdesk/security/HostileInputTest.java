package org.claimdesk.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.claimdesk.Fixtures.ADMIN;
import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.PASSWORD;
import static org.claimdesk.Fixtures.REVIEWER;
import static org.claimdesk.Fixtures.as;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.claimdesk.Fixtures;
import org.claimdesk.web.PageSession;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What a hostile or careless client sends, across the API and the page forms: each case must get a
 * clear 4xx (a problem+json body on the API, the form's message on a page) and change no row of any
 * table. Filters that take free text (search words, speaker, outlet) answer normally instead, and
 * still change nothing: their metacharacters are data, never SQL or LIKE syntax.
 */
@QuarkusTest
class HostileInputTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String NUL = "\\u0000";
    private static final String LONE = "\\ud800";
    private static final List<String> TABLES = List.of("article", "claim", "evidence", "claim_comment", "app_user",
            "import_job", "audit_log");

    @Inject
    EntityManager em;

    /** What a case expects: a refusal on the API, a refusal on a page, or an ordinary answer with no effect. */
    enum Kind {
        API, PAGE, HARMLESS, REFUSED
    }

    record Case(String name, Kind kind, Supplier<Response> call) {
    }

    private long claimId;
    private long claimVersion;
    private long articleId;
    private PageSession editorPage;

    @TestFactory
    Stream<DynamicTest> everyHostileInputIsRefusedAndChangesNothing() {
        setUp();
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
        return cases.stream().map(c -> dynamicTest(c.kind() + " " + c.name(), () -> check(c)));
    }

    private void check(Case c) {
        Map<String, Long> before = counts();
        Response r = c.call().get();
        int status = r.statusCode();
        switch (c.kind()) {
            case API -> {
                assertThat(status).as(c.name() + ": " + r.asString()).isBetween(400, 499);
                assertThat(r.contentType()).as(c.name()).startsWith(PROBLEM);
                assertThat(r.asString()).as(c.name()).doesNotContain("Exception").doesNotContain("at org.");
            }
            case PAGE -> {
                assertThat(status).as(c.name() + ": " + r.asString()).isBetween(400, 499);
                assertThat(r.asString()).as(c.name()).containsAnyOf("field-error", "flash error", "refused",
                        "does not use", "out of date");
                assertThat(r.asString()).as(c.name()).doesNotContain("Exception");
            }
            case HARMLESS -> assertThat(status).as(c.name() + ": " + r.asString()).isEqualTo(200);
            case REFUSED -> assertThat(status).as(c.name() + ": " + r.asString()).isBetween(300, 499);
        }
        assertThat(counts()).as(c.name() + " changed no table").isEqualTo(before);
    }

    private Map<String, Long> counts() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> out = new LinkedHashMap<>();
            for (String t : TABLES) {
                out.put(t, ((Number) em.createNativeQuery("SELECT count(*) FROM " + t).getSingleResult()).longValue());
            }
            return out;
        });
    }

    private void setUp() {
        String text = "Harbour fees " + Fixtures.marker() + "\n\nThe port charged 4,100 ships last year, officials said.";
        var article = as(EDITOR).contentType(ContentType.JSON).body(Map.of("title", "Harbour fees", "text", text))
                .post("/api/articles").then().statusCode(201).extract().jsonPath();
        articleId = article.getLong("id");
        claimId = article.getLong("claims.find { it.quote.contains('4,100') }.id");
        claimVersion = article.getLong("claims.find { it.quote.contains('4,100') }.version");
        editorPage = PageSession.signIn(EDITOR, PASSWORD);
        editorPage.load("/articles/" + articleId + "?claim=" + claimId);
    }

    // --- builders -----------------------------------------------------------------------------

    private static Case api(List<Case> out, String name, Supplier<Response> call) {
        Case c = new Case(name, Kind.API, call);
        out.add(c);
        return c;
    }

    private static RequestSpecification json(String user, String body) {
        return as(user).contentType(ContentType.JSON).body(body);
    }

    private static RequestSpecification jsonBytes(String user, byte[] body) {
        return as(user).contentType("application/json; charset=UTF-8").body(body);
    }

    private static String article(String field, String value) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "A title");
        fields.put("text", "There were 12 ships in the harbour.");
        fields.put(field, value);
        return object(fields);
    }

    private static String evidence(String field, String value) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Port statistics");
        fields.put("url", "https://example.org/port");
        fields.put(field, value);
        return object(fields);
    }

    /** A JSON object whose values are written as given: strings quoted, anything starting with '#' raw. */
    private static String object(Map<String, String> fields) {
        StringBuilder b = new StringBuilder("{");
        fields.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":")
                .append(v.startsWith("#") ? v.substring(1) : "\"" + v + "\""));
        return b.append('}').toString();
    }

    private Response patch(String fieldsJson) {
        return json(EDITOR, "{\"version\":" + claimVersion + "," + fieldsJson + "}").patch("/api/claims/" + claimId);
    }

    private Response transition(String fieldsJson) {
        return json(EDITOR, "{\"version\":" + claimVersion + "," + fieldsJson + "}")
                .post("/api/claims/" + claimId + "/transitions");
    }

    private Response raw(String method, String path) {
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            URI uri = URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + path);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .header("Authorization", org.claimdesk.PackagedApp.basic(EDITOR + ":" + PASSWORD)).build(),
                    HttpResponse.BodyHandlers.ofString());
            // the same request through RestAssured, to assert on: only its status and type matter
            return new io.restassured.builder.ResponseBuilder().setStatusCode(r.statusCode())
                    .setContentType(r.headers().firstValue("Content-Type").orElse(""))
                    .setBody(r.body()).build();
        } catch (Exception e) {
            throw new AssertionError(path + " was not answered: " + e, e);
        }
    }

    // --- the catalogue ------------------------------------------------------------------------

    private List<Case> cases() {
        List<Case> out = new ArrayList<>();
        nulCharacters(out);
        brokenText(out);
        numbers(out);
        dates(out);
        idsAndPages(out);
        oversized(out);
        malformedJson(out);
        mediaTypes(out);
        paths(out);
        metacharacters(out);
        pageForms(out);
        return out;
    }

    private void nulCharacters(List<Case> out) {
        for (String f : List.of("title", "outlet", "author", "url", "text")) {
            api(out, "article " + f + " with NUL", () -> json(EDITOR, article(f, "bad" + NUL + "value 12"))
                    .post("/api/articles"));
        }
        api(out, "article html with NUL", () -> json(EDITOR, "{\"title\":\"T\",\"html\":\"<p>12 cats" + NUL + "</p>\"}")
                .post("/api/articles"));
        for (String q : List.of("title", "outlet", "author", "url", "publishedAt")) {
            api(out, "raw upload ?" + q + " with NUL", () -> as(EDITOR).contentType(ContentType.TEXT)
                    .queryParam("title", q.equals("title") ? "Up\u0000load" : "Upload")
                    .queryParam(q.equals("title") ? "outlet" : q, q.equals("title") ? "fine" : "x\u0000y")
                    .body("There were 12 votes.").post("/api/articles"));
        }
        api(out, "raw upload body with NUL", () -> as(EDITOR).contentType("text/plain; charset=UTF-8")
                .queryParam("title", "Upload").body("There were 12\u0000 votes.".getBytes(StandardCharsets.UTF_8))
                .post("/api/articles"));
        for (String f : List.of("unit", "speaker", "timeRef", "bound")) {
            api(out, "claim edit " + f + " with NUL", () -> patch("\"" + f + "\":\"a" + NUL + "b\""));
        }
        api(out, "claim edit hedge with NUL", () -> patch("\"hedges\":[\"about" + NUL + "\"]"));
        for (String f : List.of("unit", "speaker", "timeRef")) {
            api(out, "manual claim " + f + " with NUL", () -> json(EDITOR, "{\"articleId\":" + articleId
                    + ",\"start\":0,\"end\":7,\"value\":1,\"" + f + "\":\"a" + NUL + "\"}").post("/api/claims"));
        }
        api(out, "transition reason with NUL", () -> transition("\"action\":\"REJECT\",\"reason\":\"no" + NUL + "\""));
        api(out, "transition action with NUL", () -> transition("\"action\":\"CONF" + NUL + "IRM\""));
        api(out, "transition assignee with NUL", () -> transition("\"action\":\"ASSIGN\",\"assignee\":\"rev" + NUL + "\""));
        for (String f : List.of("title", "url", "publisher", "excerpt", "referenceUnit")) {
            api(out, "evidence " + f + " with NUL", () -> json(REVIEWER, evidence(f, "a" + NUL + "b"))
                    .post("/api/claims/" + claimId + "/evidence"));
        }
        api(out, "comment with NUL", () -> json(REVIEWER, "{\"body\":\"hello" + NUL + "\"}")
                .post("/api/claims/" + claimId + "/comments"));
        api(out, "new user name with NUL", () -> json(ADMIN, "{\"username\":\"eve" + NUL
                + "\",\"password\":\"long-enough-1\",\"roles\":[\"EDITOR\"]}").post("/api/users"));
        api(out, "new user password with NUL", () -> json(ADMIN, "{\"username\":\"eve2"
                + "\",\"password\":\"long" + NUL + "enough\",\"roles\":[\"EDITOR\"]}").post("/api/users"));
        for (String q : List.of("q", "speaker", "outlet", "status", "type", "verdict", "after", "articleId", "from")) {
            api(out, "claims ?" + q + " with NUL", () -> as(EDITOR).queryParam(q, "a\u0000b").get("/api/claims"));
        }
        for (String q : List.of("q", "outlet", "from", "to", "page")) {
            api(out, "articles ?" + q + " with NUL", () -> as(EDITOR).queryParam(q, "a\u0000b").get("/api/articles"));
        }
        for (String q : List.of("outlet", "from", "status", "type")) {
            api(out, "export ?" + q + " with NUL", () -> as(EDITOR).queryParam(q, "a\u0000b")
                    .get("/api/export/claims.csv"));
        }
        api(out, "audit verify ?from with NUL", () -> as(ADMIN).queryParam("from", "1\u0000").get("/api/audit/verify"));
        api(out, "basic sign-in name with NUL", () -> given().auth().preemptive().basic("edi\u0000tor", PASSWORD)
                .get("/api/me"));
    }

    private void brokenText(List<Case> out) {
        api(out, "article title with a lone surrogate", () -> json(EDITOR, article("title", "bad" + LONE))
                .post("/api/articles"));
        api(out, "article text with a lone surrogate", () -> json(EDITOR, article("text", "12 ships" + LONE))
                .post("/api/articles"));
        api(out, "comment with a lone low surrogate", () -> json(REVIEWER, "{\"body\":\"x\\udc00y\"}")
                .post("/api/claims/" + claimId + "/comments"));
        api(out, "claim unit with a lone surrogate", () -> patch("\"unit\":\"" + LONE + "\""));
        api(out, "evidence title with a lone surrogate", () -> json(REVIEWER, evidence("title", LONE))
                .post("/api/claims/" + claimId + "/evidence"));
        byte[] invalid = { '{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', ',', '"',
            't', 'e', 'x', 't', '"', ':', '"', '1', '2', '"', '}' };
        api(out, "article JSON with invalid UTF-8", () -> jsonBytes(EDITOR, invalid).post("/api/articles"));
        byte[] overlong = { '{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}' };
        api(out, "comment JSON with an overlong UTF-8 form", () -> jsonBytes(REVIEWER, overlong)
                .post("/api/claims/" + claimId + "/comments"));
        byte[] cut = { '{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xE2, (byte) 0x82, '"', '}' };
        api(out, "evidence JSON with a cut UTF-8 sequence", () -> jsonBytes(REVIEWER, cut)
                .post("/api/claims/" + claimId + "/evidence"));
        api(out, "raw upload with invalid UTF-8", () -> as(EDITOR).contentType("text/plain; charset=UTF-8")
                .queryParam("title", "Bad").body(new byte[] { '1', '2', ' ', (byte) 0xFF, (byte) 0xFE })
                .post("/api/articles"));
        api(out, "raw HTML upload with an overlong form", () -> as(EDITOR).contentType("text/html; charset=UTF-8")
                .queryParam("title", "Bad").body(new byte[] { '<', 'p', '>', (byte) 0xE0, (byte) 0x80, (byte) 0xAF })
                .post("/api/articles"));
    }

    private void numbers(List<Case> out) {
        for (String v : List.of("1e400", "-1e400", "1e19", "-1e19", "0.00000000001", "1e-20")) {
            api(out, "claim value " + v, () -> patch("\"value\":" + v));
        }
        api(out, "claim value as text", () -> patch("\"value\":\"NaN\""));
        api(out, "claim range end 1e400", () -> patch("\"high\":1e400"));
        api(out, "claim range end below value", () -> patch("\"value\":10,\"high\":5"));
        for (String v : List.of("1e1001", "-1e1001", "1e-1001", "1e400", "1e19")) {
            api(out, "evidence reference " + v, () -> json(REVIEWER, evidence("referenceValue", "#" + v))
                    .post("/api/claims/" + claimId + "/evidence"));
        }
        api(out, "a number of 1,100 digits", () -> patch("\"value\":1" + "0".repeat(1100)));
        api(out, "version 1e30", () -> json(EDITOR, "{\"version\":1e30,\"unit\":\"ships\"}").patch("/api/claims/" + claimId));
        api(out, "version as text", () -> json(EDITOR, "{\"version\":\"one\",\"unit\":\"ships\"}").patch("/api/claims/" + claimId));
        api(out, "stale version", () -> json(EDITOR, "{\"version\":" + (claimVersion + 99) + ",\"unit\":\"x\"}")
                .patch("/api/claims/" + claimId));
        api(out, "manual claim start -1", () -> json(EDITOR, "{\"articleId\":" + articleId
                + ",\"start\":-1,\"end\":7,\"value\":1}").post("/api/claims"));
        api(out, "manual claim end beyond an int", () -> json(EDITOR, "{\"articleId\":" + articleId
                + ",\"start\":0,\"end\":2147483648,\"value\":1}").post("/api/claims"));
        api(out, "manual claim end beyond the text", () -> json(EDITOR, "{\"articleId\":" + articleId
                + ",\"start\":0,\"end\":2000000,\"value\":1}").post("/api/claims"));
        api(out, "manual claim in an article that does not exist", () -> json(EDITOR,
                "{\"articleId\":999999999,\"start\":0,\"end\":2,\"value\":1}").post("/api/claims"));
    }

    private void dates(List<Case> out) {
        for (String d : List.of("+9999999-01-01", "1799-12-31", "2201-01-01", "0000-00-00", "2025-02-30", "yesterday")) {
            api(out, "article published " + d, () -> json(EDITOR, article("publishedAt", d)).post("/api/articles"));
        }
        for (String d : List.of("+300000-01-01T00:00:00Z", "1700-01-01T00:00:00Z", "2201-01-01T00:00:00Z", "soon")) {
            api(out, "claim due " + d, () -> patch("\"dueAt\":\"" + d + "\""));
        }
        for (String d : List.of("2999-01-01", "1000-01-01", "+99999-12-31")) {
            api(out, "evidence accessed " + d, () -> json(REVIEWER, evidence("accessedAt", d))
                    .post("/api/claims/" + claimId + "/evidence"));
        }
        for (String q : List.of("from", "to")) {
            for (String d : List.of("9999-99-99", "+10000-01-01", "1799-01-01")) {
                api(out, "export ?" + q + "=" + d, () -> as(EDITOR).queryParam(q, d).get("/api/export/claims.jsonl"));
            }
        }
        api(out, "export period ending before it starts", () -> as(EDITOR).queryParam("from", "2025-05-02")
                .queryParam("to", "2025-05-01").get("/api/export/claims.csv"));
        api(out, "article list from 1799", () -> as(EDITOR).queryParam("from", "1799-01-01").get("/api/articles"));
        api(out, "raw upload published 2201", () -> as(EDITOR).contentType(ContentType.TEXT).queryParam("title", "T")
                .queryParam("publishedAt", "2201-01-01").body("12 ships.").post("/api/articles"));
    }

    private void idsAndPages(List<Case> out) {
        for (String p : List.of("2147483647", "2147483648", "0", "-5", "abc", "1e3")) {
            api(out, "articles ?page=" + p, () -> as(EDITOR).queryParam("page", p).get("/api/articles"));
        }
        for (String l : List.of("0", "201", "99999999999", "-1", "ten")) {
            api(out, "claims ?limit=" + l, () -> as(EDITOR).queryParam("limit", l).get("/api/claims"));
        }
        for (String a : List.of("99999999999999999999999", "garbage", "1:2:3")) {
            api(out, "claims ?after=" + a, () -> as(EDITOR).queryParam("after", a).get("/api/claims"));
        }
        api(out, "claims ?after= a cursor for another sort", () -> as(EDITOR).queryParam("sort", "CHECKWORTHINESS")
                .queryParam("after", "NaN:1").get("/api/claims"));
        api(out, "claims ?articleId=-3", () -> as(EDITOR).queryParam("articleId", "-3").get("/api/claims"));
        api(out, "claims ?articleId beyond a long", () -> as(EDITOR).queryParam("articleId", "99999999999999999999")
                .get("/api/claims"));
        api(out, "claim id beyond a long", () -> as(EDITOR).get("/api/claims/99999999999999999999"));
        api(out, "claim that does not exist", () -> as(EDITOR).get("/api/claims/999999999"));
        api(out, "history of a claim that does not exist", () -> as(EDITOR).get("/api/claims/999999999/history"));
        api(out, "evidence of a claim that does not exist", () -> json(REVIEWER, evidence("title", "x"))
                .post("/api/claims/999999999/evidence"));
        api(out, "audit verify from beyond a long", () -> as(ADMIN).queryParam("from", "99999999999999999999")
                .get("/api/audit/verify"));
        api(out, "job that does not exist", () -> as(EDITOR).get("/api/jobs/999999999"));
        api(out, "export ?articleId=0", () -> as(EDITOR).queryParam("articleId", "0").get("/api/export/claims.csv"));
    }

    private void oversized(List<Case> out) {
        api(out, "article title of 501 characters", () -> json(EDITOR, article("title", "t".repeat(501))).post("/api/articles"));
        api(out, "article outlet of 201 characters", () -> json(EDITOR, article("outlet", "o".repeat(201))).post("/api/articles"));
        api(out, "article author of 201 characters", () -> json(EDITOR, article("author", "a".repeat(201))).post("/api/articles"));
        api(out, "article url of 2001 characters", () -> json(EDITOR, article("url", "https://e.org/" + "u".repeat(2000)))
                .post("/api/articles"));
        api(out, "article text over 2 MB", () -> json(EDITOR, article("text", "7 cats. ".repeat(300_000))).post("/api/articles"));
        api(out, "claim unit of 41 characters", () -> patch("\"unit\":\"" + "u".repeat(41) + "\""));
        api(out, "claim unit of 500 characters", () -> patch("\"unit\":\"" + "u".repeat(500) + "\""));
        api(out, "claim speaker of 501 characters", () -> patch("\"speaker\":\"" + "s".repeat(501) + "\""));
        api(out, "claim time reference of 501 characters", () -> patch("\"timeRef\":\"" + "s".repeat(501) + "\""));
        api(out, "21 hedges", () -> patch("\"hedges\":[" + String.join(",", java.util.Collections.nCopies(21, "\"h\"")) + "]"));
        api(out, "a hedge of 101 characters", () -> patch("\"hedges\":[\"" + "h".repeat(101) + "\"]"));
        api(out, "reason of 2001 characters", () -> transition("\"action\":\"REJECT\",\"reason\":\"" + "r".repeat(2001) + "\""));
        api(out, "comment of 10001 characters", () -> json(REVIEWER, "{\"body\":\"" + "c".repeat(10_001) + "\"}")
                .post("/api/claims/" + claimId + "/comments"));
        api(out, "evidence title of 501 characters", () -> json(REVIEWER, evidence("title", "t".repeat(501)))
                .post("/api/claims/" + claimId + "/evidence"));
        api(out, "evidence url of 2001 characters", () -> json(REVIEWER, evidence("url", "https://e.org/" + "u".repeat(2000)))
                .post("/api/claims/" + claimId + "/evidence"));
        api(out, "evidence unit of 41 characters", () -> json(REVIEWER, evidence("referenceUnit", "u".repeat(41)))
                .post("/api/claims/" + claimId + "/evidence"));
        api(out, "evidence excerpt of 10001 characters", () -> json(REVIEWER, evidence("excerpt", "e".repeat(10_001)))
                .post("/api/claims/" + claimId + "/evidence"));
        api(out, "user name of 65 characters", () -> json(ADMIN, "{\"username\":\"" + "n".repeat(65)
                + "\",\"password\":\"long-enough-1\",\"roles\":[\"EDITOR\"]}").post("/api/users"));
        api(out, "password of 73 bytes", () -> json(ADMIN, "{\"username\":\"longpass\",\"password\":\"" + "p".repeat(73)
                + "\",\"roles\":[\"EDITOR\"]}").post("/api/users"));
        api(out, "password of 40 letters outside ASCII (over 72 bytes)", () -> json(ADMIN,
                "{\"username\":\"longpass2\",\"password\":\"" + "é".repeat(40) + "\",\"roles\":[\"EDITOR\"]}").post("/api/users"));
        api(out, "password of 7 characters", () -> json(ADMIN, "{\"username\":\"shortpass\",\"password\":\"1234567\","
                + "\"roles\":[\"EDITOR\"]}").post("/api/users"));
        api(out, "search words of 201 characters", () -> as(EDITOR).queryParam("q", "w".repeat(201)).get("/api/claims"));
    }

    private void malformedJson(List<Case> out) {
        api(out, "article with title twice", () -> json(EDITOR, "{\"title\":\"A\",\"title\":\"B\",\"text\":\"12 ships\"}")
                .post("/api/articles"));
        api(out, "transition with action twice", () -> transition("\"action\":\"CONFIRM\",\"action\":\"REJECT\""));
        api(out, "evidence with url twice", () -> json(REVIEWER, "{\"title\":\"t\",\"url\":\"https://a.org\","
                + "\"url\":\"javascript:alert(1)\"}").post("/api/claims/" + claimId + "/evidence"));
        api(out, "claim edit with version twice", () -> json(EDITOR, "{\"version\":" + claimVersion + ",\"version\":"
                + claimVersion + ",\"unit\":\"x\"}").patch("/api/claims/" + claimId));
        api(out, "article nested 3000 deep", () -> json(EDITOR, "{\"title\":" + "[".repeat(3000) + "]".repeat(3000) + "}")
                .post("/api/articles"));
        api(out, "transition nested 3000 deep", () -> json(EDITOR, "{\"reason\":" + "{\"a\":".repeat(3000) + "1"
                + "}".repeat(3000) + "}").post("/api/claims/" + claimId + "/transitions"));
        api(out, "broken JSON", () -> json(EDITOR, "{\"title\": ").post("/api/articles"));
        api(out, "a JSON array for an object", () -> json(EDITOR, "[1,2,3]").post("/api/articles"));
        api(out, "JSON null body", () -> json(EDITOR, "null").post("/api/claims/" + claimId + "/transitions"));
        api(out, "claim edit of a field nobody sets", () -> patch("\"status\":\"PUBLISHED\""));
        api(out, "claim edit of its id", () -> patch("\"id\":1"));
        api(out, "unknown action", () -> transition("\"action\":\"DELETE\""));
        api(out, "unknown claim type", () -> patch("\"type\":\"WEATHER\""));
        api(out, "unknown role", () -> json(ADMIN, "{\"username\":\"role1\",\"password\":\"long-enough-1\","
                + "\"roles\":[\"ROOT\"]}").post("/api/users"));
        api(out, "no roles", () -> json(ADMIN, "{\"username\":\"role2\",\"password\":\"long-enough-1\",\"roles\":[]}")
                .post("/api/users"));
        api(out, "user name with a space", () -> json(ADMIN, "{\"username\":\"a b\",\"password\":\"long-enough-1\","
                + "\"roles\":[\"EDITOR\"]}").post("/api/users"));
    }

    private void mediaTypes(List<Case> out) {
        api(out, "article as application/pdf", () -> as(EDITOR).contentType("application/pdf")
                .body("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)).post("/api/articles"));
        api(out, "article as application/xml", () -> as(EDITOR).contentType("application/xml").body("<a>12</a>")
                .post("/api/articles"));
        api(out, "claim edit as text/plain", () -> as(EDITOR).contentType(ContentType.TEXT).body("value=1")
                .patch("/api/claims/" + claimId));
        api(out, "transition as a form", () -> as(EDITOR).contentType(ContentType.URLENC).formParam("action", "CONFIRM")
                .post("/api/claims/" + claimId + "/transitions"));
        api(out, "evidence as multipart", () -> as(REVIEWER).multiPart("title", "t")
                .post("/api/claims/" + claimId + "/evidence"));
        api(out, "comment as text/plain", () -> as(REVIEWER).contentType(ContentType.TEXT).body("hi")
                .post("/api/claims/" + claimId + "/comments"));
        api(out, "DELETE on the claims list", () -> as(ADMIN).delete("/api/claims"));
    }

    private void paths(List<Case> out) {
        api(out, "matrix parameter /api/claims;x", () -> raw("GET", "/api/claims;x"));
        api(out, "matrix parameter /api/claims/1;jsessionid=1", () -> raw("GET", "/api/claims/1;jsessionid=1"));
        out.add(new Case("matrix parameter /articles;.css", Kind.PAGE, () -> raw("GET", "/articles;.css")));
        out.add(new Case("matrix parameter /claims;x", Kind.PAGE, () -> raw("GET", "/claims;x")));
        api(out, "encoded matrix parameter /api/claims%3Bx", () -> raw("GET", "/api/claims%3Bx"));
        api(out, "path traversal in a claim id", () -> raw("GET", "/api/claims/..%2f..%2fetc%2fpasswd"));
        // normalised out of /api: whatever answers, it is a refusal
        out.add(new Case("encoded dots in the API path", Kind.REFUSED, () -> raw("GET", "/api/%2e%2e/%2e%2e/etc/passwd")));
        api(out, "unknown API address", () -> as(EDITOR).get("/api/nothing-here"));
    }

    private void metacharacters(List<Case> out) {
        for (String q : List.of("%", "_", "\\", "'; DROP TABLE claim; --", "' OR '1'='1", "%' OR 1=1 --", "$$", "*")) {
            out.add(new Case("claims ?q=" + q, Kind.HARMLESS, () -> as(EDITOR).queryParam("q", q).get("/api/claims")));
        }
        for (String q : List.of("'", "%_%", "x' UNION SELECT password_hash FROM app_user --")) {
            out.add(new Case("claims ?speaker=" + q, Kind.HARMLESS,
                    () -> as(EDITOR).queryParam("speaker", q).get("/api/claims")));
            out.add(new Case("claims ?outlet=" + q, Kind.HARMLESS,
                    () -> as(EDITOR).queryParam("outlet", q).get("/api/claims")));
        }
        for (String q : List.of("'||pg_sleep(1)--", "!!", "a & | ! :*", "<->")) {
            out.add(new Case("articles ?q=" + q, Kind.HARMLESS, () -> as(EDITOR).queryParam("q", q).get("/api/articles")));
        }
        for (String s : List.of("id; DROP TABLE claim", "ID DESC", "checkworthiness,1", "RANDOM()")) {
            api(out, "claims ?sort=" + s, () -> as(EDITOR).queryParam("sort", s).get("/api/claims"));
        }
        for (String s : List.of("EXTRACTED' OR 1=1 --", "CANDIDATE,PUBLISHED")) {
            api(out, "claims ?status=" + s, () -> as(EDITOR).queryParam("status", s).get("/api/claims"));
        }
        api(out, "claims ?type=MONEY--", () -> as(EDITOR).queryParam("type", "MONEY--").get("/api/claims"));
        api(out, "claims ?articleId=1 OR 1=1", () -> as(EDITOR).queryParam("articleId", "1 OR 1=1").get("/api/claims"));
        api(out, "export ?verdict=ACCURATE' --", () -> as(EDITOR).queryParam("verdict", "ACCURATE' --")
                .get("/api/export/claims.csv"));
        out.add(new Case("export ?outlet=' OR 1=1 --", Kind.HARMLESS,
                () -> as(EDITOR).queryParam("outlet", "' OR 1=1 --").get("/api/export/claims.csv")));
    }

    private void pageForms(List<Case> out) {
        Function<String, RequestSpecification> form = path -> editorPage.form();
        String desk = "/articles/" + articleId + "/claims/" + claimId;
        page(out, "desk edit value with NUL", () -> form.apply(desk).formParam("version", claimVersion)
                .formParam("value", "1\u00002").post(desk + "/edit"));
        page(out, "desk edit value 1e400", () -> form.apply(desk).formParam("version", claimVersion)
                .formParam("value", "1e400").post(desk + "/edit"));
        page(out, "desk edit unit of 41 characters", () -> form.apply(desk).formParam("version", claimVersion)
                .formParam("value", "12").formParam("unit", "u".repeat(41)).post(desk + "/edit"));
        page(out, "desk edit due in year 300000", () -> form.apply(desk).formParam("version", claimVersion)
                .formParam("value", "12").formParam("dueAt", "+300000-01-01T10:00").post(desk + "/edit"));
        page(out, "desk edit with a stale version", () -> form.apply(desk).formParam("version", claimVersion + 50)
                .formParam("value", "12").post(desk + "/edit"));
        page(out, "desk reject without a reason", () -> form.apply(desk).formParam("version", claimVersion)
                .formParam("action", "REJECT").formParam("reason", " ").post(desk + "/transition"));
        page(out, "desk unknown action", () -> form.apply(desk).formParam("version", claimVersion)
                .formParam("action", "ERASE").post(desk + "/transition"));
        page(out, "desk add claim with no words", () -> form.apply(desk).formParam("value", "3")
                .post("/articles/" + articleId + "/claims"));
        page(out, "desk add claim with a value that is no number", () -> form.apply(desk).formParam("quote", "ships")
                .formParam("value", "many").post("/articles/" + articleId + "/claims"));
        page(out, "new article with a javascript: URL", () -> editorPage.request().multiPart("csrf-token", editorPage.token())
                .multiPart("title", "Link test").multiPart("url", "javascript:alert(1)")
                .multiPart("text", "There were 14 boats.").post("/articles"));
        page(out, "new article with NUL in its title", () -> editorPage.request().multiPart("csrf-token", editorPage.token())
                .multiPart("title", "Bad\u0000title").multiPart("text", "There were 15 boats.").post("/articles"));
        page(out, "new article published in 2201", () -> editorPage.request().multiPart("csrf-token", editorPage.token())
                .multiPart("title", "Future").multiPart("publishedAt", "2201-01-01").multiPart("text", "16 boats.")
                .post("/articles"));
        page(out, "desk form without its CSRF token", () -> editorPage.request().contentType(ContentType.URLENC)
                .formParam("version", claimVersion).formParam("value", "99").post(desk + "/edit"));
        page(out, "desk form posted from another site", () -> form.apply(desk).header("Origin", "https://evil.example")
                .formParam("version", claimVersion).formParam("value", "99").post(desk + "/edit"));
        page(out, "articles page ?page=2147483647", () -> editorPage.request().queryParam("page", "2147483647")
                .get("/articles"));
        page(out, "claims page ?status=nonsense", () -> editorPage.request().queryParam("status", "nonsense")
                .get("/claims"));
        page(out, "review queue ?type with NUL", () -> PageSession.signIn(REVIEWER, PASSWORD).request()
                .queryParam("type", "a\u0000").get("/review"));
    }

    private static void page(List<Case> out, String name, Supplier<Response> call) {
        out.add(new Case(name, Kind.PAGE, call));
    }
}

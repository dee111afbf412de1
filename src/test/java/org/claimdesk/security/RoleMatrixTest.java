package org.claimdesk.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.claimdesk.Fixtures;
import org.claimdesk.core.Actor;
import org.claimdesk.core.Role;
import org.claimdesk.user.UserService;
import org.claimdesk.web.PageSession;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may do what, for every API operation (read from the OpenAPI document) and every page route,
 * against one expected table kept here. A refused call must answer 401 (no sign-in) or 403 and
 * change no row of any table; an allowed one must not be refused, and a write must succeed.
 */
@QuarkusTest
class RoleMatrixTest {

    /** The five kinds of caller. */
    enum Who {
        ANONYMOUS, EDITOR, REVIEWER, ADMIN, EDITOR_REVIEWER
    }

    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.ANONYMOUS));
    private static final Set<Who> EDITORS = EnumSet.of(Who.EDITOR, Who.ADMIN, Who.EDITOR_REVIEWER);
    private static final Set<Who> REVIEWERS = EnumSet.of(Who.REVIEWER, Who.ADMIN, Who.EDITOR_REVIEWER);
    private static final Set<Who> ADMINS = EnumSet.of(Who.ADMIN);
    private static final String PASSWORD = "matrix-pass-1";
    private static final List<String> TABLES = List.of("article", "claim", "evidence", "claim_comment", "app_user",
            "import_job", "audit_log", "reference_dataset", "reference_version", "reference_row", "reference_check",
            "reference_poll");

    @Inject
    UserService users;

    @Inject
    EntityManager em;

    private final Map<Who, String> names = new LinkedHashMap<>();
    private final Map<Who, PageSession> pages = new LinkedHashMap<>();

    /** One row of the table: who may call it, whether it writes, and how to call it afresh as someone. */
    record Row(String operation, Set<Who> allowed, boolean writes, Function<Who, Supplier<Response>> prepare) {
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEachRoleAsTheTableSays() {
        setUp();
        List<Row> rows = rows();
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows) {
            for (Who who : Who.values()) {
                tests.add(dynamicTest(row.operation() + " as " + who, () -> check(row, who)));
            }
        }
        return tests.stream();
    }

    /** The table covers every operation the API documents: a new endpoint needs its row. */
    @Test
    void theTableCoversEveryDocumentedOperation() {
        setUp();
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, ops) -> ops.keySet().stream()
                .filter(m -> List.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> documented.add(m.toUpperCase() + " " + path)));
        Set<String> covered = new TreeSet<>();
        rows().forEach(r -> covered.add(r.operation().replaceAll(" \\(.*\\)$", "")));
        // test-only resources (src/test) are not part of the desk
        documented.removeIf(op -> op.contains(" /api/test/"));
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(covered);
        assertThat(missing).as("documented operations without a row in the role table").isEmpty();
    }

    private void check(Row row, Who who) {
        // the fixture (a fresh claim, say) is made first; only the call itself is measured
        Supplier<Response> call = row.prepare().apply(who);
        awaitBackgroundWork();
        Map<String, Long> before = counts();
        Response r = call.get();
        int status = r.statusCode();
        String what = row.operation() + " as " + who + ": " + status + " " + r.asString();
        if (row.allowed().contains(who)) {
            assertThat(status).as(what).isNotIn(401, 403).isLessThan(500);
            if (row.writes()) {
                assertThat(status).as(what).isBetween(200, 399);
            }
        } else {
            boolean page = !row.operation().contains(" /api");
            if (who == Who.ANONYMOUS) {
                assertThat(status).as(what).isIn(page ? List.of(302, 303, 401) : List.of(401));
            } else {
                assertThat(status).as(what).isEqualTo(403);
            }
            assertThat(counts()).as(what + " changed nothing").isEqualTo(before);
        }
    }

    /** Imports run in the background; an earlier row's must be finished before this one is measured. */
    private void awaitBackgroundWork() {
        for (int i = 0; i < 200; i++) {
            long running = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "SELECT (SELECT count(*) FROM import_job WHERE status <> 'DONE')"
                            + " + (SELECT count(*) FROM reference_import WHERE status NOT IN ('DONE', 'FAILED'))")
                    .getSingleResult()).longValue());
            if (running == 0) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
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

    private synchronized void setUp() {
        if (!names.isEmpty()) {
            return;
        }
        String tag = Fixtures.marker().substring(0, 8);
        Actor admin = QuarkusTransaction.requiringNew().call(() -> users.actorOf(Fixtures.ADMIN).orElseThrow());
        Map<Who, Set<Role>> roles = Map.of(Who.EDITOR, EnumSet.of(Role.EDITOR), Who.REVIEWER, EnumSet.of(Role.REVIEWER),
                Who.ADMIN, EnumSet.of(Role.ADMIN), Who.EDITOR_REVIEWER, EnumSet.of(Role.EDITOR, Role.REVIEWER));
        for (Who who : List.of(Who.EDITOR, Who.REVIEWER, Who.ADMIN, Who.EDITOR_REVIEWER)) {
            String name = "m" + who.name().toLowerCase().replace("_", "") + tag;
            users.create(admin, name, PASSWORD, roles.get(who));
            names.put(who, name);
            pages.put(who, PageSession.signIn(name, PASSWORD));
        }
    }

    private RequestSpecification as(Who who) {
        return who == Who.ANONYMOUS ? given() : given().auth().preemptive().basic(names.get(who), PASSWORD);
    }

    private RequestSpecification page(Who who) {
        return who == Who.ANONYMOUS ? given().redirects().follow(false) : pages.get(who).request();
    }

    private RequestSpecification form(Who who) {
        return who == Who.ANONYMOUS ? given().redirects().follow(false).contentType(ContentType.URLENC)
                : pages.get(who).form();
    }

    private long userId(Who who) {
        return QuarkusTransaction.requiringNew().call(() -> users.actorOf(names.get(who)).orElseThrow().userId());
    }

    // --- fixtures: fresh state for each call -------------------------------------------------

    /** A new article (by the demo editor) and its one claim; answers the claim id. */
    private long claim() {
        String text = "Quay count " + Fixtures.marker() + "\n\nThe quay handled 7,300 crates in March, the port said.";
        JsonPath a = Fixtures.as(Fixtures.EDITOR).contentType(ContentType.JSON)
                .body(Map.of("title", "Quay " + Fixtures.marker(), "text", text)).post("/api/articles").then()
                .statusCode(201).extract().jsonPath();
        return a.getLong("claims.find { it.quote.contains('7,300') }.id");
    }

    private long articleOf(long claimId) {
        return Fixtures.as(Fixtures.EDITOR).get("/api/claims/" + claimId).then().extract().jsonPath().getLong("articleId");
    }

    private long version(long claimId) {
        return Fixtures.as(Fixtures.EDITOR).get("/api/claims/" + claimId).then().extract().jsonPath().getLong("version");
    }

    /** A claim in review, held by {@code holder} (or nobody's), as direct state: the fixture, not the test. */
    private long claimInReview(Who holder) {
        long id = claim();
        Long assignee = holder == Who.ANONYMOUS ? null : userId(holder);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE claim SET status = 'IN_REVIEW',"
                + " assignee_id = ?1, lease_until = now() + interval '1 hour' WHERE id = ?2").setParameter(1, assignee)
                .setParameter(2, id).executeUpdate());
        return id;
    }

    private long evidence(long claimId) {
        return Fixtures.as(Fixtures.REVIEWER).contentType(ContentType.JSON)
                .body(Map.of("title", "Port returns", "url", "https://example.org/port")).post("/api/claims/"
                        + claimId + "/evidence").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long datasetId = -1;

    private long dataset() {
        if (datasetId < 0) {
            String csv = "Date,Year,Quarter,Route,Number of crossings\n2024-03-31,2024,1,North,120\n"
                    + "2024-06-30,2024,2,North,130\n";
            datasetId = Fixtures.as(Fixtures.ADMIN).contentType("text/csv").body(csv)
                    .queryParam("name", "matrix-" + Fixtures.marker()).queryParam("format", "homeoffice")
                    .post("/api/datasets").then().statusCode(201).extract().jsonPath().getLong("id");
        }
        return datasetId;
    }

    private String query() {
        long dataset = dataset();
        long version = Fixtures.as(Fixtures.ADMIN).get("/api/datasets/" + dataset).then().extract().jsonPath()
                .getLong("versions[0].id");
        return "{\"versionId\":" + version + ",\"filters\":[],\"aggregate\":{\"function\":\"SUM\"}}";
    }

    private long checkId = -1;

    private long check() {
        if (checkId < 0) {
            long claim = claim();
            checkId = Fixtures.as(Fixtures.REVIEWER).contentType(ContentType.JSON).body("{\"query\":" + query() + "}")
                    .post("/api/claims/" + claim + "/checks").then().statusCode(201).extract().jsonPath()
                    .getLong("id");
        }
        return checkId;
    }

    private long pollClaim() {
        long id = claim();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE claim SET type = 'POLL_LEAD'"
                + " WHERE id = ?1").setParameter(1, id).executeUpdate());
        return id;
    }

    private static String uniqueName() {
        return "u" + Fixtures.marker().substring(0, 10);
    }

    // --- the table -----------------------------------------------------------------------------

    private List<Row> rows() {
        List<Row> r = new ArrayList<>();
        // accounts
        r.add(new Row("GET /api/me", SIGNED_IN, false, w -> () -> as(w).get("/api/me")));
        r.add(new Row("GET /api/users", ADMINS, false, w -> () -> as(w).get("/api/users")));
        r.add(new Row("POST /api/users", ADMINS, true, w -> () -> as(w).contentType(ContentType.JSON)
                .body(Map.of("username", uniqueName(), "password", "long-enough-9", "roles", List.of("EDITOR")))
                .post("/api/users")));
        // articles and extraction
        r.add(new Row("GET /api/articles", SIGNED_IN, false, w -> () -> as(w).get("/api/articles")));
        r.add(new Row("GET /api/articles/{id}", SIGNED_IN, false, w -> { var f1 = articleOf(claim()); return () -> as(w).get("/api/articles/" + f1); }));
        r.add(new Row("POST /api/articles", EDITORS, true, w -> () -> as(w).contentType(ContentType.JSON).body(Map.of(
                "title", "Matrix " + Fixtures.marker(), "text", "There were 14 ferries " + Fixtures.marker() + "."))
                .post("/api/articles")));
        r.add(new Row("POST /api/extract", SIGNED_IN, false, w -> () -> as(w).contentType(ContentType.JSON)
                .body(Map.of("text", "There were 14 ferries.")).post("/api/extract")));
        r.add(new Row("GET /api/jobs/{id}", SIGNED_IN, false, w -> () -> as(w).get("/api/jobs/999999999")));
        // claims
        r.add(new Row("GET /api/claims", SIGNED_IN, false, w -> () -> as(w).get("/api/claims")));
        r.add(new Row("GET /api/claims/{id}", SIGNED_IN, false, w -> { var f1 = claim(); return () -> as(w).get("/api/claims/" + f1); }));
        r.add(new Row("GET /api/claims/{id}/actions", SIGNED_IN, false, w -> { var f1 = claim(); return () -> as(w).get("/api/claims/" + f1 + "/actions"); }));
        r.add(new Row("GET /api/claims/{id}/history", SIGNED_IN, false, w -> { var f1 = claim(); return () -> as(w).get("/api/claims/" + f1 + "/history"); }));
        r.add(new Row("PATCH /api/claims/{id}", EDITORS, true, w -> {
            long id = claim();
            return () -> as(w).contentType(ContentType.JSON).body(Map.of("version", version(id), "unit", "crates"))
                    .patch("/api/claims/" + id);
        }));
        r.add(new Row("POST /api/claims", EDITORS, true, w -> {
            long article = articleOf(claim());
            return () -> as(w).contentType(ContentType.JSON).body(Map.of("articleId", article, "start", 0, "end", 4,
                    "value", 1)).post("/api/claims");
        }));
        r.add(new Row("POST /api/claims/{id}/transitions", EDITORS, true, w -> {
            long id = claim();
            return () -> as(w).contentType(ContentType.JSON).body(Map.of("action", "CONFIRM", "version", version(id)))
                    .post("/api/claims/" + id + "/transitions");
        }));
        // review
        r.add(new Row("POST /api/claims/{id}/evidence", REVIEWERS, true, w -> { var f1 = claim(); return () -> as(w).contentType(ContentType.JSON)
                .body(Map.of("title", "Source", "url", "https://example.org/s")).post("/api/claims/" + f1 + "/evidence"); }));
        r.add(new Row("GET /api/claims/{id}/evidence", SIGNED_IN, false, w -> { var f1 = claim(); return () -> as(w).get("/api/claims/" + f1 + "/evidence"); }));
        r.add(new Row("PUT /api/claims/{id}/evidence/{evidenceId}", REVIEWERS, true, w -> {
            long id = claimInReview(REVIEWERS.contains(w) ? w : Who.REVIEWER);
            long ev = evidence(id);
            return () -> as(w).contentType(ContentType.JSON).body(Map.of("title", "Corrected", "url", "https://example.org/c"))
                    .put("/api/claims/" + id + "/evidence/" + ev);
        }));
        r.add(new Row("DELETE /api/claims/{id}/evidence/{evidenceId}", REVIEWERS, true, w -> {
            long id = claimInReview(REVIEWERS.contains(w) ? w : Who.REVIEWER);
            long ev = evidence(id);
            return () -> as(w).delete("/api/claims/" + id + "/evidence/" + ev);
        }));
        r.add(new Row("POST /api/claims/{id}/comments", SIGNED_IN, true, w -> { var f1 = claim(); return () -> as(w).contentType(ContentType.JSON)
                .body(Map.of("body", "A note")).post("/api/claims/" + f1 + "/comments"); }));
        r.add(new Row("GET /api/claims/{id}/comments", SIGNED_IN, false, w -> { var f1 = claim(); return () -> as(w).get("/api/claims/" + f1 + "/comments"); }));
        r.add(new Row("POST /api/review/next", REVIEWERS, false, w -> () -> as(w).contentType(ContentType.JSON).post("/api/review/next")));
        r.add(new Row("GET /api/review/mine", REVIEWERS, false, w -> () -> as(w).get("/api/review/mine")));
        // audit and exports
        r.add(new Row("GET /api/audit/head", ADMINS, false, w -> () -> as(w).get("/api/audit/head")));
        r.add(new Row("GET /api/audit/verify", ADMINS, false, w -> () -> as(w).get("/api/audit/verify")));
        r.add(new Row("GET /api/export/claims.csv", SIGNED_IN, false, w -> () -> as(w).queryParam("articleId", 1).get("/api/export/claims.csv")));
        r.add(new Row("GET /api/export/claims.jsonl", SIGNED_IN, false, w -> () -> as(w).queryParam("articleId", 1).get("/api/export/claims.jsonl")));
        r.add(new Row("GET /api/export/claimreview.json", SIGNED_IN, false, w -> () -> as(w).get("/api/export/claimreview.json")));
        r.add(new Row("GET /api/export/audit.jsonl", ADMINS, false, w -> () -> as(w).get("/api/export/audit.jsonl")));
        // desk analytics: every signed-in desk role
        r.add(new Row("GET /api/stats", SIGNED_IN, false, w -> () -> as(w).get("/api/stats")));
        r.add(new Row("GET /api/stats/{table}.csv", SIGNED_IN, false, w -> () -> as(w).get("/api/stats/reviewer-load.csv")));
        // reference statistics
        r.add(new Row("GET /api/datasets", SIGNED_IN, false, w -> () -> as(w).get("/api/datasets")));
        r.add(new Row("GET /api/datasets/{id}", SIGNED_IN, false, w -> { var f1 = dataset(); return () -> as(w).get("/api/datasets/" + f1); }));
        r.add(new Row("GET /api/datasets/{id}/rows", SIGNED_IN, false, w -> { var f1 = dataset(); return () -> as(w).get("/api/datasets/" + f1 + "/rows"); }));
        r.add(new Row("POST /api/datasets", EnumSet.of(Who.REVIEWER, Who.ADMIN, Who.EDITOR_REVIEWER), true,
                w -> () -> as(w).contentType("text/csv").body("Date,Year,Quarter,Route,Number\n2024-03-31,2024,1,East,5\n")
                        .queryParam("name", "m-" + Fixtures.marker()).queryParam("format", "homeoffice").post("/api/datasets")));
        r.add(new Row("GET /api/claims/{id}/checks/suggested", SIGNED_IN, false,
                w -> { var f1 = claim(); return () -> as(w).get("/api/claims/" + f1 + "/checks/suggested"); }));
        r.add(new Row("POST /api/claims/{id}/checks", REVIEWERS, true, w -> { var f1 = claim(); var f2 = query(); return () -> as(w).contentType(ContentType.JSON)
                .body("{\"query\":" + f2 + "}").post("/api/claims/" + f1 + "/checks"); }));
        r.add(new Row("GET /api/claims/{id}/checks", SIGNED_IN, false, w -> { var f1 = claim(); return () -> as(w).get("/api/claims/" + f1 + "/checks"); }));
        r.add(new Row("GET /api/checks/{id}", SIGNED_IN, false, w -> { var f1 = check(); return () -> as(w).get("/api/checks/" + f1); }));
        r.add(new Row("POST /api/checks/{id}/rerun", SIGNED_IN, false, w -> { var f1 = check(); return () -> as(w).post("/api/checks/" + f1 + "/rerun"); }));
        r.add(new Row("POST /api/checks/run", SIGNED_IN, false, w -> { var f1 = query(); return () -> as(w).contentType(ContentType.JSON)
                .body(f1).post("/api/checks/run"); }));
        r.add(new Row("PUT /api/claims/{id}/poll", REVIEWERS, true, w -> { var f1 = pollClaim(); return () -> as(w).contentType(ContentType.JSON)
                .body(Map.of("pollster", "Polling Co", "sampleSize", 2000, "shares", Map.of("Reform UK", 27, "Labour", 26)))
                .put("/api/claims/" + f1 + "/poll"); }));
        r.add(new Row("GET /api/claims/{id}/poll", SIGNED_IN, false, w -> { var f1 = pollClaim(); return () -> as(w).get("/api/claims/" + f1 + "/poll"); }));
        // pages
        r.add(new Row("GET /articles", EDITORS, false, w -> () -> page(w).get("/articles")));
        r.add(new Row("GET /articles/{id}", SIGNED_IN, false, w -> { var f1 = articleOf(claim()); return () -> page(w).get("/articles/" + f1); }));
        r.add(new Row("GET /claims", SIGNED_IN, false, w -> () -> page(w).get("/claims")));
        r.add(new Row("GET /review", SIGNED_IN, false, w -> () -> page(w).get("/review")));
        r.add(new Row("GET /review/claims/{id}", SIGNED_IN, false, w -> { var f1 = claim(); return () -> page(w).get("/review/claims/" + f1); }));
        r.add(new Row("GET /export", SIGNED_IN, false, w -> () -> page(w).get("/export")));
        r.add(new Row("GET /datasets", SIGNED_IN, false, w -> () -> page(w).get("/datasets")));
        r.add(new Row("GET /dashboard", SIGNED_IN, false, w -> () -> page(w).get("/dashboard")));
        r.add(new Row("GET /dashboard/{table}.csv", SIGNED_IN, false, w -> () -> page(w).get("/dashboard/claims-by-status.csv")));
        r.add(new Row("GET /admin/users", ADMINS, false, w -> () -> page(w).get("/admin/users")));
        r.add(new Row("GET /admin/audit", ADMINS, false, w -> () -> page(w).get("/admin/audit")));
        r.add(new Row("POST /articles/{id}/claims (add a claim)", EDITORS, true, w -> {
            long article = articleOf(claim());
            return () -> form(w).formParam("quote", "Quay").formParam("value", "1").formParam("type", "COUNT")
                    .post("/articles/" + article + "/claims");
        }));
        r.add(new Row("POST /articles/{id}/claims/{claimId}/edit", EDITORS, true, w -> {
            long id = claim();
            return () -> form(w).formParam("version", version(id)).formParam("value", "7300").formParam("unit", "boxes")
                    .post("/articles/" + articleOf(id) + "/claims/" + id + "/edit");
        }));
        r.add(new Row("POST /review/claims/{id}/evidence (page)", REVIEWERS, true, w -> { var f1 = claim(); return () -> form(w)
                .formParam("title", "Page source").formParam("url", "https://example.org/p")
                .post("/review/claims/" + f1 + "/evidence"); }));
        r.add(new Row("POST /admin/users (page)", ADMINS, true, w -> () -> form(w).formParam("username", uniqueName())
                .formParam("password", "long-enough-8").formParam("roles", "EDITOR").post("/admin/users")));
        r.add(new Row("POST /review/next (page)", REVIEWERS, false, w -> () -> form(w).post("/review/next")));
        // the rest of the pages
        r.add(new Row("GET /", EnumSet.allOf(Who.class), false, w -> () -> page(w).get("/")));
        r.add(new Row("GET /login", EnumSet.allOf(Who.class), false, w -> () -> page(w).get("/login")));
        r.add(new Row("POST /logout", SIGNED_IN, true, w -> {
            PageSession fresh = w == Who.ANONYMOUS ? null : PageSession.signIn(names.get(w), PASSWORD);
            return () -> fresh == null ? form(w).post("/logout") : fresh.form().post("/logout");
        }));
        r.add(new Row("GET /review/mine", SIGNED_IN, false, w -> () -> page(w).get("/review/mine")));
        r.add(new Row("GET /articles/jobs/{id}", EDITORS, false, w -> () -> page(w).get("/articles/jobs/999999999")));
        r.add(new Row("GET /articles/jobs/{id}/progress", EDITORS, false,
                w -> () -> page(w).get("/articles/jobs/999999999/progress")));
        r.add(new Row("POST /articles", EDITORS, true, w -> () -> multipart(w).multiPart("title", "Page " + Fixtures.marker())
                .multiPart("text", "There were 31 barges " + Fixtures.marker() + ".").post("/articles")));
        r.add(new Row("POST /articles/import", EDITORS, true, w -> () -> multipart(w).multiPart("files",
                "barges-" + Fixtures.marker() + ".txt", ("There were 32 barges " + Fixtures.marker() + ".")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain").post("/articles/import")));
        r.add(new Row("POST /articles/{id}/bulk", EDITORS, true, w -> {
            long a = articleOf(claim());
            return () -> form(w).formParam("action", "CONFIRM").post("/articles/" + a + "/bulk");
        }));
        r.add(new Row("POST /articles/{id}/claims/{claimId}/transition", EDITORS, true, w -> {
            long id = claim();
            long a = articleOf(id);
            long v = version(id);
            return () -> form(w).formParam("action", "CONFIRM").formParam("version", v)
                    .post("/articles/" + a + "/claims/" + id + "/transition");
        }));
        r.add(new Row("POST /claims/publish", EDITORS, true, w -> {
            long id = claimIn("APPROVED");
            return () -> form(w).formParam("ids", id).post("/claims/publish");
        }));
        r.add(new Row("POST /review/claims/{id}/transition", REVIEWERS, true, w -> {
            long id = claimIn("SUBMITTED");
            return () -> form(w).formParam("action", "TAKE").formParam("version", version(id))
                    .post("/review/claims/" + id + "/transition");
        }));
        r.add(new Row("POST /review/claims/{id}/comments", SIGNED_IN, true, w -> {
            long id = claim();
            return () -> form(w).formParam("body", "A page note").post("/review/claims/" + id + "/comments");
        }));
        r.add(new Row("POST /review/claims/{id}/evidence/{evidenceId}", REVIEWERS, true, w -> {
            long id = claimInReview(REVIEWERS.contains(w) ? w : Who.REVIEWER);
            long ev = evidence(id);
            return () -> form(w).formParam("title", "Corrected on the page").formParam("url", "https://example.org/q")
                    .post("/review/claims/" + id + "/evidence/" + ev);
        }));
        r.add(new Row("POST /review/claims/{id}/evidence/{evidenceId}/remove", REVIEWERS, true, w -> {
            long id = claimInReview(REVIEWERS.contains(w) ? w : Who.REVIEWER);
            long ev = evidence(id);
            return () -> form(w).formParam("reason", "duplicate").post("/review/claims/" + id + "/evidence/" + ev + "/remove");
        }));
        r.add(new Row("GET /checks/claims/{id}/builder", SIGNED_IN, false, w -> {
            long id = claim();
            return () -> page(w).get("/checks/claims/" + id + "/builder");
        }));
        r.add(new Row("POST /checks/claims/{id}", REVIEWERS, true, w -> {
            long id = claim();
            String q = query();
            return () -> form(w).formParam("query", q).post("/checks/claims/" + id);
        }));
        r.add(new Row("POST /checks/claims/{id}/poll", REVIEWERS, true, w -> {
            long id = pollClaim();
            return () -> form(w).formParam("pollster", "Polling Co").formParam("sampleSize", "2000")
                    .formParam("party0", "Reform UK").formParam("share0", "27").formParam("party1", "Labour")
                    .formParam("share1", "26").post("/checks/claims/" + id + "/poll");
        }));
        r.add(new Row("POST /checks/{checkId}/rerun", SIGNED_IN, false, w -> {
            long c = check();
            return () -> form(w).post("/checks/" + c + "/rerun");
        }));
        r.add(new Row("GET /datasets/{id}", SIGNED_IN, false, w -> {
            long d = dataset();
            return () -> page(w).get("/datasets/" + d);
        }));
        r.add(new Row("GET /datasets/imports/{id}", SIGNED_IN, false, w -> () -> page(w).get("/datasets/imports/999999999")));
        r.add(new Row("GET /datasets/imports/{id}/progress", SIGNED_IN, false,
                w -> () -> page(w).get("/datasets/imports/999999999/progress")));
        r.add(new Row("POST /datasets", EnumSet.of(Who.REVIEWER, Who.ADMIN, Who.EDITOR_REVIEWER), true,
                w -> () -> multipart(w).multiPart("file", "ferries.csv", ("Date,Year,Quarter,Route,Number\n"
                        + "2024-03-31,2024,1,West,9\n").getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv")
                        .multiPart("name", "page-" + Fixtures.marker()).multiPart("format", "homeoffice").post("/datasets")));
        r.add(new Row("GET /export/claims.csv", SIGNED_IN, false, w -> () -> page(w).queryParam("articleId", 1).get("/export/claims.csv")));
        r.add(new Row("GET /export/claims.jsonl", SIGNED_IN, false, w -> () -> page(w).queryParam("articleId", 1).get("/export/claims.jsonl")));
        r.add(new Row("GET /export/claimreview.json", SIGNED_IN, false, w -> () -> page(w).get("/export/claimreview.json")));
        r.add(new Row("GET /export/audit.jsonl", ADMINS, false, w -> () -> page(w).get("/export/audit.jsonl")));
        r.add(new Row("POST /admin/users/{id}/roles", ADMINS, true, w -> {
            long target = throwaway();
            return () -> form(w).formParam("roles", "REVIEWER").post("/admin/users/" + target + "/roles");
        }));
        r.add(new Row("POST /admin/users/{id}/password", ADMINS, true, w -> {
            long target = throwaway();
            return () -> form(w).formParam("password", "another-pass-7").post("/admin/users/" + target + "/password");
        }));
        r.add(new Row("POST /admin/users/{id}/unlock", ADMINS, true, w -> {
            long target = throwaway();
            return () -> form(w).post("/admin/users/" + target + "/unlock");
        }));
        return r;
    }

    private RequestSpecification multipart(Who who) {
        return who == Who.ANONYMOUS ? given().redirects().follow(false).multiPart("csrf-token", "none")
                : pages.get(who).request().multiPart("csrf-token", pages.get(who).token());
    }

    /** A claim moved straight to {@code status} (fixture state, not the workflow under test). */
    private long claimIn(String status) {
        long id = claim();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE claim SET status = ?1, assignee_id = NULL"
                + " WHERE id = ?2").setParameter(1, status).setParameter(2, id).executeUpdate());
        return id;
    }

    /** An account to change, made by the demo admin. */
    private long throwaway() {
        String name = uniqueName();
        Actor admin = QuarkusTransaction.requiringNew().call(() -> users.actorOf(Fixtures.ADMIN).orElseThrow());
        return users.create(admin, name, "throwaway-pass-1", EnumSet.of(Role.EDITOR)).id;
    }
}

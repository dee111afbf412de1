package org.claimdesk.user;

import static io.restassured.RestAssured.given;
import static org.claimdesk.Fixtures.ADMIN;
import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.REVIEWER;
import static org.claimdesk.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.claimdesk.audit.AuditEntry;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginTest {

    private static org.claimdesk.web.PageSession signIn(String user, String password) {
        return org.claimdesk.web.PageSession.signIn(user, password);
    }

    @Test
    void eachRoleSignsInAndSeesItsNavigation() {
        var editor = signIn(EDITOR, "demo");
        editor.request().get("/").then().statusCode(200)
                .body(containsString("Signed in as <strong>editor</strong>"))
                .body(containsString("href=\"/articles\""))
                .body(not(containsString("href=\"/review\"")));
        var reviewer = signIn(REVIEWER, "demo");
        reviewer.request().get("/").then().statusCode(200)
                .body(containsString("href=\"/review\""))
                .body(not(containsString("href=\"/articles\"")));
        var admin = signIn(ADMIN, "demo");
        admin.request().get("/").then().statusCode(200)
                .body(containsString("href=\"/q/swagger-ui\""));
    }

    @Test
    void wrongPasswordGoesBackToTheLoginPageWithAMessage() {
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", EDITOR).formParam("j_password", "nope")
                .post("/j_security_check").then().statusCode(302).header("Location", endsWith("/login?error"));
        given().get("/login?error").then().statusCode(200).body(containsString("Unknown user or wrong password."));
    }

    @jakarta.inject.Inject
    ThrottledPasswordIdentityProvider signIns;

    @Test
    void manyRequestsWithTheSameNewCredentialsRunOnePasswordCheck() throws Exception {
        as(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", "busyclient", "password", "busy-password", "roles", List.of("REVIEWER")))
                .post("/api/users").then().statusCode(201);
        long before = signIns.checksRun();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(24);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            calls.add(pool.submit(() -> {
                start.await();
                return given().auth().preemptive().basic("busyclient", "busy-password").get("/api/me").statusCode();
            }));
        }
        start.countDown();
        for (var call : calls) {
            org.junit.jupiter.api.Assertions.assertEquals(200, call.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        org.junit.jupiter.api.Assertions.assertEquals(1, signIns.checksRun() - before,
                "24 concurrent requests with one new credential share one bcrypt check");
        given().auth().preemptive().basic("busyclient", "not-the-password").get("/api/me").then().statusCode(401);
    }

    @Test
    void anonymousPageRequestIsSentToLogin() {
        given().redirects().follow(false).get("/articles").then().statusCode(302)
                .header("Location", containsString("/login"));
    }

    @Test
    void fiveFailuresInARowLockTheAccountAndSaySo() {
        as(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", "lockme", "password", "right-password", "roles", List.of("EDITOR")))
                .post("/api/users").then().statusCode(201);
        for (int i = 0; i < 4; i++) {
            given().auth().preemptive().basic("lockme", "wrong").get("/api/me").then().statusCode(401);
        }
        // four failures do not lock; a success clears the count
        given().auth().preemptive().basic("lockme", "right-password").get("/api/me").then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            given().auth().preemptive().basic("lockme", "wrong").get("/api/me").then().statusCode(401);
        }
        given().auth().preemptive().basic("lockme", "right-password").get("/api/me").then().statusCode(401)
                .contentType("application/problem+json").body("detail", containsString("locked"));
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", "lockme").formParam("j_password", "right-password")
                .post("/j_security_check").then().statusCode(302).header("Location", endsWith("/login?error"));
        given().cookie("claimdesk-login-name", "lockme").get("/login?error").then().statusCode(200)
                .body(containsString("locked"));
        long lockEntries = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) AuditEntry.getEntityManager().createNativeQuery(
                        "SELECT count(*) FROM audit_log WHERE action = 'LOGIN_LOCKED' AND after->>'username' = 'lockme'")
                        .getSingleResult()).longValue());
        org.junit.jupiter.api.Assertions.assertEquals(1, lockEntries);
    }

    @Test
    void signOutNeedsTheCsrfTokenAndEndsTheSessionOnTheServer() {
        var session = signIn(EDITOR, "demo");
        // without the token the form post is refused
        session.request().contentType(ContentType.URLENC).post("/logout").then().statusCode(400);
        var copied = session.cookies();
        session.form().post("/logout").then().statusCode(303).header("Location", containsString("/login?signedout"));
        // the session's cookies, copied before signing out, no longer open a page
        given().cookies(copied).redirects().follow(false).get("/articles").then().statusCode(303)
                .header("Location", containsString("/login?expired"));
    }

    @Test
    void aFormTokenOfOneSessionIsRefusedInAnother() {
        var editor = signIn(EDITOR, "demo");
        var other = signIn(EDITOR, "demo");
        java.util.Map<String, String> mixed = new java.util.HashMap<>(other.cookies());
        mixed.put("csrf-token", editor.cookies().get("csrf-token"));
        given().cookies(mixed).redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("csrf-token", editor.token()).post("/logout").then().statusCode(403);
        // a cross-site post (another Origin) is refused before any form is read, sign-in included
        other.form().header("Origin", "https://evil.example").post("/logout").then().statusCode(403);
        given().redirects().follow(false).contentType(ContentType.URLENC).header("Origin", "https://evil.example")
                .formParam("j_username", EDITOR).formParam("j_password", "demo").post("/j_security_check")
                .then().statusCode(403);
    }
}

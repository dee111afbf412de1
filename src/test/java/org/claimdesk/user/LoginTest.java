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

    private static String signIn(String user, String password) {
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", user).formParam("j_password", password)
                .post("/j_security_check").then().statusCode(302).extract().cookie("quarkus-credential");
    }

    @Test
    void eachRoleSignsInAndSeesItsNavigation() {
        String editor = signIn(EDITOR, "demo");
        given().cookie("quarkus-credential", editor).get("/").then().statusCode(200)
                .body(containsString("Signed in as <strong>editor</strong>"))
                .body(containsString("href=\"/articles\""))
                .body(not(containsString("href=\"/review\"")));
        String reviewer = signIn(REVIEWER, "demo");
        given().cookie("quarkus-credential", reviewer).get("/").then().statusCode(200)
                .body(containsString("href=\"/review\""))
                .body(not(containsString("href=\"/articles\"")));
        String admin = signIn(ADMIN, "demo");
        given().cookie("quarkus-credential", admin).get("/").then().statusCode(200)
                .body(containsString("href=\"/q/swagger-ui\""));
    }

    @Test
    void wrongPasswordGoesBackToTheLoginPageWithAMessage() {
        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", EDITOR).formParam("j_password", "nope")
                .post("/j_security_check").then().statusCode(302).header("Location", endsWith("/login?error"));
        given().get("/login?error").then().statusCode(200).body(containsString("Unknown user or wrong password."));
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
    void signOutNeedsTheCsrfTokenAndEndsTheSession() {
        String session = signIn(EDITOR, "demo");
        // without the token the form post is refused
        given().cookie("quarkus-credential", session).redirects().follow(false).contentType(ContentType.URLENC)
                .post("/logout").then().statusCode(400);
        var page = given().cookie("quarkus-credential", session).get("/");
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        String csrfCookie = page.cookie("csrf-token");
        given().cookie("quarkus-credential", session).cookie("csrf-token", csrfCookie).redirects().follow(false)
                .contentType(ContentType.URLENC).formParam("csrf-token", token)
                .post("/logout").then().statusCode(303).header("Location", containsString("/login?signedout"));
    }
}

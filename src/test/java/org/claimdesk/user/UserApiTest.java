package org.claimdesk.user;

import static io.restassured.RestAssured.given;
import static org.claimdesk.Fixtures.ADMIN;
import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.REVIEWER;
import static org.claimdesk.Fixtures.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void apiWithoutCredentialsIs401WithABasicChallenge() {
        given().get("/api/me").then().statusCode(401).header("WWW-Authenticate", startsWith("Basic"));
        given().get("/api/users").then().statusCode(401);
    }

    @Test
    void meAnswersNameAndRolesPerRole() {
        as(EDITOR).get("/api/me").then().statusCode(200)
                .body("username", equalTo(EDITOR)).body("roles", containsInAnyOrder("EDITOR"));
        as(REVIEWER).get("/api/me").then().statusCode(200).body("roles", containsInAnyOrder("REVIEWER"));
        as(ADMIN).get("/api/me").then().statusCode(200).body("roles", hasItem("ADMIN"));
    }

    @Test
    void wrongRoleIs403AsProblem() {
        as(EDITOR).get("/api/users").then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
        as(REVIEWER).contentType(ContentType.JSON)
                .body(Map.of("username", "nobody1", "password", "longenough", "roles", List.of("EDITOR")))
                .post("/api/users").then().statusCode(403);
        assertEquals(0, countUsers("nobody1"));
    }

    @Test
    void unknownUserAndWrongPasswordLookTheSame() {
        String unknownUser = given().auth().preemptive().basic("no-such-user", "demo")
                .get("/api/me").then().statusCode(401).extract().body().asString();
        String wrongPassword = given().auth().preemptive().basic(REVIEWER, "not-the-password")
                .get("/api/me").then().statusCode(401).extract().body().asString();
        assertEquals(unknownUser, wrongPassword);
        org.assertj.core.api.Assertions.assertThat(unknownUser).doesNotContainIgnoringCase("password is")
                .doesNotContainIgnoringCase("no such user");
    }

    @Test
    void pageSessionCookieIsNotAcceptedOnTheApi() {
        String session = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("j_username", EDITOR).formParam("j_password", "demo")
                .post("/j_security_check").then().statusCode(302).extract().cookie("quarkus-credential");
        org.assertj.core.api.Assertions.assertThat(session).isNotBlank();
        given().cookie("quarkus-credential", session).get("/api/me").then().statusCode(401);
    }

    @Test
    void adminCreatesAUserWhoCanThenSignIn() {
        as(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("username", "casey", "password", "s3cret-pass", "roles", List.of("EDITOR", "REVIEWER")))
                .post("/api/users").then().statusCode(201)
                .header("Location", containsString("/api/users/"))
                .body("username", equalTo("casey"))
                .body("roles", containsInAnyOrder("EDITOR", "REVIEWER"))
                .body("$", not(org.hamcrest.Matchers.hasKey("passwordHash")));
        given().auth().preemptive().basic("casey", "s3cret-pass").get("/api/me").then().statusCode(200)
                .body("roles", containsInAnyOrder("EDITOR", "REVIEWER"));
        as(ADMIN).get("/api/users").then().statusCode(200).body("username", hasItems("casey", EDITOR, ADMIN));
    }

    @Test
    void badUserInputIs400ProblemAndWritesNothing() {
        long before = totalUsers();
        post(Map.of("password", "longenough", "roles", List.of("EDITOR")))
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("username"));
        post(Map.of("username", "pat", "roles", List.of("EDITOR")))
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("password"));
        post(Map.of("username", "pat", "password", "longenough"))
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("roles"));
        post(Map.of("username", "pat", "password", "longenough", "roles", List.of("EDITOR", "OWNER")))
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("OWNER"));
        post(Map.of("username", "x".repeat(1024 * 1024), "password", "longenough", "roles", List.of("EDITOR")))
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("username"));
        as(ADMIN).contentType(ContentType.JSON).body("{\"username\": \"pat\", ").post("/api/users")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", not(containsString("com.fasterxml")));
        as(ADMIN).contentType(ContentType.JSON).body("{\"username\": \"pat\", \"roles\": \"EDITOR\"}")
                .post("/api/users").then().statusCode(400).contentType(PROBLEM);
        as(ADMIN).contentType(ContentType.TEXT).body("username=pat").post("/api/users")
                .then().statusCode(415).contentType(PROBLEM);
        assertEquals(before, totalUsers());
        assertEquals(0, countUsers("pat"));
    }

    @Test
    void duplicateUsernameIs409AndWritesNothing() {
        long before = totalUsers();
        post(Map.of("username", EDITOR, "password", "longenough", "roles", List.of("ADMIN")))
                .statusCode(409).contentType(PROBLEM).body("status", equalTo(409))
                .body("detail", containsString(EDITOR));
        assertEquals(before, totalUsers());
        as(EDITOR).get("/api/me").then().statusCode(200).body("roles", containsInAnyOrder("EDITOR"));
    }

    private static io.restassured.response.ValidatableResponse post(Map<String, Object> body) {
        return as(ADMIN).contentType(ContentType.JSON).body(body).post("/api/users").then();
    }

    static long totalUsers() {
        return QuarkusTransaction.requiringNew().call(() -> User.count());
    }

    static long countUsers(String username) {
        return QuarkusTransaction.requiringNew().call(() -> User.count("username", username));
    }
}

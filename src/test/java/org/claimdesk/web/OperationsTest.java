package org.claimdesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void metricsAndOpenApiAreServed() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/users"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void homePageIsPublicAndPointsToSignIn() {
        given().get("/").then().statusCode(200).body(containsString("href=\"/login\""));
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200);
    }

    @Test
    void unknownApiPathIsAProblem() {
        org.claimdesk.Fixtures.as(org.claimdesk.Fixtures.EDITOR).get("/api/nothing-here").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }
}

package org.claimdesk.database;

import static io.restassured.RestAssured.given;
import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.claimdesk.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A connection lost in the middle of a request is a 503 with Retry-After that says whether the
 * request may have been applied: lost during the COMMIT it may have been; lost before, it was not;
 * a GET never changed anything. The connection is cut by the server itself (a trigger that ends its
 * own session), so the whole stack (Hibernate, Narayana, Agroal, ProblemMapper) is the real one.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final String SCHEMA = CutConnectionResource.SCHEMA;

    @BeforeAll
    static void createCuttingTriggers() throws Exception {
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE",
                "CREATE SCHEMA " + SCHEMA,
                "CREATE TABLE " + SCHEMA + ".probe (id serial PRIMARY KEY, cut text NOT NULL)",
                "CREATE FUNCTION " + SCHEMA + ".end_session() RETURNS trigger LANGUAGE plpgsql AS $$"
                        + " BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$",
                "CREATE TRIGGER cut_now AFTER INSERT ON " + SCHEMA + ".probe FOR EACH ROW"
                        + " WHEN (NEW.cut = 'at-statement') EXECUTE FUNCTION " + SCHEMA + ".end_session()",
                "CREATE CONSTRAINT TRIGGER cut_at_commit AFTER INSERT ON " + SCHEMA + ".probe"
                        + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW"
                        + " WHEN (NEW.cut = 'at-commit') EXECUTE FUNCTION " + SCHEMA + ".end_session()");
    }

    @AfterAll
    static void dropSchema() throws Exception {
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    @Test
    void aConnectionLostDuringTheCommitMayHaveBeenApplied() {
        as(EDITOR).contentType("application/json").post("/api/test/cut-connection/at-commit").then().statusCode(503)
                .header("Retry-After", "5")
                .contentType("application/problem+json")
                .body("title", equalTo("Database unavailable"))
                .body("mayHaveBeenApplied", equalTo(true))
                .body("detail", containsString("may or may not have been applied"));
    }

    @Test
    void aConnectionLostBeforeTheCommitChangedNothing() throws Exception {
        as(EDITOR).contentType("application/json").post("/api/test/cut-connection/at-statement").then().statusCode(503)
                .header("Retry-After", "5")
                .body("mayHaveBeenApplied", equalTo(false))
                .body("detail", containsString("nothing was changed"));
        assertThat(count("at-statement")).isZero();
    }

    @Test
    void aGetNeverChangedAnything() {
        as(EDITOR).get("/api/test/cut-connection/at-commit").then().statusCode(503)
                .header("Retry-After", "5")
                .body("mayHaveBeenApplied", equalTo(false));
    }

    @Test
    void afterLostConnectionsTheNextRequestSucceeds() {
        for (int i = 0; i < 3; i++) {
            as(EDITOR).contentType("application/json").post("/api/test/cut-connection/at-commit").then().statusCode(503);
        }
        as(EDITOR).contentType("application/json").post("/api/test/cut-connection/kept").then().statusCode(204);
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static long count(String cut) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM " + SCHEMA + ".probe WHERE cut = '" + cut + "'")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void execute(String... statements) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(TestDatabase.jdbcUrl(TestDatabase.DATABASE));
    }
}

package org.claimdesk.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.claimdesk.PackagedApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app on an "external" PostgreSQL that the test runs itself on a fixed port, killed
 * (every process, kill -9) in the middle of a write load and started again: meanwhile requests are
 * answered 503 with Retry-After and a problem body, readiness is DOWN, the log has one line for the
 * outage and one for the return; afterwards the app works again without a restart and no
 * acknowledged write is lost.
 */
class OutageIT {

    private static final String ADMIN_PASSWORD = "outage-admin-password";
    private static final String EDITOR = "desk-editor:desk-editor-password";
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private EmbeddedDatabase database;
    private Process app;

    @AfterEach
    void stop() throws Exception {
        PackagedApp.stop(app);
        if (database != null) {
            database.stop();
        }
    }

    @Test
    void aDatabaseOutageIsAnsweredWith503AndTheAppRecoversByItself() throws Exception {
        Path cluster = dir.resolve("external");
        int dbPort = PackagedApp.freePort();
        database = EmbeddedDatabase.start(cluster, dbPort);
        database.ensureDatabase("claimdesk");
        int port = PackagedApp.freePort();
        Path log = dir.resolve("app.log");
        app = PackagedApp.start(log, Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + dbPort + "/claimdesk",
                "QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER,
                "CLAIMDESK_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "QUARKUS_HTTP_PORT", Integer.toString(port)), "-Xmx256m");
        PackagedApp.awaitReady(port, app);
        createEditor(port);

        Set<Long> acknowledged;
        long downAfter;
        long upAfter;
        try (WriteLoad load = new WriteLoad(port, EDITOR, 4, 3000)) {
            load.awaitAcknowledged(30, WAIT);
            int logLinesBefore = Files.readAllLines(log).size();
            List<ProcessHandle> server = ServerProcesses.all(cluster);
            long killed = System.nanoTime();
            ServerProcesses.killTogether(server);
            awaitReadiness(port, 503, "DOWN");
            downAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
            ServerProcesses.awaitGone(server);
            database.releaseAfterCrash();
            load.awaitStatus(503, 10, WAIT);
            for (HttpResponse<String> r : load.unavailableResponses()) {
                assertThat(r.headers().firstValue("Retry-After")).as("Retry-After").hasValue("5");
                assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                JsonNode problem = JSON.readTree(r.body());
                assertThat(problem.get("status").asInt()).isEqualTo(503);
                assertThat(problem.get("title").asText()).isEqualTo("Database unavailable");
                assertThat(problem.get("mayHaveBeenApplied").isBoolean()).isTrue();
            }

            database = EmbeddedDatabase.start(cluster, dbPort);
            long restarted = System.nanoTime();
            awaitReadiness(port, 200, "UP");
            upAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarted);
            load.awaitAcknowledged(20, WAIT);
            load.close();
            acknowledged = load.acknowledged();
            System.out.printf("outage: readiness DOWN %d ms after the kill, UP %d ms after the database was back; answers %s,"
                    + " %d without an answer%n", downAfter, upAfter, load.statuses(), load.unanswered());

            assertThat(load.statuses().keySet()).as("answers during the outage: created or 503, never another 5xx")
                    .containsOnly(201, 503);
            List<String> during = Files.readAllLines(log).subList(logLinesBefore, Files.readAllLines(log).size());
            assertThat(during.stream().filter(l -> l.contains("Database unavailable"))).hasSize(1);
            assertThat(during.stream().filter(l -> l.contains("Database available again"))).hasSize(1);
            assertThat(during).as("no stack traces, no SQL in the log during the outage")
                    .noneMatch(l -> l.startsWith("\tat ") || l.contains("Caused by") || l.toLowerCase().contains("insert into"));
        }
        List<Long> missing = WriteLoad.missing(port, EDITOR, acknowledged);
        System.out.printf("outage: %d writes acknowledged, %d present%n", acknowledged.size(), acknowledged.size() - missing.size());
        assertThat(missing).as("acknowledged writes lost").isEmpty();
        assertThat(app.isAlive()).as("the app was never restarted").isTrue();
    }

    private void createEditor(int port) throws Exception {
        String[] user = EDITOR.split(":");
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/users"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", PackagedApp.basic("admin:" + ADMIN_PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user[0] + "\",\"password\":\"" + user[1]
                        + "\",\"roles\":[\"EDITOR\"]}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private void awaitReadiness(int port, int status, String state) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (ready.statusCode() == status) {
                assertThat(ready.body()).contains(state);
                return;
            }
            assertThat(System.nanoTime()).as("readiness " + state).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}

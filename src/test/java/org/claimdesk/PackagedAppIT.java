package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application as a user starts it: on the embedded database in its own data directory,
 * stopped and started again, with a second instance on the same directory refused.
 */
class PackagedAppIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process running;

    @AfterEach
    void stop() throws InterruptedException {
        if (running != null && running.isAlive()) {
            running.destroy();
            running.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void runsOnTheEmbeddedDatabaseKeepsDataAcrossRestartsAndRefusesASecondInstance() throws Exception {
        int port = freePort();
        running = start(port, dataDir.resolve("first.log"));
        awaitReady(port, running);
        assertThat(get(port, "/api/me", "editor:demo").body()).contains("\"username\":\"editor\"");
        HttpResponse<String> created = post(port, "/api/users", "admin:demo",
                "{\"username\":\"survivor\",\"password\":\"long-enough\",\"roles\":[\"REVIEWER\"]}");
        assertThat(created.statusCode()).isEqualTo(201);

        // a second instance on the same data directory must say why it cannot start
        Path secondLog = dataDir.resolve("second.log");
        Process second = start(freePort(), secondLog);
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("second instance exits").isTrue();
        assertThat(second.exitValue()).isNotZero();
        assertThat(Files.readString(secondLog)).contains("in use by another running ClaimDesk");

        running.destroy(); // SIGTERM: Quarkus and the embedded server shut down cleanly
        assertThat(running.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();

        running = start(port, dataDir.resolve("third.log"));
        awaitReady(port, running);
        assertThat(get(port, "/api/me", "survivor:long-enough").statusCode()).isEqualTo(200);
        assertThat(Files.readString(dataDir.resolve("third.log"))).doesNotContain("Demo mode");
    }

    private Process start(int port, Path log) throws IOException {
        assertThat(JAR).as("package the app first (mvn verify does)").exists();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-jar",
                JAR.toString()));
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        builder.environment().put("CLAIMDESK_DATA_DIR", dataDir.toString());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return builder.start();
    }

    private void awaitReady(int port, Process process) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("app process is running").isTrue();
            try {
                if (get(port, "/q/health/ready", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within " + START_TIMEOUT);
    }

    private HttpResponse<String> get(int port, String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path, String credentials, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", basic(credentials))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

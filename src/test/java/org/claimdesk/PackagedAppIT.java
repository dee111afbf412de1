package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application as a user starts it: on the embedded database in its own data directory,
 * stopped and started again, with a second instance on the same directory refused.
 */
class PackagedAppIT {


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
        int port = PackagedApp.freePort();
        running = start(port, dataDir.resolve("first.log"));
        PackagedApp.awaitReady(port, running);
        assertThat(get(port, "/api/me", "editor:demo").body()).contains("\"username\":\"editor\"");
        HttpResponse<String> created = post(port, "/api/users", "admin:demo",
                "{\"username\":\"survivor\",\"password\":\"long-enough\",\"roles\":[\"REVIEWER\"]}");
        assertThat(created.statusCode()).isEqualTo(201);

        // a second instance on the same data directory must say why it cannot start
        Path secondLog = dataDir.resolve("second.log");
        Process second = start(PackagedApp.freePort(), secondLog);
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("second instance exits").isTrue();
        assertThat(second.exitValue()).isNotZero();
        assertThat(Files.readString(secondLog)).contains("in use by another running ClaimDesk");

        running.destroy(); // SIGTERM: Quarkus and the embedded server shut down cleanly
        assertThat(running.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();

        running = start(port, dataDir.resolve("third.log"));
        PackagedApp.awaitReady(port, running);
        assertThat(get(port, "/api/me", "survivor:long-enough").statusCode()).isEqualTo(200);
        assertThat(Files.readString(dataDir.resolve("third.log"))).doesNotContain("Demo mode");
    }

    private HttpResponse<String> get(int port, String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (credentials != null) {
            request.header("Authorization", PackagedApp.basic(credentials));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String path, String credentials, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", PackagedApp.basic(credentials))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private Process start(int port, Path log) throws IOException {
        return PackagedApp.start(log, Map.of("CLAIMDESK_DATA_DIR", dataDir.toString(),
                "QUARKUS_HTTP_PORT", Integer.toString(port)), "-Xmx256m");
    }
}

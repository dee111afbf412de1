package org.claimdesk.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.claimdesk.Fixtures;
import org.claimdesk.PackagedApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM with requests in flight: Quarkus stops taking new ones, lets those it has finish, closes
 * the pool, and only then the embedded PostgreSQL stops (cleanly: the next start needs no
 * recovery). Then the restart of a desk holding some thousands of claims is timed (printed, and
 * written to target/bench/restart.txt).
 */
class GracefulStopIT {

    private static final String EDITOR = "editor:demo";
    private static final String ADMIN = "admin:demo";
    private static final int IN_FLIGHT = 40;
    private static final int SEED_ARTICLES = 15;
    private static final int SENTENCES = 100; // two claims each
    private static final int TIMED_RESTARTS = 3;

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process app;
    private int port;
    private int starts;

    @AfterEach
    void stop() throws Exception {
        PackagedApp.stop(app);
    }

    @Test
    void requestsInFlightAtSigtermCompleteAndTheDatabaseStopsLast() throws Exception {
        port = PackagedApp.freePort();
        start();
        int claims = seed();

        List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
        for (int i = 0; i < IN_FLIGHT; i++) {
            // articles of 200 sentences take long enough that many are still being stored at SIGTERM
            inFlight.add(http.sendAsync(i % 2 == 0 ? article(200) : HttpRequest.newBuilder(uri("/api/articles?size=50"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", PackagedApp.basic(EDITOR)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        // SIGTERM once the server has them all (being worked on, or answered already)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        long done = inFlight.stream().filter(CompletableFuture::isDone).count();
        int active = activeRequests();
        while (active + done < IN_FLIGHT && System.nanoTime() < deadline) {
            Thread.sleep(20);
            done = inFlight.stream().filter(CompletableFuture::isDone).count();
            active = activeRequests();
        }
        app.destroy(); // SIGTERM
        assertThat(active).as("requests the server was working on at SIGTERM (%d answered before)", done).isPositive();
        int completed = 0;
        List<String> failures = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> request : inFlight) {
            try {
                HttpResponse<String> response = request.get(60, TimeUnit.SECONDS);
                if (response.statusCode() < 300) {
                    completed++;
                } else {
                    failures.add(response.statusCode() + " " + response.body());
                }
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(String.valueOf(e.getCause()));
            }
        }
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        System.out.printf("SIGTERM with %d requests sent, %d of them in flight at the server, %d answered already:"
                + " %d completed (%.1f %%), failures %s%n", IN_FLIGHT, active, done, completed,
                100.0 * completed / IN_FLIGHT, failures);
        assertThat(completed).as("requests completed after SIGTERM; failures: " + failures)
                .isGreaterThanOrEqualTo((int) Math.ceil(0.95 * IN_FLIGHT));
        assertThat(Files.readString(log(starts))).contains("embedded PostgreSQL stopped cleanly");

        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < TIMED_RESTARTS; i++) {
            long begun = System.nanoTime();
            start();
            millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begun));
            assertThat(Files.readString(log(starts))).doesNotContain("not shut down cleanly");
            app.destroy();
            assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        String figures = String.format("restart to ready on %d claims (%d articles), %d runs: %s ms (min %d)%n", claims,
                SEED_ARTICLES + 1, TIMED_RESTARTS, millis, millis.stream().mapToLong(Long::longValue).min().orElse(0));
        System.out.print(figures);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "restart.txt"), figures);
    }

    /** Requests the server is working on now (its metrics), less the metrics request itself. */
    private int activeRequests() throws Exception {
        // metrics need an admin in production: without one this read 401 and -1, and the test sent
        // SIGTERM only after every request had been answered
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(uri("/q/metrics")).timeout(Duration.ofSeconds(10))
                .header("Authorization", PackagedApp.basic(ADMIN)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).as("the metrics an admin reads").isEqualTo(200);
        return metrics.body().lines().filter(l -> l.startsWith("http_server_active_requests{"))
                .mapToInt(l -> (int) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum() - 1;
    }

    /** Some thousands of claims, as a desk in use holds. */
    private int seed() throws Exception {
        int claims = 0;
        for (int i = 0; i < SEED_ARTICLES; i++) {
            HttpResponse<String> response = http.send(article(SENTENCES), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            claims += count(response.body(), "\"quote\"");
        }
        assertThat(claims).isGreaterThanOrEqualTo(SEED_ARTICLES * SENTENCES);
        return claims;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private HttpRequest article(int sentences) {
        StringBuilder text = new StringBuilder();
        String place = Fixtures.marker();
        for (int i = 0; i < sentences; i++) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            text.append("The minister said ").append(random.nextInt(100, 1000)).append(" new homes were finished in ")
                    .append(place).append(' ').append(Fixtures.marker()).append(", up ").append(random.nextInt(2, 40))
                    .append(" per cent on last year. ");
        }
        String body = "{\"title\":\"Stop probe " + place + "\",\"text\":\"" + text.toString().trim() + "\"}";
        return HttpRequest.newBuilder(uri("/api/articles")).timeout(Duration.ofSeconds(60))
                .header("Authorization", PackagedApp.basic(EDITOR)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private Path log(int n) {
        return dataDir.resolve("start-" + n + ".log");
    }

    private void start() throws IOException, Exception {
        app = PackagedApp.start(log(++starts), Map.of("CLAIMDESK_DATA_DIR", dataDir.toString(),
                "QUARKUS_HTTP_PORT", Integer.toString(port)), "-Xmx256m");
        PackagedApp.awaitReady(port, app);
    }
}

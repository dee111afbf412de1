package org.claimdesk.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.claimdesk.Fixtures;
import org.claimdesk.PackagedApp;

/**
 * Writers that post small articles to a packaged app as fast as it answers, each at most a bounded
 * number of times, and remember every article the app acknowledged (201) and every 503.
 */
final class WriteLoad implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int port;
    private final String authorization;
    private final int perWriter;
    private final List<Thread> writers = new ArrayList<>();
    private final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final List<HttpResponse<String>> unavailable = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger unanswered = new AtomicInteger();
    private volatile boolean running = true;

    WriteLoad(int port, String credentials, int writerCount, int perWriter) {
        this.port = port;
        this.authorization = PackagedApp.basic(credentials);
        this.perWriter = perWriter;
        for (int i = 0; i < writerCount; i++) {
            Thread writer = new Thread(this::write, "write-load-" + i);
            writer.setDaemon(true);
            writers.add(writer);
        }
        writers.forEach(Thread::start);
    }

    private void write() {
        for (int n = 0; n < perWriter && running; n++) {
            String word = Fixtures.marker();
            String body = "{\"title\":\"Durability probe " + word + "\",\"text\":\"The " + word + " council said "
                    + (10 + n % 80) + " new homes were finished this year, up 12 per cent.\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", authorization)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                if (response.statusCode() == 201) {
                    acknowledged.add(JSON.readTree(response.body()).get("id").asLong());
                } else if (response.statusCode() == 503) {
                    if (unavailable.size() < 50) {
                        unavailable.add(response);
                    }
                    pause(100);
                }
            } catch (IOException e) {
                unanswered.incrementAndGet(); // the app is down or was killed mid-request: not acknowledged
                pause(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Set<Long> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    int count(int status) {
        AtomicInteger n = statuses.get(status);
        return n == null ? 0 : n.get();
    }

    Map<Integer, AtomicInteger> statuses() {
        return Map.copyOf(statuses);
    }

    List<HttpResponse<String>> unavailableResponses() {
        synchronized (unavailable) {
            return List.copyOf(unavailable);
        }
    }

    int unanswered() {
        return unanswered.get();
    }

    void awaitAcknowledged(int atLeast, Duration timeout) throws InterruptedException {
        int before = acknowledged.size();
        awaitThat(() -> acknowledged.size() >= before + atLeast, timeout, atLeast + " more acknowledged writes");
    }

    void awaitStatus(int status, int atLeast, Duration timeout) throws InterruptedException {
        awaitThat(() -> count(status) >= atLeast, timeout, atLeast + " answers " + status);
    }

    static void awaitThat(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread writer : writers) {
            writer.join(Duration.ofSeconds(40).toMillis());
        }
    }

    /** Every id in {@code ids} answers 200 at GET /api/articles/{id}. */
    static List<Long> missing(int port, String credentials, Set<Long> ids) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> missing = new ArrayList<>();
        for (long id : ids) {
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles/" + id))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", PackagedApp.basic(credentials)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) {
                missing.add(id);
            }
        }
        return missing;
    }

    /** GET /api/audit/verify as an admin: the whole hash chain. */
    static JsonNode verifyAudit(int port, String adminCredentials) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/audit/verify"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", PackagedApp.basic(adminCredentials)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}

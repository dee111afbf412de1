package org.claimdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimdesk.PackagedApp;
import org.claimdesk.database.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The review queue under real concurrency: two packaged app instances on one PostgreSQL, twenty
 * reviewer threads. Also the queue benchmark (printed, never asserted on time).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewQueueIT {

    private static final String ADMIN_PASSWORD = "queue-admin-pass";
    private static final String PASSWORD = "reviewer-pass";
    private static final int THREADS = 20;
    private static final int REVIEWERS = 4;
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private static Path dir;
    private static EmbeddedDatabase db;
    private static String jdbc;
    private static final List<Process> apps = new ArrayList<>();
    private static final List<Integer> ports = new ArrayList<>();
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        dir = Files.createTempDirectory("claimdesk-queue-it");
        db = EmbeddedDatabase.start(dir.resolve("postgres"), 0);
        db.ensureDatabase("queue");
        jdbc = db.jdbcUrl("queue");
        for (int i = 0; i < 2; i++) {
            int port = PackagedApp.freePort();
            apps.add(PackagedApp.start(dir.resolve("app" + i + ".log"), Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", jdbc, "QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER,
                    "QUARKUS_HTTP_PORT", Integer.toString(port), "CLAIMDESK_ADMIN_PASSWORD", ADMIN_PASSWORD),
                    "-Xmx384m"));
            ports.add(port);
            PackagedApp.awaitReady(port, apps.get(i));
        }
        post(0, "/api/users", "admin:" + ADMIN_PASSWORD,
                "{\"username\":\"desk\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"EDITOR\"]}");
        for (int r = 0; r < REVIEWERS; r++) {
            post(0, "/api/users", "admin:" + ADMIN_PASSWORD,
                    "{\"username\":\"rev" + r + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"REVIEWER\"]}");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (Process p : apps) {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        if (db != null) {
            db.stop();
        }
    }

    /** Inserts {@code n} SUBMITTED claims of one article written by the editor account. */
    private static void queue(int n) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, EmbeddedDatabase.USER, "");
                Statement s = c.createStatement()) {
            long editor;
            try (ResultSet r = s.executeQuery("SELECT id FROM app_user WHERE username = 'desk'")) {
                r.next();
                editor = r.getLong(1);
            }
            String hash = Long.toHexString(System.nanoTime());
            s.execute("INSERT INTO article (title, body, content_hash, created_at) VALUES ('Queue load', "
                    + "'There were 7 cats.', rpad('" + hash + "', 64, '0'), now())");
            s.execute("INSERT INTO claim (article_id, status, quote, start_offset, end_offset, value, type,"
                    + " checkworthiness, editor_id, confirmed_by, submitted_by, submitted_at, due_at)"
                    + " SELECT (SELECT max(id) FROM article), 'SUBMITTED', '7 cats', 10, 16, 7, 'COUNT',"
                    + " random(), " + editor + ", " + editor + ", " + editor + ", now() - g * interval '1 second',"
                    + " CASE WHEN g % 10 = 0 THEN now() + g * interval '1 minute' END"
                    + " FROM generate_series(1, " + n + ") g");
            // a bulk load outruns autovacuum: give the planner the new row counts, as a live system has them
            s.execute("ANALYZE claim");
        }
    }

    private static long count(String where) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, EmbeddedDatabase.USER, "");
                Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM claim WHERE " + where)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    @Order(1)
    void twentyReviewersOnTwoInstancesTakeEveryClaimExactlyOnce() throws Exception {
        queue(1000);
        Map<Long, String> takenBy = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> duplicates = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            runs.add(pool.submit(() -> {
                String reviewer = "rev" + (thread % REVIEWERS);
                int instance = thread % 2;
                while (true) {
                    HttpResponse<String> r = post(instance, "/api/review/next", reviewer + ":" + PASSWORD, "");
                    if (r.statusCode() == 204) {
                        return null;
                    }
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                    long id = Long.parseLong(firstId(r.body()));
                    if (takenBy.putIfAbsent(id, reviewer) != null) {
                        duplicates.add(id);
                    }
                }
            }));
        }
        for (Future<?> f : runs) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(duplicates).as("claims handed out twice").isEmpty();
        assertThat(takenBy).hasSize(1000);
        assertThat(count("status = 'SUBMITTED'")).isZero();
        assertThat(count("status = 'IN_REVIEW' AND assignee_id IS NOT NULL")).isEqualTo(1000);
        // both instances served
        assertThat(Files.readString(dir.resolve("app0.log")) + Files.readString(dir.resolve("app1.log")))
                .doesNotContain("Exception");
    }

    @Test
    @Order(2)
    void benchmarkNextWith100000QueuedClaimsAnd20Reviewers() throws Exception {
        queue(100_000);
        int calls = 1_000;
        AtomicInteger left = new AtomicInteger(calls);
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            runs.add(pool.submit(() -> {
                String reviewer = "rev" + (thread % REVIEWERS) + ":" + PASSWORD;
                while (left.decrementAndGet() >= 0) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = post(thread % 2, "/api/review/next", reviewer, "");
                    micros.add((System.nanoTime() - t0) / 1000);
                    assertThat(r.statusCode()).isEqualTo(200);
                }
                return null;
            }));
        }
        for (Future<?> f : runs) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        Collections.sort(micros);
        String report = String.format("review/next with 100,000 queued claims, %d concurrent reviewers on 2 instances,"
                + " %d calls over HTTP (Basic auth included): median %.1f ms, p99 %.1f ms%n", THREADS, calls,
                micros.get(micros.size() / 2) / 1000.0, micros.get((int) (micros.size() * 0.99)) / 1000.0);
        System.out.print(report);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "review-next.txt"), report);
        assertThat(micros).hasSize(calls);
    }

    private static String firstId(String json) {
        Matcher m = ID.matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> post(int instance, String path, String credentials, String json) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + ports.get(instance) + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", PackagedApp.basic(credentials))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

}

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
    private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

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

    /** How long each side of the benchmark runs, at 20 clients. */
    private static final Duration SLICE = Duration.ofSeconds(10);

    /** What one side of the benchmark managed: calls per second and latencies. */
    record Rate(String what, int calls, double perSecond, double p50, double p99) {
        @Override
        public String toString() {
            return String.format("%-62s %7.0f/s  p50 %6.1f ms  p99 %6.1f ms", what, perSecond, p50, p99);
        }
    }

    private interface Call {
        void run(int thread) throws Exception;
    }

    /** Runs {@code call} from 20 threads for one slice; answers the rate and latencies. */
    private static Rate measure(String what, Call call) throws Exception {
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + SLICE.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> runs = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            runs.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    call.run(thread);
                    micros.add((System.nanoTime() - t0) / 1000);
                }
                return null;
            }));
        }
        for (Future<?> f : runs) {
            f.get(2, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return new Rate(what, sorted.size(), sorted.size() / seconds, sorted.get(sorted.size() / 2) / 1000.0,
                sorted.get((int) (sorted.size() * 0.99)) / 1000.0);
    }

    /** The queue's statement, as the app sends it, with the caller as {@code me}. */
    private static final String NEXT = "UPDATE claim SET status = 'IN_REVIEW', assignee_id = ?, lease_until = now()"
            + " + interval '30 minutes', updated_at = now(), version = version + 1"
            + " WHERE id = (SELECT id FROM claim WHERE status = 'SUBMITTED'"
            + " AND editor_id IS DISTINCT FROM ? AND confirmed_by IS DISTINCT FROM ? AND NOT (? = ANY (submitters))"
            + " ORDER BY due_at ASC NULLS LAST, checkworthiness DESC, submitted_at ASC, id ASC"
            + " LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING *";

    /** PostgreSQL alone: the statement, optionally with an audit insert (behind the old chain lock, or unsealed). */
    private static Call database(String audit, boolean chainLock) {
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                Connection c = DriverManager.getConnection(jdbc, EmbeddedDatabase.USER, "");
                c.setAutoCommit(false);
                return c;
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        List<Long> reviewers = reviewerIds();
        return thread -> {
            Connection c = connections.get();
            long me = reviewers.get(thread % reviewers.size());
            long claim = -1;
            if (chainLock) {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_advisory_xact_lock(4711)");
                    try (ResultSet r = s.executeQuery("SELECT hash FROM audit_log WHERE seq IS NOT NULL"
                            + " ORDER BY seq DESC LIMIT 1")) {
                        r.next();
                    }
                }
            }
            try (var s = c.prepareStatement(NEXT)) {
                for (int i = 1; i <= 4; i++) {
                    s.setLong(i, me);
                }
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        claim = r.getLong("id");
                    }
                }
            }
            if (audit != null) {
                try (var s = c.prepareStatement(audit)) {
                    s.setLong(1, claim);
                    s.executeUpdate();
                }
            }
            c.commit();
        };
    }

    /** The reviewers' account ids (the queue statement leases to a real account). */
    private static List<Long> reviewerIds() {
        List<Long> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbc, EmbeddedDatabase.USER, "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id FROM app_user WHERE username LIKE 'rev%' ORDER BY id")) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static final String UNSEALED_AUDIT = "INSERT INTO audit_log (id, at, actor, action, entity_type, entity_id,"
            + " before, after, reason, format, content_hash) VALUES (nextval('audit_log_id_seq'), now(), 'bench',"
            + " 'CLAIM_TAKE', 'CLAIM', ?, '{\"status\":\"SUBMITTED\"}', '{\"status\":\"IN_REVIEW\"}', 'review queue', 2,"
            + " repeat('0', 64))";

    private static Call app(int instances) {
        return thread -> {
            HttpResponse<String> r = post(thread % instances, "/api/review/next", "rev" + (thread % REVIEWERS) + ":"
                    + PASSWORD, "");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        };
    }

    @Test
    @Order(2)
    void benchmarkNextAgainstTheDatabasesOwnRateForTheSameWork() throws Exception {
        queue(100_000);
        // warm both instances (JIT, pools, sign-in cache) under the same load before measuring: on two
        // cores the JIT compilers need several seconds of it, and a cold slice measures them instead
        measure("warm-up, not reported", app(2));
        List<Rate> rates = new ArrayList<>();
        rates.add(measure("PostgreSQL: the queue statement alone (JDBC)", database(null, false)));
        rates.add(measure("PostgreSQL: + an audit insert behind one chain lock (the old design)",
                database(UNSEALED_AUDIT, true)));
        rates.add(measure("PostgreSQL: + an unsealed audit insert (what the app now sends)",
                database(UNSEALED_AUDIT, false)));
        rates.add(measure("ClaimDesk: POST /api/review/next over HTTP, one instance", app(1)));
        rates.add(measure("ClaimDesk: POST /api/review/next over HTTP, two instances", app(2)));
        Rate chained = rates.get(1);
        Rate sameWork = rates.get(2);
        Rate one = rates.get(3);
        Rate two = rates.get(4);
        StringBuilder report = new StringBuilder(String.format("review/next, 100,000 queued claims, %d clients,"
                + " %d s each, on this machine in one run:%n", THREADS, SLICE.toSeconds()));
        rates.forEach(r -> report.append("  ").append(r).append('\n'));
        report.append(String.format("  app (one instance) / statement + chained audit insert: %.2f%n",
                one.perSecond() / chained.perSecond()));
        report.append(String.format("  app (one instance) / statement + unsealed audit insert: %.2f%n",
                one.perSecond() / sameWork.perSecond()));
        report.append(String.format("  two instances / one instance: %.2f%n", two.perSecond() / one.perSecond()));
        System.out.print(report);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "review-next.txt"), report);
        assertThat(one.calls()).isPositive();
        assertThat(count("status = 'SUBMITTED'")).isPositive();
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

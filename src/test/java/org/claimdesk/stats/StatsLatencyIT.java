package org.claimdesk.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.claimdesk.PackagedApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a timed test: GET /api/stats and /dashboard of the packaged app on 300,000 claims
 * with a year of history (about 1.6 million audit entries), each asked many times over HTTP. It
 * asserts that the figures agree with the database; the latencies are printed and written to
 * target/bench/stats.txt.
 */
class StatsLatencyIT {

    private static final int CLAIMS = 300_000;
    private static final int WARMUP = 10;
    private static final int RUNS = 30;
    private static final Path REPORT = Path.of("target", "bench", "stats.txt");

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .cookieHandler(new CookieManager()).build();
    private Process running;

    @AfterEach
    void stop() throws InterruptedException {
        if (running != null && running.isAlive()) {
            running.destroy();
            running.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void statsOf300000Claims() throws Exception {
        int port = PackagedApp.freePort();
        int dbPort = PackagedApp.freePort();
        running = PackagedApp.start(dataDir.resolve("app.log"), Map.of("CLAIMDESK_DATA_DIR", dataDir.toString(),
                "CLAIMDESK_DB_PORT", Integer.toString(dbPort), "QUARKUS_HTTP_PORT", Integer.toString(port)),
                "-Xmx512m");
        PackagedApp.awaitReady(port, running);
        String base = "http://localhost:" + port;
        List<String> report = new ArrayList<>();

        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/claimdesk",
                "postgres", "")) {
            long t0 = System.nanoTime();
            try (Statement s = db.createStatement()) {
                // a bulk load: the summaries are rebuilt once afterwards instead of entry by entry
                s.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_stats");
                Workflows.generate(db, CLAIMS);
                s.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_stats");
                long t1 = System.nanoTime();
                s.execute("SELECT stats_rebuild()");
                long t2 = System.nanoTime();
                // the entries went in unsealed, as the app appends them: a desk in use has its trail
                // sealed, so measure once the app's sealer has chained the backlog, not while it works
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
                while (count(db, "SELECT count(*) FROM audit_log WHERE hash IS NULL") > 0) {
                    assertThat(System.nanoTime()).as("the sealer chains the generated entries").isLessThan(deadline);
                    Thread.sleep(500);
                }
                long t3 = System.nanoTime();
                s.execute("VACUUM ANALYZE");
                report.add(String.format(Locale.ROOT, "data: %,d claims, %,d audit entries, %,d stage rows; generated"
                        + " in %.0f s, stats_rebuild() %.1f s, all sealed %.0f s after that",
                        count(db, "SELECT count(*) FROM claim"),
                        count(db, "SELECT count(*) FROM audit_log"), count(db, "SELECT count(*) FROM stats_stage_time"),
                        (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9));
            }
            Map<String, Long> statuses = new HashMap<>();
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery("SELECT status, count(*) FROM claim GROUP BY status")) {
                while (r.next()) {
                    statuses.put(r.getString(1), r.getLong(2));
                }
            }

            String today = LocalDate.now(ZoneOffset.UTC).toString();
            String fourWeeks = LocalDate.now(ZoneOffset.UTC).minusDays(27).toString();
            Map<String, String> asks = new LinkedHashMap<>();
            asks.put("GET /api/stats (everything)", "/api/stats");
            asks.put("GET /api/stats?outlet=Daily Ledger", "/api/stats?outlet=" + enc("Daily Ledger"));
            asks.put("GET /api/stats, last 4 weeks", "/api/stats?from=" + fourWeeks + "&to=" + today);
            asks.put("GET /api/stats, last 4 weeks, one outlet", "/api/stats?from=" + fourWeeks + "&to=" + today
                    + "&outlet=" + enc("Harbour Times"));
            for (Map.Entry<String, String> ask : asks.entrySet()) {
                report.add(time(ask.getKey(), () -> get(base + ask.getValue(), true)));
            }
            // the same SQL without the app: what the database's part of a request costs
            for (StatsFilter f : List.of(StatsFilter.ALL, StatsFilter.parse(fourWeeks, today, null))) {
                report.add(sqlOnly(db, f));
            }
            // the bar: every status count as the database has it
            JsonNode all = new ObjectMapper().readTree(get(base + "/api/stats", true).body());
            for (String status : StatsQueries.STATUSES) {
                assertThat(all.path("claimsByStatus").path(status).asLong()).as(status)
                        .isEqualTo(statuses.getOrDefault(status, 0L));
            }
            assertThat(all.path("claimsByStatus").has("CANDIDATE")).isFalse();
            // the generated history reopens nothing: every published claim has passed every stage once
            assertThat(all.path("stageTimes").get(4).path("claims").asLong()).isEqualTo(statuses.get("PUBLISHED"));

            signIn(base);
            report.add(time("GET /dashboard (page, 12 charts)", () -> get(base + "/dashboard", false)));
            assertThat(get(base + "/dashboard", false).body()).contains("Desk dashboard").contains("chart-svg");
        }
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        String text = "stats on the packaged app (embedded PostgreSQL 17, 2 shared cores, load average " + load
                + "), " + RUNS + " requests each after " + WARMUP + " to warm up:\n" + String.join("\n", report) + "\n";
        System.out.print(text);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, text);
    }

    private interface Request {
        HttpResponse<String> send() throws Exception;
    }

    /**
     * Median, 95th percentile and slowest of RUNS requests, each checked for 200, and the CPU time
     * they cost the app and PostgreSQL together: the cores are shared with other builds, so wall
     * time says as much about them as about this; CPU time per request says what an idle machine
     * would take, the queries being single-threaded.
     */
    private String time(String what, Request request) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            assertThat(request.send().statusCode()).as(what).isEqualTo(200);
        }
        List<Double> ms = new ArrayList<>();
        int bytes = 0;
        Duration[] cpu = cpu();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = request.send();
            ms.add((System.nanoTime() - t) / 1e6);
            assertThat(r.statusCode()).as(what).isEqualTo(200);
            bytes = r.body().length();
        }
        Duration[] after = cpu();
        double appMs = after[0].minus(cpu[0]).toNanos() / 1e6 / RUNS;
        double dbMs = after[1].minus(cpu[1]).toNanos() / 1e6 / RUNS;
        Collections.sort(ms);
        return String.format(Locale.ROOT, "%s: median %.0f ms, p95 %.0f ms, max %.0f ms; CPU a request %.0f ms"
                + " in PostgreSQL, %.0f ms in the app (%,d bytes)", what, ms.get(ms.size() / 2),
                ms.get((int) Math.ceil(ms.size() * 0.95) - 1), ms.get(ms.size() - 1), dbMs, appMs, bytes);
    }

    /** CPU time so far of the app, and of every process of its PostgreSQL (the postmaster and its children). */
    private Duration[] cpu() throws Exception {
        long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"))
                .get(0).strip());
        List<ProcessHandle> database = new ArrayList<>();
        ProcessHandle.of(postmaster).ifPresent(pg -> {
            database.add(pg);
            pg.descendants().forEach(database::add);
        });
        return new Duration[] { running.toHandle().info().totalCpuDuration().orElse(Duration.ZERO),
            database.stream().map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                    .reduce(Duration.ZERO, Duration::plus) };
    }

    private static String sqlOnly(Connection db, StatsFilter filter) throws Exception {
        db.setAutoCommit(false);
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long t = System.nanoTime();
            StatsQueries.compute(db, filter, java.time.Instant.now());
            db.rollback();
            if (i >= WARMUP) {
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        db.setAutoCommit(true);
        Collections.sort(ms);
        return String.format(Locale.ROOT,
                "the queries alone over JDBC, one connection (%s to %s): median %.0f ms, p95 %.0f ms",
                filter.from() == null ? "all time" : filter.from(), filter.to() == null ? "now" : filter.to(),
                ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1));
    }

    private HttpResponse<String> get(String url, boolean basic) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(1));
        if (basic) {
            b.header("Authorization", PackagedApp.basic("editor:demo"));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Pages sign in with the form and a session cookie (the cookie manager keeps it). */
    private void signIn(String base) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=editor&j_password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("form sign-in").isIn(200, 302, 303);
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

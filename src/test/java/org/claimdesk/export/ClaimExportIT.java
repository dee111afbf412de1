package org.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.claimdesk.PackagedApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

/**
 * Benchmark and memory check, not a timed test: a million claims export as CSV and as JSON Lines
 * from the packaged app on a 256 MB heap, side by side with PostgreSQL's own COPY of the same rows,
 * in the same run. Only correctness is asserted (every row arrives, the app survives on its heap,
 * the app's CSV is COPY's bytes with CRLF record ends); the rates and their ratios go to the log and
 * target/bench/export.txt.
 *
 * <p>The CSV paths run {@value #ROUNDS} times, interleaved, and the best run of each counts: the cores
 * are shared with whatever else runs, and the best run is the one least disturbed. The JSON Lines
 * paths run once each, after the CSV rounds, to keep the suite's time in bounds.
 */
class ClaimExportIT {

    private static final int CLAIMS = 1_000_000;
    /** Every tenth claim has two sources, as reviewed claims would. */
    private static final int EVIDENCE_EVERY = 10;
    /** Rounds of the CSV paths, which the bar is about; the JSON Lines paths, four times the bytes, run once. */
    private static final int ROUNDS = 3;
    private static final String BASE_URL = "https://desk.example.org/";
    private static final Path REPORT = Path.of("target", "bench", "export.txt");

    /**
     * PostgreSQL's plainest CSV of the same rows: the same claims and columns as GET
     * /api/export/claims.csv, as stored, with no formatting, no defusing and no evidence summary. The
     * bar is measured against this, the cheapest COPY there is of these rows.
     */
    private static final String PLAIN_ROWS = "SELECT c.id, c.article_id, a.title, a.outlet, a.published_at, c.status,"
            + " c.quote, c.value, c.high, c.approx, c.bound, c.unit, c.type, c.speaker,"
            + " array_to_string(c.hedges, '; '), c.time_ref, c.verdict, c.verdict_explanation, c.checkworthiness,"
            + " c.updated_at FROM claim c JOIN article a ON a.id = c.article_id WHERE c.status <> 'CANDIDATE'"
            + " ORDER BY c.id";

    private static final ExportFilter ALL = ExportFilter.parse(null, null, null, null, null, null, null);

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process running;

    @AfterEach
    void stop() throws InterruptedException {
        if (running != null && running.isAlive()) {
            running.destroy();
            running.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** One measured path: how it is read, and its runs. */
    private interface Source {
        void into(Counter out) throws Exception;
    }

    private record Run(double seconds, long bytes, long lines) {
        double rate(long rows) {
            return rows / seconds;
        }
    }

    @Test
    void aMillionClaimsExportOnA256MegabyteHeapAtCopySpeed() throws Exception {
        int port = PackagedApp.freePort();
        int dbPort = PackagedApp.freePort();
        Path log = dataDir.resolve("app.log");
        running = PackagedApp.start(log, Map.of("CLAIMDESK_DATA_DIR", dataDir.toString(),
                "CLAIMDESK_DB_PORT", Integer.toString(dbPort), "QUARKUS_HTTP_PORT", Integer.toString(port),
                "CLAIMDESK_EXPORT_BASE_URL", BASE_URL),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError");
        PackagedApp.awaitReady(port, running);

        try (Connection db = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + dbPort + "/claimdesk", "postgres", "")) {
            long articleId = seed(db);
            long expected = count(db, "SELECT count(*) FROM claim WHERE status <> 'CANDIDATE'");
            PGConnection pg = db.unwrap(PGConnection.class);

            Map<String, Source> paths = new LinkedHashMap<>();
            paths.put("COPY plain columns (CSV)", out -> pg.getCopyAPI()
                    .copyOut("COPY (" + PLAIN_ROWS + ") TO STDOUT WITH (FORMAT csv, HEADER)", out));
            paths.put("GET /api/export/claims.csv", out -> download(port, "claims.csv", out));
            paths.put("COPY the app's CSV statement", out -> copyAsTheAppDoes(db, ExportStatements.csv(ALL), out));
            paths.put("GET /api/export/claims.jsonl", out -> download(port, "claims.jsonl", out));
            paths.put("COPY the app's JSON statement",
                    out -> copyAsTheAppDoes(db, ExportStatements.jsonLines(ALL), out));
            Map<String, List<Run>> runs = new LinkedHashMap<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (Map.Entry<String, Source> path : paths.entrySet()) {
                    if (round > 0 && path.getKey().toLowerCase(Locale.ROOT).contains("json")) {
                        continue;
                    }
                    Counter counted = new Counter();
                    long start = System.nanoTime();
                    path.getValue().into(counted);
                    runs.computeIfAbsent(path.getKey(), k -> new ArrayList<>())
                            .add(new Run((System.nanoTime() - start) / 1e9, counted.bytes, counted.lines));
                }
            }

            Run plain = best(runs.get("COPY plain columns (CSV)"));
            Run csv = best(runs.get("GET /api/export/claims.csv"));
            Run ownCsv = best(runs.get("COPY the app's CSV statement"));
            Run jsonl = best(runs.get("GET /api/export/claims.jsonl"));
            Run ownJson = best(runs.get("COPY the app's JSON statement"));
            for (List<Run> each : runs.values()) {
                for (Run r : each) {
                    assertThat(r.lines).as("every row, and the header for CSV").isIn(expected, expected + 1);
                }
            }
            assertThat(csv.lines).as("header + one line per claim").isEqualTo(expected + 1);
            assertThat(jsonl.lines).as("one line per claim").isEqualTo(expected);
            assertThat(csv.bytes).as("the app's CSV is COPY's output with CRLF record ends")
                    .isEqualTo(ownCsv.bytes + ownCsv.lines);
            assertThat(jsonl.bytes).as("the app's JSON Lines are COPY's output").isEqualTo(ownJson.bytes);
            assertThat(running.isAlive()).as("app still running").isTrue();
            assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
            assertThat(claimReview(port, articleId)).contains("\"url\":\"" + BASE_URL + "articles/" + articleId);

            StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                    "claims exported: %d, every %dth with 2 evidence rows (packaged app -Xmx256m, embedded PostgreSQL"
                            + " 17, same machine); CSV: best of %d interleaved runs, JSON Lines: one run%n", expected,
                    EVIDENCE_EVERY, ROUNDS));
            for (Map.Entry<String, List<Run>> path : runs.entrySet()) {
                Run b = best(path.getValue());
                report.append(String.format(Locale.ROOT, "%-32s %6.2f s %9.0f rows/s %7.1f MB   runs: %s%n",
                        path.getKey(), b.seconds, b.rate(expected), b.bytes / 1e6,
                        path.getValue().stream().map(r -> String.format(Locale.ROOT, "%.2f s", r.seconds)).toList()));
            }
            report.append(String.format(Locale.ROOT,
                    "CSV ratio: app / COPY plain columns = %.2f (bar: 0.5); app / COPY of its own statement = %.2f%n",
                    csv.rate(expected) / plain.rate(expected), csv.rate(expected) / ownCsv.rate(expected)));
            report.append(String.format(Locale.ROOT,
                    "JSON Lines ratio: app / COPY of its own statement = %.2f; app JSON Lines / COPY plain CSV = %.2f%n",
                    jsonl.rate(expected) / ownJson.rate(expected), jsonl.rate(expected) / plain.rate(expected)));
            System.out.print(report);
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, report);
        }
    }

    /** A million claims in one article, every tenth with two sources; answers the article's id. */
    private static long seed(Connection db) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO article (title, outlet, published_at, body, content_hash) VALUES"
                    + " ('Bench article', 'Bench Weekly', DATE '2026-01-15',"
                    + " 'The minister said 7 people were counted.', repeat('b', 64))");
            long articleId = count(db, "SELECT max(id) FROM article WHERE title = 'Bench article'");
            s.execute("INSERT INTO claim (article_id, status, quote, start_offset, end_offset, sentence, value,"
                    + " unit, type, speaker, hedges, checkworthiness)"
                    + " SELECT " + articleId + ", 'EXTRACTED', g || ' people', 0, 8,"
                    + " 'The minister said ' || g || ' people were counted.', g * 1.5,"
                    + " 'people', 'COUNT', 'the minister', '{about}', 0.5"
                    + " FROM generate_series(1, " + CLAIMS + ") g");
            s.execute("INSERT INTO evidence (claim_id, title, url, publisher, reference_value, reference_unit, added_by)"
                    + " SELECT c.id, 'Census table ' || k, 'https://stats.example/census/' || c.id || '/' || k,"
                    + " 'Statistics Office', c.value + k, 'people', (SELECT min(id) FROM app_user)"
                    + " FROM (SELECT id, value, row_number() OVER (ORDER BY id) AS n FROM claim) c"
                    + " CROSS JOIN generate_series(1, 2) k WHERE c.n % " + EVIDENCE_EVERY + " = 0");
            // one published claim, to see the configured base URL in a ClaimReview
            s.execute("UPDATE claim SET status = 'PUBLISHED', verdict = 'ACCURATE', verdict_explanation = 'Counted.'"
                    + " WHERE id = (SELECT min(id) FROM claim WHERE article_id = " + articleId + ")");
            s.execute("ANALYZE claim");
            s.execute("ANALYZE evidence");
            return articleId;
        }
    }

    /**
     * Reads an export as a plain HTTP client does. (java.net.http's HttpClient spends several times
     * the CPU of curl or HttpURLConnection on a chunked body, which on two cores slows the app it
     * measures; the COPY side is read by the same JVM over JDBC.)
     */
    private static void download(int port, String file, OutputStream out) throws Exception {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://localhost:" + port + "/api/export/" + file)
                .toURL().openConnection();
        c.setRequestProperty("Authorization", PackagedApp.basic("editor:demo"));
        c.setReadTimeout((int) Duration.ofMinutes(2).toMillis());
        assertThat(c.getResponseCode()).isEqualTo(200);
        try (InputStream body = c.getInputStream()) {
            body.transferTo(out);
        }
    }

    private String claimReview(int port, long articleId) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/export/claimreview.json?articleId=" + articleId))
                .header("Authorization", PackagedApp.basic("editor:demo")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The app's statement with the app's transaction settings, read straight from PostgreSQL. */
    private static void copyAsTheAppDoes(Connection db, String sql, OutputStream out) throws Exception {
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            for (String setting : ExportStatements.SETTINGS) {
                s.execute(setting);
            }
            db.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, out);
        } finally {
            db.rollback();
            db.setAutoCommit(true);
        }
    }

    private static Run best(List<Run> runs) {
        return runs.stream().min((a, b) -> Double.compare(a.seconds, b.seconds)).orElseThrow();
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Counts bytes and line ends, keeping nothing. */
    private static final class Counter extends OutputStream {
        long bytes;
        long lines;

        @Override
        public void write(int b) {
            bytes++;
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
        }
    }
}

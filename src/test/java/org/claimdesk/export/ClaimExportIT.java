package org.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
 * are shared with whatever else runs, and the best run is the one least disturbed. The JSON Lines and
 * ClaimReview paths run once each, in the first round, to keep the suite's time in bounds.
 */
class ClaimExportIT {

    private static final int CLAIMS = 1_000_000;
    /** Every tenth claim has two sources, as reviewed claims would. */
    private static final int EVIDENCE_EVERY = 10;
    /** Rounds of the CSV paths, which the bar is about; the others (JSON Lines: four times the bytes) run once. */
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

    private record Run(double seconds, long bytes, long lines, long reviews, String head) {
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
            long published = count(db, "SELECT count(*) FROM claim WHERE status = 'PUBLISHED'");
            PGConnection pg = db.unwrap(PGConnection.class);

            Map<String, Source> paths = new LinkedHashMap<>();
            paths.put("COPY plain columns (CSV)", out -> pg.getCopyAPI()
                    .copyOut("COPY (" + PLAIN_ROWS + ") TO STDOUT WITH (FORMAT csv, HEADER)", out));
            paths.put("GET /api/export/claims.csv", out -> download(port, "claims.csv", out));
            paths.put("COPY the app's CSV statement", out -> copyAsTheAppDoes(db, ExportStatements.csv(ALL), out));
            paths.put("GET /api/export/claims.jsonl", out -> download(port, "claims.jsonl", out));
            paths.put("COPY the app's JSON statement",
                    out -> copyAsTheAppDoes(db, ExportStatements.jsonLines(ALL), out));
            paths.put("GET /api/export/claimreview.json", out -> download(port, "claimreview.json", out));
            paths.put("COPY the app's ClaimReview rows", out -> pg.getCopyAPI().copyOut("COPY ("
                    + ExportStatements.reviews(ALL.published()) + ") TO STDOUT WITH (FORMAT csv)", out));
            Map<String, List<Run>> runs = new LinkedHashMap<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (Map.Entry<String, Source> path : paths.entrySet()) {
                    if (round > 0 && !path.getKey().toLowerCase(Locale.ROOT).contains("csv")) {
                        continue;
                    }
                    Counter counted = new Counter();
                    long start = System.nanoTime();
                    path.getValue().into(counted);
                    runs.computeIfAbsent(path.getKey(), k -> new ArrayList<>())
                            .add(new Run((System.nanoTime() - start) / 1e9, counted.bytes, counted.lines,
                                    counted.reviews, counted.head.toString(StandardCharsets.UTF_8)));
                }
            }

            Run plain = best(runs.get("COPY plain columns (CSV)"));
            Run csv = best(runs.get("GET /api/export/claims.csv"));
            Run ownCsv = best(runs.get("COPY the app's CSV statement"));
            Run jsonl = best(runs.get("GET /api/export/claims.jsonl"));
            Run ownJson = best(runs.get("COPY the app's JSON statement"));
            Run reviews = best(runs.get("GET /api/export/claimreview.json"));
            Run ownReviews = best(runs.get("COPY the app's ClaimReview rows"));
            for (String path : List.of("COPY plain columns (CSV)", "GET /api/export/claims.csv",
                    "COPY the app's CSV statement")) {
                for (Run r : runs.get(path)) {
                    assertThat(r.lines).as("header + one line per claim").isEqualTo(expected + 1);
                }
            }
            assertThat(ownJson.lines).isEqualTo(expected);
            assertThat(reviews.reviews).as("one ClaimReview per published claim").isEqualTo(published);
            assertThat(ownReviews.lines).isEqualTo(published);
            assertThat(csv.lines).as("header + one line per claim").isEqualTo(expected + 1);
            assertThat(jsonl.lines).as("one line per claim").isEqualTo(expected);
            assertThat(csv.bytes).as("the app's CSV is COPY's output with CRLF record ends")
                    .isEqualTo(ownCsv.bytes + ownCsv.lines);
            assertThat(jsonl.bytes).as("the app's JSON Lines are COPY's output").isEqualTo(ownJson.bytes);
            assertThat(running.isAlive()).as("app still running").isTrue();
            assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
            assertThat(reviews.head).as("links from the configured base URL")
                    .contains("\"url\":\"" + BASE_URL + "articles/" + articleId + "?claim=");

            StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                    "claims exported: %d, every %dth with 2 evidence rows (packaged app -Xmx256m, embedded PostgreSQL"
                            + " 17, same machine); CSV: best of %d interleaved runs, the others: one run%n", expected,
                    EVIDENCE_EVERY, ROUNDS));
            for (Map.Entry<String, List<Run>> path : runs.entrySet()) {
                Run b = best(path.getValue());
                long rows = path.getKey().contains("ClaimReview") || path.getKey().contains("claimreview")
                        ? published : expected;
                report.append(String.format(Locale.ROOT, "%-34s %6.2f s %9.0f rows/s %7.1f MB   runs: %s%n",
                        path.getKey(), b.seconds, b.rate(rows), b.bytes / 1e6,
                        path.getValue().stream().map(r -> String.format(Locale.ROOT, "%.2f s", r.seconds)).toList()));
            }
            report.append(String.format(Locale.ROOT,
                    "CSV ratio: app / COPY plain columns = %.2f (bar: 0.5); app / COPY of its own statement = %.2f%n",
                    csv.rate(expected) / plain.rate(expected), csv.rate(expected) / ownCsv.rate(expected)));
            report.append(String.format(Locale.ROOT,
                    "JSON Lines ratio: app / COPY of its own statement = %.2f; app JSON Lines / COPY plain CSV = %.2f%n",
                    jsonl.rate(expected) / ownJson.rate(expected), jsonl.rate(expected) / plain.rate(expected)));
            report.append(String.format(Locale.ROOT,
                    "ClaimReview ratio (%d published claims, built in Java): app / COPY of the same rows = %.2f%n",
                    published, reviews.rate(published) / ownReviews.rate(published)));
            System.out.print(report);
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, report);
        }
    }

    /**
     * A million claims in one article, every tenth with two sources, another tenth published;
     * answers the article's id.
     */
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
            // every tenth claim published, the first among them: ClaimReview's rows, and its base URL to see
            s.execute("UPDATE claim SET status = 'PUBLISHED', verdict = 'ACCURATE',"
                    + " verdict_explanation = 'Counted against the census table.'"
                    + " WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM claim) c"
                    + " WHERE c.n % " + EVIDENCE_EVERY + " = 1)");
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

    /** Counts bytes, line ends and ClaimReview objects (their "@context" keys), keeping nothing. */
    private static final class Counter extends OutputStream {
        private static final byte[] REVIEW = "\"@context\"".getBytes(StandardCharsets.US_ASCII);

        long bytes;
        long lines;
        long reviews;
        /** The first bytes, to look at. */
        final ByteArrayOutputStream head = new ByteArrayOutputStream();
        private int matched;

        @Override
        public void write(int b) {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (head.size() < 4096) {
                head.write(b, off, Math.min(len, 4096 - head.size()));
            }
            bytes += len;
            for (int i = off; i < off + len; i++) {
                byte c = b[i];
                if (c == '\n') {
                    lines++;
                }
                // the key's first byte occurs nowhere else in it, so a mismatch restarts the match
                matched = c == REVIEW[matched] ? matched + 1 : c == REVIEW[0] ? 1 : 0;
                if (matched == REVIEW.length) {
                    reviews++;
                    matched = 0;
                }
            }
        }
    }
}

package org.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.claimdesk.PackagedApp;
import org.postgresql.PGConnection;

/**
 * A million claims export as CSV from the packaged app on a 256 MB heap, and how that compares
 * with PostgreSQL's own COPY of the same rows. Only correctness is asserted; the figures go to
 * target/bench/export.txt.
 */
class ClaimExportIT {

    private static final int CLAIMS = 1_000_000;
    private static final Path REPORT = Path.of("target", "bench", "export.txt");

    /** The same rows as GET /api/export/claims.csv with no filter, for COPY. */
    private static final String SAME_ROWS = "SELECT c.id, c.article_id, a.title, a.outlet, a.published_at, c.status,"
            + " c.quote, c.value, c.high, c.approx, c.bound, c.unit, c.type, c.speaker,"
            + " array_to_string(c.hedges, '; '), c.time_ref, c.verdict, c.verdict_explanation, c.checkworthiness,"
            + " c.updated_at FROM claim c JOIN article a ON a.id = c.article_id WHERE c.status <> 'CANDIDATE'"
            + " ORDER BY c.id";

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

    @Test
    void aMillionClaimsExportOnA256MegabyteHeap() throws Exception {
        int port = PackagedApp.freePort();
        int dbPort = PackagedApp.freePort();
        Path log = dataDir.resolve("app.log");
        running = PackagedApp.start(log, Map.of("CLAIMDESK_DATA_DIR", dataDir.toString(),
                "CLAIMDESK_DB_PORT", Integer.toString(dbPort), "QUARKUS_HTTP_PORT", Integer.toString(port)),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError");
        PackagedApp.awaitReady(port, running);

        try (Connection db = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + dbPort + "/claimdesk", "postgres", "")) {
            try (Statement s = db.createStatement()) {
                s.execute("INSERT INTO article (title, outlet, published_at, body, content_hash) VALUES"
                        + " ('Bench article', 'Bench Weekly', DATE '2026-01-15',"
                        + " 'The minister said 7 people were counted.', repeat('b', 64))");
                s.execute("INSERT INTO claim (article_id, status, quote, start_offset, end_offset, sentence, value,"
                        + " unit, type, speaker, hedges, checkworthiness)"
                        + " SELECT (SELECT max(id) FROM article WHERE title = 'Bench article'), 'EXTRACTED',"
                        + " g || ' people', 0, 8, 'The minister said ' || g || ' people were counted.', g * 1.5,"
                        + " 'people', 'COUNT', 'the minister', '{about}', 0.5"
                        + " FROM generate_series(1, " + CLAIMS + ") g");
                s.execute("ANALYZE claim");
            }
            long expected = count(db, "SELECT count(*) FROM claim WHERE status <> 'CANDIDATE'");

            long start = System.nanoTime();
            HttpResponse<InputStream> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/export/claims.csv"))
                            .header("Authorization", PackagedApp.basic("editor:demo")).timeout(Duration.ofMinutes(3)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            Counter exported = new Counter();
            try (InputStream body = response.body()) {
                body.transferTo(exported);
            }
            double exportSeconds = (System.nanoTime() - start) / 1e9;

            assertThat(exported.lines).as("header + one line per claim").isEqualTo(expected + 1);
            assertThat(running.isAlive()).as("app still running").isTrue();
            assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");

            start = System.nanoTime();
            Counter copied = new Counter();
            db.unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("COPY (" + SAME_ROWS + ") TO STDOUT WITH (FORMAT csv, HEADER)", copied);
            double copySeconds = (System.nanoTime() - start) / 1e9;
            assertThat(copied.lines).isEqualTo(expected + 1);

            String report = String.format(Locale.ROOT, String.join("%n",
                    "claims exported: %d (-Xmx256m, packaged app, embedded PostgreSQL 17)",
                    "GET /api/export/claims.csv: %.1f s, %.0f rows/s, %.1f MB",
                    "COPY ... TO STDOUT WITH CSV (CopyManager): %.1f s, %.0f rows/s, %.1f MB", ""),
                    expected, exportSeconds, expected / exportSeconds, exported.bytes / 1e6,
                    copySeconds, expected / copySeconds, copied.bytes / 1e6);
            System.out.print(report);
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, report);
        }
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

package org.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.claimdesk.Fixtures.EDITOR;
import static org.claimdesk.Fixtures.PASSWORD;
import static org.claimdesk.Fixtures.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An export that fails after its first bytes went out must fail for the client too: the database
 * session is ended in the middle of the download (as a restart or failover would), and the client
 * must get an I/O error, not a complete-looking 200 that is merely short.
 */
@QuarkusTest
class ExportFailureTest {

    /** Enough that the export cannot finish while the client holds back: ~100 MB against a few MB of buffers. */
    private static final int CLAIMS = 3_000;
    private static final int CELL = 16_000;
    private static final int READ_FIRST = 64 * 1024;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private long articleId;

    @BeforeEach
    void manyLargePublishedClaims() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("INSERT INTO article (title, outlet, body, content_hash)"
                    + " VALUES ('Large export', 'Bench Weekly', 'Some 7 people were counted.',"
                    + " md5(random()::text) || md5(random()::text)) RETURNING id")) {
                rs.next();
                articleId = rs.getLong(1);
            }
            s.execute("INSERT INTO claim (article_id, status, quote, start_offset, end_offset, sentence, value, type,"
                    + " verdict, verdict_explanation)"
                    + " SELECT " + articleId + ", 'PUBLISHED', g || ' ' || repeat('people ', " + CELL / 7 + "), 5, 13,"
                    + " 'Some 7 people were counted.', g, 'COUNT', 'ACCURATE', repeat('checked ', " + CELL / 8 + ")"
                    + " FROM generate_series(1, " + CLAIMS + ") g");
        }
    }

    @AfterEach
    void removeThem() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM claim WHERE article_id = " + articleId);
            s.execute("DELETE FROM article WHERE id = " + articleId);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "claims.csv", "claims.jsonl", "claimreview.json" })
    void aDatabaseFailureMidStreamReachesTheClient(String file) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/export/" + file + "?articleId=" + articleId))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((EDITOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofMinutes(2)).build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        try (InputStream body = response.body()) {
            assertThat(body.readNBytes(READ_FIRST)).hasSize(READ_FIRST);

            // the client holds back, so the export is still running: end its database session
            terminate(exportSession());

            assertThatThrownBy(() -> body.transferTo(OutputStream.nullOutputStream()))
                    .as("reading the rest of a cut-off export must fail, not end like a complete file")
                    .isInstanceOf(IOException.class);
        }
        // the pool dropped the dead connection: the next export works
        as(EDITOR).queryParam("articleId", articleId).queryParam("type", "MONEY").get("/api/export/" + file).then()
                .statusCode(200);
    }

    /** The backend running this test's export, waited for while the request gets going. */
    private int exportSession() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND (query LIKE 'COPY (SELECT %'"
                        + " OR query LIKE ?)")) {
            // (pg_stat_activity keeps only the start of a long statement)
            s.setString(1, ExportStatements.reviews(ExportFilter.parse(null, null, null, null, null, null, null))
                    .substring(0, 60) + "%");
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        return rs.getInt(1);
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the export's query is not running");
    }

    private void terminate(int pid) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pg_terminate_backend(" + pid + ")")) {
            rs.next();
            assertThat(rs.getBoolean(1)).as("session ended").isTrue();
        }
    }
}

package org.claimdesk.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.claimdesk.ClaimDeskConfig;
import org.claimdesk.core.UnavailableException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * Claim exports (CSV, JSON Lines, ClaimReview), streamed as the database produces them: memory stays
 * flat whatever the number of claims. CSV and JSON Lines are PostgreSQL's own {@code COPY ... TO
 * STDOUT} output passed through; ClaimReview, which needs Java to restate claims and name authors,
 * reads published claims from a forward-only cursor.
 *
 * <p>A failure throws: before the first byte the caller can still answer with an error; after it,
 * the caller must abort the response (see {@code rest.Exports}) so that a cut-off export never looks
 * complete.
 */
@ApplicationScoped
public class ClaimExport {

    private static final int FETCH_SIZE = 1000;
    private static final int BUFFER = 1 << 16;
    private static final byte[] CRLF = { '\r', '\n' };

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    ClaimDeskConfig config;

    /**
     * RFC 4180 CSV with a header row: numbers bare, text cells that a spreadsheet would run as a
     * formula defused with a leading {@code '}, records ended by CRLF.
     */
    public void csv(ExportFilter filter, OutputStream output) {
        copy(ExportStatements.csv(filter), output, true);
    }

    /** One JSON object per claim per line: the API's claim fields, the article's, and the evidence summary. */
    public void jsonLines(ExportFilter filter, OutputStream output) {
        copy(ExportStatements.jsonLines(filter), output, false);
    }

    private void copy(String sql, OutputStream output, boolean crlf) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            boolean reusable = true;
            try {
                try (Statement s = c.createStatement()) {
                    for (String setting : ExportStatements.SETTINGS) {
                        s.execute(setting);
                    }
                }
                CopyOut copy = c.unwrap(PGConnection.class).getCopyAPI().copyOut(sql);
                try {
                    pass(copy, new BufferedOutputStream(output, BUFFER), crlf);
                } catch (IOException | SQLException | RuntimeException e) {
                    if (copy.isActive() || e instanceof SQLException failure && brokenConnection(failure)) {
                        discard(c);
                        reusable = false;
                    }
                    throw e;
                }
            } finally {
                if (reusable) {
                    c.rollback(); // it only read; ends the transaction and its settings
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw unavailable(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * PostgreSQL sends each row as one message ending in LF (the protocol has one message per row), so
     * RFC 4180's CRLF needs no scan of the bytes: a LF inside a quoted cell is never a message's last.
     */
    private static void pass(CopyOut copy, OutputStream out, boolean crlf) throws SQLException, IOException {
        byte[] row;
        while ((row = copy.readFromCopy()) != null) {
            if (crlf && row.length > 0 && row[row.length - 1] == '\n') {
                out.write(row, 0, row.length - 1);
                out.write(CRLF);
            } else {
                out.write(row);
            }
        }
        out.flush();
    }

    /**
     * Keeps a connection whose COPY was cut off out of the pool. The rest of the COPY is still on its
     * way, and the driver's own cancel neither waits for it nor for the cancel to land (which can then
     * cancel the next borrower's statement), so the connection cannot be trusted again: it is closed,
     * and the pool, which does not see the copy API's errors, is shown one so that it destroys it.
     */
    private static void discard(Connection pooled) {
        try {
            pooled.unwrap(Connection.class).abort(Runnable::run);
            pooled.isReadOnly(); // fails on the closed connection: the pool's exception sorter flushes it
        } catch (SQLException expected) {
            // the connection is closed, which is all that was wanted
        }
    }

    private static boolean brokenConnection(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("08");
    }

    /** schema.org ClaimReview JSON-LD (an array) for published claims only, safe to paste into a page. */
    public void claimReview(ExportFilter filter, OutputStream output) {
        ClaimReviews reviews = new ClaimReviews(config.export().baseUrl(), config.export().organization());
        try (Connection c = dataSource.getConnection()) {
            // the PostgreSQL driver streams a result with a fetch size only inside a transaction
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (Statement s = c.createStatement()) {
                s.setFetchSize(FETCH_SIZE);
                JsonGenerator json = mapper.getFactory().createGenerator(new BufferedOutputStream(output, BUFFER));
                json.setCharacterEscapes(new ClaimReviews.HtmlSafe());
                // a cut-off export must not be closed into valid JSON ("[]") on its way out
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
                json.writeStartArray();
                try (ResultSet rs = s.executeQuery(ExportStatements.reviews(filter.published()))) {
                    while (rs.next()) {
                        mapper.writeTree(json, reviews.of(ReviewedClaim.read(rs)));
                    }
                }
                json.writeEndArray();
                json.flush();
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw unavailable(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UnavailableException unavailable(SQLException e) {
        return new UnavailableException("The export could not be read from the database (" + e.getSQLState()
                + "); nothing was changed. Try again.", false, e);
    }
}

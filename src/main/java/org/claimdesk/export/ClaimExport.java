package org.claimdesk.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimdesk.ClaimDeskConfig;
import org.claimdesk.claim.ClaimView;

/**
 * Claim exports (CSV, JSON Lines, ClaimReview), written row by row as they come from a forward-only
 * cursor (autocommit off, a fetch size) in one read-only transaction: memory stays flat whatever the
 * number of claims.
 */
@ApplicationScoped
public class ClaimExport {

    static final String[] CSV_HEADER = { "id", "article_id", "article_title", "outlet", "published_at", "status",
        "quote", "value", "high", "approx", "bound", "unit", "type", "speaker", "hedges", "time_ref", "verdict",
        "verdict_explanation", "checkworthiness", "updated_at" };

    private static final int FETCH_SIZE = 1000;
    private static final int BUFFER = 1 << 16;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    ClaimDeskConfig config;

    interface RowWriter {
        void write(ClaimRow row) throws IOException;
    }

    /** RFC 4180 CSV with a header row; text cells are defused against spreadsheet formulas. */
    public void csv(ExportFilter filter, OutputStream output) {
        Writer out = writer(output);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            each(filter, row -> {
                ClaimView c = row.claim();
                csv.printRecord(c.id(), c.articleId(), CsvCells.text(row.articleTitle()),
                        CsvCells.text(row.outlet()), row.publishedAt(), c.status(), CsvCells.text(c.quote()),
                        c.value() == null ? null : c.value().toPlainString(),
                        c.high() == null ? null : c.high().toPlainString(), c.approx(), CsvCells.text(c.bound()),
                        CsvCells.text(c.unit()), c.type(), CsvCells.text(c.speaker()),
                        CsvCells.text(String.join("; ", c.hedges())), CsvCells.text(c.timeRef()), c.verdict(),
                        CsvCells.text(c.verdictExplanation()), c.checkworthiness(), row.updatedAt());
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One JSON object per claim per line: the API's claim fields plus the article's title and outlet. */
    public void jsonLines(ExportFilter filter, OutputStream output) {
        Writer out = writer(output);
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.setRootValueSeparator(null);
            each(filter, row -> {
                ObjectNode line = mapper.valueToTree(row.claim());
                line.put("articleTitle", row.articleTitle());
                line.put("outlet", row.outlet());
                line.put("publishedAt", row.publishedAt() == null ? null : row.publishedAt().toString());
                line.put("updatedAt", row.updatedAt().toString());
                mapper.writeTree(json, line);
                json.writeRaw('\n');
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** schema.org ClaimReview JSON-LD (an array) for published claims only. */
    public void claimReview(ExportFilter filter, OutputStream output) {
        Writer out = writer(output);
        ClaimReviews reviews = new ClaimReviews(config.export().baseUrl(), config.export().organization());
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.writeStartArray();
            each(filter.published(), row -> mapper.writeTree(json, reviews.of(row)));
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Writer writer(OutputStream output) {
        return new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), BUFFER);
    }

    private void each(ExportFilter filter, RowWriter writer) throws IOException {
        List<Object> params = new ArrayList<>();
        String sql = ClaimRow.SELECT + filter.where(params) + " ORDER BY c.id";
        try (Connection c = dataSource.getConnection()) {
            // the PostgreSQL driver streams a result with a fetch size only inside a transaction
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < params.size(); i++) {
                    s.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        writer.write(ClaimRow.read(rs));
                    }
                }
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading claims for an export failed: " + e.getMessage(), e);
        }
    }
}

package org.claimdesk.audit;

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
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads the audit log back: its head, a verification of the chain and the exported trail. The log can
 * be large, so rows come through a forward-only cursor (autocommit off, a fetch size) in one
 * read-only transaction and are let go as soon as they are checked or written: constant memory.
 */
@ApplicationScoped
public class AuditChain {

    private static final int FETCH_SIZE = 1000;
    private static final String COLUMNS = "SELECT id, at, actor, action, entity_type, entity_id, before::text,"
            + " after::text, reason, prev_hash, hash FROM audit_log";

    /** The latest entry: a checkpoint to keep outside the database. */
    public record Head(long id, String hash) {
    }

    @Inject
    AgroalDataSource dataSource;

    public Optional<Head> head() {
        return withCursor(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
                    ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Head(rs.getLong(1), rs.getString(2))) : Optional.empty();
            }
        });
    }

    /** Recomputes the chain from the first entry, or from entry {@code fromId} trusting its prev_hash. */
    public AuditVerifier.Result verify(Long fromId) {
        AuditVerifier verifier = fromId == null ? AuditVerifier.fromGenesis() : AuditVerifier.trustingFirstLink();
        forEach(fromId == null ? Long.MIN_VALUE : fromId, verifier::accept);
        return verifier.result();
    }

    /** Writes every entry in id order as audit.jsonl (see {@link AuditTrailFormat}). */
    public void writeTrail(OutputStream output) {
        Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
        forEach(Long.MIN_VALUE, entry -> {
            try {
                out.write(AuditTrailFormat.line(entry));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        });
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Feeds entries with id >= fromId, in id order, until {@code next} answers false. */
    private void forEach(long fromId, Predicate<AuditRecord> next) {
        withCursor(c -> {
            try (PreparedStatement s = c.prepareStatement(COLUMNS + " WHERE id >= ? ORDER BY id")) {
                s.setFetchSize(FETCH_SIZE);
                s.setLong(1, fromId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next() && next.test(read(rs))) {
                        // each entry is checked or written by next and then dropped
                    }
                }
            }
            return null;
        });
    }

    private static AuditRecord read(ResultSet rs) throws SQLException {
        Long entityId = rs.getObject(6, Long.class);
        return new AuditRecord(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), entityId, rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10), rs.getString(11));
    }

    private interface CursorWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs reads in one read-only transaction: the PostgreSQL driver streams only with autocommit off. */
    private <T> T withCursor(CursorWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try {
                return work.run(c);
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the audit log failed: " + e.getMessage(), e);
        }
    }
}

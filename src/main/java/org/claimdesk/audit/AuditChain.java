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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Predicate;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.core.UnavailableException;
import org.jboss.logging.Logger;

/**
 * Reads the audit log back: its head, a verification of the chain and the exported trail, all over
 * sealed entries in chain (seq) order; entries still waiting for the sealer are only counted. The
 * log can be large, so rows come through a forward-only cursor (autocommit off, a fetch size) in one
 * read-only transaction and are let go as soon as they are checked or written: constant memory.
 */
@ApplicationScoped
public class AuditChain {

    private static final Logger LOG = Logger.getLogger(AuditChain.class);
    private static final int FETCH_SIZE = 1000;

    /** Every column of an entry, in the order {@link #read} takes them. */
    static final String COLUMNS = "SELECT id, seq, format, at, actor, action, entity_type, entity_id, before::text,"
            + " after::text, reason, prev_hash, hash FROM audit_log";

    /** The latest sealed entry: a checkpoint to keep outside the database. */
    public record Head(long id, long seq, String hash) {
    }

    /**
     * A verification of the sealed chain: {@code firstBrokenId} and {@code problem} are null when it
     * is intact; {@code pending} entries are committed but not sealed yet (not part of the check).
     */
    public record Verification(boolean ok, long checked, long pending, Long firstBrokenId, String problem,
            String lastHash) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditSealer sealer;

    public Optional<Head> head() {
        return withCursor(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, seq, hash FROM audit_log WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1");
                    ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Head(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                        : Optional.empty();
            }
        });
    }

    /**
     * Recomputes the chain from its first entry, or from the sealed entry {@code fromId} on trusting
     * its prev_hash. A broken or unreadable entry is reported, never thrown.
     *
     * @throws NotFoundException when {@code fromId} is no entry
     * @throws InvalidInputException when entry {@code fromId} is not sealed yet
     */
    public Verification verify(Long fromId) {
        return withCursor(c -> {
            long pending = pending(c);
            long fromSeq = fromId == null ? Long.MIN_VALUE : seqOf(c, fromId);
            AuditVerifier verifier = fromId == null ? AuditVerifier.fromGenesis() : AuditVerifier.trustingFirstLink();
            forEach(c, fromSeq, verifier::accept);
            AuditVerifier.Result r = verifier.result();
            return new Verification(r.ok(), r.checked(), pending, r.firstBrokenId(), r.problem(), r.lastHash());
        });
    }

    /** Entries committed but not sealed yet. */
    public long pending() {
        return withCursor(AuditChain::pending);
    }

    /** Writes every sealed entry in chain order as audit.jsonl (see {@link AuditTrailFormat}). */
    public void writeTrail(OutputStream output) {
        Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
        withCursor(c -> {
            forEach(c, Long.MIN_VALUE, entry -> {
                try {
                    out.write(AuditTrailFormat.line(entry));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return true;
            });
            return null;
        });
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until every entry committed before the call is sealed, sealing on this thread rather
     * than waiting for the next round. For tests and tools that read the chain right after writing;
     * call it outside a transaction.
     *
     * @return false when some are still unsealed after {@code timeout}
     */
    public boolean awaitSealed(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Long upTo = withCursor(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT max(id) FROM audit_log WHERE hash IS NULL");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getObject(1, Long.class);
            }
        });
        while (upTo != null) {
            sealer.sealNow();
            boolean left = withCursor(c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT EXISTS (SELECT 1 FROM audit_log WHERE hash IS NULL AND id <= ?)")) {
                    s.setLong(1, upTo);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        return rs.getBoolean(1);
                    }
                }
            });
            if (!left) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static long pending(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM audit_log WHERE hash IS NULL");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long seqOf(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT seq FROM audit_log WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("Audit entry " + id);
                }
                Long seq = rs.getObject(1, Long.class);
                if (seq == null) {
                    throw InvalidInputException.of("from", "audit entry " + id + " is not sealed yet; try again in a second");
                }
                return seq;
            }
        }
    }

    /** Feeds sealed entries with seq >= fromSeq, in seq order, until {@code next} answers false. */
    private static void forEach(Connection c, long fromSeq, Predicate<AuditRecord> next) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(COLUMNS + " WHERE seq >= ? ORDER BY seq")) {
            s.setFetchSize(FETCH_SIZE);
            s.setLong(1, fromSeq);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next() && next.test(read(rs))) {
                    // each entry is checked or written by next and then dropped
                }
            }
        }
    }

    /** The entry at the cursor, columns as in {@link #COLUMNS}. */
    static AuditRecord read(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong(1), rs.getObject(2, Long.class), rs.getInt(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getObject(8, Long.class), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getString(13));
    }

    private interface CursorWork<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs reads in one read-only repeatable-read transaction: one snapshot for the count and the
     * cursor, and the PostgreSQL driver streams only with autocommit off.
     */
    private <T> T withCursor(CursorWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            int isolation = c.getTransactionIsolation();
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try {
                return work.run(c);
            } finally {
                c.rollback();
                c.setReadOnly(false);
                c.setAutoCommit(true);
                c.setTransactionIsolation(isolation);
            }
        } catch (SQLException e) {
            LOG.warnf("reading the audit log failed: %s", e.getMessage());
            throw new UnavailableException("The audit log cannot be read now; try again shortly.", false, e);
        }
    }
}

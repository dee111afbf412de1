package org.claimdesk.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Chains the entries that business transactions appended unsealed: gives each the next sequence
 * number, the previous entry's hash and its own hash, in the order they became visible (committed).
 * Every instance runs one; a transaction-scoped advisory lock lets one seal at a time across
 * instances, so whichever instance is alive takes over without any election. A round seals every
 * committed unsealed entry, whatever its id, so an entry whose transaction commits late is sealed by
 * the next round rather than skipped. The table's trigger lets a round do nothing but seal unsealed
 * rows at the end of the chain.
 */
@ApplicationScoped
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class);

    /** Key of the advisory lock held by the sealer at work ("ClaimS"). */
    static final long SEALER_LOCK = 0x436c61696d53L;

    /** Entries per sealing transaction; a round goes on until fewer are left. */
    static final int BATCH = 1000;

    private static final String UNSEALED = "SELECT id, content_hash FROM audit_log"
            + " WHERE hash IS NULL AND NOT (id = ANY (?)) ORDER BY id LIMIT " + BATCH;

    /** One statement for a batch: the table's statement trigger checks the whole batch links on. */
    private static final String SEAL = "UPDATE audit_log a SET seq = v.seq, prev_hash = v.prev_hash, hash = v.hash"
            + " FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[]) AS v (id, seq, prev_hash, hash)"
            + " WHERE a.id = v.id AND a.hash IS NULL";

    /** An entry waiting to be sealed: all the sealer needs of it. */
    private record Unsealed(long id, String contentHash) {
    }

    /** What one call did: whether it held the lock (was the sealer at work) and how many entries it sealed. */
    public record Round(boolean leader, int sealed) {
    }

    @Inject
    AgroalDataSource dataSource;

    /** Between two rounds on this instance: with the round itself, the bound on an entry's wait. */
    @ConfigProperty(name = "claimdesk.audit.seal-interval", defaultValue = "PT0.1S")
    Duration interval;

    @ConfigProperty(name = "claimdesk.audit.sealer", defaultValue = "true")
    boolean enabled;

    /** Entries that cannot be chained: left unsealed (counted as pending) and logged once, not retried. */
    private final Set<Long> unsealable = ConcurrentHashMap.newKeySet();

    private ScheduledExecutorService timer;

    // Quarkus's scheduler checks its triggers once a second; an own timer keeps the delay well under that
    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "audit-sealer");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, interval.toMillis());
        timer.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdown();
            try {
                timer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void tick() {
        try {
            trySeal();
        } catch (RuntimeException e) {
            // the database may be restarting: the entries wait, the next tick tries again
            LOG.warnf("sealing audit entries failed, retrying: %s", e.getMessage());
        }
    }

    /** Seals what is committed now, unless another sealer (this instance or another) is at work. */
    public Round trySeal() {
        return seal(false);
    }

    /**
     * Seals everything committed so far, waiting (up to 30 s) for a sealer at work to finish first.
     * Call it outside a transaction: it commits its own.
     */
    public Round sealNow() {
        return seal(true);
    }

    private Round seal(boolean wait) {
        int total = 0;
        while (true) {
            Batch batch;
            try {
                batch = round(wait);
            } catch (SQLException e) {
                throw new IllegalStateException("sealing audit entries failed: " + e.getMessage(), e);
            }
            if (batch == null) {
                // another sealer took over between two batches: it goes on from here
                return new Round(total > 0, total);
            }
            total += batch.sealed();
            if (batch.read() < BATCH) {
                return new Round(true, total);
            }
        }
    }

    private record Batch(int read, int sealed) {
    }

    /** One transaction: the lock, a batch of unsealed entries, their updates; null without the lock. */
    private Batch round(boolean wait) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (!lock(c, wait)) {
                    c.rollback();
                    return null;
                }
                List<Unsealed> pending = unsealed(c);
                int sealed = pending.isEmpty() ? 0 : link(c, pending);
                c.commit();
                return new Batch(pending.size(), sealed);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static boolean lock(Connection c, boolean wait) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (wait) {
                s.execute("SET LOCAL lock_timeout = '30s'");
            }
            try (ResultSet rs = s.executeQuery(wait ? "SELECT true FROM pg_advisory_xact_lock(" + SEALER_LOCK + ")"
                    : "SELECT pg_try_advisory_xact_lock(" + SEALER_LOCK + ")")) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private List<Unsealed> unsealed(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(UNSEALED)) {
            s.setArray(1, c.createArrayOf("bigint", unsealable.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                List<Unsealed> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Unsealed(rs.getLong(1), rs.getString(2)));
                }
                return out;
            }
        }
    }

    /** Links {@code pending} after the chain's last entry, in the order given; answers how many. */
    private int link(Connection c, List<Unsealed> pending) throws SQLException {
        long seq = 0;
        String prev = AuditLog.GENESIS;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT seq, hash FROM audit_log WHERE seq IS NOT NULL"
                        + " ORDER BY seq DESC LIMIT 1")) {
            if (rs.next()) {
                seq = rs.getLong(1);
                prev = rs.getString(2);
            }
        }
        List<Long> ids = new ArrayList<>(pending.size());
        List<Long> seqs = new ArrayList<>(pending.size());
        List<String> prevs = new ArrayList<>(pending.size());
        List<String> hashes = new ArrayList<>(pending.size());
        for (Unsealed entry : pending) {
            if (entry.contentHash() == null) {
                // not written by AuditLog: nothing to chain; counted as pending, logged once
                if (unsealable.add(entry.id())) {
                    LOG.errorf("audit entry %d has no content hash and stays unsealed", entry.id());
                }
                continue;
            }
            String hash = AuditHash.chained(entry.id(), seq + 1, prev, entry.contentHash());
            ids.add(entry.id());
            seqs.add(++seq);
            prevs.add(prev);
            hashes.add(hash);
            prev = hash;
        }
        if (ids.isEmpty()) {
            return 0;
        }
        try (PreparedStatement up = c.prepareStatement(SEAL)) {
            up.setArray(1, c.createArrayOf("bigint", ids.toArray()));
            up.setArray(2, c.createArrayOf("bigint", seqs.toArray()));
            up.setArray(3, c.createArrayOf("text", prevs.toArray()));
            up.setArray(4, c.createArrayOf("text", hashes.toArray()));
            if (up.executeUpdate() != ids.size()) {
                // another writer sealed one of them: impossible under the lock, so give up rather than fork
                throw new IllegalStateException("an audit entry was sealed by someone else during a round");
            }
        }
        return ids.size();
    }
}

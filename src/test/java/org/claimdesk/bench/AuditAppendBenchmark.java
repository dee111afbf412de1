package org.claimdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.claimdesk.audit.AuditChain;
import org.claimdesk.audit.AuditLog;
import org.claimdesk.audit.CanonicalJson;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a timed test: N writers, each committing transactions that change a row of their
 * own and append one audit entry, for a few seconds per path (in slices, the paths taking turns, so
 * that load from elsewhere on the machine falls on all of them), in one run on the real database:
 * <ul>
 * <li><b>bare</b>: the change plus a plain INSERT of the entry into a copy of audit_log (same
 * indexes, no chain): what the database allows for the same work;</li>
 * <li><b>lock</b>: the change plus the old AuditLog protocol: the chain's advisory lock until
 * commit, a read of the head, the hash, the insert;</li>
 * <li><b>sealer</b>: the change plus today's {@link AuditLog#record}, with the sealer running;</li>
 * <li><b>append only</b>: the same with the sealer held off (its lock taken), to separate the
 * writers' cost from the sealing's; then the sealer alone seals what was left, timed.</li>
 * </ul>
 * Each path runs with the server's {@code synchronous_commit} (off on the embedded test server) and
 * with it on (PostgreSQL's default, what a production server does: commit waits for the WAL flush,
 * which the lock serialises). Prints commits/s, the ratio to bare and, for the sealer, the most
 * entries waiting and the oldest wait seen (sampled every 50 ms), how long it took to catch up
 * once the writers stopped, and its rate alone. Figures go to the log and
 * target/bench/audit.txt. Run alone: {@code ./mvnw test -Dtest=AuditAppendBenchmark}
 * ({@code -Dbench.writers=20 -Dbench.seconds=10}).
 */
@QuarkusTest
class AuditAppendBenchmark {

    private static final int WRITERS = Integer.getInteger("bench.writers", 20);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 10);
    /** Each path's time is cut in this many slices, run in turns. */
    private static final int ROUNDS = 5;
    private static final long CHAIN_LOCK = 0x436c61696d44L; // the old AuditLog's key
    private static final long SEALER_LOCK = 0x436c61696d53L; // AuditSealer's

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    AuditChain chain;

    private interface Append {
        void append(int writer, long n);
    }

    private record Phase(String path, String commitMode, long commits, double seconds, long maxPending,
            double maxWaitMs) {
        double rate() {
            return commits / seconds;
        }

        Phase plus(Phase slice) {
            return new Phase(path, commitMode, commits + slice.commits, seconds + slice.seconds,
                    Math.max(maxPending, slice.maxPending), Math.max(maxWaitMs, slice.maxWaitMs));
        }
    }

    /** About the size of a claim's audit view. */
    private static Map<String, Object> view(int writer, long n) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", n);
        v.put("articleId", writer);
        v.put("status", "IN_REVIEW");
        v.put("quote", "340 ships were delayed");
        v.put("value", 340);
        v.put("high", null);
        v.put("unit", "ships");
        v.put("type", "COUNT");
        v.put("bound", "=");
        v.put("approx", false);
        v.put("speaker", "the port authority");
        v.put("hedges", List.of());
        v.put("timeRef", "last year");
        v.put("assigneeId", writer);
        v.put("verdict", null);
        v.put("start", 120);
        v.put("end", 142);
        return v;
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).executeUpdate());
    }

    private void business(int writer) {
        em.createNativeQuery("UPDATE bench_business SET n = n + 1 WHERE writer = ?1").setParameter(1, writer)
                .executeUpdate();
    }

    private void bare(int writer, long n) {
        em.createNativeQuery("INSERT INTO bench_audit_bare (id, at, actor, action, entity_type, entity_id, after,"
                + " format) VALUES (nextval('bench_audit_bare_seq'), now(), ?1, 'BENCH', 'COMMENT', ?2, CAST(?3 AS jsonb), 2)")
                .setParameter(1, "bench-" + writer).setParameter(2, n)
                .setParameter(3, CanonicalJson.of(view(writer, n))).executeUpdate();
    }

    /** What AuditLog.recordAll did before the sealer. */
    private void locked(int writer, long n) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, CHAIN_LOCK).getSingleResult();
        String prev = (String) em.createNativeQuery("SELECT hash FROM bench_audit_locked ORDER BY id DESC LIMIT 1")
                .getResultStream().findFirst().orElse(AuditLog.GENESIS);
        long id = ((Number) em.createNativeQuery("SELECT nextval('bench_audit_locked_seq')").getSingleResult())
                .longValue();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String after = CanonicalJson.of(view(writer, n));
        String hash = sha256(id + at.toString() + after + prev);
        em.createNativeQuery("INSERT INTO bench_audit_locked (id, at, actor, action, entity_type, entity_id, after,"
                + " format, prev_hash, hash) VALUES (?1, ?2, ?3, 'BENCH', 'COMMENT', ?4, CAST(?5 AS jsonb), 2, ?6, ?7)")
                .setParameter(1, id).setParameter(2, at).setParameter(3, "bench-" + writer).setParameter(4, n)
                .setParameter(5, after).setParameter(6, prev).setParameter(7, hash).executeUpdate();
    }

    private void sealed(int writer, long n) {
        auditLog.record("bench-" + writer, "BENCH", AuditLog.COMMENT, n, null, view(writer, n), null);
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Phase run(String path, boolean syncOn, double seconds, Append append, boolean sample) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        AtomicLong commits = new AtomicLong();
        AtomicLong maxPending = new AtomicLong();
        AtomicLong maxWaitMicros = new AtomicLong();
        AtomicBoolean writing = new AtomicBoolean(true);
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                long n = 0;
                while (System.nanoTime() < end) {
                    long item = n++;
                    QuarkusTransaction.requiringNew().run(() -> {
                        if (syncOn) {
                            em.createNativeQuery("SET LOCAL synchronous_commit = on").executeUpdate();
                        }
                        business(writer);
                        append.append(writer, item);
                    });
                    commits.incrementAndGet();
                }
                return null;
            }));
        }
        Future<?> sampler = !sample ? null : pool.submit(() -> {
            while (writing.get()) {
                Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                        "SELECT count(*), coalesce(extract(epoch FROM clock_timestamp() - min(at)) * 1e6, 0)"
                                + " FROM audit_log WHERE hash IS NULL").getSingleResult());
                maxPending.accumulateAndGet(((Number) row[0]).longValue(), Math::max);
                maxWaitMicros.accumulateAndGet(((Number) row[1]).longValue(), Math::max);
                Thread.sleep(50);
            }
            return null;
        });
        for (Future<?> f : writers) {
            f.get((long) seconds + 120L, TimeUnit.SECONDS);
        }
        double took = (System.nanoTime() - start) / 1e9;
        writing.set(false);
        if (sampler != null) {
            sampler.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        return new Phase(path, syncOn ? "on" : "server default", commits.get(), took, maxPending.get(),
                maxWaitMicros.get() / 1000.0);
    }

    /** Holds the sealer's advisory lock (as a sealer of another instance would mid-round): nothing is sealed meanwhile. */
    private final class HeldOff implements AutoCloseable {
        private final Connection c;

        HeldOff() throws SQLException {
            c = dataSource.getConnection();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_xact_lock(" + SEALER_LOCK + ")");
            }
        }

        @Override
        public void close() throws SQLException {
            c.rollback();
            c.setAutoCommit(true);
            c.close();
        }
    }

    private static Phase plus(Phase total, Phase slice) {
        return total == null ? slice : total.plus(slice);
    }

    /** Waits for the background sealer (not this thread) to seal everything; answers the seconds it took. */
    private double drain() throws InterruptedException {
        long t0 = System.nanoTime();
        while (chain.pending() > 0 && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(300)) {
            Thread.sleep(10);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    @Test
    void appendRatesWithTheLockAndWithTheSealer() throws Exception {
        String serverCommit = QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("SHOW synchronous_commit").getSingleResult());
        sql("DROP TABLE IF EXISTS bench_business, bench_audit_bare, bench_audit_locked");
        sql("DROP SEQUENCE IF EXISTS bench_audit_bare_seq, bench_audit_locked_seq");
        sql("CREATE TABLE bench_business (writer INT PRIMARY KEY, n BIGINT NOT NULL DEFAULT 0)");
        sql("INSERT INTO bench_business (writer) SELECT generate_series(0, " + (WRITERS - 1) + ")");
        // same columns and indexes as audit_log (the unsealed index included), none of its triggers
        sql("CREATE TABLE bench_audit_bare (LIKE audit_log INCLUDING DEFAULTS INCLUDING INDEXES)");
        sql("CREATE TABLE bench_audit_locked (LIKE audit_log INCLUDING DEFAULTS INCLUDING INDEXES)");
        sql("CREATE SEQUENCE bench_audit_bare_seq");
        sql("CREATE SEQUENCE bench_audit_locked_seq");
        try {
            // warm-up: JIT, connection pool, prepared statements
            run("warm-up", false, 2, this::bare, false);
            run("warm-up", false, 2, this::locked, false);
            run("warm-up", false, 2, this::sealed, false);
            assertThat(chain.awaitSealed(Duration.ofSeconds(60))).isTrue();

            StringBuilder report = new StringBuilder(String.format(
                    "audit append, %d writers, %d s per path in %d turns, 2 cores shared; server synchronous_commit = %s%n",
                    WRITERS, SECONDS, ROUNDS, serverCommit));
            report.append(String.format("%-30s %-15s %9s %8s %8s %12s %12s%n", "path", "commit", "commits",
                    "per s", "vs bare", "max pending", "oldest wait"));
            List<Phase> all = new ArrayList<>();
            double slice = (double) SECONDS / ROUNDS;
            for (boolean syncOn : new boolean[] { false, true }) {
                // the paths take turns in short slices, so that load from elsewhere falls on all of them
                Phase bare = null;
                Phase lock = null;
                Phase sealer = null;
                Phase appendOnly = null;
                double caughtUp = 0;
                double sealing = 0;
                for (int r = 0; r < ROUNDS; r++) {
                    bare = plus(bare, run("bare insert", syncOn, slice, this::bare, false));
                    lock = plus(lock, run("lock (before)", syncOn, slice, this::locked, false));
                    sealer = plus(sealer, run("sealer (after)", syncOn, slice, this::sealed, true));
                    caughtUp = Math.max(caughtUp, drain());
                    // the writers' side alone (sealer held off), then the sealer alone on the entries left
                    try (HeldOff held = new HeldOff()) {
                        appendOnly = plus(appendOnly, run("append only, sealer held off", syncOn, slice,
                                this::sealed, false));
                    }
                    sealing += drain();
                }
                for (Phase p : List.of(bare, lock, sealer, appendOnly)) {
                    boolean sampled = p == sealer;
                    report.append(String.format("%-30s %-15s %9d %8.0f %8.2f %12s %12s%n", p.path(), p.commitMode(),
                            p.commits(), p.rate(), p.rate() / bare.rate(), sampled ? p.maxPending() : "",
                            sampled ? String.format("%.0f ms", p.maxWaitMs()) : ""));
                }
                report.append(String.format("  sealer: caught up at most %.0f ms after the writers stopped; sealed the"
                        + " %d held-off entries alone at %.0f entries/s%n", caughtUp * 1000, appendOnly.commits(),
                        appendOnly.commits() / sealing));
                all.addAll(List.of(bare, lock, sealer, appendOnly));
            }
            System.out.print(report);
            Files.createDirectories(Path.of("target", "bench"));
            Files.writeString(Path.of("target", "bench", "audit.txt"), report);

            assertThat(all).allMatch(p -> p.commits() > 0);
            assertThat(chain.awaitSealed(Duration.ofSeconds(60))).isTrue();
            AuditChain.Verification v = chain.verify(null);
            assertThat(v.ok()).as("%s", v).isTrue();
        } finally {
            sql("DROP TABLE IF EXISTS bench_business, bench_audit_bare, bench_audit_locked");
            sql("DROP SEQUENCE IF EXISTS bench_audit_bare_seq, bench_audit_locked_seq");
        }
    }
}

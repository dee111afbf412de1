package org.claimdesk.database;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Whether the database answers, checked on a connection of its own (so that a busy pool never looks
 * like an outage) every second and whenever readiness is asked. Logs one line when the database goes
 * away and one when it is back, instead of a stack trace per failed request, and renews the pool's
 * connections after an outage so that none of the dead ones is handed out again.
 */
@ApplicationScoped
public class DatabaseMonitor {

    /** Longest a probe may take: readiness answers DOWN within a second of an outage. */
    static final Duration PROBE_TIMEOUT = Duration.ofMillis(800);

    private static final Logger LOG = Logger.getLogger(DatabaseMonitor.class);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Inject
    AgroalDataSource pool;

    /** System.nanoTime() when the outage began; 0 while the database is available. */
    private final AtomicLong downSince = new AtomicLong();
    private final ExecutorService prober = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "database-probe");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Boolean> inFlight;
    private Connection probe;

    public boolean available() {
        return downSince.get() == 0;
    }

    /**
     * Asks the database now (or joins a check already under way).
     *
     * @return completes with whether it answered; never takes longer than the probe's own timeouts
     */
    public synchronized CompletableFuture<Boolean> check() {
        if (inFlight == null || inFlight.isDone()) {
            inFlight = CompletableFuture.supplyAsync(this::probeNow, prober);
        }
        return inFlight;
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void watch() {
        check();
    }

    /**
     * A request failed because of the database. The probe decides whether the database is away: one
     * dead connection (a session ended by an administrator, say) is not an outage.
     */
    public void reportOutage() {
        check();
    }

    private boolean probeNow() {
        try {
            if (probe == null || probe.isClosed()) {
                probe = open();
            }
            try (Statement s = probe.createStatement()) {
                s.setQueryTimeout((int) Math.max(1, PROBE_TIMEOUT.toSeconds()));
                s.execute("SELECT 1");
            }
            markUp();
            return true;
        } catch (SQLException | RuntimeException e) {
            closeProbe();
            markDown(DatabaseFailures.reason(e));
            return false;
        }
    }

    private Connection open() throws SQLException {
        Properties props = new Properties();
        username.ifPresent(u -> props.setProperty("user", u));
        password.ifPresent(p -> props.setProperty("password", p));
        // seconds: a server that does not answer (a dead host rather than a refused port) fails the probe quickly
        props.setProperty("connectTimeout", "1");
        props.setProperty("socketTimeout", "1");
        props.setProperty("loginTimeout", "1");
        props.setProperty("ApplicationName", "claimdesk-health");
        Connection c = new org.postgresql.Driver().connect(url, props);
        if (c == null) {
            throw new SQLException("not a PostgreSQL JDBC URL: " + url.replaceAll("\\?.*", ""));
        }
        return c;
    }

    private void markDown(String reason) {
        if (downSince.compareAndSet(0, System.nanoTime())) {
            LOG.warnf("Database unavailable (%s): requests are answered 503 with Retry-After until it is back.", reason);
            flushPool();
        }
    }

    private void markUp() {
        long since = downSince.getAndSet(0);
        if (since != 0) {
            LOG.infof("Database available again after %d s.", Duration.ofNanos(System.nanoTime() - since).toSeconds());
            flushPool();
        }
    }

    /**
     * Connections opened before or during the outage are dead: close idle ones now, busy ones when
     * returned. On the probe's thread, as the caller may be an event loop.
     */
    private void flushPool() {
        try {
            prober.execute(() -> pool.flush(AgroalDataSource.FlushMode.GRACEFUL));
        } catch (RuntimeException e) {
            LOG.debugf("flushing the pool failed: %s", e.getMessage());
        }
    }

    private void closeProbe() {
        if (probe != null) {
            try {
                probe.close();
            } catch (SQLException ignored) {
                // already broken
            }
            probe = null;
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        prober.shutdownNow();
        closeProbe();
    }
}

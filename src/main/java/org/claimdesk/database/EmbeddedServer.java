package org.claimdesk.database;

import io.quarkus.runtime.ApplicationLifecycleManager;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The embedded server around the Quarkus application, for the server's main: PostgreSQL starts
 * while Quarkus boots (the first connection waits for it), is started again if it dies while the
 * desk runs (requests get 503 meanwhile), and stops only after Quarkus has stopped, so that
 * requests still in flight at SIGTERM finish on a live database.
 */
public final class EmbeddedServer {

    /** Quarkus's shutdown timeout plus its own stop; past that the server is stopped anyway. */
    private static final Duration QUARKUS_STOP_WAIT = Duration.ofSeconds(40);

    /** Waits between attempts to start a server that died again: 1, 2, 4 ... up to 30 s. */
    private static final Duration MAX_RESTART_WAIT = Duration.ofSeconds(30);

    private static volatile CompletableFuture<EmbeddedDatabase> starting;
    private static volatile boolean stopping;

    private EmbeddedServer() {
    }

    /**
     * Does nothing when a JDBC URL is configured (environment or system property); otherwise checks
     * and reclaims the data directory, starts the embedded server in the background, points Quarkus
     * at it through system properties and arranges its stop. Exits with a message when the
     * directory is in use or cannot be used.
     *
     * @return the data directory's parent (where the session key lives), or empty for an external database
     */
    public static Optional<Path> startUnlessConfigured() {
        if (EmbeddedDatabase.externalUrlConfigured(System.getenv(), System.getProperty(EmbeddedDatabase.URL_PROPERTY))) {
            return Optional.empty();
        }
        Path dir = EmbeddedDatabase.dataDirectory(System.getenv());
        ClusterDirectory cluster;
        int port;
        try {
            cluster = EmbeddedDatabase.prepare(dir);
            port = EmbeddedDatabase.configuredPort(System.getenv());
            port = port > 0 ? port : EmbeddedDatabase.freePort();
        } catch (EmbeddedDatabase.DataDirectoryInUseException e) {
            System.err.println("ClaimDesk cannot start: " + e.getMessage());
            System.exit(1);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            System.err.println("ClaimDesk cannot use the embedded PostgreSQL in " + dir.toAbsolutePath() + ": " + e.getMessage());
            System.exit(1);
            return Optional.empty();
        }
        long begun = System.nanoTime();
        int chosenPort = port;
        starting = CompletableFuture.supplyAsync(() -> launch(cluster, chosenPort, begun), EmbeddedServer::startThread);
        // in dev mode the driver cannot load the application's socket factory: start in line there
        boolean inBackground = AwaitingSocketFactory.loadableByDriver();
        if (!inBackground) {
            awaitOrExit();
        }
        String url = "jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.DATABASE + "?user=" + EmbeddedDatabase.USER
                + (inBackground ? "&socketFactory=" + AwaitingSocketFactory.class.getName() : "");
        EmbeddedDatabase.quarkusConfigFor(url).forEach(System::setProperty);
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedServer::stopAfterQuarkus, "embedded-postgres-stop"));
        return Optional.of(cluster.path().getParent());
    }

    private static EmbeddedDatabase launch(ClusterDirectory cluster, int port, long begun) {
        try {
            return startedOn(cluster, port, begun);
        } catch (IOException | RuntimeException e) {
            System.err.println("ClaimDesk cannot start the embedded PostgreSQL in " + cluster.path() + ": " + e.getMessage());
            throw new CompletionException(e);
        }
    }

    /** Starts the server, makes sure the application's database exists, and watches the server. */
    private static EmbeddedDatabase startedOn(ClusterDirectory cluster, int port, long begun) throws IOException {
        EmbeddedDatabase db = EmbeddedDatabase.launch(cluster, port);
        db.ensureDatabase(EmbeddedDatabase.DATABASE);
        System.out.println("ClaimDesk: embedded PostgreSQL 17 on port " + db.port() + " ready after "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begun) + " ms, data in " + cluster.path());
        db.postmaster().onExit().thenRunAsync(() -> restartAfterCrash(db, cluster.path()), EmbeddedServer::startThread);
        return db;
    }

    /**
     * The server died while the desk runs (killed, out of memory): start it again on the same port
     * and directory; PostgreSQL recovers from its write-ahead log, and the pool reconnects.
     */
    private static void restartAfterCrash(EmbeddedDatabase dead, Path dir) {
        if (stopping) {
            return;
        }
        System.err.println("ClaimDesk: the embedded PostgreSQL (pid " + dead.postmaster().pid()
                + ") exited unexpectedly; starting it again on port " + dead.port() + ".");
        dead.releaseAfterCrash();
        Duration wait = Duration.ofSeconds(1);
        while (!stopping) {
            try {
                // its own server processes may outlive it for a moment and keep its shared memory
                Thread.sleep(wait.toMillis());
                ClusterDirectory cluster = EmbeddedDatabase.prepare(dir);
                starting = CompletableFuture.completedFuture(startedOn(cluster, dead.port(), System.nanoTime()));
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException e) {
                wait = wait.multipliedBy(2).compareTo(MAX_RESTART_WAIT) > 0 ? MAX_RESTART_WAIT : wait.multipliedBy(2);
                System.err.println("ClaimDesk: the embedded PostgreSQL did not start again (" + e.getMessage()
                        + "); next try in " + wait.toSeconds() + " s.");
            }
        }
    }

    private static void startThread(Runnable task) {
        Thread thread = new Thread(task, "embedded-postgres-start");
        thread.setDaemon(true);
        thread.start();
    }

    private static void awaitOrExit() {
        try {
            starting.join();
        } catch (CompletionException e) {
            System.exit(1);
        }
    }

    /**
     * Blocks until the embedded server accepts connections; returns at once when none is starting
     * (an external database, or the tests' own server).
     */
    static void awaitStarted() throws IOException {
        CompletableFuture<EmbeddedDatabase> pending = starting;
        if (pending == null || (pending.isDone() && !pending.isCompletedExceptionally())) {
            return;
        }
        try {
            pending.get(EmbeddedDatabase.START_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IOException("the embedded PostgreSQL did not start: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("the embedded PostgreSQL did not start within " + EmbeddedDatabase.START_WAIT.toMinutes()
                    + " minutes");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the embedded PostgreSQL", e);
        }
    }

    /**
     * Runs as a JVM shutdown hook beside Quarkus's own: waits until Quarkus has stopped (it lets
     * in-flight requests finish, then closes the connection pool), then stops the server.
     */
    private static void stopAfterQuarkus() {
        stopping = true;
        long deadline = System.nanoTime() + QUARKUS_STOP_WAIT.toNanos();
        while (ApplicationLifecycleManager.getCurrentApplication() != null && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        EmbeddedDatabase db;
        try {
            db = starting.get(EmbeddedDatabase.STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException | InterruptedException | RuntimeException e) {
            return; // it never started, or is still recovering: the next start stops what is left
        }
        try {
            db.stop();
            System.out.println("ClaimDesk: embedded PostgreSQL stopped cleanly.");
        } catch (IOException | RuntimeException e) {
            System.err.println("ClaimDesk: embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}

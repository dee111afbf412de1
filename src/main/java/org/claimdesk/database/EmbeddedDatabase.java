package org.claimdesk.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * A real PostgreSQL 17 started by the application when no database is configured, so that ClaimDesk
 * runs from one command on a machine with only a JDK. Its cluster lives in a data directory that
 * survives restarts and crashes; a second process on the same directory is refused.
 *
 * <p>Durable like any PostgreSQL: fsync, synchronous commit and full page writes are on (zonky
 * turns fsync off for tests), so an answered write survives a kill of the app, of the server, or of
 * both. A server left running by a ClaimDesk that was killed is stopped before the next start.
 */
public final class EmbeddedDatabase {

    public static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    public static final String URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
    /** Set to true while the app runs on the embedded server: demo accounts are only made there. */
    public static final String EMBEDDED_FLAG = "claimdesk.database.embedded";
    public static final String DATA_DIR_ENV = "CLAIMDESK_DATA_DIR";
    public static final String PORT_ENV = "CLAIMDESK_DB_PORT";
    public static final String DATABASE = "claimdesk";
    public static final String USER = "postgres";

    /** Crash recovery replays the write-ahead log since the last checkpoint: give it time. */
    static final Duration START_WAIT = Duration.ofMinutes(10);
    /** A fast shutdown writes a checkpoint; with fsync on that may take a while on a slow disk. */
    static final Duration STOP_WAIT = Duration.ofSeconds(60);

    /** Server settings that make an acknowledged commit durable; later {@code -c} options win over zonky's -F. */
    static final Map<String, String> DURABILITY = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final ProcessHandle postmaster;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, ProcessHandle postmaster) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.postmaster = postmaster;
    }

    static boolean externalUrlConfigured(Map<String, String> env, String urlProperty) {
        String fromEnv = env.get(URL_ENV);
        return (fromEnv != null && !fromEnv.isBlank()) || (urlProperty != null && !urlProperty.isBlank());
    }

    static Path dataDirectory(Map<String, String> env) {
        String configured = env.get(DATA_DIR_ENV);
        Path base = configured == null || configured.isBlank() ? Paths.get("data") : Paths.get(configured);
        return base.resolve("postgres");
    }

    static int configuredPort(Map<String, String> env) {
        String port = env.get(PORT_ENV);
        return port == null || port.isBlank() ? 0 : Integer.parseInt(port.trim());
    }

    /**
     * Starts (and on first use initialises) a cluster in {@code dataDirectory}, after clearing what a
     * crashed ClaimDesk left there.
     *
     * @param port 0 picks a free port, so the system PostgreSQL on 5432 is never in the way
     * @throws DataDirectoryInUseException when a live ClaimDesk (or this JVM) already runs it
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException {
        ClusterDirectory cluster = prepare(dataDirectory);
        return launch(cluster, port > 0 ? port : freePort());
    }

    /** The checks before a start, quick enough to run before anything else: see {@link ClusterDirectory#reclaim()}. */
    static ClusterDirectory prepare(Path dataDirectory) throws IOException {
        ClusterDirectory cluster = new ClusterDirectory(dataDirectory);
        Files.createDirectories(cluster.path());
        cluster.reclaim();
        if (cluster.initialised() && !cluster.shutDownCleanly()) {
            System.out.println("ClaimDesk: the embedded PostgreSQL in " + cluster.path() + " was not shut down cleanly"
                    + " (or is a restored backup): it replays its write-ahead log (recovery) before it accepts"
                    + " connections; waiting up to " + START_WAIT.toMinutes() + " minutes.");
        }
        return cluster;
    }

    /** Starts the server on a prepared directory; blocks until it accepts connections. */
    static EmbeddedDatabase launch(ClusterDirectory cluster, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(cluster.path())
                .setCleanDataDirectory(false)
                // ClaimDesk stops the server itself, after Quarkus has stopped; zonky's hook would race it
                .setRegisterShutdownHook(false)
                .setPGStartupWait(START_WAIT)
                .setPort(port)
                .setServerConfig("max_connections", "200");
        DURABILITY.forEach(builder::setServerConfig);
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            // this very JVM already runs a server on the directory
            throw new DataDirectoryInUseException(cluster.path());
        } catch (IllegalStateException e) {
            // zonky's lock file is held by another process that started in the meantime
            if (String.valueOf(e.getMessage()).contains("could not lock")) {
                throw new DataDirectoryInUseException(cluster.path());
            }
            throw e;
        }
        ProcessHandle postmaster = cluster.livePostmaster()
                .orElseThrow(() -> new IOException("PostgreSQL started but wrote no " + ClusterDirectory.POSTMASTER_PID));
        return new EmbeddedDatabase(postgres, cluster.path(), postmaster);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl(USER, database);
    }

    /** Creates {@code name} unless it exists; the application never uses the maintenance database. */
    public void ensureDatabase(String name) {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (r.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Drops and recreates {@code name}: tests start from an empty schema on a reused cluster. */
    public void recreateDatabase(String name) {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not recreate database " + name + ": " + e.getMessage(), e);
        }
    }

    /** A connection to the maintenance database as the superuser (backups, checks). */
    Connection superuserConnection() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    public Map<String, String> quarkusConfig(String database) {
        return quarkusConfigFor(jdbcUrl(database));
    }

    /** The datasource settings that point Quarkus at an embedded server with this URL. */
    static Map<String, String> quarkusConfigFor(String jdbcUrl) {
        return Map.of(
                URL_PROPERTY, jdbcUrl,
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", "",
                EMBEDDED_FLAG, "true");
    }

    /**
     * Fast shutdown: open sessions are ended, a checkpoint is written, the server exits. Waits for
     * the server process itself, longer than zonky's five seconds, so that nothing is left running.
     */
    public void stop() throws IOException {
        postgres.close();
        if (!ClusterDirectory.awaitExit(postmaster, STOP_WAIT)) {
            throw new IOException("PostgreSQL (pid " + postmaster.pid() + ") did not stop within " + STOP_WAIT.toSeconds()
                    + " s; the next start will stop it");
        }
    }

    /** The server's main process; when it exits, the server is gone. */
    ProcessHandle postmaster() {
        return postmaster;
    }

    /**
     * After the server died on its own: lets go of the directory (zonky's lock) without asking the
     * dead server to stop, so that a new server can start on it in this JVM.
     */
    void releaseAfterCrash() {
        // zonky's close runs pg_ctl stop, which fails on a dead server and would log that as an error
        java.util.logging.Logger zonky = java.util.logging.Logger.getLogger(EmbeddedPostgres.class.getName());
        java.util.logging.Level level = zonky.getLevel();
        zonky.setLevel(java.util.logging.Level.OFF);
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // the lock is released all the same
        } finally {
            zonky.setLevel(level);
        }
    }

    /** Another live process (a second ClaimDesk, say) holds the cluster in this directory. */
    public static final class DataDirectoryInUseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DataDirectoryInUseException(Path dir) {
            super("the data directory " + dir.toAbsolutePath()
                    + " is in use by another running ClaimDesk. Stop that one first, or set "
                    + DATA_DIR_ENV + " to another directory.");
        }
    }
}

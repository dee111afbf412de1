package org.claimdesk.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;

/**
 * Starts a real PostgreSQL 17 inside the application's process tree when no database is configured,
 * so that ClaimDesk runs from one command on a machine with only a JDK. Its cluster lives in a data
 * directory that survives restarts; a second process on the same directory is refused.
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

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Entry used by the server's main: does nothing when a JDBC URL is configured (environment or
     * system property); otherwise starts the embedded server, points Quarkus at it through system
     * properties and stops it when the JVM exits. On failure prints why and exits.
     *
     * @return the started server, or empty when an external database is configured
     */
    public static Optional<EmbeddedDatabase> startUnlessConfigured() {
        if (externalUrlConfigured(System.getenv(), System.getProperty(URL_PROPERTY))) {
            return Optional.empty();
        }
        Path dir = dataDirectory(System.getenv());
        EmbeddedDatabase db;
        try {
            db = start(dir, configuredPort(System.getenv()));
        } catch (DataDirectoryInUseException e) {
            System.err.println("ClaimDesk cannot start: " + e.getMessage());
            System.exit(1);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            System.err.println("ClaimDesk cannot start the embedded PostgreSQL in " + dir + ": " + e.getMessage());
            System.exit(1);
            return Optional.empty();
        }
        db.ensureDatabase(DATABASE);
        db.exportToSystemProperties(DATABASE);
        Runtime.getRuntime().addShutdownHook(new Thread(db::stopQuietly, "embedded-postgres-stop"));
        System.out.println("ClaimDesk: embedded PostgreSQL 17 on port " + db.port() + ", data in " + dir.toAbsolutePath());
        return Optional.of(db);
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

    private static int configuredPort(Map<String, String> env) {
        String port = env.get(PORT_ENV);
        return port == null || port.isBlank() ? 0 : Integer.parseInt(port.trim());
    }

    /**
     * Starts (and on first use initialises) a cluster in {@code dataDirectory}.
     *
     * @param port 0 picks a free port, so the system PostgreSQL on 5432 is never in the way
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // our own hook stops the server; zonky's would race it
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "200");
        if (port > 0) {
            builder.setPort(port);
        }
        try {
            return new EmbeddedDatabase(builder.start(), dataDirectory);
        } catch (java.nio.channels.OverlappingFileLockException e) {
            // this very JVM already runs a server on the directory
            throw new DataDirectoryInUseException(dataDirectory);
        } catch (IllegalStateException e) {
            // zonky's lock file is held by another process
            if (String.valueOf(e.getMessage()).contains("could not lock")) {
                throw new DataDirectoryInUseException(dataDirectory);
            }
            throw e;
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

    public Map<String, String> quarkusConfig(String database) {
        return Map.of(
                URL_PROPERTY, jdbcUrl(database),
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", "",
                EMBEDDED_FLAG, "true");
    }

    private void exportToSystemProperties(String database) {
        quarkusConfig(database).forEach(System::setProperty);
    }

    public void stop() throws IOException {
        postgres.close();
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (IOException | RuntimeException e) {
            System.err.println("ClaimDesk: embedded PostgreSQL did not stop cleanly: " + e.getMessage());
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

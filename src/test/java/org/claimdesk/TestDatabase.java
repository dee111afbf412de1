package org.claimdesk;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.claimdesk.database.EmbeddedDatabase;

/**
 * One embedded PostgreSQL for the whole test JVM (starting it is the slow part), with a fresh
 * {@code claimdesk_test} database per run. Every {@code @QuarkusTest} gets it; a test profile may
 * point its app at another database on the same server ({@link #recreateDatabase}, {@link #quarkusConfig}).
 */
@QuarkusTestResource(value = TestDatabase.class, restrictToAnnotatedClass = false)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "claimdesk_test";
    private static final Path DATA_DIR = Path.of("target", "test-postgres");
    /**
     * The running server's port. Each Quarkus restart (a test profile) loads this class again in a new
     * class loader, with fresh statics; a system property is what every loader of the JVM shares
     * (named outside claimdesk.*, which the app's config mapping would refuse as unknown).
     */
    private static final String PORT_PROPERTY = "org.claimdesk.TestDatabase.port";

    /** The shared server's port, started on first use and stopped when the JVM exits. */
    public static synchronized int port() {
        String running = System.getProperty(PORT_PROPERTY);
        if (running != null) {
            return Integer.parseInt(running);
        }
        EmbeddedDatabase server;
        try {
            server = EmbeddedDatabase.start(DATA_DIR, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.recreateDatabase(DATABASE);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
            } catch (IOException e) {
                // the JVM is exiting; nothing more to do
            }
        }));
        System.setProperty(PORT_PROPERTY, Integer.toString(server.port()));
        return server.port();
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database + "?user=" + EmbeddedDatabase.USER;
    }

    /** Drops and creates {@code database} on the shared server. */
    public static void recreateDatabase(String database) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"));
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not recreate database " + database + ": " + e.getMessage(), e);
        }
    }

    /** What points an app at {@code database} on the shared server, as the embedded launcher would. */
    public static Map<String, String> quarkusConfig(String database) {
        return Map.of(EmbeddedDatabase.URL_PROPERTY, jdbcUrl(database),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", "",
                EmbeddedDatabase.EMBEDDED_FLAG, "true");
    }

    @Override
    public Map<String, String> start() {
        return quarkusConfig(DATABASE);
    }

    @Override
    public void stop() {
        // kept for the next Quarkus app in this JVM; stopped by the shutdown hook
    }
}

package org.claimdesk;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.claimdesk.database.EmbeddedDatabase;

/**
 * One embedded PostgreSQL for the whole test JVM (starting it is the slow part), with a fresh
 * {@code claimdesk_test} database per run. Every {@code @QuarkusTest} gets it.
 */
@QuarkusTestResource(value = TestDatabase.class, restrictToAnnotatedClass = false)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "claimdesk_test";
    private static final Path DATA_DIR = Path.of("target", "test-postgres");

    private static EmbeddedDatabase server;

    /** The shared server, started on first use and stopped when the JVM exits. */
    public static synchronized EmbeddedDatabase server() {
        if (server == null) {
            try {
                server = EmbeddedDatabase.start(DATA_DIR, 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.recreateDatabase(DATABASE);
            EmbeddedDatabase started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.stop();
                } catch (IOException e) {
                    // the JVM is exiting; nothing more to do
                }
            }));
        }
        return server;
    }

    @Override
    public Map<String, String> start() {
        return server().quarkusConfig(DATABASE);
    }

    @Override
    public void stop() {
        // kept for the next Quarkus app in this JVM; stopped by the shutdown hook
    }
}

package org.claimdesk.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.claimdesk.PackagedApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app on its embedded database, killed under write load the ways an operator or the
 * kernel kills it: the JVM and every PostgreSQL process together (an out-of-memory kill of a
 * container), the JVM alone (its PostgreSQL lives on), and PostgreSQL alone (the app starts it
 * again). Each time, every write the app acknowledged is still there, the audit chain verifies,
 * and the desk is back without anyone's help.
 */
class CrashRecoveryIT {

    private static final String EDITOR = "editor:demo";
    private static final String ADMIN = "admin:demo";
    private static final Duration LOAD_WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dataDir;

    private Process app;
    private int port;
    private int starts;

    @AfterEach
    void stop() throws Exception {
        PackagedApp.stop(app);
    }

    @Test
    void everyAcknowledgedWriteSurvivesKillsOfTheAppItsDatabaseOrBoth() throws Exception {
        port = PackagedApp.freePort();
        Path cluster = dataDir.resolve("postgres");
        start();
        Set<Long> acknowledged = new HashSet<>();

        // 1. kill -9 of the JVM and all of its PostgreSQL at once, while writes are in flight
        try (WriteLoad load = new WriteLoad(port, EDITOR, 4, 500)) {
            load.awaitAcknowledged(40, LOAD_WAIT);
            List<ProcessHandle> everything = new java.util.ArrayList<>(ServerProcesses.all(cluster));
            everything.add(0, app.toHandle());
            ServerProcesses.killTogether(everything);
            ServerProcesses.awaitGone(everything);
            load.close();
            acknowledged.addAll(load.acknowledged());
        }
        Path recovered = start();
        assertThat(Files.readString(recovered)).contains("not shut down cleanly");
        assertAllPresent("kill -9 of the JVM and its PostgreSQL together", acknowledged);

        // 2. kill -9 of the JVM alone: its PostgreSQL is left running, and the next start stops it
        try (WriteLoad load = new WriteLoad(port, EDITOR, 4, 500)) {
            load.awaitAcknowledged(20, LOAD_WAIT);
            ProcessHandle orphan = ServerProcesses.postmaster(cluster);
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            load.close();
            acknowledged.addAll(load.acknowledged());
            assertThat(orphan.isAlive()).as("PostgreSQL outlives its killed JVM").isTrue();
        }
        Path reclaimed = start();
        assertThat(Files.readString(reclaimed)).contains("left running by a ClaimDesk that is gone");
        assertAllPresent("kill -9 of the JVM alone", acknowledged);

        // 3. kill -9 of every PostgreSQL process while the app runs: 503s, then the app restarts it
        try (WriteLoad load = new WriteLoad(port, EDITOR, 4, 2000)) {
            load.awaitAcknowledged(20, LOAD_WAIT);
            ServerProcesses.killTogether(ServerProcesses.all(cluster));
            load.awaitStatus(503, 1, LOAD_WAIT);
            load.awaitAcknowledged(20, LOAD_WAIT); // back without a restart of the app
            load.close();
            acknowledged.addAll(load.acknowledged());
            assertThat(load.unavailableResponses()).allSatisfy(r -> assertThat(r.headers().firstValue("Retry-After")).isPresent());
        }
        assertThat(app.isAlive()).isTrue();
        assertAllPresent("kill -9 of PostgreSQL alone", acknowledged);
    }

    private void assertAllPresent(String what, Set<Long> acknowledged) throws Exception {
        List<Long> missing = WriteLoad.missing(port, EDITOR, acknowledged);
        System.out.printf("%s: %d writes acknowledged so far, %d present%n", what, acknowledged.size(),
                acknowledged.size() - missing.size());
        assertThat(missing).as("acknowledged writes missing after " + what).isEmpty();
        assertThat(WriteLoad.verifyAudit(port, ADMIN).get("ok").asBoolean()).as("audit chain after " + what).isTrue();
    }

    private Path start() throws Exception {
        Path log = dataDir.resolve("start-" + (++starts) + ".log");
        app = PackagedApp.start(log, Map.of("CLAIMDESK_DATA_DIR", dataDir.toString(),
                "QUARKUS_HTTP_PORT", Integer.toString(port)), "-Xmx256m");
        PackagedApp.awaitReady(port, app);
        return log;
    }
}

package org.claimdesk.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.claimdesk.PackagedApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup FILE} while the desk runs and takes writes, {@code restore FILE} into an empty data
 * directory, and a desk started on the restored directory: every write acknowledged before the
 * backup began is there, and its audit chain verifies.
 */
class BackupIT {

    private static final String EDITOR = "editor:demo";
    private static final String ADMIN = "admin:demo";
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Duration COMMAND_WAIT = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    private Process app;

    @AfterEach
    void stop() throws Exception {
        PackagedApp.stop(app);
    }

    @Test
    void aBackupTakenWhileTheDeskRunsRestoresToADeskWhoseAuditChainVerifies() throws Exception {
        Path original = dir.resolve("original");
        Path restored = dir.resolve("restored");
        Path backup = dir.resolve("desk-backup.zip");
        int port = PackagedApp.freePort();
        app = start(original, port, "original.log");

        Set<Long> before;
        try (WriteLoad load = new WriteLoad(port, EDITOR, 2, 20)) {
            load.awaitAcknowledged(40, WAIT);
            load.close();
            before = load.acknowledged();
        }
        Set<Long> during;
        try (WriteLoad load = new WriteLoad(port, EDITOR, 2, 200)) {
            load.awaitAcknowledged(5, WAIT);
            Path log = dir.resolve("backup.log");
            assertThat(PackagedApp.runCommand(log, env(original), COMMAND_WAIT, "backup", backup.toString()))
                    .as(Files.readString(log)).isZero();
            assertThat(Files.readString(log)).contains("Backup written to");
            load.close();
            during = load.acknowledged();
        }
        Path again = dir.resolve("backup-again.log");
        assertThat(PackagedApp.runCommand(again, env(original), COMMAND_WAIT, "backup", backup.toString())).isNotZero();
        assertThat(Files.readString(again)).contains("exists");
        app.destroy();
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();

        Path restoreLog = dir.resolve("restore.log");
        assertThat(PackagedApp.runCommand(restoreLog, env(restored), COMMAND_WAIT, "restore", backup.toString()))
                .as(Files.readString(restoreLog)).isZero();
        Path twice = dir.resolve("restore-again.log");
        assertThat(PackagedApp.runCommand(twice, env(restored), COMMAND_WAIT, "restore", backup.toString())).isNotZero();
        assertThat(Files.readString(twice)).contains("not empty");

        app = start(restored, port, "restored.log");
        List<Long> missing = WriteLoad.missing(port, EDITOR, before);
        List<Long> missingDuring = WriteLoad.missing(port, EDITOR, during);
        System.out.printf("backup: %d writes acknowledged before it began, %d present after restore;"
                + " %d acknowledged while it ran, %d present (%d MB)%n", before.size(), before.size() - missing.size(),
                during.size(), during.size() - missingDuring.size(), Files.size(backup) / 1_000_000);
        assertThat(missing).as("writes acknowledged before the backup began").isEmpty();
        assertThat(WriteLoad.verifyAudit(port, ADMIN).get("ok").asBoolean()).as("audit chain of the restored desk").isTrue();
    }

    private static Map<String, String> env(Path dataDir) {
        return Map.of("CLAIMDESK_DATA_DIR", dataDir.toString());
    }

    private Process start(Path dataDir, int port, String log) throws Exception {
        Process started = PackagedApp.start(dir.resolve(log), Map.of("CLAIMDESK_DATA_DIR", dataDir.toString(),
                "QUARKUS_HTTP_PORT", Integer.toString(port)), "-Xmx256m");
        PackagedApp.awaitReady(port, started);
        return started;
    }
}

package org.claimdesk.database.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return DatabaseCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aMissingFileIsAUsageError() {
        assertThat(run("backup")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Missing required parameter: 'FILE'").contains("--data-dir");
    }

    @Test
    void aBackupOfNoDatabaseSaysSo() {
        assertThat(run("backup", "--data-dir", dir.toString(), dir.resolve("b.zip").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("there is no embedded database in");
    }

    @Test
    void restoreRefusesWhatIsNotABackupAndADirectoryInUse() throws Exception {
        Path notABackup = Files.writeString(dir.resolve("notes.zip"), "not a zip");
        assertThat(run("restore", "--data-dir", dir.resolve("fresh").toString(), notABackup.toString())).isEqualTo(1);
        Files.createDirectories(dir.resolve("used").resolve("postgres"));
        Files.writeString(dir.resolve("used").resolve("postgres").resolve("PG_VERSION"), "17");
        assertThat(run("restore", "--data-dir", dir.resolve("used").toString(), notABackup.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not empty");
    }
}

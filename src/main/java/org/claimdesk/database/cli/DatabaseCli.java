package org.claimdesk.database.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.claimdesk.database.BaseBackup;
import org.claimdesk.database.EmbeddedDatabase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code backup FILE} and {@code restore FILE}: a consistent copy of the embedded database while the
 * desk runs (or not), and its return into an empty data directory. See {@link BaseBackup}.
 */
@Command(name = "claimdesk", subcommands = { DatabaseCli.Backup.class, DatabaseCli.Restore.class },
        mixinStandardHelpOptions = true)
public final class DatabaseCli {

    // held: java.util.logging keeps loggers weakly, and zonky's start-up chatter is not for a command line
    private static final Logger ZONKY = Logger.getLogger("io.zonky");

    /** Runs {@code args} ({@code backup FILE} or {@code restore FILE}); returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        ZONKY.setLevel(Level.WARNING);
        CommandLine commandLine = new CommandLine(new DatabaseCli());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + e.getMessage());
            return 1;
        });
        return commandLine.execute(args);
    }

    /** The data directory's default, as the server takes it: {@code CLAIMDESK_DATA_DIR}, else ./data. */
    static final String DATA_DIR_DEFAULT = "${env:" + EmbeddedDatabase.DATA_DIR_ENV + ":-data}";

    static Path cluster(Path dataDir) {
        return dataDir.resolve("postgres");
    }

    static void refuseExternal() {
        String url = System.getenv(EmbeddedDatabase.URL_ENV);
        if (url != null && !url.isBlank()) {
            throw new IllegalStateException(EmbeddedDatabase.URL_ENV + " is set: ClaimDesk runs on an external PostgreSQL,"
                    + " which its own tools (pg_dump, pg_basebackup) back up. These commands are for the embedded one.");
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Write a consistent copy of the embedded database to FILE (a zip), while the desk runs or not.")
    static final class Backup implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "the backup to write; must not exist")
        Path file;

        @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = DATA_DIR_DEFAULT,
                description = "the desk's data directory (default: $CLAIMDESK_DATA_DIR, else ./data)")
        Path dataDir;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            refuseExternal();
            BaseBackup.Summary done = BaseBackup.backup(cluster(dataDir), file);
            spec.commandLine().getOut().printf("Backup written to %s: %d files, %.1f MB, WAL %s to %s.%n", done.file(),
                    done.files(), done.bytes() / 1e6, done.startLsn(), done.stopLsn());
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Restore a backup into an empty data directory; the desk is not running there.")
    static final class Restore implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "a backup written by the backup command")
        Path file;

        @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = DATA_DIR_DEFAULT,
                description = "the data directory to restore into (default: $CLAIMDESK_DATA_DIR, else ./data)")
        Path dataDir;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            refuseExternal();
            BaseBackup.Restored done = BaseBackup.restore(file, cluster(dataDir));
            spec.commandLine().getOut().printf("Restored the backup of %s (PostgreSQL %s) into %s; its log is replayed."
                    + " Start ClaimDesk with %s=%s.%n", done.created(), done.serverVersion(), done.directory(),
                    EmbeddedDatabase.DATA_DIR_ENV, dataDir);
            return 0;
        }
    }
}

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

    /** The data directory, as the server takes it, and the checks both commands make. */
    static final class DataDirectory {

        @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:" + EmbeddedDatabase.DATA_DIR_ENV + ":-data}",
                description = "the desk's data directory (default: $CLAIMDESK_DATA_DIR, else ./data)")
        Path dataDir;

        @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
        CommandLine.Model.CommandSpec spec;

        /** The cluster inside it; refuses when the desk is set up for an external database. */
        Path cluster() {
            String url = System.getenv(EmbeddedDatabase.URL_ENV);
            if (url != null && !url.isBlank()) {
                throw new IllegalStateException(EmbeddedDatabase.URL_ENV + " is set: ClaimDesk runs on an external"
                        + " PostgreSQL, which its own tools (pg_dump, pg_basebackup) back up. These commands are for the"
                        + " embedded one.");
            }
            return dataDir.resolve("postgres");
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Write a consistent copy of the embedded database to FILE (a zip), while the desk runs or not.")
    static final class Backup implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "the backup to write; must not exist")
        Path file;

        @CommandLine.Mixin
        DataDirectory dir;

        @Override
        public Integer call() throws Exception {
            BaseBackup.Summary done = BaseBackup.backup(dir.cluster(), file);
            dir.out().printf("Backup written to %s: %d files, %.1f MB, WAL %s to %s.%n", done.file(),
                    done.files(), done.bytes() / 1e6, done.startLsn(), done.stopLsn());
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Restore a backup into an empty data directory; the desk is not running there.")
    static final class Restore implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "a backup written by the backup command")
        Path file;

        @CommandLine.Mixin
        DataDirectory dir;

        @Override
        public Integer call() throws Exception {
            BaseBackup.Restored done = BaseBackup.restore(file, dir.cluster());
            dir.out().printf("Restored the backup of %s (PostgreSQL %s) into %s; its log is replayed."
                    + " Start ClaimDesk with %s=%s.%n", done.created(), done.serverVersion(), done.directory(),
                    EmbeddedDatabase.DATA_DIR_ENV, dir.dataDir);
            return 0;
        }
    }
}

package org.claimdesk.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What a PostgreSQL cluster directory says about its last use: who holds it, whether a server still
 * runs on it, whether it was shut down cleanly. Used before the embedded server starts, so that a
 * crash of ClaimDesk (or of the whole machine) never needs a human to clean up.
 */
final class ClusterDirectory {

    /** zonky's lock file: held by the JVM that runs a server on this directory for as long as it runs. */
    static final String OWNER_LOCK = "epg-lock";
    static final String POSTMASTER_PID = "postmaster.pid";
    /** Written by PostgreSQL's backup API: its presence means the directory is a restored backup. */
    static final String BACKUP_LABEL = "backup_label";

    // DBState values of pg_control (src/include/catalog/pg_control.h)
    private static final int DB_SHUTDOWNED = 1;
    private static final int DB_SHUTDOWNED_IN_RECOVERY = 2;
    private static final int STATE_OFFSET = 16; // after system_identifier, pg_control_version, catalog_version_no

    private static final Duration ORPHAN_FAST_STOP = Duration.ofSeconds(60);
    private static final Duration ORPHAN_FORCED_STOP = Duration.ofSeconds(10);

    private final Path dir;

    ClusterDirectory(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    Path path() {
        return dir;
    }

    boolean initialised() {
        return Files.exists(dir.resolve("PG_VERSION"));
    }

    /**
     * Makes the directory ready for a new server: refuses when a live ClaimDesk holds it; stops a
     * PostgreSQL that a ClaimDesk which is gone left running on it; removes a {@code postmaster.pid}
     * that names an unrelated process (a reused pid would make PostgreSQL refuse to start).
     *
     * @throws EmbeddedDatabase.DataDirectoryInUseException when another live ClaimDesk (or this JVM) runs it
     */
    void reclaim() throws IOException {
        if (!initialised()) {
            return;
        }
        Path lockFile = dir.resolve(OWNER_LOCK);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new EmbeddedDatabase.DataDirectoryInUseException(dir);
            }
            // held while we look, so that no other ClaimDesk starts on the directory meanwhile
            Optional<ProcessHandle> server = livePostmaster();
            if (server.isPresent()) {
                if (runsOn(server.get())) {
                    stopOrphan(server.get());
                } else {
                    Files.deleteIfExists(dir.resolve(POSTMASTER_PID));
                }
            }
        } catch (OverlappingFileLockException e) {
            throw new EmbeddedDatabase.DataDirectoryInUseException(dir);
        }
    }

    /** Whether a live ClaimDesk (another process, or this JVM) runs a server on the directory now. */
    boolean ownedByLiveProcess() throws IOException {
        Path lockFile = dir.resolve(OWNER_LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    /** The port in {@code postmaster.pid} of the server running on the directory, if one does. */
    Optional<Integer> runningPort() throws IOException {
        List<String> lines = postmasterPidLines();
        if (lines.size() < 4 || livePostmaster().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(lines.get(3).trim()));
    }

    /**
     * Whether the last server on the directory stopped cleanly. False after a crash (PostgreSQL will
     * replay its write-ahead log before it accepts connections) and for a restored backup.
     */
    boolean shutDownCleanly() {
        if (Files.exists(dir.resolve(BACKUP_LABEL))) {
            return false;
        }
        try (FileChannel control = FileChannel.open(dir.resolve("global").resolve("pg_control"))) {
            ByteBuffer state = ByteBuffer.allocate(4).order(ByteOrder.nativeOrder());
            if (control.read(state, STATE_OFFSET) < 4) {
                return true;
            }
            int value = state.flip().getInt();
            return value == DB_SHUTDOWNED || value == DB_SHUTDOWNED_IN_RECOVERY;
        } catch (IOException e) {
            return true; // not a cluster yet (initdb runs first): nothing to recover
        }
    }

    /** The live process that {@code postmaster.pid} names, if any (it may no longer be a PostgreSQL). */
    Optional<ProcessHandle> livePostmaster() throws IOException {
        List<String> lines = postmasterPidLines();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty(); // a half-written file: the server that wrote it did not get far
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }

    private List<String> postmasterPidLines() throws IOException {
        try {
            return Files.readAllLines(dir.resolve(POSTMASTER_PID));
        } catch (NoSuchFileException e) {
            return List.of();
        }
    }

    /** Whether {@code process} is a PostgreSQL server working in this directory. */
    boolean runsOn(ProcessHandle process) {
        // the postmaster chdir()s into its data directory; Linux shows it as /proc/PID/cwd
        Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
        try {
            if (Files.isSymbolicLink(cwd) && sameFile(Files.readSymbolicLink(cwd), dir)) {
                return true;
            }
        } catch (IOException | SecurityException e) {
            // fall back to the command line
        }
        List<String> args = process.info().arguments().map(List::of).orElse(List.of());
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals("-D") && sameFile(Path.of(args.get(i + 1)), dir)) {
                return process.info().command().map(c -> c.endsWith("postgres")).orElse(true);
            }
        }
        return false;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return a.isAbsolute() && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Fast shutdown (SIGINT) as {@code pg_ctl stop -m fast} does; immediate, then kill, if it hangs. */
    private void stopOrphan(ProcessHandle server) throws IOException {
        System.out.println("ClaimDesk: a PostgreSQL (pid " + server.pid() + ") left running by a ClaimDesk that is gone"
                + " still holds " + dir + "; stopping it before starting again.");
        for (String signal : List.of("INT", "QUIT", "KILL")) {
            signal(server, signal);
            if (awaitExit(server, signal.equals("INT") ? ORPHAN_FAST_STOP : ORPHAN_FORCED_STOP)) {
                return;
            }
        }
        throw new IOException("the PostgreSQL (pid " + server.pid() + ") left running on " + dir
                + " did not stop; stop it by hand");
    }

    static void signal(ProcessHandle process, String signal) throws IOException {
        try {
            new ProcessBuilder("kill", "-s", signal, Long.toString(process.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while signalling pid " + process.pid(), e);
        }
    }

    static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        }
    }
}

package org.claimdesk.database;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A consistent copy of the embedded cluster while it runs, with PostgreSQL's own base-backup API:
 * {@code pg_backup_start}, a copy of the data directory, {@code pg_backup_stop}, then the
 * write-ahead log from the backup's start to its end (kept by a temporary replication slot while
 * the copy runs). Restored into an empty directory, the server replays that log on its first start
 * and is exactly as it was when the backup ended. One zip file; no pg_dump needed.
 */
public final class BaseBackup {

    static final String MANIFEST = "claimdesk-backup.properties";
    static final String FORMAT = "claimdesk-base-backup-1";

    /** Directories whose contents a base backup leaves out (as pg_basebackup does); the directories stay. */
    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_dynshmem", "pg_notify", "pg_replslot", "pg_serial",
            "pg_snapshots", "pg_stat_tmp", "pg_subtrans");
    /** Files that belong to the running server, not to the data. */
    private static final Set<String> LEFT_OUT = Set.of(ClusterDirectory.POSTMASTER_PID, "postmaster.opts",
            ClusterDirectory.BACKUP_LABEL, "tablespace_map", "pg_internal.init", "current_logfiles",
            ClusterDirectory.OWNER_LOCK);
    private static final String PG_CONTROL = "global/pg_control";

    /** What a backup wrote. */
    public record Summary(Path file, int files, long bytes, String startLsn, String stopLsn) {
    }

    /** What a restore found. */
    public record Restored(Path directory, String created, String serverVersion) {
    }

    private BaseBackup() {
    }

    /**
     * Backs up the cluster in {@code dataDirectory} to {@code target} (which must not exist). Uses the
     * running ClaimDesk's server when there is one; otherwise starts the server for the copy.
     */
    public static Summary backup(Path dataDirectory, Path target) throws IOException, SQLException {
        ClusterDirectory cluster = new ClusterDirectory(dataDirectory);
        if (!cluster.initialised()) {
            throw new IOException("there is no embedded database in " + cluster.path());
        }
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target + " exists; choose another name or remove it first");
        }
        if (cluster.ownedByLiveProcess()) {
            int port = cluster.runningPort().orElseThrow(() -> new IOException(
                    "the ClaimDesk on " + cluster.path() + " is still starting its database; try again in a moment"));
            try (Connection c = new org.postgresql.Driver().connect(
                    "jdbc:postgresql://localhost:" + port + "/postgres", credentials())) {
                return copy(c, cluster.path(), target);
            }
        }
        EmbeddedDatabase db = EmbeddedDatabase.start(cluster.path(), 0);
        try (Connection c = db.superuserConnection()) {
            return copy(c, cluster.path(), target);
        } finally {
            db.stop();
        }
    }

    private static Properties credentials() {
        Properties p = new Properties();
        p.setProperty("user", EmbeddedDatabase.USER);
        p.setProperty("ApplicationName", "claimdesk-backup");
        return p;
    }

    private static Summary copy(Connection c, Path dataDir, Path target) throws IOException, SQLException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        String slot = "claimdesk_backup_" + ProcessHandle.current().pid();
        String version;
        String startLsn;
        String startWal;
        int files;
        String stopLsn;
        String label;
        try (Statement s = c.createStatement()) {
            version = single(s, "SHOW server_version");
            // a temporary slot keeps every WAL segment from here on until the copy is done
            s.execute("SELECT pg_create_physical_replication_slot('" + slot + "', true, true)");
            try (ResultSet r = s.executeQuery("SELECT lsn, pg_walfile_name(lsn) FROM pg_backup_start('claimdesk', true) AS lsn")) {
                r.next();
                startLsn = r.getString(1);
                startWal = r.getString(2);
            }
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(file, 1 << 16))) {
            zip.setLevel(Deflater.BEST_SPEED);
            files = copyTree(dataDir, dataDir, zip);
            addFile(zip, dataDir, dataDir.resolve(PG_CONTROL)); // last, as pg_basebackup does
            files++;
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT lsn, labelfile FROM pg_backup_stop(false)")) {
                r.next();
                stopLsn = r.getString(1);
                label = r.getString(2);
            }
            String lastWal;
            try (PreparedStatement p = c.prepareStatement("SELECT pg_walfile_name(pg_current_wal_lsn())");
                    ResultSet r = p.executeQuery()) {
                r.next();
                lastWal = r.getString(1);
            }
            addText(zip, ClusterDirectory.BACKUP_LABEL, label);
            files += copyWal(dataDir.resolve("pg_wal"), startWal, lastWal, zip);
            Properties manifest = new Properties();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("created", Instant.now().toString());
            manifest.setProperty("server_version", version);
            manifest.setProperty("start_lsn", startLsn);
            manifest.setProperty("stop_lsn", stopLsn);
            java.io.StringWriter text = new java.io.StringWriter();
            manifest.store(text, "ClaimDesk base backup: restore with `restore FILE` into an empty data directory");
            addText(zip, MANIFEST, text.toString());
            zip.finish();
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_drop_replication_slot('" + slot + "') FROM pg_replication_slots WHERE slot_name = '"
                        + slot + "'");
            } catch (SQLException e) {
                // a temporary slot goes with the session anyway
            }
        }
        try (FileChannel written = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            written.force(true); // on disk before it takes the name a restore will look for
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return new Summary(target, files, Files.size(target), startLsn, stopLsn);
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static int copyTree(Path root, Path dir, ZipOutputStream zip) throws IOException {
        int count = 0;
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(children::add);
        } catch (NoSuchFileException gone) {
            return 0; // dropped while we copy: its WAL records recreate whatever matters
        }
        children.sort(null);
        for (Path child : children) {
            String name = child.getFileName().toString();
            String relative = root.relativize(child).toString().replace('\\', '/');
            if (LEFT_OUT.contains(name) || name.startsWith("pgsql_tmp") || relative.equals(PG_CONTROL)) {
                continue;
            }
            if (Files.isDirectory(child)) {
                zip.putNextEntry(new ZipEntry(relative + "/"));
                zip.closeEntry();
                if (!(dir.equals(root) && EMPTIED.contains(name))) {
                    count += copyTree(root, child, zip);
                }
            } else if (Files.isRegularFile(child)) {
                count += addFile(zip, root, child) ? 1 : 0;
            }
        }
        return count;
    }

    /** Copies one file as it is now; the server may be writing it (WAL replay repairs torn pages). */
    private static boolean addFile(ZipOutputStream zip, Path root, Path file) throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException gone) {
            return false;
        }
        try (in) {
            zip.putNextEntry(new ZipEntry(root.relativize(file).toString().replace('\\', '/')));
            in.transferTo(zip);
            zip.closeEntry();
            return true;
        }
    }

    private static int copyWal(Path walDir, String first, String last, ZipOutputStream zip) throws IOException {
        List<Path> segments = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(walDir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                // 24 hex digits: timeline, log, segment; sorted by name is sorted by position
                if (name.matches("[0-9A-F]{24}") && name.compareTo(first) >= 0 && name.compareTo(last) <= 0) {
                    segments.add(p);
                }
            }
        }
        segments.sort(null);
        for (Path segment : segments) {
            addFile(zip, walDir.getParent(), segment);
        }
        return segments.size();
    }

    private static void addText(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /**
     * Unpacks {@code backup} into {@code dataDirectory}, which must be empty or absent, then starts
     * the server once so that it replays the backup's write-ahead log, and stops it cleanly.
     */
    public static Restored restore(Path backup, Path dataDirectory) throws IOException, SQLException {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        if (Files.exists(dir)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                if (entries.iterator().hasNext()) {
                    throw new IOException(dir + " is not empty: restore writes into an empty data directory only."
                            + " Move the old one away, or set " + EmbeddedDatabase.DATA_DIR_ENV + " to a new directory.");
                }
            }
        }
        Properties manifest = new Properties();
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            if (manifestEntry == null || zip.getEntry(ClusterDirectory.BACKUP_LABEL) == null || zip.getEntry(PG_CONTROL) == null) {
                throw new IOException(backup + " is not a ClaimDesk backup (made with the backup command)");
            }
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest.load(in);
            }
            if (!FORMAT.equals(manifest.getProperty("format"))) {
                throw new IOException(backup + " has an unknown backup format: " + manifest.getProperty("format"));
            }
            Files.createDirectories(dir);
            ownerOnly(dir, true);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().equals(MANIFEST)) {
                    continue;
                }
                Path out = dir.resolve(entry.getName()).normalize();
                if (!out.startsWith(dir)) {
                    throw new IOException(backup + " names a file outside the data directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    ownerOnly(out, true);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, out);
                    }
                    ownerOnly(out, false);
                }
            }
        }
        Files.createDirectories(dir.resolve("pg_wal").resolve("archive_status"));
        // replay now, so that a damaged backup is found at restore time, not at the next start
        EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0);
        try (Connection c = db.superuserConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + EmbeddedDatabase.DATABASE + "'")) {
            r.next();
            if (r.getInt(1) != 1) {
                throw new IOException(backup + " holds no " + EmbeddedDatabase.DATABASE + " database");
            }
        } finally {
            db.stop();
        }
        return new Restored(dir, manifest.getProperty("created"), manifest.getProperty("server_version"));
    }

    /** PostgreSQL refuses a data directory that others can read. */
    private static void ownerOnly(Path path, boolean directory) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the file system has no POSIX permissions
        }
    }
}

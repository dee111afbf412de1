package org.claimdesk.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Keeps the key that encrypts page-session cookies in the local data directory, so that a restart
 * of a one-machine install does not sign everyone out. Deployments with several replicas set
 * {@code QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY} instead, shared by all of them.
 */
public final class SessionKey {

    static final String PROPERTY = "quarkus.http.auth.session.encryption-key";
    static final String ENV = "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY";

    private SessionKey() {
    }

    public static void useLocalKeyUnlessConfigured(Path dataDir) {
        if (System.getenv(ENV) != null || System.getProperty(PROPERTY) != null) {
            return;
        }
        try {
            System.setProperty(PROPERTY, readOrCreate(dataDir.resolve("session.key")));
        } catch (IOException e) {
            System.err.println("ClaimDesk: no persistent session key (" + e.getMessage()
                    + "); sessions end when the server restarts.");
        }
    }

    static String readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String key = Base64.getEncoder().encodeToString(bytes);
        Files.createDirectories(file.getParent());
        Files.writeString(file, key);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the file system has no POSIX permissions; the directory's own protection applies
        }
        return key;
    }
}

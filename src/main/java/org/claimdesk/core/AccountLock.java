package org.claimdesk.core;

import io.quarkus.security.AuthenticationFailedException;
import java.util.Map;

/**
 * A sign-in refused because the name is locked after too many failures, whatever the password. Its
 * message (when the lock ends) may be shown; other authentication failures are never detailed.
 */
public final class AccountLock {

    private static final String ATTRIBUTE = "claimdesk.locked";

    private AccountLock() {
    }

    /** The failure the sign-in check throws for a locked name. */
    public static AuthenticationFailedException failure(String message) {
        return new AuthenticationFailedException(message, Map.of(ATTRIBUTE, true));
    }

    /** Whether a failure is a lock (its message may be shown) rather than bad credentials. */
    public static boolean isLock(Throwable failure) {
        return failure instanceof AuthenticationFailedException afe && Boolean.TRUE.equals(afe.getAttribute(ATTRIBUTE));
    }
}

package org.claimdesk.user;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.claimdesk.ClaimDeskConfig;
import org.claimdesk.audit.AuditLog;

/**
 * Locks a name for a while after too many failed sign-ins in a row. Each method runs in its own
 * transaction because it is called from the authentication path, outside any request transaction.
 */
@ApplicationScoped
public class LoginGuard {

    /** Names longer than the column cannot belong to a user; they share one throttle row. */
    private static final int MAX_NAME = 64;

    @Inject
    ClaimDeskConfig config;

    @Inject
    AuditLog auditLog;

    Clock clock = Clock.systemUTC();

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** Where a name stands before a sign-in: locked (until when) and whether failures are counted. */
    public record State(Optional<Instant> lockedUntil, boolean hasFailures) {
    }

    public State state(String username) {
        String key = key(username);
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> {
            LoginThrottle t = LoginThrottle.findById(key);
            if (t == null) {
                return new State(Optional.empty(), false);
            }
            return new State(t.lockedAt(now) ? Optional.of(t.lockedUntil) : Optional.empty(), t.failures > 0);
        });
    }

    /** The words a locked name is told, or empty when it is not locked. */
    public Optional<String> lockMessage(String username) {
        return state(username).lockedUntil().map(LoginGuard::lockMessage);
    }

    static String lockMessage(Instant until) {
        return "This account is locked after too many failed sign-ins in a row. Try again after "
                + TIME.format(until) + ".";
    }

    /** Counts a failure; the failure that reaches the limit locks the name and is audited. */
    public void recordFailure(String username) {
        String key = key(username);
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            // insert-or-keep, then lock the row: concurrent failures for one name count one by one
            LoginThrottle.getEntityManager()
                    .createNativeQuery("INSERT INTO login_throttle (username, failures) VALUES (?1, 0)"
                            + " ON CONFLICT (username) DO NOTHING")
                    .setParameter(1, key)
                    .executeUpdate();
            LoginThrottle t = LoginThrottle.getEntityManager()
                    .find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
            if (t.lockedUntil != null && !t.lockedAt(now)) {
                // an expired lock starts a fresh count
                t.failures = 0;
                t.lockedUntil = null;
            }
            t.failures++;
            t.lastFailureAt = now;
            if (t.failures >= config.login().maxFailures() && t.lockedUntil == null) {
                t.lockedUntil = now.plus(config.login().lockDuration());
                auditLog.record("system", "LOGIN_LOCKED", AuditLog.USER, null, null,
                        Map.of("username", key, "lockedUntil", t.lockedUntil.toString()),
                        t.failures + " failed sign-ins in a row");
            }
        });
    }

    /** A successful sign-in clears the count (only written when there was one). */
    public void recordSuccess(String username) {
        String key = key(username);
        QuarkusTransaction.requiringNew().run(() -> LoginThrottle.delete("username", key));
    }

    private static String key(String username) {
        String name = username == null ? "" : username;
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }
}

package org.claimdesk.user;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Consecutive failed sign-ins for one name tried. Kept per name rather than per account so that a
 * lock looks the same for names that do not exist: the lock tells an attacker nothing.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String username;

    @Column(nullable = false)
    public int failures;

    @Column(name = "last_failure_at")
    public Instant lastFailureAt;

    @Column(name = "locked_until")
    public Instant lockedUntil;

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}

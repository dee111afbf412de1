package org.claimdesk.core;

import java.util.Collection;
import java.util.Set;

/**
 * Who is acting: the signed-in name, roles and account id, resolved once per request (see
 * {@code user.CurrentActor}) and handed to services, which decide what the actor may do.
 *
 * @param userId the account's id, or null for the system (scheduled jobs)
 */
public record Actor(String username, Set<Role> roles, Long userId) {

    /** The desk itself, for work no person started (lease expiry). */
    public static final Actor SYSTEM = new Actor("system", Set.of(), null);

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Collection<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /** Whether this actor is the account {@code id} (null never is anyone). */
    public boolean is(Long id) {
        return userId != null && userId.equals(id);
    }

    /** Throws unless the actor holds one of {@code wanted}. */
    public void require(Collection<Role> wanted) {
        if (!hasAny(wanted)) {
            throw NotPermittedException.role();
        }
    }
}

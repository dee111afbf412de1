package org.claimdesk.user;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.claimdesk.core.Actor;
import org.claimdesk.core.Role;

/**
 * The signed-in user of this request as an {@link Actor}: name and roles from the security layer,
 * the account id looked up once and kept for the rest of the request.
 */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityIdentity identity;

    private Actor actor;

    public Actor get() {
        if (actor == null) {
            actor = of(identity);
        }
        return actor;
    }

    /** The actor for an identity (anonymous: no name, no roles). */
    public static Actor of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return new Actor("", Set.of(), null);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        identity.getRoles().forEach(r -> Role.parse(r).ifPresent(roles::add));
        String name = identity.getPrincipal().getName();
        return new Actor(name, roles, ID_OF.computeIfAbsent(name, n -> User.idOf(n).orElse(null)));
    }

    /**
     * Account ids by name: an account keeps its id for good (accounts are never deleted or renamed), so
     * a busy API client's calls need not ask the database for it each time.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Long> ID_OF =
            new java.util.concurrent.ConcurrentHashMap<>();
}

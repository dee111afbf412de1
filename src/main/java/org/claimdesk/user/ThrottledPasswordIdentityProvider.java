package org.claimdesk.user;

import io.quarkus.arc.InjectableInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Puts the failed-sign-in lock in front of quarkus-security-jpa's password check (which stays the
 * only place passwords are verified): a locked name fails at once, a wrong password counts towards
 * the lock, a good one clears the count. Runs first through its priority; an
 * {@link AuthenticationFailedException} stops the chain, so the JPA provider is never asked twice.
 */
@ApplicationScoped
public class ThrottledPasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(ThrottledPasswordIdentityProvider.class);
    private static final String LOCKED_ATTRIBUTE = "claimdesk.locked";

    @Inject
    LoginGuard guard;

    @Inject
    @Any
    InjectableInstance<IdentityProvider<UsernamePasswordAuthenticationRequest>> providers;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        // above the default (SYSTEM_FIRST + 1) that the security-jpa provider has: a tie orders at random
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String name = request.getUsername();
        // one worker-thread task: the throttle needs the database, and so does the password check
        return context.runBlocking(() -> {
            LoginGuard.State state = guard.state(name);
            if (state.lockedUntil().isPresent()) {
                throw locked(state.lockedUntil().get());
            }
            SecurityIdentity identity;
            try {
                identity = passwordCheck().authenticate(request, context).await().indefinitely();
            } catch (AuthenticationFailedException e) {
                guard.recordFailure(name);
                throw e;
            }
            if (state.hasFailures()) {
                guard.recordSuccess(name);
            }
            return identity;
        }).onFailure(failure -> !(failure instanceof AuthenticationFailedException))
                .invoke(failure -> LOG.warnf(failure, "sign-in check for '%s' failed", name));
    }

    /** The security-jpa provider: the other provider of this request type. */
    private IdentityProvider<UsernamePasswordAuthenticationRequest> passwordCheck() {
        for (var handle : providers.handles()) {
            if (handle.getBean().getBeanClass() != ThrottledPasswordIdentityProvider.class) {
                return handle.get();
            }
        }
        throw new IllegalStateException("no password identity provider (quarkus-security-jpa) is installed");
    }

    /** Sign-in refused because of earlier failures, whatever the password. */
    static AuthenticationFailedException locked(Instant until) {
        return new AuthenticationFailedException(LoginGuard.lockMessage(until), Map.of(LOCKED_ATTRIBUTE, true));
    }

    /** Whether a failure is a lock (its message may be shown) rather than bad credentials (never detailed). */
    public static boolean isLock(Throwable failure) {
        return failure instanceof AuthenticationFailedException afe && Boolean.TRUE.equals(afe.getAttribute(LOCKED_ATTRIBUTE));
    }
}

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
import org.claimdesk.core.AccountLock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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
        char[] typed = request.getPassword().getPassword();
        if (!UserService.possibleName(name) || new String(typed).getBytes(StandardCharsets.UTF_8).length
                > org.claimdesk.core.Inputs.MAX_PASSWORD_BYTES) {
            // no account can have this name or password: refuse without asking the database
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        String cacheKey = cacheKey(name, request.getPassword().getPassword());
        CachedIdentity cached = recent.get(cacheKey);
        if (cached != null && cached.validUntil() > System.nanoTime()) {
            return Uni.createFrom().item(cached.identity());
        }
        // the same name and password arriving on many connections at once (an API client's threads
        // when its remembered sign-in runs out) wait for one check instead of each running bcrypt
        CompletableFuture<SecurityIdentity> mine = new CompletableFuture<>();
        CompletableFuture<SecurityIdentity> running = checking.putIfAbsent(cacheKey, mine);
        if (running == null) {
            // the check runs to its end even if the request that started it goes away
            check(request, context, name, cacheKey).subscribe().with(identity -> {
                checking.remove(cacheKey, mine);
                mine.complete(identity);
            }, failure -> {
                checking.remove(cacheKey, mine);
                mine.completeExceptionally(failure);
            });
            running = mine;
        }
        return Uni.createFrom().completionStage(running)
                .onFailure(CompletionException.class).transform(Throwable::getCause)
                .ifNoItem().after(CHECK_WAIT).fail();
    }

    /** The throttle and then the password check, on a worker thread: both need the database. */
    private Uni<SecurityIdentity> check(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context, String name, String cacheKey) {
        return context.runBlocking(() -> {
            checksRun.incrementAndGet();
            LoginGuard.State state = guard.state(name);
            if (state.lockedUntil().isPresent()) {
                throw locked(state.lockedUntil().get());
            }
            SecurityIdentity identity;
            try {
                identity = passwordCheck().authenticate(request, context).await().indefinitely();
            } catch (AuthenticationFailedException e) {
                forget(name); // a wrong password ends what was remembered for the name
                guard.recordFailure(name);
                throw e;
            }
            if (state.hasFailures()) {
                guard.recordSuccess(name);
            }
            remember(cacheKey, identity);
            return identity;
        }).onFailure(failure -> !(failure instanceof AuthenticationFailedException))
                .invoke(failure -> LOG.warnf(failure, "sign-in check for '%s' failed", name));
    }

    /**
     * API clients send Basic credentials with every request and bcrypt is slow on purpose: a
     * successful check is remembered for a short while, keyed by a salted digest of the password
     * (never the password itself), so that a busy reviewer costs one bcrypt a minute, not one a call.
     */
    private record CachedIdentity(SecurityIdentity identity, long validUntil) {
    }

    private static final long CACHE_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final java.time.Duration CHECK_WAIT = java.time.Duration.ofSeconds(30);
    /** Checks running now, by cache key: a second request with the same credentials waits for the first. */
    private final ConcurrentHashMap<String, CompletableFuture<SecurityIdentity>> checking = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong checksRun = new java.util.concurrent.atomic.AtomicLong();

    /** How many sign-in checks (throttle and bcrypt) have run since start. */
    long checksRun() {
        return checksRun.get();
    }

    private static final int CACHE_MAX = 10_000;
    private final byte[] salt = new java.security.SecureRandom().generateSeed(16);
    private final ConcurrentHashMap<String, CachedIdentity> recent =
            new ConcurrentHashMap<>();

    private void remember(String key, SecurityIdentity identity) {
        if (recent.size() >= CACHE_MAX) {
            recent.clear();
        }
        recent.put(key, new CachedIdentity(identity, System.nanoTime() + CACHE_NANOS));
    }

    /** Forgets remembered sign-ins of a name (after its password or roles change). */
    public void forget(String username) {
        recent.keySet().removeIf(k -> k.startsWith(username + "\u0000"));
    }

    private String cacheKey(String username, char[] password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return username + "\u0000" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
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
        return AccountLock.failure(LoginGuard.lockMessage(until));
    }
}

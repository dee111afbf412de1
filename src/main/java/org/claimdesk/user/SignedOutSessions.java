package org.claimdesk.user;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Page sessions that were signed out, so that signing out ends a session on the server and not only
 * in the browser: a copied session cookie is refused afterwards, on every instance. Kept in the
 * database and in memory (checked on every page request without a query), reloaded every few
 * seconds so that a sign-out on one instance reaches the others.
 */
@ApplicationScoped
public class SignedOutSessions {

    private static final Logger LOG = Logger.getLogger(SignedOutSessions.class);
    /** Longer than a sign-in lasts: after that the session cookie is refused anyway. */
    static final Duration KEEP = Duration.ofHours(13);

    @Inject
    EntityManager em;

    private final Set<String> ended = ConcurrentHashMap.newKeySet();

    public boolean ended(String sessionId) {
        return ended.contains(hash(sessionId));
    }

    @Transactional
    public void end(String sessionId, String username) {
        String h = hash(sessionId);
        em.createNativeQuery("INSERT INTO signed_out_session (sid_hash, username) VALUES (?1, ?2)"
                + " ON CONFLICT (sid_hash) DO NOTHING").setParameter(1, h)
                .setParameter(2, username.length() > 64 ? username.substring(0, 64) : username).executeUpdate();
        ended.add(h);
    }

    @Scheduled(every = "5s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void reload() {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Instant since = Instant.now().minus(KEEP);
                @SuppressWarnings("unchecked")
                List<String> recent = em.createNativeQuery(
                        "SELECT sid_hash FROM signed_out_session WHERE ended_at > ?1").setParameter(1, since)
                        .getResultList();
                ended.addAll(recent.stream().map(String::strip).toList());
                if (ended.size() > recent.size() * 2 + 1000) {
                    ended.retainAll(Set.copyOf(recent));
                }
                em.createNativeQuery("DELETE FROM signed_out_session WHERE ended_at < ?1").setParameter(1, since)
                        .executeUpdate();
            });
        } catch (RuntimeException e) {
            LOG.debugf("signed-out sessions not reloaded: %s", e.getMessage());
        }
    }

    static String hash(String sessionId) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(sessionId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}

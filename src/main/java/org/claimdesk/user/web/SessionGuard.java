package org.claimdesk.user.web;

import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.claimdesk.user.SignedOutSessions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Page sessions that the server can end, and form tokens that belong to one session.
 *
 * <p>Quarkus' form sign-in keeps the user in an encrypted cookie that it renews by itself; on its
 * own, signing out only asks the browser to forget it. So a successful sign-in also gets a session
 * cookie: a random id and the user's name, signed with a key derived from the session key. Every page
 * request with a sign-in must carry a session cookie signed for the same user whose id was not
 * signed out ({@link SignedOutSessions}); otherwise the browser is sent to sign in again.
 *
 * <p>The CSRF token (quarkus-rest-csrf's double-submit cookie) is bound to that session by a third
 * cookie, an HMAC of the session id and the token, set only when the token was made during the
 * session; a form posted with a token of another session (or one planted in the browser) is refused.
 */
@ApplicationScoped
public class SessionGuard {

    public static final String SESSION_COOKIE = "claimdesk-session";
    public static final String BINDING_COOKIE = "claimdesk-form";
    static final String CREDENTIAL_COOKIE = "quarkus-credential";
    static final String CSRF_COOKIE = "csrf-token";
    /** What quarkus-rest-csrf keeps in the routing context: the token this request's forms carry. */
    private static final String CSRF_IN_USE = "csrf_token";

    @Inject
    SignedOutSessions signedOut;

    @Inject
    CurrentIdentityAssociation identities;

    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    Optional<String> sessionKey;

    private final SecureRandom random = new SecureRandom();
    private volatile byte[] key;

    /** A session as its cookie states it, once its signature checked out. */
    record Session(String id, String username) {
    }

    /** Before the sign-in handler (which answers the form post itself), so that its answer can start a session. */
    void register(@Observes Filters filters) {
        filters.register(this::filter, 300);
    }

    void filter(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (!isPage(path)) {
            rc.next();
            return;
        }
        Map<String, String> cookies = cookies(rc.request().getHeader(HttpHeaders.COOKIE));
        if ("/j_security_check".equals(path) && rc.request().method() == HttpMethod.POST) {
            rc.addHeadersEndHandler(v -> afterSignIn(rc));
            rc.next();
            return;
        }
        Session session = read(cookies.get(SESSION_COOKIE));
        if (cookies.containsKey(CREDENTIAL_COOKIE) && changes(rc.request().method())) {
            String csrf = cookies.get(CSRF_COOKIE);
            if (session == null || csrf == null || !constantEquals(mac("form", session.id(), csrf),
                    cookies.get(BINDING_COOKIE))) {
                rc.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8")
                        .putHeader(HttpHeaders.SET_COOKIE, expired(CSRF_COOKIE))
                        .end("This form was not made for your session. Reload the page and send it again.");
                return;
            }
        }
        if (session != null) {
            rc.addHeadersEndHandler(v -> bindFormToken(rc, session, cookies));
        }
        rc.next();
    }

    /**
     * Every page request with a sign-in: the session cookie must be signed for the signed-in user and
     * not signed out. Runs after sign-in is known (JAX-RS, pages only; the API signs in per request).
     */
    @ServerRequestFilter
    public Uni<Response> requireLiveSession(jakarta.ws.rs.container.ContainerRequestContext request,
            RoutingContext rc) {
        String path = rc.normalizedPath();
        // the sign-in page itself stays reachable, or a stale cookie would send the browser round in circles
        if (!isPage(path) || path.equals("/login") || rc.request().getCookie(CREDENTIAL_COOKIE) == null) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> check(identity, rc));
    }

    private Response check(SecurityIdentity identity, RoutingContext rc) {
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        io.vertx.core.http.Cookie cookie = rc.request().getCookie(SESSION_COOKIE);
        Session session = read(cookie == null ? null : cookie.getValue());
        if (session != null && session.username().equals(identity.getPrincipal().getName())
                && !signedOut.ended(session.id())) {
            return null;
        }
        return Response.seeOther(URI.create("/login?expired")).cookie(clear(CREDENTIAL_COOKIE), clear(SESSION_COOKIE),
                clear(BINDING_COOKIE), clear(CSRF_COOKIE)).build();
    }

    /** Ends the session the request carries; answers the cookies that make the browser forget it. */
    public List<NewCookie> signOut(String sessionCookie) {
        Session session = read(sessionCookie);
        if (session != null) {
            signedOut.end(session.id(), session.username());
        }
        return List.of(clear(CREDENTIAL_COOKIE), clear(SESSION_COOKIE), clear(BINDING_COOKIE), clear(CSRF_COOKIE));
    }

    /**
     * A sign-in that worked (Quarkus answers it with a redirect to the landing page, not back to the
     * login page) starts a session for the name signed in, and a fresh form token.
     */
    private void afterSignIn(RoutingContext rc) {
        String location = rc.response().headers().get(HttpHeaders.LOCATION);
        String username = rc.user() instanceof io.quarkus.vertx.http.runtime.security.QuarkusHttpUser user
                ? user.getSecurityIdentity().getPrincipal().getName() : rc.request().getFormAttribute("j_username");
        if (username == null || rc.response().getStatusCode() != 302 || location == null
                || location.contains("/login")) {
            return;
        }
        byte[] id = new byte[32];
        random.nextBytes(id);
        String sid = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        String name = Base64.getUrlEncoder().withoutPadding().encodeToString(username.getBytes(StandardCharsets.UTF_8));
        rc.response().headers().add(HttpHeaders.SET_COOKIE, SESSION_COOKIE + "=" + sid + "." + name + "."
                + mac("session", sid, username) + "; Path=/; HttpOnly; SameSite=Strict" + secure(rc));
        rc.response().headers().add(HttpHeaders.SET_COOKIE, expired(CSRF_COOKIE));
        rc.response().headers().add(HttpHeaders.SET_COOKIE, expired(BINDING_COOKIE));
    }

    /**
     * Binds the token this page's forms carry to the session when it was made during it; a token the
     * request brought without a binding (not made in this session) is dropped so that the next page
     * gets a fresh one.
     */
    private void bindFormToken(RoutingContext rc, Session session, Map<String, String> cookies) {
        Object used = rc.get(CSRF_IN_USE);
        if (!(used instanceof String token)) {
            return;
        }
        String brought = cookies.get(CSRF_COOKIE);
        String binding = mac("form", session.id(), token);
        if (brought == null || !brought.equals(token)) {
            rc.response().headers().add(HttpHeaders.SET_COOKIE, BINDING_COOKIE + "=" + binding
                    + "; Path=/; HttpOnly; SameSite=Strict" + secure(rc));
        } else if (!constantEquals(binding, cookies.get(BINDING_COOKIE))) {
            rc.response().headers().add(HttpHeaders.SET_COOKIE, expired(CSRF_COOKIE));
        }
    }

    Session read(String cookie) {
        if (cookie == null) {
            return null;
        }
        String[] parts = cookie.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            String username = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            return constantEquals(mac("session", parts[0], username), parts[2]) ? new Session(parts[0], username) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String mac(String purpose, String a, String b) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            mac.update((purpose + "\u0000" + a + "\u0000" + b).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    /** Derived from the session key (shared by every replica); a random one when none is configured. */
    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    byte[] seed;
                    if (sessionKey.isPresent() && !sessionKey.get().isBlank()) {
                        seed = sessionKey.get().getBytes(StandardCharsets.UTF_8);
                    } else {
                        seed = new byte[32];
                        random.nextBytes(seed);
                    }
                    try {
                        key = MessageDigest.getInstance("SHA-256")
                                .digest(("claimdesk-session\u0000" + new String(seed, StandardCharsets.ISO_8859_1))
                                        .getBytes(StandardCharsets.ISO_8859_1));
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException(e);
                    }
                }
                k = key;
            }
        }
        return k;
    }

    private static boolean constantEquals(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    static boolean isPage(String path) {
        return path != null && !path.startsWith("/api/") && !path.equals("/api") && !path.startsWith("/q/")
                && !path.startsWith("/css/") && !path.startsWith("/js/") && !path.startsWith("/webjars/")
                && !path.equals("/favicon.ico");
    }

    private static boolean changes(HttpMethod m) {
        return m == HttpMethod.POST || m == HttpMethod.PUT || m == HttpMethod.PATCH || m == HttpMethod.DELETE;
    }

    private static Map<String, String> cookies(String header) {
        Map<String, String> out = new HashMap<>();
        if (header != null) {
            ServerCookieDecoder.LAX.decode(header).forEach(c -> out.putIfAbsent(c.name(), c.value()));
        }
        return out;
    }

    /** Cookies travel only over HTTPS when the desk is reached over HTTPS (behind a proxy too, see the README). */
    private static String secure(RoutingContext rc) {
        return rc.request().isSSL() ? "; Secure" : "";
    }

    private static String expired(String name) {
        return name + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict";
    }

    private static NewCookie clear(String name) {
        return new NewCookie.Builder(name).path("/").maxAge(0).value("").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}

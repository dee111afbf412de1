package org.claimdesk.web;

import jakarta.ws.rs.core.NewCookie;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One-time messages carried across a POST-redirect-GET in short-lived cookies: what was done
 * ({@link #COOKIE}) and what was refused ({@link #ERROR_COOKIE}).
 */
public final class Flash {

    public static final String COOKIE = "claimdesk-flash";
    public static final String ERROR_COOKIE = "claimdesk-error";

    private Flash() {
    }

    public static NewCookie set(String message) {
        return cookie(COOKIE, message);
    }

    public static NewCookie error(String message) {
        return cookie(ERROR_COOKIE, message);
    }

    public static NewCookie clear() {
        return expired(COOKIE);
    }

    public static NewCookie clearError() {
        return expired(ERROR_COOKIE);
    }

    private static NewCookie cookie(String name, String message) {
        return new NewCookie.Builder(name).path("/").maxAge(60).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .value(URLEncoder.encode(message, StandardCharsets.UTF_8)).build();
    }

    private static NewCookie expired(String name) {
        return new NewCookie.Builder(name).path("/").maxAge(0).value("").httpOnly(true).build();
    }

    public static String read(String cookie) {
        return cookie == null || cookie.isEmpty() ? null : URLDecoder.decode(cookie, StandardCharsets.UTF_8);
    }
}

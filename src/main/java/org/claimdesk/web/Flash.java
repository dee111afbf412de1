package org.claimdesk.web;

import jakarta.ws.rs.core.NewCookie;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A one-time message carried across a POST-redirect-GET in a short-lived cookie. */
public final class Flash {

    public static final String COOKIE = "claimdesk-flash";

    private Flash() {
    }

    public static NewCookie set(String message) {
        return new NewCookie.Builder(COOKIE).path("/").maxAge(60).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .value(URLEncoder.encode(message, StandardCharsets.UTF_8)).build();
    }

    public static NewCookie clear() {
        return new NewCookie.Builder(COOKIE).path("/").maxAge(0).value("").httpOnly(true).build();
    }

    public static String read(String cookie) {
        return cookie == null || cookie.isEmpty() ? null : URLDecoder.decode(cookie, StandardCharsets.UTF_8);
    }
}

package org.claimdesk.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.claimdesk.ClaimDeskConfig;

/**
 * Rules for every request, pages and API alike, before any handler runs. No matrix parameters in the
 * path (some routes never answered them). One rule for every request, pages and API alike: a request that changes something (POST, PUT,
 * PATCH, DELETE) and says where it comes from (Origin, else Referer) must come from this desk (or an
 * origin configured as allowed), which stops cross-site form posts and sign-in CSRF before any
 * form is read.
 */
@ApplicationScoped
public class RequestGuard {

    @Inject
    ClaimDeskConfig config;

    /** First of all, before the sign-in handler: a cross-site sign-in is refused too. */
    void register(@Observes Filters filters) {
        filters.register(this::filter, 400);
    }

    void filter(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String raw = request.path();
        if (raw != null && (raw.indexOf(';') >= 0 || raw.toLowerCase(Locale.ROOT).contains("%3b"))) {
            // matrix parameters (/claims;x) mean nothing here; some routes never answered them
            refuse(rc, 400, "Bad request", "This address has a ';' (a matrix parameter), which the desk does not use.");
            return;
        }
        if (changes(request.method()) && !sameOrigin(request)) {
            refuse(rc, 403, "Forbidden", "This request comes from another site; it is refused. Use the desk's own pages.");
            return;
        }
        rc.next();
    }

    /** A problem+json answer on the API, plain words elsewhere, before any handler runs. */
    private static void refuse(RoutingContext rc, int status, String title, String detail) {
        String path = rc.request().path();
        boolean api = path != null && (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/api;"));
        rc.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, api ? Problem.MEDIA_TYPE : "text/plain; charset=UTF-8")
                .end(api ? "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"}" : detail);
    }

    private static boolean changes(HttpMethod method) {
        return method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH
                || method == HttpMethod.DELETE;
    }

    /** Whether the request names no other origin than this desk (no Origin and no Referer: not a browser). */
    boolean sameOrigin(HttpServerRequest request) {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || origin.isBlank()) {
            origin = request.getHeader(HttpHeaders.REFERER);
            if (origin == null || origin.isBlank()) {
                return true;
            }
        }
        String claimed = originOf(origin.strip());
        if (claimed == null) {
            return false;
        }
        String host = request.getHeader("X-Forwarded-Host");
        host = host == null || host.isBlank() ? request.getHeader(HttpHeaders.HOST) : host.split(",")[0].strip();
        if (host == null) {
            return false;
        }
        String here = (secure(request) ? "https://" : "http://") + host.toLowerCase(Locale.ROOT);
        String hereOther = (secure(request) ? "http://" : "https://") + host.toLowerCase(Locale.ROOT);
        return claimed.equals(normalise(here)) || claimed.equals(normalise(hereOther))
                || config.web().allowedOrigins().orElse(List.of()).stream().map(o -> originOf(o.strip())).anyMatch(claimed::equals);
    }

    /** scheme://host[:port] of a URL, lower case, without a default port; null when it is not one. */
    static String originOf(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return normalise(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String normalise(String origin) {
        if (origin.startsWith("http://") && origin.endsWith(":80")) {
            return origin.substring(0, origin.length() - 3);
        }
        if (origin.startsWith("https://") && origin.endsWith(":443")) {
            return origin.substring(0, origin.length() - 4);
        }
        return origin;
    }

    private static boolean secure(HttpServerRequest request) {
        return request.isSSL() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }
}

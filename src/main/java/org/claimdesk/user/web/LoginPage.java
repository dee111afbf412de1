package org.claimdesk.user.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.claimdesk.user.LoginGuard;

/**
 * Sign-in and sign-out pages. The form posts to Quarkus' {@code j_security_check}; a failed attempt
 * comes back here with {@code ?error}. The page script keeps the name tried in a short-lived cookie
 * so that this page can say when that name is locked rather than just "wrong password".
 */
@Path("/")
@PermitAll
public class LoginPage {

    /** Cookie the login form sets with the name tried (never the password). */
    static final String TRIED_NAME_COOKIE = "claimdesk-login-name";

    @Inject
    LoginGuard guard;

    @Inject
    SessionGuard sessions;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String message, boolean signedOut, boolean expired);
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@Context UriInfo uri, @CookieParam(TRIED_NAME_COOKIE) String triedName) {
        // bare flags (?error, ?signedout) carry no value
        var query = uri.getQueryParameters();
        String message = null;
        if (query.containsKey("error")) {
            message = "Unknown user or wrong password.";
            if (triedName != null && !triedName.isBlank()) {
                String name = URLDecoder.decode(triedName, StandardCharsets.UTF_8);
                message = guard.lockMessage(name).orElse(message);
            }
        }
        return Templates.login(message, query.containsKey("signedout"), query.containsKey("expired"));
    }

    /**
     * Ends the session on the server (its id is refused from now on, on every instance) and in the
     * browser. POST, so no link can sign anyone out.
     */
    @POST
    @Path("logout")
    public Response logout(@CookieParam(SessionGuard.SESSION_COOKIE) String session) {
        return Response.seeOther(URI.create("/login?signedout"))
                .cookie(sessions.signOut(session).toArray(NewCookie[]::new)).build();
    }
}

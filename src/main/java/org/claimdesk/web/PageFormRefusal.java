package org.claimdesk.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A page form refused before it reached the page (the CSRF check answers a bare 400) gets words
 * instead of an empty page: the form is out of date or was not sent from the desk.
 */
public class PageFormRefusal {

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (response.getStatus() == 400 && !response.hasEntity() && "POST".equals(request.getMethod())
                && path != null && !path.startsWith("/api")) {
            response.setEntity(ErrorPage.render(new Problem("about:blank", "Form out of date", 400,
                    "This form is out of date or was not sent from the desk's own page. Reload the page and send it"
                            + " again.", path, java.util.List.of(), java.util.List.of())),
                    null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }
}

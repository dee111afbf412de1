package org.claimdesk.stats.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.claimdesk.core.Actor;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.Role;
import org.claimdesk.stats.StatsFilter;
import org.claimdesk.stats.StatsService;
import org.claimdesk.stats.rest.StatsDownloads;
import org.claimdesk.stats.rest.StatsParams;
import org.claimdesk.user.CurrentActor;

/**
 * The desk dashboard: charts drawn on the server as SVG (no script, no inline style), each with a
 * data table and a CSV download. The downloads are served here as well as under /api/stats, because
 * pages sign in with the session cookie, which /api ignores.
 */
@Path("/dashboard")
@RolesAllowed({ Role.EDITOR_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME })
public class DashboardPage {

    @Inject
    StatsService stats;

    @Inject
    CurrentActor actor;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Dashboard dashboard);
    }

    /** A filter that does not parse shows the form again with the reason by the field, and no charts. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@BeanParam StatsParams params) {
        Actor a = actor.get();
        List<String> outlets = stats.outlets(a);
        StatsFilter filter;
        try {
            filter = params.filter();
        } catch (InvalidInputException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.dashboard(Dashboard.invalid(params, outlets, e))).build();
        }
        return Response.ok(Templates.dashboard(Dashboard.of(params, outlets, stats.compute(a, filter)))).build();
    }

    @GET
    @Path("{table}.csv")
    @Produces(StatsDownloads.CSV)
    public Response csv(@PathParam("table") String table, @BeanParam StatsParams params) {
        return StatsDownloads.csv(stats, actor.get(), table, params.filter());
    }
}

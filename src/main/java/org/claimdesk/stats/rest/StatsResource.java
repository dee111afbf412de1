package org.claimdesk.stats.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.claimdesk.core.Role;
import org.claimdesk.stats.DeskStats;
import org.claimdesk.stats.StatsService;
import org.claimdesk.user.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The desk's figures as JSON, and the table behind each dashboard chart as CSV. Filters: {@code from}
 * and {@code to} (days, UTC, inclusive) and {@code outlet}; a bad one is a 400 problem.
 */
@Path("/api/stats")
@Tag(name = "Stats")
@RolesAllowed({ Role.EDITOR_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME })
public class StatsResource {

    @Inject
    StatsService stats;

    @Inject
    CurrentActor actor;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Claims by status, time per stage, backlog age, reviewer load, review rates and verdict mix")
    public DeskStats stats(@BeanParam StatsParams params) {
        return stats.compute(actor.get(), params.filter());
    }

    @GET
    @Path("{table}.csv")
    @Produces(StatsDownloads.CSV)
    @Operation(summary = "One table behind a dashboard chart as RFC 4180 CSV (text cells cannot start a formula):"
            + " claims-by-status, stage-times, backlog-age, reviewer-load, review-rates, verdicts-by-outlet,"
            + " verdicts-by-speaker, claims-per-day")
    public Response csv(@PathParam("table") String table, @BeanParam StatsParams params) {
        return StatsDownloads.csv(stats, actor.get(), table, params.filter());
    }
}

package org.claimdesk.reference.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.core.Role;
import org.claimdesk.reference.PollService;
import org.claimdesk.user.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The poll record of a poll claim, with margins of error and flags. */
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class PollResource {

    @Inject
    PollService polls;

    @Inject
    CurrentActor actor;

    @PUT
    @Path("{id}/poll")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.REVIEWER_NAME, Role.ADMIN_NAME })
    @Operation(summary = "Record the poll behind a poll claim (pollster, fieldworkStart, fieldworkEnd, sampleSize,"
            + " shares in percent); answers each share's margin of error and the lead's (leadMarginOfError, in"
            + " points), leadWithinMargin and flags")
    public PollService.PollView put(@PathParam("id") long id, PollService.PollInput body) {
        return polls.record(actor.get(), id, body);
    }

    @GET
    @Path("{id}/poll")
    @RolesAllowed("**")
    public PollService.PollView get(@PathParam("id") long id) {
        return polls.forClaim(id).orElseThrow(() -> new NotFoundException("A poll record of claim " + id));
    }
}

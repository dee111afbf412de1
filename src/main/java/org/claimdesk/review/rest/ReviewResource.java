package org.claimdesk.review.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.core.Role;
import org.claimdesk.review.ReviewQueue;
import org.claimdesk.user.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reviewer queue. */
@Path("/api/review")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
public class ReviewResource {

    @Inject
    ReviewQueue queue;

    @Inject
    CurrentActor actor;

    @POST
    @Path("next")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.ADMIN_NAME })
    @Operation(summary = "Take the highest-priority submitted claim (leased to the caller); 204 when none is left")
    public Response next() {
        var me = actor.get();
        // the claim is now leased to the caller: their name is known without a lookup
        return queue.takeNext(me).map(c -> Response.ok(ClaimView.of(c, java.util.Map.of(me.userId(), me.username())))
                .build()).orElseGet(() -> Response.noContent().build());
    }

    @GET
    @Path("mine")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.ADMIN_NAME })
    @Operation(summary = "The claims leased to the caller now (e.g. one whose 'next' answer was lost)")
    public List<ClaimView> mine() {
        return ClaimView.of(queue.mine(actor.get()));
    }
}

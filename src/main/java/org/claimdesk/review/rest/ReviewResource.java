package org.claimdesk.review.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.core.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reviewer queue. */
@Path("/api/review")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
public class ReviewResource {

    @Inject
    ClaimService claims;

    @Inject
    SecurityIdentity identity;

    @POST
    @Path("next")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.ADMIN_NAME })
    @Operation(summary = "Take the highest-priority submitted claim (leased to the caller); 204 when none is left")
    public Response next() {
        claims.releaseExpiredLeases();
        return claims.takeNext(ClaimService.Actor.of(identity)).map(c -> Response.ok(ClaimView.of(c)).build())
                .orElseGet(() -> Response.noContent().build());
    }

}

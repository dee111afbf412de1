package org.claimdesk.reference.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.claimdesk.core.Role;
import org.claimdesk.reference.Suggestion;
import org.claimdesk.reference.SuggestionService;
import org.claimdesk.user.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Suggested checks of a claim against the reference tables. */
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class SuggestionResource {

    @Inject
    SuggestionService suggestions;

    @Inject
    CurrentActor actor;

    @GET
    @Path("{id}/checks/suggested")
    @RolesAllowed({ Role.EDITOR_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME })
    @Operation(summary = "Candidate checks for a claim, best first, each run: description, query (post it to"
            + " /api/claims/{id}/checks), referenceValue, unit, proposedVerdict and the rule applied")
    public List<Suggestion> suggested(@PathParam("id") long id) {
        actor.get().require(SuggestionService.READERS);
        return suggestions.forClaim(id);
    }
}

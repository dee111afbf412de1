package org.claimdesk.claim.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.claimdesk.claim.Claim;
import org.claimdesk.claim.ClaimAction;
import org.claimdesk.claim.ClaimEdits;
import org.claimdesk.claim.ClaimSearch;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.claim.ClaimWorkflow;
import org.claimdesk.claim.Verdict;
import org.claimdesk.core.Inputs;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.core.Role;
import org.claimdesk.user.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Claims: list, read, edit (with version), add by hand, and move through the workflow. */
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimResource {

    @Inject
    ClaimService claims;

    @Inject
    ClaimEdits edits;

    @Inject
    CurrentActor actor;

    @Inject
    EntityManager em;

    /** Body of a transition; {@code assignee} names the reviewer for ASSIGN. */
    public record TransitionBody(ClaimAction action, String reason, Long version, Verdict verdict,
            String explanation, String assignee) {
    }

    /** A page of claims and the cursor of the next one. */
    public record ClaimPage(List<ClaimView> items, String next) {
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "List claims with filters; stable keyset pagination through 'after' (the previous page's 'next')")
    public ClaimPage list(@BeanParam ClaimFilterParams filter, @QueryParam("sort") @DefaultValue("ID") String sort,
            @QueryParam("after") String after, @QueryParam("limit") @DefaultValue("50") String limit) {
        ClaimSearch.Page page = ClaimSearch.find(em, filter.filter(), sort(sort), after, limit(limit));
        return new ClaimPage(ClaimView.of(page.items()), page.next());
    }

    @GET
    @Path("{id}")
    @RolesAllowed("**")
    public ClaimView get(@PathParam("id") long id) {
        return ClaimView.of(claims.find(id).orElseThrow(() -> new NotFoundException("Claim " + id)));
    }

    @GET
    @Path("{id}/actions")
    @RolesAllowed("**")
    @Operation(summary = "The workflow actions the caller may take on the claim now (from the workflow table)")
    public List<ClaimWorkflow.Option> actions(@PathParam("id") long id) {
        Claim claim = claims.find(id).orElseThrow(() -> new NotFoundException("Claim " + id));
        return claims.optionsFor(actor.get(), claim);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ MediaType.APPLICATION_JSON, "application/merge-patch+json" })
    @RolesAllowed({ Role.EDITOR_NAME, Role.ADMIN_NAME })
    @Operation(summary = "Change a claim's fields (a JSON merge patch: null clears a field); 'version' is required"
            + " and a stale one answers 409")
    public ClaimView patch(@PathParam("id") long id, @NotNull(message = "a JSON object is required") ClaimEdit body) {
        body.check();
        if (body.onlyDueAt()) {
            // a deadline can be set while the claim is with the reviewers, unlike its other fields
            return ClaimView.of(edits.setDueAt(actor.get(), id, body.version(), body.changes().dueAt()));
        }
        return ClaimView.of(edits.update(actor.get(), id, body.version(), body.changes()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.EDITOR_NAME, Role.ADMIN_NAME })
    @Operation(summary = "Add a claim by hand on a span [start, end) of an article")
    public Response create(@NotNull(message = "a JSON object is required") @Valid NewClaim body) {
        Claim claim = edits.createManual(actor.get(), body.articleId(), body.start(), body.end(), body.type(),
                body.changes());
        return Response.created(URI.create("/api/claims/" + claim.id)).entity(ClaimView.of(claim)).build();
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("**")
    @Operation(summary = "Move a claim through the workflow: one of the actions GET /api/claims/{id}/actions offers")
    public ClaimView transition(@PathParam("id") long id,
            @NotNull(message = "a JSON body with an action is required") TransitionBody body) {
        return ClaimView.of(claims.transition(actor.get(), id, new ClaimService.TransitionRequest(body.action(),
                body.reason(), body.version(), body.verdict(), body.explanation(), body.assignee())));
    }

    private static ClaimSearch.Sort sort(String sort) {
        ClaimSearch.Sort s = Inputs.constant("sort", ClaimSearch.Sort.class, sort);
        return s == null ? ClaimSearch.Sort.ID : s;
    }

    private static int limit(String limit) {
        Long n = null;
        try {
            n = Long.parseLong(limit.strip());
        } catch (NumberFormatException e) {
            // reported below
        }
        if (n == null || n < 1 || n > ClaimSearch.MAX_LIMIT) {
            throw org.claimdesk.core.InvalidInputException.of("limit", "must be a whole number from 1 to "
                    + ClaimSearch.MAX_LIMIT);
        }
        return n.intValue();
    }
}

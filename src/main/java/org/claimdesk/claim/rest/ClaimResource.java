package org.claimdesk.claim.rest;

import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.NotFoundException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.claimdesk.claim.ClaimSearch;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.claim.Verdict;
import org.claimdesk.extraction.ClaimType;
import org.claimdesk.core.Role;
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
    SecurityIdentity identity;

    /** Body of a transition. */
    public record TransitionBody(ClaimAction action, String reason, Long version, Verdict verdict,
            String explanation) {
    }

    /** A page of claims and the cursor of the next one. */
    public record ClaimPage(List<ClaimView> items, String next) {
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "List claims with filters; stable keyset pagination through 'after' (the previous page's 'next')")
    public ClaimPage list(@QueryParam("status") ClaimStatus status, @QueryParam("type") ClaimType type,
            @QueryParam("articleId") Long articleId, @QueryParam("outlet") String outlet,
            @QueryParam("speaker") String speaker, @QueryParam("q") String q,
            @QueryParam("sort") @DefaultValue("ID") ClaimSearch.Sort sort, @QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("candidates") boolean candidates) {
        ClaimSearch.Page page = ClaimSearch.find(
                new ClaimSearch.Filter(status, type, articleId, outlet, speaker, q, candidates), sort, after, limit);
        return new ClaimPage(ClaimView.of(page.items()), page.next());
    }

    @GET
    @Path("{id}")
    @RolesAllowed("**")
    public ClaimView get(@PathParam("id") long id) {
        return ClaimView.of(claims.find(id).orElseThrow(() -> new NotFoundException("Claim " + id)));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.EDITOR_NAME, Role.ADMIN_NAME })
    @Operation(summary = "Change a claim's fields; 'version' is required and a stale one answers 409")
    public ClaimView patch(@PathParam("id") long id, JsonNode body) {
        ClaimPatch.Parsed patch = ClaimPatch.parse(body, true);
        if (ClaimPatch.onlyDueAt(body)) {
            // a deadline can be set while the claim is with the reviewers, unlike its other fields
            return ClaimView.of(claims.setDueAt(ClaimService.Actor.of(identity), id, patch.version(), patch.changes().dueAt()));
        }
        return ClaimView.of(claims.update(ClaimService.Actor.of(identity), id, patch.version(), patch.changes()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.EDITOR_NAME, Role.ADMIN_NAME })
    @Operation(summary = "Add a claim by hand on a span [start, end) of an article")
    public Response create(JsonNode body) {
        ClaimPatch.Manual manual = ClaimPatch.parseManual(body);
        Claim claim = claims.createManual(ClaimService.Actor.of(identity), manual.articleId(), manual.start(), manual.end(), manual.type(),
                manual.changes());
        return Response.created(URI.create("/api/claims/" + claim.id)).entity(ClaimView.of(claim)).build();
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("**")
    @Operation(summary = "Move a claim through the workflow (CONFIRM, REJECT, PROMOTE, SUBMIT, TAKE, RELEASE, "
            + "NEEDS_INFO, RESUBMIT, PROPOSE_VERDICT, APPROVE, SEND_BACK, PUBLISH, REOPEN)")
    public ClaimView transition(@PathParam("id") long id, TransitionBody body) {
        if (body == null) {
            throw InvalidInputException.of("action", "a JSON body with an action is required");
        }
        return ClaimView.of(claims.transition(ClaimService.Actor.of(identity), id, new ClaimService.TransitionRequest(body.action(),
                body.reason(), body.version(), body.verdict(), body.explanation())));
    }

}

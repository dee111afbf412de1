package org.claimdesk.review.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.claimdesk.claim.Claim;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.core.Role;
import org.claimdesk.review.Comment;
import org.claimdesk.review.Evidence;
import org.claimdesk.review.EvidenceView;
import org.claimdesk.review.ReviewService;
import org.claimdesk.user.CurrentActor;
import org.claimdesk.user.Usernames;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Evidence and comments on a claim. */
@Path("/api/claims/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
public class ClaimReviewResource {

    @Inject
    ReviewService reviews;

    @Inject
    CurrentActor actor;

    public record CommentView(long id, long claimId, String author, String body, Instant createdAt) {
    }

    public record NewComment(String body) {
    }

    @POST
    @Path("evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.REVIEWER_NAME, Role.ADMIN_NAME })
    @Operation(summary = "Attach an evidence item (title and an http(s) url required)")
    public Response addEvidence(@PathParam("id") long id,
            @NotNull(message = "a JSON body with title and url is required") ReviewService.NewEvidence body) {
        Evidence e = reviews.addEvidence(actor.get(), id, body);
        return Response.created(URI.create("/api/claims/" + id + "/evidence/" + e.id)).entity(view(e)).build();
    }

    @PUT
    @Path("evidence/{evidenceId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.REVIEWER_NAME, Role.ADMIN_NAME })
    @Operation(summary = "Correct an evidence item while its claim is in review (the whole item, as when added)")
    public EvidenceView updateEvidence(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId,
            @NotNull(message = "a JSON body with title and url is required") ReviewService.NewEvidence body) {
        return view(reviews.updateEvidence(actor.get(), id, evidenceId, body));
    }

    @DELETE
    @Path("evidence/{evidenceId}")
    @RolesAllowed({ Role.REVIEWER_NAME, Role.ADMIN_NAME })
    @Operation(summary = "Remove an evidence item while its claim is in review; the audit trail keeps it")
    public Response removeEvidence(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId,
            @QueryParam("reason") String reason) {
        reviews.removeEvidence(actor.get(), id, evidenceId, reason);
        return Response.noContent().build();
    }

    @GET
    @Path("evidence")
    @RolesAllowed("**")
    public List<EvidenceView> evidence(@PathParam("id") long id) {
        return EvidenceView.of(claim(id));
    }

    @POST
    @Path("comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("**")
    @Operation(summary = "Add to the claim's comment thread")
    public Response addComment(@PathParam("id") long id, NewComment body) {
        Comment c = reviews.addComment(actor.get(), id, body == null ? null : body.body());
        return Response.created(URI.create("/api/claims/" + id + "/comments/" + c.id))
                .entity(new CommentView(c.id, c.claimId, actor.get().username(), c.body, c.createdAt)).build();
    }

    @GET
    @Path("comments")
    @RolesAllowed("**")
    public List<CommentView> comments(@PathParam("id") long id) {
        claim(id);
        return comments(Comment.forClaim(id));
    }

    public static List<CommentView> comments(List<Comment> items) {
        Map<Long, String> names = Usernames.of(items.stream().map(c -> c.authorId).toList());
        return items.stream().map(c -> new CommentView(c.id, c.claimId, names.get(c.authorId), c.body, c.createdAt))
                .toList();
    }

    private static EvidenceView view(Evidence e) {
        return EvidenceView.of(e, claim(e.claimId), Usernames.of(List.of(e.addedBy)));
    }

    private static Claim claim(long id) {
        Claim claim = Claim.findById(id);
        if (claim == null) {
            throw new NotFoundException("Claim " + id);
        }
        return claim;
    }
}

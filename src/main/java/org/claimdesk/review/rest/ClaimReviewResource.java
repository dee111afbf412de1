package org.claimdesk.review.rest;

import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.NotFoundException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimdesk.claim.Claim;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.review.Comment;
import org.claimdesk.review.Evidence;
import org.claimdesk.review.ReviewService;
import org.claimdesk.core.Role;
import org.claimdesk.user.Usernames;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Evidence and comments on a claim. */
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
public class ClaimReviewResource {

    @Inject
    ClaimService claims;

    @Inject
    ReviewService reviews;

    @Inject
    SecurityIdentity identity;

    /** Evidence as the API shows it, with the claimed-versus-reference difference. */
    public record EvidenceView(long id, long claimId, String title, String url, String publisher,
            LocalDate accessedAt, String excerpt, BigDecimal referenceValue, String referenceUnit,
            BigDecimal difference, BigDecimal relativeDifference, String addedBy, Instant createdAt) {
        public static EvidenceView of(Evidence e, BigDecimal claimed, Map<Long, String> names) {
            return new EvidenceView(e.id, e.claimId, e.title, e.url, e.publisher, e.accessedAt, e.excerpt,
                    e.referenceValue, e.referenceUnit, e.difference(claimed), e.relativeDifference(claimed),
                    names.get(e.addedBy), e.createdAt);
        }
    }

    public record CommentView(long id, long claimId, String author, String body, Instant createdAt) {
    }

    public record NewComment(String body) {
    }

    @POST
    @Path("{id}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.REVIEWER_NAME, Role.ADMIN_NAME })
    @Operation(summary = "Attach an evidence item (title and an http(s) url required)")
    public Response addEvidence(@PathParam("id") long id, ReviewService.NewEvidence body) {
        if (body == null) {
            throw InvalidInputException.of("title", "a JSON body with title and url is required");
        }
        Evidence e = reviews.addEvidence(identity.getPrincipal().getName(), id, body);
        Claim claim = Claim.findById(id);
        return Response.created(URI.create("/api/claims/" + id + "/evidence/" + e.id))
                .entity(EvidenceView.of(e, claim.value, Usernames.of(List.of(e.addedBy)))).build();
    }

    @GET
    @Path("{id}/evidence")
    @RolesAllowed("**")
    public List<EvidenceView> evidence(@PathParam("id") long id) {
        Claim claim = Claim.findById(id);
        if (claim == null) {
            throw new NotFoundException("Claim " + id);
        }
        List<Evidence> items = Evidence.forClaim(id);
        Map<Long, String> names = Usernames.of(items.stream().map(e -> e.addedBy).toList());
        return items.stream().map(e -> EvidenceView.of(e, claim.value, names)).toList();
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("**")
    @Operation(summary = "Add to the claim's comment thread")
    public Response addComment(@PathParam("id") long id, NewComment body) {
        Comment c = reviews.addComment(identity.getPrincipal().getName(), id, body == null ? null : body.body());
        return Response.created(URI.create("/api/claims/" + id + "/comments/" + c.id))
                .entity(new CommentView(c.id, c.claimId, identity.getPrincipal().getName(), c.body, c.createdAt))
                .build();
    }

    @GET
    @Path("{id}/comments")
    @RolesAllowed("**")
    public List<CommentView> comments(@PathParam("id") long id) {
        List<Comment> items = Comment.forClaim(id);
        Map<Long, String> names = Usernames.of(items.stream().map(c -> c.authorId).toList());
        return items.stream().map(c -> new CommentView(c.id, c.claimId, names.get(c.authorId), c.body, c.createdAt))
                .toList();
    }

}

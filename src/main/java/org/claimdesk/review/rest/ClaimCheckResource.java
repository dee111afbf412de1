package org.claimdesk.review.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import org.claimdesk.claim.Claim;
import org.claimdesk.claim.Verdict;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.core.Role;
import org.claimdesk.reference.Check;
import org.claimdesk.reference.CheckService;
import org.claimdesk.reference.Dataset;
import org.claimdesk.reference.DatasetVersion;
import org.claimdesk.reference.check.CheckQuery;
import org.claimdesk.review.Evidence;
import org.claimdesk.review.ReviewService;
import org.claimdesk.user.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Checks over reference tables attached to a claim as evidence. */
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
public class ClaimCheckResource {

    @Inject
    ReviewService reviews;

    @Inject
    CheckService checks;

    @Inject
    CurrentActor actor;

    @Inject
    ObjectMapper mapper;

    /** A check attached to a claim, with the evidence item that carries it. */
    public record AttachedCheckView(long id, long evidenceId, long claimId, String description, CheckQuery query,
            BigDecimal referenceValue, String unit, int rows, String periodMapping, boolean partial,
            Verdict proposedVerdict, String rule, long versionId, String dataset, int version, String rerun) {
        static AttachedCheckView of(Check c, Long evidenceId, String dataset, int version) {
            return new AttachedCheckView(c.id, evidenceId == null ? 0 : evidenceId, c.claimId, c.description,
                    c.checkQuery(), c.referenceValue, c.unit, c.rowCount, c.periodMapping, c.partial,
                    c.proposedVerdict, c.rule, c.versionId, dataset, version, "/api/checks/" + c.id + "/rerun");
        }
    }

    @POST
    @Path("{id}/checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.REVIEWER_NAME, Role.ADMIN_NAME })
    @Operation(summary = "Run a query over a reference table and attach it to the claim as evidence; the body is"
            + " {\"query\": ...} as a suggestion gives it (or the query itself)")
    public Response attach(@PathParam("id") long id, JsonNode body) {
        CheckQuery query = query(body);
        ReviewService.AttachedCheck done = reviews.attachCheck(actor.get(), id, query);
        return Response.created(URI.create("/api/checks/" + done.check().id))
                .entity(AttachedCheckView.of(done.check(), done.evidence().id, done.dataset().name,
                        done.version().number))
                .build();
    }

    @GET
    @Path("{id}/checks")
    @RolesAllowed("**")
    @Operation(summary = "The checks attached to a claim, oldest first")
    public List<AttachedCheckView> list(@PathParam("id") long id) {
        if (Claim.findById(id) == null) {
            throw new NotFoundException("Claim " + id);
        }
        List<Evidence> items = Evidence.forClaim(id);
        return checks.forClaim(id).stream().map(c -> {
            Long evidenceId = items.stream().filter(e -> c.id.equals(e.checkId)).map(e -> e.id).findFirst()
                    .orElse(null);
            DatasetVersion v = DatasetVersion.findById(c.versionId);
            Dataset d = Dataset.findById(v.datasetId);
            return AttachedCheckView.of(c, evidenceId, d.name, v.number);
        }).toList();
    }

    private CheckQuery query(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidInputException.of("query", "a JSON body {\"query\": {...}} is required");
        }
        JsonNode q = body.has("query") && body.get("query").isObject() ? body.get("query") : body;
        try {
            return mapper.treeToValue(q, CheckQuery.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw InvalidInputException.of("query", "not a check query: it has filters, period and aggregate as a"
                    + " suggestion gives them");
        }
    }
}

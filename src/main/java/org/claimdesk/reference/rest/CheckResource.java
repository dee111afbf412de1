package org.claimdesk.reference.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import org.claimdesk.claim.Verdict;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.Role;
import org.claimdesk.reference.Check;
import org.claimdesk.reference.CheckService;
import org.claimdesk.reference.check.CheckQuery;
import org.claimdesk.reference.check.CheckResult;
import org.claimdesk.user.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Stored checks (read, re-run) and running a query without storing it. */
@Path("/api/checks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class CheckResource {

    @Inject
    CheckService checks;

    @Inject
    CurrentActor actor;

    /** A stored check as the API shows it. */
    public record CheckView(long id, long claimId, long versionId, CheckQuery query, String description,
            String periodMapping, BigDecimal referenceValue, String unit, int rows, boolean partial,
            Verdict proposedVerdict, String rule, String createdBy, Instant createdAt) {
        public static CheckView of(Check c) {
            return new CheckView(c.id, c.claimId, c.versionId, c.checkQuery(), c.description, c.periodMapping,
                    c.referenceValue, c.unit, c.rowCount, c.partial, c.proposedVerdict, c.rule, c.createdBy,
                    c.createdAt);
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed("**")
    public CheckView one(@PathParam("id") long id) {
        return CheckView.of(checks.find(id));
    }

    @POST
    @Path("{id}/rerun")
    @RolesAllowed({ Role.EDITOR_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME })
    @Operation(summary = "Run a stored check again on the dataset version it used; same tells whether the value"
            + " is the one stored")
    public CheckService.Rerun rerun(@PathParam("id") long id) {
        return checks.rerun(actor.get(), id);
    }

    @POST
    @Path("run")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.EDITOR_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME })
    @Operation(summary = "Run a query without storing it (the check builder's live result)")
    public CheckResult run(CheckQuery query) {
        if (query == null) {
            throw InvalidInputException.of("query", "a JSON query is required");
        }
        return checks.run(query);
    }
}

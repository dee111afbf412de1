package org.claimdesk.claim.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.claimdesk.audit.AuditLog;
import org.claimdesk.audit.HistoryEntry;
import org.claimdesk.claim.Claim;
import org.claimdesk.core.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A claim's history, read from the audit log (which knows no claims: the claim API asks it). */
@Path("/api/claims/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimHistoryResource {

    @GET
    @RolesAllowed("**")
    @Operation(summary = "The claim's audit entries, oldest first: who did what, why, and the claim before and after")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        if (Claim.findById(id) == null) {
            throw new NotFoundException("Claim " + id);
        }
        return HistoryEntry.ofEntity(AuditLog.CLAIM, id);
    }
}

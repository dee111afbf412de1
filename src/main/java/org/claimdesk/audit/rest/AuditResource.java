package org.claimdesk.audit.rest;

import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.claimdesk.audit.AuditChain;
import org.claimdesk.core.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit chain's head and its verification, for admins. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    AuditChain chain;

    @GET
    @Path("head")
    @Operation(summary = "The latest sealed entry's id, sequence number and hash: keep it outside the database to check the log against later")
    public AuditChain.Head head() {
        return chain.head().orElseThrow(() -> new NotFoundException("A sealed audit entry"));
    }

    @GET
    @Path("verify")
    @Operation(summary = "Recompute the hash chain of sealed entries (from an entry on, trusting its prev_hash, with 'from');"
            + " a broken or unreadable entry is named in firstBrokenId, with the problem; 'pending' counts entries not sealed yet")
    public AuditChain.Verification verify(@QueryParam("from") String from) {
        return chain.verify(entryId(from));
    }

    private static Long entryId(String from) {
        if (from == null || from.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(from.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("from", "give the id of an audit entry");
        }
    }
}

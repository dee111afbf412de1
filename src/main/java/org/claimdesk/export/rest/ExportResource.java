package org.claimdesk.export.rest;

import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.claimdesk.audit.AuditChain;
import org.claimdesk.export.ClaimExport;
import org.claimdesk.export.ExportFilter;
import org.claimdesk.core.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Streamed exports. Filters are read before the first byte is sent, so a bad one is still a 400
 * problem; the date range is on the claim's last change (updated_at), days inclusive, UTC.
 */
@Path("/api/export")
@Tag(name = "Export")
public class ExportResource {

    @Inject
    ClaimExport claims;

    @Inject
    AuditChain audit;

    @GET
    @Path("claims.csv")
    @RolesAllowed({ Role.EDITOR_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME })
    @Operation(summary = "Claims as RFC 4180 CSV (formula-like text cells start with ')")
    public Response csv(@BeanParam ExportParams params, @Context HttpServerResponse response) {
        ExportFilter filter = params.filter();
        return Exports.download(Exports.CSV, "claims.csv", response, out -> claims.csv(filter, out));
    }

    @GET
    @Path("claims.jsonl")
    @RolesAllowed({ Role.EDITOR_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME })
    @Operation(summary = "Claims as JSON Lines, with their article's title and outlet")
    public Response jsonLines(@BeanParam ExportParams params, @Context HttpServerResponse response) {
        ExportFilter filter = params.filter();
        return Exports.download(Exports.JSON_LINES, "claims.jsonl", response, out -> claims.jsonLines(filter, out));
    }

    @GET
    @Path("claimreview.json")
    @RolesAllowed({ Role.EDITOR_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME })
    @Operation(summary = "Published claims as schema.org ClaimReview JSON-LD (an array)")
    public Response claimReview(@BeanParam ExportParams params, @Context HttpServerResponse response) {
        ExportFilter filter = params.publishedFilter();
        return Exports.download(Exports.JSON_LD, "claimreview.json", response, out -> claims.claimReview(filter, out));
    }

    @GET
    @Path("audit.jsonl")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "The whole audit trail, one entry per line with prev_hash and hash (for verify-audit)")
    public Response auditTrail(@Context HttpServerResponse response) {
        return Exports.download(Exports.JSON_LINES, "audit.jsonl", response, audit::writeTrail);
    }
}

package org.claimdesk.export.web;

import io.vertx.core.http.HttpServerResponse;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.claimdesk.audit.AuditChain;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.Verdict;
import org.claimdesk.export.ClaimExport;
import org.claimdesk.export.ExportFilter;
import org.claimdesk.export.rest.ExportParams;
import org.claimdesk.export.rest.Exports;
import org.claimdesk.extraction.ClaimType;
import org.claimdesk.core.Role;

/**
 * The export page: each export with its filters as a GET form. The downloads are served here as
 * well as under /api/export, because pages sign in with the session cookie, which /api ignores.
 */
@Path("/export")
@RolesAllowed({ Role.EDITOR_NAME, Role.REVIEWER_NAME, Role.ADMIN_NAME })
public class ExportPage {

    @Inject
    ClaimExport claims;

    @Inject
    AuditChain audit;

    /** One claim export offered on the page; ClaimReview holds published claims only, so no status filter. */
    public record Offer(String file, String title, boolean byStatus) {
    }

    private static final List<Offer> OFFERS = List.of(new Offer("claims.csv", "Claims as CSV", true),
            new Offer("claims.jsonl", "Claims as JSON Lines", true),
            new Offer("claimreview.json", "Published verdicts as schema.org ClaimReview", false));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(List<Offer> offers, List<ClaimStatus> statuses, List<Verdict> verdicts,
                List<ClaimType> types);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return Templates.page(OFFERS, List.of(ClaimStatus.values()), List.of(Verdict.values()),
                List.of(ClaimType.values()));
    }

    @GET
    @Path("claims.csv")
    public Response csv(@BeanParam ExportParams params, @Context HttpServerResponse response) {
        ExportFilter filter = params.filter();
        return Exports.download(Exports.CSV, "claims.csv", response, out -> claims.csv(filter, out));
    }

    @GET
    @Path("claims.jsonl")
    public Response jsonLines(@BeanParam ExportParams params, @Context HttpServerResponse response) {
        ExportFilter filter = params.filter();
        return Exports.download(Exports.JSON_LINES, "claims.jsonl", response, out -> claims.jsonLines(filter, out));
    }

    @GET
    @Path("claimreview.json")
    public Response claimReview(@BeanParam ExportParams params, @Context HttpServerResponse response) {
        ExportFilter filter = params.publishedFilter();
        return Exports.download(Exports.JSON_LD, "claimreview.json", response, out -> claims.claimReview(filter, out));
    }

    @GET
    @Path("audit.jsonl")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response auditTrail(@Context HttpServerResponse response) {
        return Exports.download(Exports.JSON_LINES, "audit.jsonl", response, audit::writeTrail);
    }
}

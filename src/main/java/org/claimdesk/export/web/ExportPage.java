package org.claimdesk.export.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.claimdesk.audit.AuditChain;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.Verdict;
import org.claimdesk.core.FieldError;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.Role;
import org.claimdesk.export.ClaimExport;
import org.claimdesk.export.ExportFilter;
import org.claimdesk.export.rest.ExportParams;
import org.claimdesk.export.rest.Exports;
import org.claimdesk.claim.ClaimType;
import org.claimdesk.web.ProblemMapper;

/**
 * The export page: each export with its filters as a GET form. The downloads are served here as
 * well as under /api/export, because pages sign in with the session cookie, which /api ignores. A
 * bad filter shows the page again with what was typed and the message beside its field.
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

    /** What was typed into one offer's form and what was wrong with it; empty for the other offers. */
    public record Form(String file, Map<String, String> values, Map<String, String> errors) {

        static final Form EMPTY = new Form("", Map.of(), Map.of());

        public String value(String offer, String field) {
            return offer.equals(file) ? values.getOrDefault(field, "") : "";
        }

        public String error(String offer, String field) {
            return offer.equals(file) ? errors.getOrDefault(field, "") : "";
        }
    }

    private static final List<Offer> OFFERS = List.of(new Offer("claims.csv", "Claims as CSV", true),
            new Offer("claims.jsonl", "Claims as JSON Lines", true),
            new Offer("claimreview.json", "Published verdicts as schema.org ClaimReview", false));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(List<Offer> offers, List<ClaimStatus> statuses, List<Verdict> verdicts,
                List<ClaimType> types, Form form, String earliest, String latest);
    }

    private static TemplateInstance page(Form form) {
        return Templates.page(OFFERS, List.of(ClaimStatus.values()), List.of(Verdict.values()),
                List.of(ClaimType.values()), form, ExportFilter.EARLIEST.toString(), ExportFilter.LATEST.toString());
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return page(Form.EMPTY);
    }

    @GET
    @Path("claims.csv")
    public Response csv(@BeanParam ExportParams params, @Context HttpServerResponse response) {
        return download("claims.csv", Exports.CSV, params, false, response, claims::csv);
    }

    @GET
    @Path("claims.jsonl")
    public Response jsonLines(@BeanParam ExportParams params, @Context HttpServerResponse response) {
        return download("claims.jsonl", Exports.JSON_LINES, params, false, response, claims::jsonLines);
    }

    @GET
    @Path("claimreview.json")
    public Response claimReview(@BeanParam ExportParams params, @Context HttpServerResponse response) {
        return download("claimreview.json", Exports.JSON_LD, params, true, response, claims::claimReview);
    }

    @GET
    @Path("audit.jsonl")
    @RolesAllowed(Role.ADMIN_NAME)
    public Response auditTrail(@Context HttpServerResponse response) {
        return Exports.download(Exports.JSON_LINES, "audit.jsonl", response, audit::writeTrail);
    }

    private Response download(String file, String mediaType, ExportParams params, boolean published,
            HttpServerResponse response, BiConsumer<ExportFilter, OutputStream> export) {
        ExportFilter filter;
        try {
            filter = published ? params.publishedFilter() : params.filter();
        } catch (InvalidInputException e) {
            Map<String, String> errors = e.errors().stream()
                    .collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + "; " + b));
            return Response.status(ProblemMapper.status(e)).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page(new Form(file, params.typed(), errors))).build();
        }
        return Exports.download(mediaType, file, response, out -> export.accept(filter, out));
    }
}

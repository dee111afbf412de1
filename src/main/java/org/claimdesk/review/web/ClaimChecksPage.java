package org.claimdesk.review.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.claimdesk.claim.Claim;
import org.claimdesk.core.DomainException;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.reference.CheckPanels;
import org.claimdesk.reference.CheckService;
import org.claimdesk.reference.PollService;
import org.claimdesk.reference.check.CheckQuery;
import org.claimdesk.reference.table.Numbers;
import org.claimdesk.review.ReviewService;
import org.claimdesk.user.CurrentActor;
import org.claimdesk.web.Flash;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The forms of the review page's check panel (tags checkPanel, checkBuilder, pollPanel): the
 * builder's live result, attaching a suggested or built check as evidence, re-running a check and
 * recording a poll. Each POST redirects back to the review page with a message.
 */
@Path("/checks")
@RolesAllowed("**")
@Produces(MediaType.TEXT_HTML)
public class ClaimChecksPage {

    @Inject
    ReviewService reviews;

    @Inject
    CheckPanels panels;

    @Inject
    CheckService checks;

    @Inject
    PollService polls;

    @Inject
    CurrentActor actor;

    @Inject
    ObjectMapper mapper;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance builder(CheckPanels.Builder builder);
    }

    /** The builder with its pickers and live result; htmx takes the #check-builder block, a browser without it the page. */
    @GET
    @Path("claims/{id}/builder")
    public TemplateInstance builder(@PathParam("id") long id, @QueryParam("dataset") Long dataset,
            @QueryParam("c0") String c0, @QueryParam("v0") String v0, @QueryParam("c1") String c1,
            @QueryParam("v1") String v1, @QueryParam("c2") String c2, @QueryParam("v2") String v2,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("fn") String fn,
            @QueryParam("col") String col, @QueryParam("of") String of) {
        Claim claim = claim(id);
        return Templates.builder(panels.builder(claim, input(dataset, c0, v0, c1, v1, c2, v2, from, to, fn, col, of)));
    }

    /** Attaches a check: a suggestion's query (field query), else the builder's fields. */
    @POST
    @Path("claims/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response attach(@PathParam("id") long id, @RestForm String query, @RestForm Long dataset,
            @RestForm String c0, @RestForm String v0, @RestForm String c1, @RestForm String v1, @RestForm String c2,
            @RestForm String v2, @RestForm String from, @RestForm String to, @RestForm String fn,
            @RestForm String col, @RestForm String of) {
        return act(id, () -> {
            CheckQuery q = query != null && !query.isBlank() ? parse(query)
                    : input(dataset, c0, v0, c1, v1, c2, v2, from, to, fn, col, of).query();
            ReviewService.AttachedCheck done = reviews.attachCheck(actor.get(), id, q);
            return "Check added as evidence: " + done.check().description + ". Proposed "
                    + done.check().proposedVerdict + ".";
        });
    }

    @POST
    @Path("{checkId}/rerun")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rerun(@PathParam("checkId") long checkId) {
        long claimId = checks.find(checkId).claimId;
        return act(claimId, () -> {
            CheckService.Rerun r = checks.rerun(actor.get(), checkId);
            return "Re-run of check " + checkId + ": " + Numbers.format(r.referenceValue()) + " " + r.unit()
                    + (r.same() ? ", the same as stored." : ", NOT the stored " + Numbers.format(r.storedValue()) + ".");
        });
    }

    @POST
    @Path("claims/{id}/poll")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response poll(@PathParam("id") long id, @RestForm String pollster, @RestForm String fieldworkStart,
            @RestForm String fieldworkEnd, @RestForm String sampleSize, @RestForm String party0,
            @RestForm String share0, @RestForm String party1, @RestForm String share1, @RestForm String party2,
            @RestForm String share2, @RestForm String party3, @RestForm String share3,
            @RestForm String commissionedBy, @RestForm String method, @RestForm String population,
            @RestForm String question, @RestForm String tablesUrl, @RestForm String version) {
        return act(id, () -> {
            Map<String, BigDecimal> shares = new LinkedHashMap<>();
            String[][] pairs = { { party0, share0 }, { party1, share1 }, { party2, share2 }, { party3, share3 } };
            for (String[] p : pairs) {
                if (p[0] != null && !p[0].isBlank()) {
                    shares.put(p[0].strip(), number("shares", p[1]));
                }
            }
            BigDecimal n = sampleSize == null || sampleSize.isBlank() ? null : number("sampleSize", sampleSize);
            PollService.PollView v = polls.record(actor.get(), id, new PollService.PollInput(pollster,
                    date("fieldworkStart", fieldworkStart), date("fieldworkEnd", fieldworkEnd),
                    n == null ? null : n.intValueExact(), shares, commissionedBy, method, population, question,
                    tablesUrl, version == null || version.isBlank() ? null : Long.valueOf(version.strip())));
            return "Poll saved." + (v.leadMarginOfError() == null ? ""
                    : " Lead " + v.lead().stripTrailingZeros().toPlainString() + " points, margin of error \u00b1"
                            + v.leadMarginOfError().toPlainString() + (Boolean.TRUE.equals(v.leadWithinMargin())
                                    ? ": within it." : ": outside it."));
        });
    }

    private static CheckPanels.BuilderInput input(Long dataset, String c0, String v0, String c1, String v1, String c2,
            String v2, String from, String to, String fn, String col, String of) {
        List<String> columns = new ArrayList<>(List.of(n(c0), n(c1), n(c2)));
        List<String> values = new ArrayList<>(List.of(n(v0), n(v1), n(v2)));
        return new CheckPanels.BuilderInput(dataset, columns, values, from, to, fn, col, of);
    }

    private CheckQuery parse(String json) {
        try {
            return mapper.readValue(json, CheckQuery.class);
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of("query", "not a check query");
        }
    }

    private static Claim claim(long id) {
        Claim claim = Claim.findById(id);
        if (claim == null) {
            throw new NotFoundException("Claim " + id);
        }
        return claim;
    }

    private Response act(long claimId, Supplier<String> change) {
        URI back = URI.create("/review/claims/" + claimId);
        try {
            return Response.seeOther(back).cookie(Flash.set(change.get())).build();
        } catch (org.claimdesk.core.NotPermittedException e) {
            // a role that may not check claims gets the 403 page, as on the API
            throw e;
        } catch (DomainException e) {
            return Response.seeOther(back).cookie(Flash.error(e.getMessage())).build();
        } catch (ArithmeticException | NumberFormatException e) {
            return Response.seeOther(back).cookie(Flash.error("Sample size: a whole number")).build();
        }
    }

    private static BigDecimal number(String field, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(field, "a number is required");
        }
        try {
            return new BigDecimal(text.strip().replace(",", "").replace("%", ""));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "'" + text + "' is not a number");
        }
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of(field, "not a date like 2025-05-01");
        }
    }

    private static String n(String s) {
        return s == null ? "" : s.strip();
    }
}

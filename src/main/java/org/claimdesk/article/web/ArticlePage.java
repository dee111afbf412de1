package org.claimdesk.article.web;

import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.core.DomainException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.claimdesk.article.Article;
import org.claimdesk.audit.HistoryEntry;
import org.claimdesk.claim.Claim;
import org.claimdesk.claim.ClaimAction;
import org.claimdesk.claim.ClaimChanges;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.claim.ClaimWorkflow;
import org.claimdesk.extraction.ClaimType;
import org.claimdesk.web.Flash;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The editor's desk for one article: the text with its claims highlighted, the claim list, and
 * forms to correct, confirm, reject, promote, add and submit claims. Every form is a plain POST
 * that redirects back (htmx swaps just the desk when scripts run).
 */
@Path("/articles/{id}")
@RolesAllowed("**")
@Produces(MediaType.TEXT_HTML)
public class ArticlePage {

    @Inject
    ClaimService claims;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance desk(DeskView desk, List<ClaimType> types, String flash, String error);
    }

    @GET
    public Response desk(@PathParam("id") long id, @QueryParam("claim") Long selected,
            @QueryParam("candidates") boolean showCandidates, @CookieParam(Flash.COOKIE) String flash,
            @CookieParam(Flash.ERROR_COOKIE) String error) {
        Article article = Article.findById(id);
        if (article == null) {
            throw new NotFoundException("Article " + id);
        }
        List<ClaimView> all = ClaimView.of(Claim.ofArticle(id));
        List<ClaimView> shown = all.stream().filter(c -> DeskView.visible(c, showCandidates)).toList();
        ClaimView chosen = shown.stream().filter(c -> selected != null && c.id() == selected).findFirst()
                .orElse(shown.isEmpty() ? null : shown.get(0));
        List<ClaimAction> actions = chosen == null ? List.of() : ClaimWorkflow.actionsFor(chosen.status(), ClaimService.Actor.of(identity).roles());
        long candidates = all.stream().filter(c -> c.status() == ClaimStatus.CANDIDATE).count();
        long confirmed = all.stream().filter(c -> c.status() == ClaimStatus.CONFIRMED).count();
        DeskView desk = new DeskView(article, DeskView.segments(article.body, shown), shown, chosen, actions,
                showCandidates, candidates, confirmed,
                chosen == null ? List.of() : HistoryEntry.ofClaim(chosen.id()));
        return Response.ok(Templates.desk(desk, Arrays.asList(ClaimType.values()), Flash.read(flash),
                Flash.read(error))).cookie(Flash.clear(), Flash.clearError()).build();
    }

    @POST
    @Path("claims/{claimId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @PathParam("claimId") long claimId, @RestForm long version,
            @RestForm String value, @RestForm String high, @RestForm String approx, @RestForm String bound,
            @RestForm String unit, @RestForm String type, @RestForm String speaker, @RestForm String hedges,
            @RestForm String timeRef, @RestForm String dueAt) {
        return act(id, claimId, () -> {
            ClaimChanges changes = new ClaimChanges(decimal("value", value), decimal("high", high),
                    approx != null, blank(bound) ? null : bound, nullToEmpty(unit), type(type), nullToEmpty(speaker),
                    hedges == null ? List.of() : Arrays.stream(hedges.split(",")).toList(), nullToEmpty(timeRef),
                    dueAt(dueAt), blank(high), blank(dueAt));
            claims.update(ClaimService.Actor.of(identity), claimId, version, changes);
            return "Claim saved.";
        });
    }

    @POST
    @Path("claims/{claimId}/transition")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transition(@PathParam("id") long id, @PathParam("claimId") long claimId,
            @RestForm String action, @RestForm String reason, @RestForm long version) {
        return act(id, claimId, () -> {
            ClaimAction a;
            try {
                a = ClaimAction.valueOf(action);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw InvalidInputException.of("action", "unknown action");
            }
            Claim claim = claims.transition(ClaimService.Actor.of(identity), claimId, ClaimService.TransitionRequest.of(a, reason, version));
            return "Claim " + claim.status.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".";
        });
    }

    @POST
    @Path("claims")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("id") long id, @RestForm String start, @RestForm String end,
            @RestForm String quote, @RestForm String value, @RestForm String unit, @RestForm String type) {
        Article article = Article.findById(id);
        if (article == null) {
            throw new NotFoundException("Article " + id);
        }
        long[] created = new long[1];
        Response response = act(id, null, () -> {
            int[] span = span(article.body, start, end, quote);
            BigDecimal v = decimal("value", value);
            if (v == null) {
                throw InvalidInputException.of("value", "give the number the claim states");
            }
            ClaimChanges fields = new ClaimChanges(v, null, null, null, nullToEmpty(unit), null, null, null, null,
                    null, false, false);
            created[0] = claims.createManual(ClaimService.Actor.of(identity), id, span[0], span[1], type(type), fields).id;
            return "Claim added.";
        });
        return created[0] == 0 ? response
                : Response.seeOther(URI.create("/articles/" + id + "?claim=" + created[0]))
                        .cookie(Flash.set("Claim added.")).build();
    }

    @POST
    @Path("submit-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submitAll(@PathParam("id") long id) {
        return act(id, null, () -> {
            int n = claims.submitAll(ClaimService.Actor.of(identity), id);
            return n == 0 ? "No confirmed claims to submit." : n + " claim" + (n == 1 ? "" : "s") + " sent for review.";
        });
    }

    /** Runs a change and redirects back to the desk with what happened (POST, redirect, GET). */
    private Response act(long articleId, Long claimId, java.util.function.Supplier<String> change) {
        String back = "/articles/" + articleId + (claimId == null ? "" : "?claim=" + claimId);
        try {
            String done = change.get();
            return Response.seeOther(URI.create(back)).cookie(Flash.set(done)).build();
        } catch (DomainException e) {
            return Response.seeOther(URI.create(back)).cookie(Flash.error(e.getMessage())).build();
        } catch (io.quarkus.security.ForbiddenException e) {
            return Response.seeOther(URI.create(back))
                    .cookie(Flash.error("Your role cannot do that on this claim.")).build();
        }
    }

    /** The span of a new claim: offsets from the text selection, or the first match of the typed quote. */
    static int[] span(String body, String start, String end, String quote) {
        if (!blank(start) && !blank(end)) {
            try {
                return new int[] { Integer.parseInt(start.strip()), Integer.parseInt(end.strip()) };
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("start", "not a position in the text");
            }
        }
        if (blank(quote)) {
            throw InvalidInputException.of("quote", "select the words in the text, or type them exactly");
        }
        int at = body.indexOf(quote.strip());
        if (at < 0) {
            throw InvalidInputException.of("quote", "'" + quote.strip() + "' does not occur in the article");
        }
        return new int[] { at, at + quote.strip().length() };
    }

    private static BigDecimal decimal(String field, String s) {
        if (blank(s)) {
            return null;
        }
        try {
            return new BigDecimal(s.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "'" + s + "' is not a number");
        }
    }

    private static ClaimType type(String s) {
        if (blank(s)) {
            return null;
        }
        try {
            return ClaimType.valueOf(s.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("type", "unknown type");
        }
    }

    private static Instant dueAt(String s) {
        if (blank(s)) {
            return null;
        }
        try {
            return LocalDateTime.parse(s.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("dueAt", "not a date and time");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

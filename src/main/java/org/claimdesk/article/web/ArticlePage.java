package org.claimdesk.article.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.claimdesk.article.Article;
import org.claimdesk.claim.Claim;
import org.claimdesk.claim.ClaimAction;
import org.claimdesk.claim.ClaimChanges;
import org.claimdesk.claim.ClaimEdits;
import org.claimdesk.claim.ClaimHistory;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimType;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.core.DomainException;
import org.claimdesk.core.Inputs;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.user.CurrentActor;
import org.claimdesk.user.UserService;
import org.claimdesk.web.Flash;
import org.claimdesk.web.FormState;
import org.claimdesk.web.ProblemMapper;

/**
 * The editor's desk for one article: the text with its claims highlighted, the claim list, and
 * forms to correct, confirm, reject, restore, promote, add, assign, submit and publish claims, one
 * or several at a time. Every form is a plain POST; a success redirects back, a refusal shows the
 * desk again with what was typed and the message beside the field (htmx swaps just the desk).
 */
@Path("/articles/{id}")
@RolesAllowed("**")
@Produces(MediaType.TEXT_HTML)
public class ArticlePage {

    @Inject
    ClaimService claims;

    @Inject
    ClaimEdits edits;

    @Inject
    UserService users;

    @Inject
    CurrentActor actor;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance desk(DeskView desk, List<ClaimType> types, String flash, String error);
    }

    @GET
    public Response desk(@PathParam("id") long id, @QueryParam("claim") String selected,
            @QueryParam("candidates") boolean showCandidates, @CookieParam(Flash.COOKIE) String flash,
            @CookieParam(Flash.ERROR_COOKIE) String error) {
        Long chosen = selectedId(selected);
        return Response.ok(render(id, chosen, showCandidates, FormState.NONE, List.of(), Flash.read(flash),
                Flash.read(error))).cookie(Flash.clear(), Flash.clearError()).build();
    }

    @POST
    @Path("claims/{claimId}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") long id, @PathParam("claimId") long claimId, @BeanParam DeskForms.Edit form) {
        return act(id, claimId, "edit", form, () -> {
            ClaimChanges changes = new ClaimChanges(Inputs.number("value", form.value()),
                    Inputs.number("high", form.high()), form.approx() != null,
                    blank(form.bound()) ? null : form.bound(), nullToEmpty(form.unit()),
                    Inputs.constant("type", ClaimType.class, form.type()), nullToEmpty(form.speaker()),
                    form.hedges() == null ? List.of() : Arrays.stream(form.hedges().split(",")).toList(),
                    nullToEmpty(form.timeRef()), dueAt(form.dueAt()), blank(form.high()), blank(form.dueAt()));
            edits.update(actor.get(), claimId, Inputs.version(form.version()), changes);
            return new Done(claimId, "Claim saved.");
        });
    }

    @POST
    @Path("claims/{claimId}/transition")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transition(@PathParam("id") long id, @PathParam("claimId") long claimId,
            @BeanParam DeskForms.Action form) {
        ClaimAction action = safeAction(form.action());
        return act(id, claimId, "action-" + (action == null ? "none" : action.name()), form, () -> {
            ClaimAction a = Inputs.constant("action", ClaimAction.class, form.action());
            Claim claim = claims.transition(actor.get(), claimId, new ClaimService.TransitionRequest(a, form.reason(),
                    Inputs.version(form.version()), null, null, form.assignee()));
            long show = "true".equals(form.next()) ? nextToConfirm(id, claim) : claimId;
            return new Done(show, "Claim " + claim.status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + ".");
        });
    }

    @POST
    @Path("claims")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("id") long id, @BeanParam DeskForms.Add form) {
        Article article = article(id);
        return act(id, null, "add", form, () -> {
            int[] span = span(article.body, form.start(), form.end(), form.quote());
            ClaimChanges fields = new ClaimChanges(Inputs.number("value", form.value()), null, null, null,
                    nullToEmpty(form.unit()), null, null, null, null, null, false, false);
            Claim claim = edits.createManual(actor.get(), id, span[0], span[1],
                    Inputs.constant("type", ClaimType.class, form.type()), fields);
            return new Done(claim.id, "Claim added.");
        });
    }

    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response bulk(@PathParam("id") long id, @BeanParam DeskForms.Bulk form) {
        ClaimAction action = safeAction(form.action());
        List<Long> ids = form.ids() == null ? List.of()
                : form.ids().stream().map(s -> Inputs.id("ids", s)).filter(java.util.Objects::nonNull).toList();
        if (action == ClaimAction.SUBMIT && !"true".equals(form.confirmed())) {
            // sending claims to the reviewers cannot be undone by the editor: ask first
            List<ClaimView> pending = ClaimView.of(Claim.ofArticle(id)).stream()
                    .filter(c -> c.status() == ClaimStatus.CONFIRMED && (ids.isEmpty() || ids.contains(c.id())))
                    .toList();
            return Response.ok(render(id, null, false, FormState.NONE, pending, null, null)).build();
        }
        return act(id, null, "bulk", form, () -> {
            int n = claims.transitionAll(actor.get(), id, ids,
                    action == null ? Inputs.constant("action", ClaimAction.class, form.action()) : action);
            return new Done(null, n == 0 ? "No claims to " + action.label().toLowerCase(java.util.Locale.ROOT) + "."
                    : n + " claim" + (n == 1 ? "" : "s") + " " + done(action) + ".");
        });
    }

    /** What a bulk action did, in words: "4 claims sent for review". */
    private static String done(ClaimAction action) {
        return switch (action) {
            case CONFIRM -> "confirmed";
            case SUBMIT -> "sent for review";
            case PUBLISH -> "published";
            default -> action.label().toLowerCase(java.util.Locale.ROOT) + " done";
        };
    }

    /** Where a change leads: the claim to show next and what to tell the editor. */
    private record Done(Long claimId, String message) {
    }

    /** Runs a change: redirect back on success (POST, redirect, GET), the desk with the refusal otherwise. */
    private Response act(long articleId, Long claimId, String formName, Record typed, Supplier<Done> change) {
        try {
            Done done = change.get();
            Long show = done.claimId() == null ? claimId : done.claimId();
            String back = "/articles/" + articleId + (show == null ? "" : "?claim=" + show);
            return Response.seeOther(URI.create(back)).cookie(Flash.set(done.message())).build();
        } catch (DomainException e) {
            return Response.status(ProblemMapper.status(e))
                    .entity(render(articleId, claimId, false, FormState.failed(formName, typed, e), List.of(), null, null))
                    .build();
        }
    }

    private TemplateInstance render(long id, Long selected, boolean showCandidates, FormState state,
            List<ClaimView> pendingSubmit, String flash, String error) {
        Article article = article(id);
        List<Claim> stored = Claim.ofArticle(id);
        List<ClaimView> all = ClaimView.of(stored);
        List<ClaimView> shown = all.stream().filter(c -> DeskView.visible(c, showCandidates)).toList();
        ClaimView chosen = shown.stream().filter(c -> selected != null && c.id() == selected).findFirst()
                .orElse(all.stream().filter(c -> selected != null && c.id() == selected).findFirst()
                        .orElse(shown.isEmpty() ? null : shown.get(0)));
        Claim chosenClaim = chosen == null ? null
                : stored.stream().filter(c -> c.id == chosen.id()).findFirst().orElse(null);
        DeskView desk = new DeskView(article, DeskView.segments(article.body, shown), shown, chosen,
                chosenClaim == null ? List.of() : claims.optionsFor(actor.get(), chosenClaim), showCandidates,
                DeskView.Counts.of(all), chosen == null ? List.of() : ClaimHistory.of(chosen.id()),
                users.reviewerNames(), pendingSubmit, state);
        return Templates.desk(desk, Arrays.asList(ClaimType.values()), flash, error);
    }

    /** The claim to look at after this one: the next still to confirm in text order, else this one. */
    private static long nextToConfirm(long articleId, Claim done) {
        List<Long> open = Claim.idsOf(articleId, ClaimStatus.EXTRACTED);
        if (open.isEmpty()) {
            return done.id;
        }
        List<Claim> ordered = Claim.ofArticle(articleId);
        for (Claim c : ordered) {
            if (c.status == ClaimStatus.EXTRACTED && (c.start > done.start || (c.start == done.start && c.id > done.id))) {
                return c.id;
            }
        }
        return open.get(0);
    }

    /** The span of a new claim: offsets from the text selection, or the first match of the typed words. */
    static int[] span(String body, String start, String end, String quote) {
        if (!blank(start) && !blank(end)) {
            try {
                return new int[] { Integer.parseInt(start.strip()), Integer.parseInt(end.strip()) };
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("quote", "select the words again: the selection was not read");
            }
        }
        String words = Inputs.text("quote", quote, 500);
        if (words == null) {
            throw InvalidInputException.of("quote", "select the words in the text, or type them exactly");
        }
        int at = body.indexOf(words);
        if (at < 0) {
            throw InvalidInputException.of("quote", "'" + words + "' does not occur in the article");
        }
        return new int[] { at, at + words.length() };
    }

    private static Article article(long id) {
        Article article = Article.findById(id);
        if (article == null) {
            throw new NotFoundException("Article " + id);
        }
        return article;
    }

    private static Long selectedId(String s) {
        try {
            return Inputs.id("claim", s);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private static ClaimAction safeAction(String s) {
        try {
            return Inputs.constant("action", ClaimAction.class, s);
        } catch (InvalidInputException e) {
            return null;
        }
    }


    private static java.time.Instant dueAt(String s) {
        if (blank(s)) {
            return null;
        }
        Inputs.characters("dueAt", s);
        try {
            return Inputs.instant("dueAt", java.time.LocalDateTime.parse(s.strip()).toInstant(java.time.ZoneOffset.UTC));
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of("dueAt", "is not a date and time");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

package org.claimdesk.review.web;

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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.claimdesk.article.Article;
import org.claimdesk.audit.HistoryEntry;
import org.claimdesk.claim.Claim;
import org.claimdesk.claim.ClaimAction;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.claim.ClaimWorkflow;
import org.claimdesk.claim.Verdict;
import org.claimdesk.extraction.ClaimType;
import org.claimdesk.reference.CheckPanels;
import org.claimdesk.review.Comment;
import org.claimdesk.review.Evidence;
import org.claimdesk.review.ReviewService;
import org.claimdesk.review.rest.ClaimReviewResource;
import org.claimdesk.user.User;
import org.claimdesk.user.Usernames;
import org.claimdesk.web.Flash;
import org.jboss.resteasy.reactive.RestForm;

/** The reviewer's pages: the queue, "my claims", and the review page of one claim. */
@Path("/review")
@RolesAllowed("**")
@Produces(MediaType.TEXT_HTML)
public class ReviewPage {

    @Inject
    ClaimService claims;

    @Inject
    ReviewService reviews;

    @Inject
    CheckPanels checkPanels;

    @Inject
    SecurityIdentity identity;

    /** Queue counts at the top of the page. */
    public record Counts(long submitted, long overdue, long inReview, long awaitingApproval) {
    }

    /** Filters of the queue page. */
    public record QueueFilter(String type, String outlet, boolean overdue) {
    }

    /** Everything the review page of one claim shows. */
    public record ClaimPage(ClaimView claim, Article article, String before, String after,
            List<ClaimReviewResource.EvidenceView> evidence, List<ClaimReviewResource.CommentView> comments,
            List<ClaimAction> actions, List<Verdict> verdicts, String proposedBy, String editor,
            List<HistoryEntry> history) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Counts counts, List<ClaimView> waiting, List<ClaimView> toApprove,
                QueueFilter filter, List<ClaimType> types, String flash, String error);

        static native TemplateInstance mine(List<ClaimView> claims, String flash);

        static native TemplateInstance claim(ClaimPage page, CheckPanels.CheckPanel checks, String flash,
                String error);
    }

    @GET
    public Response queue(@QueryParam("type") String type, @QueryParam("outlet") String outlet,
            @QueryParam("overdue") boolean overdue, @CookieParam(Flash.COOKIE) String flash,
            @CookieParam(Flash.ERROR_COOKIE) String error) {
        QueueFilter filter = new QueueFilter(type, outlet, overdue);
        Instant now = Instant.now();
        Counts counts = new Counts(Claim.count("status", ClaimStatus.SUBMITTED),
                Claim.count("status = ?1 and dueAt < ?2", ClaimStatus.SUBMITTED, now),
                Claim.count("status", ClaimStatus.IN_REVIEW), Claim.count("status", ClaimStatus.VERDICT_PROPOSED));
        StringBuilder where = new StringBuilder("status = :status");
        Map<String, Object> params = new java.util.HashMap<>(Map.of("status", ClaimStatus.SUBMITTED));
        ClaimType t = parseType(type);
        if (t != null) {
            where.append(" and type = :type");
            params.put("type", t);
        }
        if (outlet != null && !outlet.isBlank()) {
            where.append(" and articleId in (select a.id from Article a where lower(a.outlet) = :outlet)");
            params.put("outlet", outlet.strip().toLowerCase(Locale.ROOT));
        }
        if (overdue) {
            where.append(" and dueAt < :now");
            params.put("now", now);
        }
        List<Claim> waiting = Claim.find(where + " order by dueAt asc nulls last, checkworthiness desc, submittedAt",
                params).range(0, 49).list();
        Long me = myId();
        List<Claim> toApprove = Claim.list("status = ?1 and proposedBy <> ?2 order by updatedAt",
                ClaimStatus.VERDICT_PROPOSED, me == null ? -1L : me);
        return Response.ok(Templates.queue(counts, ClaimView.of(waiting), ClaimView.of(toApprove), filter,
                Arrays.asList(ClaimType.values()), Flash.read(flash), Flash.read(error)))
                .cookie(Flash.clear(), Flash.clearError()).build();
    }

    @POST
    @Path("next")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response takeNext() {
        try {
            claims.releaseExpiredLeases();
            Optional<Claim> next = claims.takeNext(ClaimService.Actor.of(identity));
            return next.map(c -> Response.seeOther(URI.create("/review/claims/" + c.id))
                    .cookie(Flash.set("This claim is yours for review.")).build())
                    .orElseGet(() -> Response.seeOther(URI.create("/review"))
                            .cookie(Flash.set("The queue is empty: nothing left to review.")).build());
        } catch (io.quarkus.security.ForbiddenException e) {
            return Response.seeOther(URI.create("/review")).cookie(Flash.error("Only reviewers take claims.")).build();
        }
    }

    @GET
    @Path("mine")
    public Response mine(@CookieParam(Flash.COOKIE) String flash) {
        Long me = myId();
        List<Claim> mine = Claim.list("(assigneeId = ?1 and status in (?2, ?3)) or (proposedBy = ?1 and status = ?3)"
                + " order by updatedAt desc", me == null ? -1L : me, ClaimStatus.IN_REVIEW,
                ClaimStatus.VERDICT_PROPOSED);
        return Response.ok(Templates.mine(ClaimView.of(mine), Flash.read(flash))).cookie(Flash.clear()).build();
    }

    @GET
    @Path("claims/{id}")
    public Response claim(@PathParam("id") long id, @CookieParam(Flash.COOKIE) String flash,
            @CookieParam(Flash.ERROR_COOKIE) String error) {
        Claim claim = claims.find(id).orElseThrow(() -> new NotFoundException("Claim " + id));
        Article article = Article.findById(claim.articleId);
        ClaimView view = ClaimView.of(claim);
        List<Evidence> items = Evidence.forClaim(id);
        List<Comment> thread = Comment.forClaim(id);
        java.util.List<Long> people = new java.util.ArrayList<>();
        items.forEach(e -> people.add(e.addedBy));
        thread.forEach(c -> people.add(c.authorId));
        people.add(claim.proposedBy);
        people.add(claim.editorId);
        Map<Long, String> names = Usernames.of(people);
        ClaimPage page = new ClaimPage(view, article, article.body.substring(0, claim.start),
                article.body.substring(claim.end),
                items.stream().map(e -> ClaimReviewResource.EvidenceView.of(e, claim.value, names)).toList(),
                thread.stream().map(c -> new ClaimReviewResource.CommentView(c.id, c.claimId, names.get(c.authorId),
                        c.body, c.createdAt)).toList(),
                ClaimWorkflow.actionsFor(claim.status, ClaimService.Actor.of(identity).roles()), Arrays.asList(Verdict.values()),
                names.get(claim.proposedBy), names.get(claim.editorId), HistoryEntry.ofClaim(id));
        CheckPanels.CheckPanel checks = checkPanels.forClaim(claim, org.claimdesk.user.CurrentActor.of(identity),
                CheckPanels.BuilderInput.NONE);
        return Response.ok(Templates.claim(page, checks, Flash.read(flash), Flash.read(error)))
                .cookie(Flash.clear(), Flash.clearError()).build();
    }

    @POST
    @Path("claims/{id}/transition")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transition(@PathParam("id") long id, @RestForm String action, @RestForm String reason,
            @RestForm long version, @RestForm String verdict, @RestForm String explanation) {
        return act(id, () -> {
            ClaimAction a = parse(ClaimAction.class, "action", action);
            Verdict v = verdict == null || verdict.isBlank() ? null : parse(Verdict.class, "verdict", verdict);
            Claim c = claims.transition(ClaimService.Actor.of(identity), id,
                    new ClaimService.TransitionRequest(a, reason, version, v, explanation));
            return "Claim is now " + c.status.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".";
        });
    }

    @POST
    @Path("claims/{id}/evidence")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addEvidence(@PathParam("id") long id, @RestForm String title, @RestForm String url,
            @RestForm String publisher, @RestForm String accessedAt, @RestForm String excerpt,
            @RestForm String referenceValue, @RestForm String referenceUnit) {
        return act(id, () -> {
            reviews.addEvidence(name(), id, new ReviewService.NewEvidence(title, url, publisher, date(accessedAt),
                    excerpt, decimal(referenceValue), referenceUnit));
            return "Evidence added.";
        });
    }

    @POST
    @Path("claims/{id}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addComment(@PathParam("id") long id, @RestForm String body) {
        return act(id, () -> {
            reviews.addComment(name(), id, body);
            return "Comment added.";
        });
    }

    private Response act(long id, Supplier<String> change) {
        URI back = URI.create("/review/claims/" + id);
        try {
            return Response.seeOther(back).cookie(Flash.set(change.get())).build();
        } catch (DomainException e) {
            return Response.seeOther(back).cookie(Flash.error(e.getMessage())).build();
        } catch (io.quarkus.security.ForbiddenException e) {
            return Response.seeOther(back).cookie(Flash.error("Your role cannot do that on this claim.")).build();
        }
    }

    private String name() {
        return identity.getPrincipal().getName();
    }

    private Long myId() {
        return User.findByUsername(name()).map(u -> u.id).orElse(null);
    }

    private static ClaimType parseType(String type) {
        return type == null || type.isBlank() ? null : parse(ClaimType.class, "type", type);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, String.valueOf(value).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "unknown value '" + value + "'");
        }
    }

    private static BigDecimal decimal(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(s.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("referenceValue", "'" + s + "' is not a number");
        }
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of("accessedAt", "not a date like 2025-05-01");
        }
    }
}

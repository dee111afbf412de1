package org.claimdesk.review.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.claimdesk.article.Article;
import org.claimdesk.claim.Claim;
import org.claimdesk.claim.ClaimAction;
import org.claimdesk.claim.ClaimFilter;
import org.claimdesk.claim.ClaimHistory;
import org.claimdesk.claim.ClaimSearch;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimType;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.claim.Verdict;
import org.claimdesk.claim.rest.ClaimFilterParams;
import org.claimdesk.core.DomainException;
import org.claimdesk.core.Inputs;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.reference.CheckPanels;
import org.claimdesk.review.Comment;
import org.claimdesk.review.EvidenceView;
import org.claimdesk.review.ReviewQueue;
import org.claimdesk.review.ReviewService;
import org.claimdesk.review.rest.ClaimReviewResource;
import org.claimdesk.user.CurrentActor;
import org.claimdesk.user.Usernames;
import org.claimdesk.web.Flash;
import org.claimdesk.web.FormState;
import org.claimdesk.web.ProblemMapper;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The reviewer's pages: the queue, "my claims", and the review page of one claim with its context,
 * evidence, verdict and discussion. A refused form shows the page again with what was typed.
 */
@Path("/review")
@RolesAllowed("**")
@Produces(MediaType.TEXT_HTML)
public class ReviewPage {

    static final int QUEUE_PAGE = 50;
    static final int RELATED = 8;

    @Inject
    ClaimService claims;

    @Inject
    ReviewService reviews;

    @Inject
    ReviewQueue queue;

    @Inject
    CurrentActor actor;

    @Inject
    CheckPanels checkPanels;

    @Inject
    EntityManager em;

    /** Queue counts at the top of the page. */
    public record Counts(long submitted, long overdue, long inReview, long awaitingApproval) {
    }

    /** The sentence of a claim cut around its figure, for the sentence box. */
    public record Sentence(String before, String figure, String after) {
        static Sentence of(Claim c) {
            if (c.sentence == null || c.sentenceStart == null || c.start < c.sentenceStart
                    || c.end - c.sentenceStart > c.sentence.length()) {
                return new Sentence("", c.quote, "");
            }
            int from = c.start - c.sentenceStart;
            int to = c.end - c.sentenceStart;
            return new Sentence(c.sentence.substring(0, from), c.sentence.substring(from, to), c.sentence.substring(to));
        }
    }

    /** A claim with the same figure in another article. */
    public record Related(ClaimView claim, String articleTitle, String outlet, java.time.LocalDate publishedAt) {
    }

    /** Everything the review page of one claim shows. */
    public record ClaimPage(ClaimView claim, Article article, String before, String after, Sentence sentence,
            List<EvidenceView> evidence, List<ClaimReviewResource.CommentView> comments,
            List<org.claimdesk.claim.ClaimWorkflow.Option> options, List<Verdict> verdicts, String proposedBy,
            String editor, List<ClaimHistory.Step> history, List<Related> related, boolean evidenceChangeable,
            CheckPanels.CheckPanel checks, FormState state) {

        public String path(String suffix) {
            return "/review/claims/" + claim.id() + suffix;
        }

        /** The article's source address when it may be a link (http or https), else null. */
        public String sourceUrl() {
            return Inputs.isWebUrl(article.url) ? article.url : null;
        }

        public String evidencePath(EvidenceView e, String suffix) {
            return "/review/claims/" + claim.id() + "/evidence/" + e.id() + suffix;
        }
    }

    /** An evidence item as typed into the add or correct form. */
    public record EvidenceForm(@RestForm String title, @RestForm String url, @RestForm String publisher,
            @RestForm String accessedAt, @RestForm String excerpt, @RestForm String referenceValue,
            @RestForm String referenceUnit) {
        ReviewService.NewEvidence read() {
            return new ReviewService.NewEvidence(title, url, publisher, Inputs.date("accessedAt", accessedAt), excerpt,
                    Inputs.number("referenceValue", referenceValue), referenceUnit);
        }
    }

    /** A workflow action as the review page posts it. */
    public record ActionForm(@RestForm String action, @RestForm String reason, @RestForm String version,
            @RestForm String verdict, @RestForm String explanation) {
    }

    public record CommentForm(@RestForm String body) {
    }

    public record RemoveForm(@RestForm String reason) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(Counts counts, List<ClaimView> mine, List<ClaimView> waiting,
                List<ClaimView> toApprove, ClaimFilterParams filter, List<ClaimType> types, String flash, String error);

        static native TemplateInstance mine(List<ClaimView> claims, String flash);

        static native TemplateInstance claim(ClaimPage page, String flash, String error);
    }

    @GET
    public Response queue(@BeanParam ClaimFilterParams filters, @CookieParam(Flash.COOKIE) String flash,
            @CookieParam(Flash.ERROR_COOKIE) String error) {
        Instant now = Instant.now();
        Counts counts = new Counts(Claim.count("status", ClaimStatus.SUBMITTED),
                Claim.count("status = ?1 and dueAt < ?2", ClaimStatus.SUBMITTED, now),
                Claim.count("status", ClaimStatus.IN_REVIEW), Claim.count("status", ClaimStatus.VERDICT_PROPOSED));
        String problem = Flash.read(error);
        boolean refused = false;
        List<Claim> waiting = List.of();
        try {
            ClaimFilter filter = filters.filter().withStatus(ClaimStatus.SUBMITTED);
            waiting = ClaimSearch.find(em, filter, ClaimSearch.Sort.PRIORITY, null, QUEUE_PAGE).items();
        } catch (DomainException e) {
            problem = e.detail();
            refused = true;
        }
        List<Claim> toApprove = Claim.<Claim>list("status = ?1 order by updatedAt", ClaimStatus.VERDICT_PROPOSED)
                .stream().filter(c -> claims.may(actor.get(), c, ClaimAction.APPROVE)).limit(QUEUE_PAGE).toList();
        return Response.status(refused ? 400 : 200).entity(Templates.queue(counts, ClaimView.of(queue.mine(actor.get())), ClaimView.of(waiting),
                ClaimView.of(toApprove), filters, Arrays.asList(ClaimType.values()), Flash.read(flash), problem))
                .cookie(Flash.clear(), Flash.clearError()).build();
    }

    @POST
    @Path("next")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response takeNext() {
        // a caller who may not take claims gets the 403 page from ProblemMapper
        Optional<Claim> next = queue.takeNext(actor.get());
        return next.map(c -> Response.seeOther(URI.create("/review/claims/" + c.id))
                .cookie(Flash.set("This claim is yours for review.")).build())
                .orElseGet(() -> Response.seeOther(URI.create("/review"))
                        .cookie(Flash.set("The queue is empty: nothing left for you to review.")).build());
    }

    @GET
    @Path("mine")
    public Response mine(@CookieParam(Flash.COOKIE) String flash) {
        Long me = actor.get().userId();
        List<Claim> mine = Claim.list("(assigneeId = ?1 and status in (?2, ?3)) or (proposedBy = ?1 and status = ?3)"
                + " order by updatedAt desc", me == null ? -1L : me, ClaimStatus.IN_REVIEW,
                ClaimStatus.VERDICT_PROPOSED);
        return Response.ok(Templates.mine(ClaimView.of(mine), Flash.read(flash))).cookie(Flash.clear()).build();
    }

    @GET
    @Path("claims/{id}")
    public Response claim(@PathParam("id") long id, @CookieParam(Flash.COOKIE) String flash,
            @CookieParam(Flash.ERROR_COOKIE) String error) {
        return Response.ok(render(id, FormState.NONE, Flash.read(flash), Flash.read(error)))
                .cookie(Flash.clear(), Flash.clearError()).build();
    }

    @POST
    @Path("claims/{id}/transition")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transition(@PathParam("id") long id, @BeanParam ActionForm form) {
        String name = "action-" + String.valueOf(form.action()).strip().toUpperCase(java.util.Locale.ROOT);
        return act(id, name, form, () -> {
            ClaimAction a = Inputs.constant("action", ClaimAction.class, form.action());
            Verdict v = Inputs.constant("verdict", Verdict.class, form.verdict());
            Claim c = claims.transition(actor.get(), id, new ClaimService.TransitionRequest(a, form.reason(),
                    Inputs.version(form.version()), v, form.explanation(), null));
            return "Claim is now " + c.status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".";
        });
    }

    @POST
    @Path("claims/{id}/evidence")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addEvidence(@PathParam("id") long id, @BeanParam EvidenceForm form) {
        return act(id, "evidence", form, () -> {
            reviews.addEvidence(actor.get(), id, form.read());
            return "Evidence added.";
        });
    }

    @POST
    @Path("claims/{id}/evidence/{evidenceId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateEvidence(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId,
            @BeanParam EvidenceForm form) {
        return act(id, "evidence-" + evidenceId, form, () -> {
            reviews.updateEvidence(actor.get(), id, evidenceId, form.read());
            return "Evidence corrected.";
        });
    }

    @POST
    @Path("claims/{id}/evidence/{evidenceId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeEvidence(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId,
            @BeanParam RemoveForm form) {
        return act(id, "remove-" + evidenceId, form, () -> {
            reviews.removeEvidence(actor.get(), id, evidenceId, form.reason());
            return "Evidence removed (the audit trail keeps it).";
        });
    }

    @POST
    @Path("claims/{id}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addComment(@PathParam("id") long id, @BeanParam CommentForm form) {
        return act(id, "comment", form, () -> {
            reviews.addComment(actor.get(), id, form.body());
            return "Comment added.";
        });
    }

    private Response act(long id, String formName, Record typed, Supplier<String> change) {
        try {
            return Response.seeOther(URI.create("/review/claims/" + id)).cookie(Flash.set(change.get())).build();
        } catch (DomainException e) {
            return Response.status(ProblemMapper.status(e))
                    .entity(render(id, FormState.failed(formName, typed, e), null, null)).build();
        }
    }

    private TemplateInstance render(long id, FormState state, String flash, String error) {
        Claim claim = claims.find(id).orElseThrow(() -> new NotFoundException("Claim " + id));
        Article article = Article.findById(claim.articleId);
        List<Comment> thread = Comment.forClaim(id);
        List<Long> people = new ArrayList<>();
        people.add(claim.proposedBy);
        people.add(claim.editorId);
        Map<Long, String> names = Usernames.of(people);
        List<Claim> same = Claim.sameFigureElsewhere(claim, RELATED);
        Map<Long, Article> articles = new java.util.HashMap<>();
        Article.<Article>list("id in ?1", same.isEmpty() ? List.of(-1L) : same.stream().map(c -> c.articleId).toList())
                .forEach(a -> articles.put(a.id, a));
        List<Related> related = same.stream().map(c -> {
            Article a = articles.get(c.articleId);
            return new Related(ClaimView.of(c), a == null ? "" : a.title, a == null ? null : a.outlet,
                    a == null ? null : a.publishedAt);
        }).toList();
        int start = Math.min(claim.start, article.body.length());
        int end = Math.min(Math.max(claim.end, start), article.body.length());
        ClaimPage page = new ClaimPage(ClaimView.of(claim), article, article.body.substring(0, start),
                article.body.substring(end), Sentence.of(claim), EvidenceView.of(claim),
                ClaimReviewResource.comments(thread), claims.optionsFor(actor.get(), claim),
                Arrays.asList(Verdict.values()), names.get(claim.proposedBy), names.get(claim.editorId),
                ClaimHistory.of(id), related, reviews.mayChangeEvidence(actor.get(), claim),
                checkPanels.forClaim(claim, actor.get(), CheckPanels.BuilderInput.NONE), state);
        return Templates.claim(page, flash, error);
    }

}

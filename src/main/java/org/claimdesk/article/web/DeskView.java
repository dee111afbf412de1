package org.claimdesk.article.web;

import java.util.ArrayList;
import java.util.List;
import org.claimdesk.article.Article;
import org.claimdesk.claim.ClaimHistory;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.claim.ClaimWorkflow;
import org.claimdesk.web.FormState;

/**
 * What the article page shows: the text cut into plain and highlighted pieces, the claim list and
 * the selected claim with the actions the workflow allows this viewer, its history, and the state
 * of a form that was refused.
 *
 * @param pendingSubmit claims a "submit all" asks to send, shown for confirmation first (empty otherwise)
 */
public record DeskView(Article article, List<Segment> segments, List<ClaimView> claims, ClaimView selected,
        List<ClaimWorkflow.Option> options, boolean showCandidates, Counts counts, List<ClaimHistory.Step> history,
        List<String> reviewers, List<ClaimView> pendingSubmit, FormState state) {

    /** A run of article text starting at {@code start}; {@code claim} is set when it is highlighted. */
    public record Segment(int start, String text, ClaimView claim) {
    }

    /** How many claims stand where: the desk's bulk buttons say it. */
    public record Counts(long candidates, long extracted, long confirmed, long approved) {
        static Counts of(List<ClaimView> all) {
            return new Counts(count(all, ClaimStatus.CANDIDATE), count(all, ClaimStatus.EXTRACTED),
                    count(all, ClaimStatus.CONFIRMED), count(all, ClaimStatus.APPROVED));
        }

        private static long count(List<ClaimView> all, ClaimStatus status) {
            return all.stream().filter(c -> c.status() == status).count();
        }
    }

    /** The actions on the selected claim that are editors' work: the desk offers them as forms. */
    public List<ClaimWorkflow.Option> editorOptions() {
        return options.stream().filter(ClaimWorkflow.Option::forEditors).toList();
    }

    /** Whether the viewer has reviewers' work on the selected claim (done on the review page). */
    public boolean reviewWork() {
        return options.stream().anyMatch(o -> !o.forEditors());
    }

    /** Whether acting on the selected claim moves the desk on to the next one still to confirm. */
    public boolean movesOn() {
        return selected != null && selected.status() == ClaimStatus.EXTRACTED;
    }

    /** The article's source address when it may be a link (http or https), else null. */
    public String sourceUrl() {
        return org.claimdesk.core.Inputs.isWebUrl(article.url) ? article.url : null;
    }

    /** An address under this article's page: {@code path("/bulk")}. */
    public String path(String suffix) {
        return "/articles/" + article.id + suffix;
    }

    /** An address under one claim of this article: {@code claimPath(c, "/edit")}. */
    public String claimPath(ClaimView c, String suffix) {
        return "/articles/" + article.id + "/claims/" + c.id() + suffix;
    }

    /** The link of a claim on this page (keeps the candidates toggle). */
    public String link(ClaimView c) {
        return "/articles/" + article.id + "?claim=" + c.id() + (showCandidates ? "&candidates=true" : "");
    }

    /**
     * Cuts the body at the claims' spans. Overlapping claims keep the first span highlighted (the
     * later one is still listed beside the text).
     */
    static List<Segment> segments(String body, List<ClaimView> claims) {
        List<Segment> out = new ArrayList<>();
        int pos = 0;
        for (ClaimView c : claims) {
            if (c.start() < pos || c.end() > body.length()) {
                continue;
            }
            if (c.start() > pos) {
                out.add(new Segment(pos, body.substring(pos, c.start()), null));
            }
            out.add(new Segment(c.start(), body.substring(c.start(), c.end()), c));
            pos = c.end();
        }
        if (pos < body.length()) {
            out.add(new Segment(pos, body.substring(pos), null));
        }
        return out;
    }

    static boolean visible(ClaimView c, boolean showCandidates) {
        return showCandidates || c.status() != ClaimStatus.CANDIDATE;
    }
}

package org.claimdesk.article.web;

import java.util.ArrayList;
import java.util.List;
import org.claimdesk.article.Article;
import org.claimdesk.audit.HistoryEntry;
import org.claimdesk.claim.ClaimAction;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimView;

/**
 * What the article page shows: the text cut into plain and highlighted pieces, the claim list and
 * the selected claim with the actions its status allows and its history.
 */
public record DeskView(Article article, List<Segment> segments, List<ClaimView> claims, ClaimView selected,
        List<ClaimAction> actions, boolean showCandidates, long candidates, long confirmed,
        List<HistoryEntry> history) {

    /** A run of article text starting at {@code start}; {@code claim} is set when it is highlighted. */
    public record Segment(int start, String text, ClaimView claim) {
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

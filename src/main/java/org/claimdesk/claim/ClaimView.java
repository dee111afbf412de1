package org.claimdesk.claim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimdesk.user.Usernames;

/** A claim as the API shows it. */
public record ClaimView(long id, long articleId, ClaimStatus status, String origin, String quote, int start,
        int end, String sentence, BigDecimal value, BigDecimal high, boolean approx, String bound, String unit,
        ClaimType type, String speaker, List<String> hedges, String timeRef, StatedChange change,
        double checkworthiness,
        String assignee, Instant dueAt, boolean overdue, Verdict verdict, String verdictExplanation,
        String statusReason, long version) {

    public static ClaimView of(Claim c, Map<Long, String> names) {
        return new ClaimView(c.id, c.articleId, c.status, c.origin, c.quote, c.start, c.end, c.sentence,
                c.value, c.high, c.approx, c.bound, c.unit, c.type, c.speaker, c.hedgeList(), c.timeRef,
                c.statedChange(), c.checkworthiness, c.assigneeId == null ? null : names.get(c.assigneeId), c.dueAt,
                c.dueAt != null && c.dueAt.isBefore(Instant.now()) && !ClaimWorkflow.done(c.status), c.verdict,
                c.verdictExplanation, c.statusReason, c.version);
    }

    public static ClaimView of(Claim c) {
        return of(c, Usernames.of(c.assigneeId == null ? List.of() : List.of(c.assigneeId)));
    }

    public static List<ClaimView> of(List<Claim> claims) {
        List<Long> ids = new ArrayList<>();
        claims.forEach(c -> ids.add(c.assigneeId));
        Map<Long, String> names = Usernames.of(ids);
        return claims.stream().map(c -> of(c, names)).toList();
    }

    /** Whether an editor may still change the claim's fields. */
    public boolean editable() {
        return ClaimWorkflow.editable(status);
    }
}

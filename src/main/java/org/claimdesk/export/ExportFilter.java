package org.claimdesk.export;

import org.claimdesk.core.Inputs;
import org.claimdesk.core.InvalidInputException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.Verdict;
import org.claimdesk.claim.ClaimType;

/**
 * Which claims an export holds. {@code from}/{@code to} are days (inclusive, UTC) of the claim's
 * last change ({@code updated_at}): an export answers "what changed in this period", which the
 * article's publication date cannot. Candidates (quantities that are not claims) are left out
 * unless asked for by status.
 */
public record ExportFilter(LocalDate from, LocalDate to, ClaimStatus status, Verdict verdict, ClaimType type,
        String outlet, Long articleId) {

    /** Reads the query parameters as typed; a value that does not parse is a 400 naming its field. */
    public static ExportFilter parse(String from, String to, String status, String verdict, String type,
            String outlet, String articleId) {
        LocalDate f = Inputs.date("from", from);
        LocalDate t = Inputs.date("to", to);
        if (f != null && t != null && t.isBefore(f)) {
            throw InvalidInputException.of("to", "the end of the period is before its start");
        }
        return new ExportFilter(f, t, Inputs.constant("status", ClaimStatus.class, status),
                Inputs.constant("verdict", Verdict.class, verdict), Inputs.constant("type", ClaimType.class, type),
                Inputs.text("outlet", outlet, 200), Inputs.id("articleId", articleId));
    }

    /** Only published claims, whatever the status asked for: what a ClaimReview may show. */
    public ExportFilter published() {
        return new ExportFilter(from, to, ClaimStatus.PUBLISHED, verdict, type, outlet, articleId);
    }

    /** The WHERE clause over {@code claim c JOIN article a}, with its parameters in order. */
    String where(List<Object> params) {
        List<String> terms = new ArrayList<>();
        if (from != null) {
            terms.add("c.updated_at >= ?");
            params.add(from.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime());
        }
        if (to != null) {
            terms.add("c.updated_at < ?");
            params.add(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime());
        }
        if (status != null) {
            terms.add("c.status = ?");
            params.add(status.name());
        } else {
            terms.add("c.status <> 'CANDIDATE'");
        }
        if (verdict != null) {
            terms.add("c.verdict = ?");
            params.add(verdict.name());
        }
        if (type != null) {
            terms.add("c.type = ?");
            params.add(type.name());
        }
        if (outlet != null) {
            terms.add("lower(a.outlet) = lower(?)");
            params.add(outlet);
        }
        if (articleId != null) {
            terms.add("c.article_id = ?");
            params.add(articleId);
        }
        return " WHERE " + String.join(" AND ", terms);
    }
}

package org.claimdesk.export;

import java.time.Instant;
import java.time.LocalDate;
import org.claimdesk.claim.ClaimFilter;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.core.Inputs;

/**
 * Which claims an export holds: the claim filter every list uses ({@link ClaimFilter}), whose
 * {@code from}/{@code to} are days (inclusive, UTC) of the claim's last change ({@code updated_at}):
 * an export answers "what changed in this period", which the article's publication date cannot.
 * Candidates are left out unless asked for by status. Rendered with literals, as COPY takes no
 * parameters.
 */
public record ExportFilter(ClaimFilter claims) {

    /** The days an export filter may name (the desk's date range). */
    public static final LocalDate EARLIEST = Inputs.MIN_DATE;
    public static final LocalDate LATEST = Inputs.MAX_DATE;

    /** Reads the query parameters as typed; a value that does not parse or lies out of range is a 400 naming its field. */
    public static ExportFilter parse(String from, String to, String status, String verdict, String type,
            String outlet, String articleId) {
        return new ExportFilter(ClaimFilter.parse(status, type, verdict, articleId, outlet, null, null, from, to,
                false, false));
    }

    /** Only published claims, whatever the status asked for: what a ClaimReview may show. */
    public ExportFilter published() {
        return new ExportFilter(claims.withStatus(ClaimStatus.PUBLISHED));
    }

    /** The WHERE clause over {@code claim c JOIN article a}, with the values as SQL literals. */
    String where() {
        String where = claims.where(SqlLiteral::of, Instant.now());
        return where.isEmpty() ? " WHERE true" : where;
    }
}

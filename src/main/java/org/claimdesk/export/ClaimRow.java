package org.claimdesk.export;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.claim.StatedChange;
import org.claimdesk.claim.Verdict;
import org.claimdesk.claim.ClaimType;

/** One exported claim with its article: a row of the export query. */
record ClaimRow(ClaimView claim, String articleTitle, String outlet, LocalDate publishedAt, String articleUrl,
        Instant updatedAt) {

    /** The columns {@link #read} expects, over {@code claim c JOIN article a LEFT JOIN app_user u}. */
    static final String SELECT = "SELECT c.id, c.article_id, a.title, a.outlet, a.published_at, c.status, c.origin,"
            + " c.quote, c.start_offset, c.end_offset, c.sentence, c.value, c.high, c.approx, c.bound, c.unit, c.type,"
            + " c.speaker, c.hedges, c.time_ref, c.checkworthiness, u.username, c.due_at, c.verdict,"
            + " c.verdict_explanation, c.status_reason, c.version, c.updated_at, a.url,"
            + " c.change_from, c.change_to, c.change_by, c.change_direction, c.change_role, c.change_claim_id"
            + " FROM claim c JOIN article a ON a.id = c.article_id LEFT JOIN app_user u ON u.id = c.assignee_id";

    static ClaimRow read(ResultSet rs) throws SQLException {
        Array hedgeArray = rs.getArray(19);
        List<String> hedges = hedgeArray == null ? List.of() : List.of((String[]) hedgeArray.getArray());
        OffsetDateTime due = rs.getObject(23, OffsetDateTime.class);
        String verdict = rs.getString(24);
        ClaimStatus status = ClaimStatus.valueOf(rs.getString(6));
        Instant dueAt = due == null ? null : due.toInstant();
        String role = rs.getString(34);
        StatedChange change = role == null ? null : new StatedChange(rs.getBigDecimal(30), rs.getBigDecimal(31),
                rs.getBigDecimal(32), rs.getString(33), role, rs.getObject(35, Long.class));
        ClaimView view = new ClaimView(rs.getLong(1), rs.getLong(2), status, rs.getString(7), rs.getString(8),
                rs.getInt(9), rs.getInt(10), rs.getString(11), rs.getBigDecimal(12), rs.getBigDecimal(13),
                rs.getBoolean(14), rs.getString(15), rs.getString(16), ClaimType.valueOf(rs.getString(17)),
                rs.getString(18), hedges, rs.getString(20), change, rs.getDouble(21), rs.getString(22), dueAt,
                dueAt != null && dueAt.isBefore(Instant.now()) && !done(status),
                verdict == null ? null : Verdict.valueOf(verdict), rs.getString(25), rs.getString(26), rs.getLong(27));
        return new ClaimRow(view, rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(29),
                rs.getObject(28, OffsetDateTime.class).toInstant());
    }

    // the same rule as ClaimView's own (package-private there)
    private static boolean done(ClaimStatus status) {
        return status == ClaimStatus.APPROVED || status == ClaimStatus.PUBLISHED || status == ClaimStatus.REJECTED;
    }
}
